import { allow, deny, type Decision } from '../../common/access/kernel';
import { ErrorCode } from '../../common/errors';
import { AccountsErrorCode } from '../accounts.errors';
import {
  CustomRole,
  PrimaryRole,
  decideActOnMember,
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
 * GA-5, GA-6, GA-11 and the accounts grant ceiling (issue 9 item 4): the one rule of a membership change, decided
 * by the mutation inside its transaction (facts re-read after the locks) and by every `viewerCan…` field and
 * `decisions` answer (facts read through loaders), so a button is offered exactly when its mutation succeeds.
 * - the operation's GA-6 permission first ({@link organizationDecision}, the field policy's own rule);
 * - the owner's own rules, each refused with its stable code: OWNER is given by transfer alone and the owner's role
 *   changes only by transfer (OWNER_REQUIRED, GA-5); the owner is never removed and leaves only after a transfer
 *   (OWNER_CANNOT_BE_REMOVED, GA-11); nobody transfers ownership to themselves (BAD_USER_INPUT);
 * - nobody changes their own primary role or custom roles, or removes themselves (leaving is `leave`);
 * - only the OWNER acts on an ADMINISTRATOR: GA-6 says administrators manage the organization's members, and an
 *   administrator changing or removing a peer would let two administrators strip each other;
 * - a custom role is granted or revoked only by the OWNER or by someone who holds it;
 * - a primary role is given only by someone who holds it: an ADMINISTRATOR may add or promote an ADMINISTRATOR (it
 *   holds that role; it then cannot demote or remove the peer it made).
 * Reasons name only the caller's own roles and the target's role, which the caller can read on the member list.
 */
export function decideMembershipChange(op: MembershipOperation, facts: MembershipChangeFacts): Decision {
  const permission = organizationDecision(facts.actor?.primaryRole, OPERATION_PERMISSION[op]);
  if (!permission.allowed) return permission;
  const actor = facts.actor!;
  const { target } = facts;
  const owner = ownerRule(op, actor, target, facts.role);
  if (owner) return owner;
  if (acted.has(op) && target) {
    if (target.accountId === actor.accountId) {
      return deny(
        op === 'removeMember' ? 'to leave, use leaveOrganization' : 'nobody changes their own roles (ask the owner)',
      );
    }
    const rank = decideActOnMember(actor.primaryRole, target.primaryRole);
    if (!rank.allowed) return rank;
  }
  if ((op === 'grantCustomRole' || op === 'revokeCustomRole') && facts.role) {
    const role = facts.role as CustomRole;
    if (actor.primaryRole !== PrimaryRole.OWNER && !actor.customRoles.includes(role)) {
      return deny(`only the owner or a holder of ${role} grants or revokes it`);
    }
  }
  return allow(`${actor.primaryRole} may ${op}`);
}

/** GA-5 and GA-11: what nobody may do to the owner, or make of anyone but by transfer; null when none applies. */
function ownerRule(
  op: MembershipOperation,
  actor: MembershipFacts,
  target: MembershipChangeFacts['target'],
  role: MembershipChangeFacts['role'],
): Decision | null {
  const self = op === 'leave' ? actor : target;
  if ((op === 'addMember' || op === 'setPrimaryRole') && role === PrimaryRole.OWNER) {
    return deny(
      op === 'addMember'
        ? 'an organization has one owner: add the member, then transfer ownership (GA-5)'
        : 'use transferOwnership to make someone the owner (GA-5)',
      { code: AccountsErrorCode.OWNER_REQUIRED, field: 'role' },
    );
  }
  if (self?.primaryRole === PrimaryRole.OWNER) {
    if (op === 'setPrimaryRole')
      return deny("the owner's role changes only by transferring ownership (GA-5)", {
        code: AccountsErrorCode.OWNER_REQUIRED,
        field: 'accountId',
      });
    if (op === 'removeMember' || op === 'leave')
      return deny('the owner cannot be removed or leave; transfer ownership first (GA-11)', {
        code: AccountsErrorCode.OWNER_CANNOT_BE_REMOVED,
        field: 'accountId',
      });
  }
  if (op === 'transferOwnership' && target && target.accountId === actor.accountId)
    return deny('you already own this organization', { code: ErrorCode.BAD_USER_INPUT, field: 'accountId' });
  return null;
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
 * X-7: may the actor take this action, as its mutation decides it? The same {@link decideMembershipChange} the
 * mutation runs in its transaction; renaming is GA-6's `organization:administer` ({@link organizationDecision},
 * the field policy's rule). `target` is the membership acted on (the actor's own for LEAVE_ORGANIZATION, null for
 * organization actions).
 */
export function decideAccountsAction(
  action: AccountsAction,
  actor: MembershipFacts | null,
  target: Pick<MembershipFacts, 'accountId' | 'primaryRole'> | null,
): Decision {
  const op = ACTION_OPERATION[action];
  if (op === null) return organizationDecision(actor?.primaryRole, 'organization:administer');
  // One custom role exists (GA-7): the ceiling is decided for it.
  const role = op === 'grantCustomRole' || op === 'revokeCustomRole' ? CustomRole.BILLING_EDITOR : undefined;
  return decideMembershipChange(op, { actor, target: op === 'leave' ? actor : target, role });
}

/** The GA-6 permission an action needs (what a denied answer names as missing, X-2). */
export function accountsActionPermission(action: AccountsAction): OrganizationPermission {
  const op = ACTION_OPERATION[action];
  return op === null ? 'organization:administer' : OPERATION_PERMISSION[op];
}
