import { ChangePayload } from '../../common/payload';
import { CustomerGroup } from './workspace.type';

export const CreateCustomerGroupPayload = ChangePayload(
  'CreateCustomerGroupPayload',
  'customerGroup',
  () => CustomerGroup,
  'The customer group createCustomerGroup created.',
);

export const RenameCustomerGroupPayload = ChangePayload(
  'RenameCustomerGroupPayload',
  'customerGroup',
  () => CustomerGroup,
  'The customer group renameCustomerGroup changed.',
);
