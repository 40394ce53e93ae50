import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { allow, deny, type Decision } from './access/kernel';
import { memoDecision, organizationIdOf, type AccessContext, type Policy } from './access/policy';
import type { Viewer } from './auth/tokens';
import { isUuid } from './loaders';
import { membershipOf, membershipsById, membershipsOfAccount, type MembershipRow } from './contracts/accounts';
import type { Queryable } from './db/queryable';

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

/**
 * GA-6 as a decision: the one function behind the `organization:*` field policies and the kernel's in-transaction
 * re-check of the same permission (issue 9: a rule exists once). The reason names only the caller's own role.
 */
export function organizationDecision(
  role: PrimaryRole | null | undefined,
  permission: OrganizationPermission,
): Decision {
  if (!role) return deny('you are not a member of this organization');
  return roleGrants(role, permission)
    ? allow(`${role} holds ${permission}`)
    : deny(`${permission} is not granted to ${role}`);
}

/** Organization ranks (GA-4, GA-6): OWNER > ADMINISTRATOR > MEMBER; 0 = not a member. */
const ORGANIZATION_RANK: Readonly<Record<PrimaryRole, number>> = {
  [PrimaryRole.OWNER]: 3,
  [PrimaryRole.ADMINISTRATOR]: 2,
  [PrimaryRole.MEMBER]: 1,
};

/** The organization rank of a primary role (0: not a member). */
export const organizationRank = (role: PrimaryRole | null | undefined): number => (role ? ORGANIZATION_RANK[role] : 0);

/**
 * Whom a member may act on, in every domain (GA-6 and the grant ceiling, issue 9 item 4): the owner and the
 * administrators are acted on only by a strictly higher rank (only the owner changes or removes an administrator;
 * only a transfer touches the owner), so two administrators never strip each other, whether through accounts'
 * membership mutations, a product user, a live-chat operator or a portal grant. A MEMBER (or a non-member) is
 * reached by anyone the domain's own permission lets act (seed 001's team leaders manage their agents). Acting on
 * oneself is each domain's own rule. Accounts, product-roles and department-groups all decide with this one.
 */
export function decideActOnMember(
  actorRole: PrimaryRole | null | undefined,
  targetRole: PrimaryRole | null | undefined,
): Decision<never> {
  const target = organizationRank(targetRole);
  if (target <= ORGANIZATION_RANK[PrimaryRole.MEMBER]) return allow('the account is not an owner or administrator');
  if (organizationRank(actorRole) > target) return allow(`${actorRole} acts on an ${targetRole}`);
  return deny(
    targetRole === PrimaryRole.OWNER
      ? 'that account is the organization OWNER: nobody acts on its grants but itself'
      : `that account is an organization ${targetRole}: only the owner acts on its grants`,
  );
}

/** One row of accounts' published view `membership_roles` (read through contracts/accounts.ts) (X-5). */
export type MembershipFacts = MembershipRow;

/**
 * Per-request loaders over the accounts' published view, for every subgraph's organization decisions: read in
 * the request's own database round trips, never copied, so a role change counts on the very next request.
 */
export function createOrganizationAccessLoaders(db: DataSource, currentViewer: () => Viewer | null) {
  return {
    /** The caller's membership per organization (null: not a member). */
    viewerMembershipByOrganizationId: new DataLoader<string, MembershipFacts | null>(async (orgIds) => {
      const viewer = currentViewer();
      const valid = orgIds.filter(isUuid);
      if (!viewer || valid.length === 0) return orgIds.map(() => null);
      const rows = await membershipsOfAccount(db, viewer.accountId, valid);
      const byOrg = new Map(rows.map((r) => [r.organizationId, r]));
      return orgIds.map((id) => byOrg.get(id) ?? null);
    }),
    /** Memberships by id (entity references to Membership). */
    membershipById: new DataLoader<string, MembershipFacts | null>(async (ids) => {
      const valid = ids.filter(isUuid);
      const rows = valid.length ? await membershipsById(db, valid) : [];
      const byId = new Map(rows.map((r) => [r.membershipId, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}

export type OrganizationAccessLoaders = ReturnType<typeof createOrganizationAccessLoaders>;

/** A context that can answer organization permissions. */
export interface OrganizationAccessContext extends AccessContext {
  orgAccess: OrganizationAccessLoaders;
}

/** An organization permission, decided from the caller's primary role there (GA-6 table), for any subgraph. */
export function organizationPermission<Ctx extends OrganizationAccessContext>(
  permission: OrganizationPermission,
): Policy<Ctx> {
  return (input) => {
    const organizationId = organizationIdOf(input);
    const viewer = input.ctx.viewer;
    if (!viewer || !organizationId) return false;
    return memoDecision(input.ctx, `${permission}|${organizationId}|${viewer.accountId}`, () =>
      input.ctx.orgAccess.viewerMembershipByOrganizationId
        .load(organizationId)
        .then((m) => organizationDecision(m?.primaryRole, permission).allowed),
    );
  };
}

/** Reads one membership from the published view inside the caller's transaction (authoritative re-checks). */
export async function membershipIn(
  manager: Queryable,
  organizationId: string,
  accountId: string,
): Promise<MembershipFacts | null> {
  if (!isUuid(organizationId) || !isUuid(accountId)) return null;
  return membershipOf(manager, organizationId, accountId);
}
