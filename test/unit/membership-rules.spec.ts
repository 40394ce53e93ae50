import { forbidden } from '../../subgraphs/common/access/kernel';
import { CustomRole, PrimaryRole, type MembershipFacts } from '../../subgraphs/common/organization-access';
import {
  decideAccountsAction,
  decideMembershipChange,
  type AccountsAction,
  type MembershipOperation,
} from '../../subgraphs/accounts/access/membership.access';

// GA-5, GA-6, GA-11 and the accounts grant ceiling, cell by cell: one pure rule decides a membership change for the
// mutation (inside its transaction) and for `viewerCan…` / `decisions`. Each cell names the outcome and, for
// a refusal, the code the mutation answers with; FORBIDDEN is a missing permission or the ceiling.

const { OWNER, ADMINISTRATOR, MEMBER } = PrimaryRole;
type Role = PrimaryRole | 'BILLING_MEMBER' | null;

function member(accountId: string, role: Role): MembershipFacts | null {
  if (role === null) return null;
  const billing = role === 'BILLING_MEMBER';
  return {
    membershipId: `m-${accountId}`,
    organizationId: 'org',
    accountId,
    primaryRole: billing ? MEMBER : role,
    customRoles: billing ? [CustomRole.BILLING_EDITOR] : [],
  };
}

const OK = 'allowed';
const F = 'FORBIDDEN';
const OWNER_REQUIRED = 'OWNER_REQUIRED';
const OWNER_CANNOT_BE_REMOVED = 'OWNER_CANNOT_BE_REMOVED';
const BAD = 'BAD_USER_INPUT';

/** [operation, actor role, target role ('self' = the actor), role given, expected outcome]. */
const TABLE: [MembershipOperation, Role, Role | 'self', PrimaryRole | CustomRole | undefined, string][] = [
  // addMember (no target): administrators add members and administrators, never an OWNER (GA-5).
  ['addMember', OWNER, null, MEMBER, OK],
  ['addMember', OWNER, null, ADMINISTRATOR, OK],
  ['addMember', OWNER, null, OWNER, OWNER_REQUIRED],
  ['addMember', ADMINISTRATOR, null, MEMBER, OK],
  ['addMember', ADMINISTRATOR, null, ADMINISTRATOR, OK],
  ['addMember', ADMINISTRATOR, null, OWNER, OWNER_REQUIRED],
  ['addMember', MEMBER, null, MEMBER, F],
  ['addMember', MEMBER, null, OWNER, F],
  ['addMember', null, null, MEMBER, F],
  // setPrimaryRole: the owner's role changes only by transfer; OWNER is never given (GA-5).
  ['setPrimaryRole', OWNER, MEMBER, ADMINISTRATOR, OK],
  ['setPrimaryRole', OWNER, ADMINISTRATOR, MEMBER, OK],
  ['setPrimaryRole', OWNER, MEMBER, OWNER, OWNER_REQUIRED],
  ['setPrimaryRole', OWNER, 'self', MEMBER, OWNER_REQUIRED],
  ['setPrimaryRole', ADMINISTRATOR, MEMBER, ADMINISTRATOR, OK],
  ['setPrimaryRole', ADMINISTRATOR, ADMINISTRATOR, MEMBER, F],
  ['setPrimaryRole', ADMINISTRATOR, OWNER, MEMBER, OWNER_REQUIRED],
  ['setPrimaryRole', ADMINISTRATOR, 'self', MEMBER, F],
  ['setPrimaryRole', MEMBER, MEMBER, ADMINISTRATOR, F],
  ['setPrimaryRole', MEMBER, OWNER, MEMBER, F],
  // removeMember: the owner is never removed (GA-11); nobody removes themselves (that is leave).
  ['removeMember', OWNER, MEMBER, undefined, OK],
  ['removeMember', OWNER, ADMINISTRATOR, undefined, OK],
  ['removeMember', OWNER, 'self', undefined, OWNER_CANNOT_BE_REMOVED],
  ['removeMember', ADMINISTRATOR, MEMBER, undefined, OK],
  ['removeMember', ADMINISTRATOR, ADMINISTRATOR, undefined, F],
  ['removeMember', ADMINISTRATOR, OWNER, undefined, OWNER_CANNOT_BE_REMOVED],
  ['removeMember', ADMINISTRATOR, 'self', undefined, F],
  ['removeMember', MEMBER, MEMBER, undefined, F],
  ['removeMember', MEMBER, OWNER, undefined, F],
  // leave: anyone but the owner (GA-11).
  ['leave', OWNER, 'self', undefined, OWNER_CANNOT_BE_REMOVED],
  ['leave', ADMINISTRATOR, 'self', undefined, OK],
  ['leave', MEMBER, 'self', undefined, OK],
  ['leave', null, null, undefined, F],
  // custom roles: granted or revoked by the OWNER or by a holder, never on oneself.
  ['grantCustomRole', OWNER, MEMBER, CustomRole.BILLING_EDITOR, OK],
  ['grantCustomRole', ADMINISTRATOR, MEMBER, CustomRole.BILLING_EDITOR, F],
  ['grantCustomRole', OWNER, 'self', CustomRole.BILLING_EDITOR, F],
  ['grantCustomRole', MEMBER, MEMBER, CustomRole.BILLING_EDITOR, F],
  ['grantCustomRole', 'BILLING_MEMBER', MEMBER, CustomRole.BILLING_EDITOR, F],
  ['revokeCustomRole', OWNER, 'BILLING_MEMBER', CustomRole.BILLING_EDITOR, OK],
  ['revokeCustomRole', ADMINISTRATOR, 'BILLING_MEMBER', CustomRole.BILLING_EDITOR, F],
  // transferOwnership: the owner only (GA-5), never to itself.
  ['transferOwnership', OWNER, MEMBER, undefined, OK],
  ['transferOwnership', OWNER, ADMINISTRATOR, undefined, OK],
  ['transferOwnership', OWNER, 'self', undefined, BAD],
  ['transferOwnership', ADMINISTRATOR, MEMBER, undefined, F],
  ['transferOwnership', MEMBER, MEMBER, undefined, F],
];

