import { ChangePayload, RemovalPayload } from '../../common/payload';
import { Account } from './account.type';

export const UpdateMePayload = ChangePayload(
  'UpdateMePayload',
  'account',
  () => Account,
  'The account updateMe changed.',
);

export const DeleteAccountPayload = RemovalPayload(
  'DeleteAccountPayload',
  'deletedAccountId',
  'The account deleteAccount deleted; its memberships, grants in every domain and sessions went with it.',
);
