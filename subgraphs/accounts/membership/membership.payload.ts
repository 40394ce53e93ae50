import { ChangePayload } from '../../common/payload';
import { Membership } from './membership.type';
import { Organization } from '../organization/organization.type';

export const AddOrganizationMemberPayload = ChangePayload(
  'AddOrganizationMemberPayload',
  'membership',
  () => Membership,
  'The membership addOrganizationMember created.',
);

export const GrantCustomRolePayload = ChangePayload(
  'GrantCustomRolePayload',
  'membership',
  () => Membership,
  'The membership grantCustomRole changed.',
);

export const RevokeCustomRolePayload = ChangePayload(
  'RevokeCustomRolePayload',
  'membership',
  () => Membership,
  'The membership revokeCustomRole changed.',
);

export const SetPrimaryRolePayload = ChangePayload(
  'SetPrimaryRolePayload',
  'membership',
  () => Membership,
  'The membership setPrimaryRole changed.',
);

export const TransferOwnershipPayload = ChangePayload(
  'TransferOwnershipPayload',
  'organization',
  () => Organization,
  'The organization transferOwnership changed.',
);
