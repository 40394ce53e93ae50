// The Accounts roles are shared vocabulary: every subgraph decides with them through the published view.
export {
  CustomRole,
  PrimaryRole,
  PRIMARY_ROLE_PERMISSIONS,
  roleGrants,
  type OrganizationPermission,
} from '../../common/organization-access';
