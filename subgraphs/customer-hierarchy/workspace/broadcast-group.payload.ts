import { ChangePayload } from '../../common/payload';
import { BroadcastGroup } from './workspace.type';

export const CreateBroadcastGroupPayload = ChangePayload(
  'CreateBroadcastGroupPayload',
  'broadcastGroup',
  () => BroadcastGroup,
  'The broadcast group createBroadcastGroup created.',
);

export const RenameBroadcastGroupPayload = ChangePayload(
  'RenameBroadcastGroupPayload',
  'broadcastGroup',
  () => BroadcastGroup,
  'The broadcast group renameBroadcastGroup changed.',
);
