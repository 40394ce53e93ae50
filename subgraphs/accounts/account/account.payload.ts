import { ChangePayload } from '../../common/payload';
import { Account } from './account.type';

export const UpdateMePayload = ChangePayload(
  'UpdateMePayload',
  'account',
  () => Account,
  'The account updateMe changed.',
);
