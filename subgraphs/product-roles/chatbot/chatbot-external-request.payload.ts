import { ChangePayload } from '../../common/payload';
import { ChatbotExternalRequest } from './chatbot.type';

export const CreateChatbotExternalRequestPayload = ChangePayload(
  'CreateChatbotExternalRequestPayload',
  'chatbotExternalRequest',
  () => ChatbotExternalRequest,
  'The chatbot external request createChatbotExternalRequest created.',
);

export const UpdateChatbotExternalRequestPayload = ChangePayload(
  'UpdateChatbotExternalRequestPayload',
  'chatbotExternalRequest',
  () => ChatbotExternalRequest,
  'The chatbot external request updateChatbotExternalRequest changed.',
);