function factsOf(actorRole: Role, targetRole: Role | 'self', role: PrimaryRole | CustomRole | undefined) {
  const actor = member('actor', actorRole);
  const target = targetRole === 'self' ? actor : member('target', targetRole);
  return { actor, target, role };
}

function outcome(op: MembershipOperation, facts: ReturnType<typeof factsOf>): string {
  const d = decideMembershipChange(op, facts);
  return d.allowed ? OK : forbidden(d).code;
}

describe('a membership change is decided once (GA-5, GA-6, GA-11, grant ceiling), with the code its mutation refuses with', () => {
  it.each(TABLE)('%s by %s on %s (role %s) → %s', (op, actorRole, targetRole, role, expected) => {
    expect(outcome(op, factsOf(actorRole, targetRole, role))).toBe(expected);
  });

  it('names the input field of every coded refusal, and says why in words', () => {
    for (const [op, actorRole, targetRole, role, expected] of TABLE) {
      if (expected === OK || expected === F) continue;
      const d = decideMembershipChange(op, factsOf(actorRole, targetRole, role));
      const error = forbidden(d);
      expect(error.details.field).toBe(role === OWNER ? 'role' : 'accountId');
      expect(error.message).toMatch(/^[A-Z]/);
    }
  });
});

/** The X-7 actions and the operation (and custom role) their mutation runs. */
const ACTIONS: [AccountsAction, MembershipOperation][] = [
  ['ADD_ORGANIZATION_MEMBER', 'addMember'],
  ['SET_PRIMARY_ROLE', 'setPrimaryRole'],
  ['GRANT_CUSTOM_ROLE', 'grantCustomRole'],
  ['REVOKE_CUSTOM_ROLE', 'revokeCustomRole'],
  ['REMOVE_ORGANIZATION_MEMBER', 'removeMember'],
  ['LEAVE_ORGANIZATION', 'leave'],
  ['TRANSFER_OWNERSHIP', 'transferOwnership'],
];

describe('viewerCan… answers what the mutation then does (X-7: one rule, two uses)', () => {
  const roles: Role[] = [OWNER, ADMINISTRATOR, MEMBER, 'BILLING_MEMBER', null];
  const cells = ACTIONS.flatMap(([action, op]) =>
    roles.flatMap((a) => [...roles, 'self' as const].map((t) => [action, op, a, t] as const)),
  );

  it.each(cells)('%s (%s) by %s on %s', (action, op, actorRole, targetRole) => {
    const actor = member('actor', actorRole);
    const target = op === 'leave' ? actor : targetRole === 'self' ? actor : member('target', targetRole);
    const role =
      op === 'grantCustomRole' || op === 'revokeCustomRole'
        ? CustomRole.BILLING_EDITOR
        : op === 'setPrimaryRole' || op === 'addMember'
          ? MEMBER
          : undefined;
    const capability = decideAccountsAction(action, actor, op === 'addMember' ? null : target);
    const mutation = decideMembershipChange(op, { actor, target: op === 'addMember' ? null : target, role });
    expect(capability.allowed).toBe(mutation.allowed);
    expect(capability.code).toBe(mutation.code);
  });
});
