/** Primary roles of the Accounts product (GA-4), one per membership. */
export enum PrimaryRole {
  OWNER = 'OWNER',
  ADMINISTRATOR = 'ADMINISTRATOR',
  MEMBER = 'MEMBER',
}

/** Custom roles of the Accounts product (GA-7), optional extras. */
export enum CustomRole {
  BILLING_EDITOR = 'BILLING_EDITOR',
}

/** Organization permissions, granted by primary role. */
export type OrganizationPermission = 'organization:read' | 'organization:administer' | 'organization:own';

/**
 * GA-6 as data: what each primary role may do in its organization. `administer` is managing members, roles
 * and products; `own` is transferring ownership. A member reads the organization and manages only itself.
 */
export const PRIMARY_ROLE_PERMISSIONS: Readonly<Record<PrimaryRole, ReadonlySet<OrganizationPermission>>> = {
  [PrimaryRole.OWNER]: new Set(['organization:read', 'organization:administer', 'organization:own']),
  [PrimaryRole.ADMINISTRATOR]: new Set(['organization:read', 'organization:administer']),
  [PrimaryRole.MEMBER]: new Set(['organization:read']),
};

/** True when the role (null: not a member) grants the permission. */
export function roleGrants(role: PrimaryRole | null | undefined, permission: OrganizationPermission): boolean {
  return role ? PRIMARY_ROLE_PERMISSIONS[role].has(permission) : false;
}
