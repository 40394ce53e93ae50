import { ChangePayload } from '../../common/payload';
import { Department } from './department.type';

export const CreateDepartmentPayload = ChangePayload(
  'CreateDepartmentPayload',
  'department',
  () => Department,
  'The department createDepartment created.',
);
