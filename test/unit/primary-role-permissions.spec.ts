import { PrimaryRole, roleGrants, type OrganizationPermission } from '../../subgraphs/common/organization-access';

// GA-6, cell by cell: administrator manages the organization, member manages only itself; only the owner transfers.
const MATRIX: Array<[PrimaryRole | null, OrganizationPermission, boolean]> = [
  [PrimaryRole.OWNER, 'organization:read', true],
  [PrimaryRole.OWNER, 'organization:administer', true],
  [PrimaryRole.OWNER, 'organization:own', true],
  [PrimaryRole.ADMINISTRATOR, 'organization:read', true],
  [PrimaryRole.ADMINISTRATOR, 'organization:administer', true],
  [PrimaryRole.ADMINISTRATOR, 'organization:own', false],
  [PrimaryRole.MEMBER, 'organization:read', true],
  [PrimaryRole.MEMBER, 'organization:administer', false],
  [PrimaryRole.MEMBER, 'organization:own', false],
  [null, 'organization:read', false],
  [null, 'organization:administer', false],
  [null, 'organization:own', false],
];

describe('GA-6 primary role permissions', () => {
  it.each(MATRIX)('%s → %s: %s', (role, permission, allowed) => {
    expect(roleGrants(role, permission)).toBe(allowed);
  });
});
