import { ChangePayload } from '../../common/payload';
import { PortalRoleAssignment } from './portal-role.type';

export const AssignPortalRolePayload = ChangePayload(
  'AssignPortalRolePayload',
  'portalRoleAssignment',
  () => PortalRoleAssignment,
  'The portal role assignment assignPortalRole changed.',
);

export const AssignPortalRoleCustomerPayload = ChangePayload(
  'AssignPortalRoleCustomerPayload',
  'portalRoleAssignment',
  () => PortalRoleAssignment,
  'The portal role assignment assignPortalRoleCustomer changed.',
);

export const UnassignPortalRoleCustomerPayload = ChangePayload(
  'UnassignPortalRoleCustomerPayload',
  'portalRoleAssignment',
  () => PortalRoleAssignment,
  'The portal role assignment unassignPortalRoleCustomer changed.',
);
