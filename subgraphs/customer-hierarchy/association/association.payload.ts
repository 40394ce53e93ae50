import { ChangePayload } from '../../common/payload';
import { DepartmentAssociation } from './association.type';

export const CreateDepartmentAssociationPayload = ChangePayload(
  'CreateDepartmentAssociationPayload',
  'departmentAssociation',
  () => DepartmentAssociation,
  'The department association createDepartmentAssociation created.',
);
