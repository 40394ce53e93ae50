import { ChangePayload } from '../../common/payload';
import { Server } from './hierarchy.type';

export const CreateServerPayload = ChangePayload(
  'CreateServerPayload',
  'server',
  () => Server,
  'The server createServer created.',
);
