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
