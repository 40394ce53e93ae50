import { ChangePayload } from '../../common/payload';
import { DepartmentGroup } from './department.type';

export const CreateDepartmentGroupPayload = ChangePayload(
  'CreateDepartmentGroupPayload',
  'departmentGroup',
  () => DepartmentGroup,
  'The department group createDepartmentGroup created.',
);

export const SetDepartmentGroupDepartmentsPayload = ChangePayload(
  'SetDepartmentGroupDepartmentsPayload',
  'departmentGroup',
  () => DepartmentGroup,
  'The department group setDepartmentGroupDepartments changed.',
);
