import { ChangePayload } from '../../common/payload';
import { Chat } from './chat.type';

export const PostChatMessagePayload = ChangePayload(
  'PostChatMessagePayload',
  'chat',
  () => Chat,
  'The chat postChatMessage changed.',
);

export const StartChatPayload = ChangePayload('StartChatPayload', 'chat', () => Chat, 'The chat startChat created.');
