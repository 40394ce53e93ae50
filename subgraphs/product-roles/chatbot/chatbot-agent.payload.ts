import { ChangePayload } from '../../common/payload';
import { ChatbotAgent, ChatbotChannel } from './chatbot.type';

export const AddChatbotAgentChannelPayload = ChangePayload(
  'AddChatbotAgentChannelPayload',
  'chatbotChannel',
  () => ChatbotChannel,
  'The chatbot channel addChatbotAgentChannel created.',
);

export const CreateChatbotAgentScenarioPayload = ChangePayload(
  'CreateChatbotAgentScenarioPayload',
  'chatbotAgent',
  () => ChatbotAgent,
  'The chatbot agent createChatbotAgentScenario created.',
);

export const DeleteChatbotAgentScenarioPayload = ChangePayload(
  'DeleteChatbotAgentScenarioPayload',
  'chatbotAgent',
  () => ChatbotAgent,
  'The chatbot agent deleteChatbotAgentScenario changed.',
);

export const ImportChatbotAgentPayload = ChangePayload(
  'ImportChatbotAgentPayload',
  'chatbotAgent',
  () => ChatbotAgent,
  'The chatbot agent importChatbotAgent created.',
);

export const ReplaceChatbotAgentScenarioPayload = ChangePayload(
  'ReplaceChatbotAgentScenarioPayload',
  'chatbotAgent',
  () => ChatbotAgent,
  'The chatbot agent replaceChatbotAgentScenario changed.',
);

export const UpdateChatbotAgentPayload = ChangePayload(
  'UpdateChatbotAgentPayload',
  'chatbotAgent',
  () => ChatbotAgent,
  'The chatbot agent updateChatbotAgent changed.',
);

export const UpdateChatbotAgentChannelPayload = ChangePayload(
  'UpdateChatbotAgentChannelPayload',
  'chatbotChannel',
  () => ChatbotChannel,
  'The chatbot channel updateChatbotAgentChannel changed.',
);

export const UpdateChatbotAgentScenarioPayload = ChangePayload(
  'UpdateChatbotAgentScenarioPayload',
  'chatbotAgent',
  () => ChatbotAgent,
  'The chatbot agent updateChatbotAgentScenario changed.',
);
