import { ChangePayload } from '../../common/payload';
import { CustomerDepartment } from './workspace.type';

export const CreateCustomerDepartmentPayload = ChangePayload(
  'CreateCustomerDepartmentPayload',
  'customerDepartment',
  () => CustomerDepartment,
  'The customer department createCustomerDepartment created.',
);

export const RenameCustomerDepartmentPayload = ChangePayload(
  'RenameCustomerDepartmentPayload',
  'customerDepartment',
  () => CustomerDepartment,
  'The customer department renameCustomerDepartment changed.',
);
