import { ChangePayload } from '../../common/payload';
import { Operator } from './operator.type';

export const CreateOperatorPayload = ChangePayload(
  'CreateOperatorPayload',
  'operator',
  () => Operator,
  'The operator createOperator created.',
);

export const SetOperatorDepartmentGroupsPayload = ChangePayload(
  'SetOperatorDepartmentGroupsPayload',
  'operator',
  () => Operator,
  'The operator setOperatorDepartmentGroups changed.',
);

export const SetOperatorUserGroupsPayload = ChangePayload(
  'SetOperatorUserGroupsPayload',
  'operator',
  () => Operator,
  'The operator setOperatorUserGroups changed.',
);
