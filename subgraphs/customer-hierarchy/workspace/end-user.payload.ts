import { ChangePayload } from '../../common/payload';
import { EndUser } from './workspace.type';

export const CreateEndUserPayload = ChangePayload(
  'CreateEndUserPayload',
  'endUser',
  () => EndUser,
  'The end user createEndUser created.',
);

export const SetEndUserFeatureKeysPayload = ChangePayload(
  'SetEndUserFeatureKeysPayload',
  'endUser',
  () => EndUser,
  'The end user setEndUserFeatureKeys changed.',
);

export const UpdateEndUserPayload = ChangePayload(
  'UpdateEndUserPayload',
  'endUser',
  () => EndUser,
  'The end user updateEndUser changed.',
);
