import { ChangePayload } from '../../common/payload';
import { OperatorRole } from './role.type';

export const CreateOperatorRolePayload = ChangePayload(
  'CreateOperatorRolePayload',
  'operatorRole',
  () => OperatorRole,
  'The operator role createOperatorRole created.',
);

export const SetOperatorRoleGrantsPayload = ChangePayload(
  'SetOperatorRoleGrantsPayload',
  'operatorRole',
  () => OperatorRole,
  'The operator role setOperatorRoleGrants changed.',
);
