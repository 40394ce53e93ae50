import { ChangePayload } from '../../common/payload';
import { ChatbotAgent, ChatbotProject } from './chatbot.type';

export const CreateChatbotAgentPayload = ChangePayload(
  'CreateChatbotAgentPayload',
  'chatbotAgent',
  () => ChatbotAgent,
  'The chatbot agent createChatbotAgent created.',
);

export const CreateChatbotProjectPayload = ChangePayload(
  'CreateChatbotProjectPayload',
  'chatbotProject',
  () => ChatbotProject,
  'The chatbot project createChatbotProject created.',
);

export const UpdateChatbotProjectPayload = ChangePayload(
  'UpdateChatbotProjectPayload',
  'chatbotProject',
  () => ChatbotProject,
  'The chatbot project updateChatbotProject changed.',
);
