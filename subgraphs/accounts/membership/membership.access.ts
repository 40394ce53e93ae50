import { allow, deny, type Decision } from '../../common/access/kernel';
import {
  CustomRole,
  PrimaryRole,
  organizationDecision,
  type MembershipFacts,
  type OrganizationPermission,
} from '../../common/organization-access';

/** Every membership change of the accounts subgraph, as the decision below names it. */
export type MembershipOperation =
  | 'addMember'
  | 'setPrimaryRole'
  | 'grantCustomRole'
  | 'revokeCustomRole'
  | 'removeMember'
  | 'leave'
  | 'transferOwnership';

/** The GA-6 permission each operation's field policy checks (the directive on the mutation names the same one). */
export const OPERATION_PERMISSION: Readonly<Record<MembershipOperation, OrganizationPermission>> = {
  addMember: 'organization:administer',
  setPrimaryRole: 'organization:administer',
  grantCustomRole: 'organization:administer',
  revokeCustomRole: 'organization:administer',
  removeMember: 'organization:administer',
  leave: 'organization:read',
  transferOwnership: 'organization:own',
};

/** What a membership change is decided on: the actor's and the target's memberships, read in the transaction. */
export interface MembershipChangeFacts {
  actor: MembershipFacts | null;
  /** The membership changed (null for addMember: the newcomer has none yet). */
  target: Pick<MembershipFacts, 'accountId' | 'primaryRole'> | null;
  /** The primary role given (addMember, setPrimaryRole) or the custom role granted/revoked. */
  role?: PrimaryRole | CustomRole;
}

const acted = new Set<MembershipOperation>(['setPrimaryRole', 'grantCustomRole', 'revokeCustomRole', 'removeMember']);

/**
 * GA-6 plus the accounts grant ceiling (issue 9 item 4), one pure function for the in-transaction re-check and
 * any `viewerCan…` field:
 * - the operation's GA-6 permission first ({@link organizationDecision}, the field policy's own rule);
 * - nobody changes their own primary role or custom roles, or removes themselves (leaving is `leave`);
 * - only the OWNER acts on an ADMINISTRATOR: GA-6 says administrators manage the organization's members, and an
 *   administrator changing or removing a peer would let two administrators strip each other (the owner is
 *   untouchable by anyone: OWNER_REQUIRED / OWNER_CANNOT_BE_REMOVED are checked before this decision);
 * - a custom role is granted or revoked only by the OWNER or by someone who holds it;
 * - a primary role is given only by someone who holds it: OWNER is given by transfer alone, and an ADMINISTRATOR
 *   may add or promote an ADMINISTRATOR (it holds that role; it then cannot demote or remove the peer it made).
 * Reasons name only the caller's own roles and the target's role, which the caller can read on the member list.
 */
export function decideMembershipChange(op: MembershipOperation, facts: MembershipChangeFacts): Decision {
  const permission = organizationDecision(facts.actor?.primaryRole, OPERATION_PERMISSION[op]);
  if (!permission.allowed) return permission;
  const actor = facts.actor!;
  const { target } = facts;
  if (acted.has(op) && target) {
    if (target.accountId === actor.accountId) {
      return deny(
        op === 'removeMember' ? 'to leave, use leaveOrganization' : 'nobody changes their own roles (ask the owner)',
      );
    }
    if (target.primaryRole !== PrimaryRole.MEMBER && actor.primaryRole !== PrimaryRole.OWNER) {
      return deny(`only the owner changes or removes an ${target.primaryRole}`);
    }
  }
  if ((op === 'grantCustomRole' || op === 'revokeCustomRole') && facts.role) {
    const role = facts.role as CustomRole;
    if (actor.primaryRole !== PrimaryRole.OWNER && !actor.customRoles.includes(role)) {
      return deny(`only the owner or a holder of ${role} grants or revokes it`);
    }
  }
  return allow(`${actor.primaryRole} may ${op}`);
}

/** Every action a screen offers on an organization or a membership of the accounts subgraph. */
export type AccountsAction =
  | 'ADD_ORGANIZATION_MEMBER'
  | 'RENAME_ORGANIZATION'
  | 'LEAVE_ORGANIZATION'
  | 'SET_PRIMARY_ROLE'
  | 'GRANT_CUSTOM_ROLE'
  | 'REVOKE_CUSTOM_ROLE'
  | 'REMOVE_ORGANIZATION_MEMBER'
  | 'TRANSFER_OWNERSHIP';

const ACTION_OPERATION: Readonly<Record<AccountsAction, MembershipOperation | null>> = {
  ADD_ORGANIZATION_MEMBER: 'addMember',
  RENAME_ORGANIZATION: null,
  LEAVE_ORGANIZATION: 'leave',
  SET_PRIMARY_ROLE: 'setPrimaryRole',
  GRANT_CUSTOM_ROLE: 'grantCustomRole',
  REVOKE_CUSTOM_ROLE: 'revokeCustomRole',
  REMOVE_ORGANIZATION_MEMBER: 'removeMember',
  TRANSFER_OWNERSHIP: 'transferOwnership',
};

/**
 * may the actor take this action, as its mutation decides it? The GA-6 permission and the grant ceiling are
 * {@link decideMembershipChange} (the mutations' in-transaction re-check); the owner's own rules the mutations
 * check before it (GA-5, GA-11: the owner's role changes only by transfer, the owner is never removed and leaves
 * only after a transfer, nobody transfers to themselves) are folded in so `viewerCan…` says what the mutation
 * then does. Renaming is GA-6's `organization:administer` ({@link organizationDecision}, the field policy's rule).
 * `target` is the membership acted on (the actor's own for LEAVE_ORGANIZATION, null for organization actions).
 */
export function decideAccountsAction(
  action: AccountsAction,
  actor: MembershipFacts | null,
  target: Pick<MembershipFacts, 'accountId' | 'primaryRole'> | null,
): Decision {
  const op = ACTION_OPERATION[action];
  if (op === null) return organizationDecision(actor?.primaryRole, 'organization:administer');
  const self = op === 'leave' ? actor : target;
  if (self?.primaryRole === PrimaryRole.OWNER) {
    if (op === 'setPrimaryRole') return deny("the owner's role changes only by transferring ownership (GA-5)");
    if (op === 'removeMember' || op === 'leave')
      return deny('the owner cannot be removed or leave; transfer ownership first (GA-11)');
  }
  if (op === 'transferOwnership' && target && actor && target.accountId === actor.accountId)
    return deny('you already own this organization');
  // One custom role exists (GA-7): the ceiling is decided for it.
  const role = op === 'grantCustomRole' || op === 'revokeCustomRole' ? CustomRole.BILLING_EDITOR : undefined;
  return decideMembershipChange(op, { actor, target: op === 'leave' ? null : target, role });
}

/** The GA-6 permission an action needs (what a denied answer names as missing, X-2). */
export function accountsActionPermission(action: AccountsAction): OrganizationPermission {
  const op = ACTION_OPERATION[action];
  return op === null ? 'organization:administer' : OPERATION_PERMISSION[op];
}
