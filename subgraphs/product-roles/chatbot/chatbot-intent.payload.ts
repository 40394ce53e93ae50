import { ChangePayload } from '../../common/payload';
import { ChatbotIntent } from './chatbot.type';

export const CreateChatbotIntentPayload = ChangePayload(
  'CreateChatbotIntentPayload',
  'chatbotIntent',
  () => ChatbotIntent,
  'The chatbot intent createChatbotIntent created.',
);

export const UpdateChatbotIntentPayload = ChangePayload(
  'UpdateChatbotIntentPayload',
  'chatbotIntent',
  () => ChatbotIntent,
  'The chatbot intent updateChatbotIntent changed.',
);
