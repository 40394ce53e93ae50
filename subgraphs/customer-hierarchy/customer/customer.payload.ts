import { ChangePayload } from '../../common/payload';
import { Customer } from './customer.type';
import { ExternalContact } from '../workspace/workspace.type';

export const ActivateCustomerPayload = ChangePayload(
  'ActivateCustomerPayload',
  'customer',
  () => Customer,
  'The customer activateCustomer changed.',
);

export const ActivateCustomerDemoPayload = ChangePayload(
  'ActivateCustomerDemoPayload',
  'customer',
  () => Customer,
  'The customer activateCustomerDemo changed.',
);

export const ArchiveCustomerPayload = ChangePayload(
  'ArchiveCustomerPayload',
  'customer',
  () => Customer,
  'The customer archiveCustomer changed.',
);

export const CreateCustomerPayload = ChangePayload(
  'CreateCustomerPayload',
  'customer',
  () => Customer,
  'The customer createCustomer created.',
);

export const DeactivateCustomerPayload = ChangePayload(
  'DeactivateCustomerPayload',
  'customer',
  () => Customer,
  'The customer deactivateCustomer changed.',
);

export const ExtendCustomerDemoPayload = ChangePayload(
  'ExtendCustomerDemoPayload',
  'customer',
  () => Customer,
  'The customer extendCustomerDemo changed.',
);

export const SetClientSideRecordingPayload = ChangePayload(
  'SetClientSideRecordingPayload',
  'customer',
  () => Customer,
  'The customer setClientSideRecording changed.',
);

export const SetCustomerNonBillablePayload = ChangePayload(
  'SetCustomerNonBillablePayload',
  'customer',
  () => Customer,
  'The customer setCustomerNonBillable changed.',
);

export const SetExternalContactsPayload = ChangePayload(
  'SetExternalContactsPayload',
  'externalContacts',
  () => [ExternalContact],
  'The list setExternalContacts changed.',
);

export const SetRtpGatewayConfigPayload = ChangePayload(
  'SetRtpGatewayConfigPayload',
  'customer',
  () => Customer,
  'The customer setRtpGatewayConfig changed.',
);

export const UpdateCustomerPayload = ChangePayload(
  'UpdateCustomerPayload',
  'customer',
  () => Customer,
  'The customer updateCustomer changed.',
);
