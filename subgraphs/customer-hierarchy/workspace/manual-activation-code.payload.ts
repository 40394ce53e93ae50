import { ChangePayload } from '../../common/payload';
import { ManualActivationCode } from './workspace.type';

export const CreateManualActivationCodePayload = ChangePayload(
  'CreateManualActivationCodePayload',
  'manualActivationCode',
  () => ManualActivationCode,
  'The manual activation code createManualActivationCode created.',
);

export const UpdateManualActivationCodePayload = ChangePayload(
  'UpdateManualActivationCodePayload',
  'manualActivationCode',
  () => ManualActivationCode,
  'The manual activation code updateManualActivationCode changed.',
);
