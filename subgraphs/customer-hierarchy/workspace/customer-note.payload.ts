import { ChangePayload } from '../../common/payload';
import { CustomerNote } from './workspace.type';

export const CreateCustomerNotePayload = ChangePayload(
  'CreateCustomerNotePayload',
  'customerNote',
  () => CustomerNote,
  'The customer note createCustomerNote created.',
);

export const UpdateCustomerNotePayload = ChangePayload(
  'UpdateCustomerNotePayload',
  'customerNote',
  () => CustomerNote,
  'The customer note updateCustomerNote changed.',
);
