import { CustomRole, PrimaryRole } from '../../subgraphs/common/organization-access';
import type { SubgraphDeps } from '../../subgraphs/common/subgraph';
import { accountsFactory, outcome, useAccounts, type TestAccount } from '../support/factories';

// Issue 9 item 4, the accounts grant ceiling, cell by cell: actor role × target role × operation, through the
// service (the kernel's in-transaction decision), on real PostgreSQL. Rules (membership.access.ts):
// nobody changes their own roles or removes themselves (leaving is leaveOrganization); only the OWNER acts on an
// ADMINISTRATOR; the OWNER is untouchable (OWNER_REQUIRED / OWNER_CANNOT_BE_REMOVED, checked first); a custom
// role is granted or revoked only by the OWNER or a holder of it.
const ctx = useAccounts();
let deps: SubgraphDeps;
let f: ReturnType<typeof accountsFactory>;
beforeAll(() => {
  ({ deps, f } = ctx);
});

type Actor = 'OWNER' | 'ADMIN' | 'ADMIN_BILLING' | 'MEMBER';
type Target = 'owner' | 'admin' | 'member' | 'self';
type Operation = 'setPrimaryRole' | 'grantCustomRole' | 'revokeCustomRole' | 'removeMember';

// prettier-ignore
const TABLE: Array<[Operation, Actor, Target, string]> = [
  ['setPrimaryRole', 'OWNER', 'owner', 'OWNER_REQUIRED'],
  ['setPrimaryRole', 'OWNER', 'admin', 'OK'],
  ['setPrimaryRole', 'OWNER', 'member', 'OK'],
  ['setPrimaryRole', 'OWNER', 'self', 'OWNER_REQUIRED'],
  ['setPrimaryRole', 'ADMIN', 'owner', 'OWNER_REQUIRED'],
  ['setPrimaryRole', 'ADMIN', 'admin', 'FORBIDDEN'],
  ['setPrimaryRole', 'ADMIN', 'member', 'OK'],
  ['setPrimaryRole', 'ADMIN', 'self', 'FORBIDDEN'],
  ['setPrimaryRole', 'ADMIN_BILLING', 'owner', 'OWNER_REQUIRED'],
  ['setPrimaryRole', 'ADMIN_BILLING', 'admin', 'FORBIDDEN'],
  ['setPrimaryRole', 'ADMIN_BILLING', 'member', 'OK'],
  ['setPrimaryRole', 'ADMIN_BILLING', 'self', 'FORBIDDEN'],
  ['setPrimaryRole', 'MEMBER', 'owner', 'FORBIDDEN'],
  ['setPrimaryRole', 'MEMBER', 'admin', 'FORBIDDEN'],
  ['setPrimaryRole', 'MEMBER', 'member', 'FORBIDDEN'],
  ['setPrimaryRole', 'MEMBER', 'self', 'FORBIDDEN'],

  ['grantCustomRole', 'OWNER', 'owner', 'FORBIDDEN'],
  ['grantCustomRole', 'OWNER', 'admin', 'OK'],
  ['grantCustomRole', 'OWNER', 'member', 'OK'],
  ['grantCustomRole', 'OWNER', 'self', 'FORBIDDEN'],
  ['grantCustomRole', 'ADMIN', 'owner', 'FORBIDDEN'],
  ['grantCustomRole', 'ADMIN', 'admin', 'FORBIDDEN'],
  ['grantCustomRole', 'ADMIN', 'member', 'FORBIDDEN'],
  ['grantCustomRole', 'ADMIN', 'self', 'FORBIDDEN'],
  ['grantCustomRole', 'ADMIN_BILLING', 'owner', 'FORBIDDEN'],
  ['grantCustomRole', 'ADMIN_BILLING', 'admin', 'FORBIDDEN'],
  ['grantCustomRole', 'ADMIN_BILLING', 'member', 'OK'],
  ['grantCustomRole', 'ADMIN_BILLING', 'self', 'FORBIDDEN'],
  ['grantCustomRole', 'MEMBER', 'owner', 'FORBIDDEN'],
  ['grantCustomRole', 'MEMBER', 'admin', 'FORBIDDEN'],
  ['grantCustomRole', 'MEMBER', 'member', 'FORBIDDEN'],
  ['grantCustomRole', 'MEMBER', 'self', 'FORBIDDEN'],

  ['revokeCustomRole', 'OWNER', 'owner', 'FORBIDDEN'],
  ['revokeCustomRole', 'OWNER', 'admin', 'OK'],
  ['revokeCustomRole', 'OWNER', 'member', 'OK'],
  ['revokeCustomRole', 'OWNER', 'self', 'FORBIDDEN'],
  ['revokeCustomRole', 'ADMIN', 'owner', 'FORBIDDEN'],
  ['revokeCustomRole', 'ADMIN', 'admin', 'FORBIDDEN'],
  ['revokeCustomRole', 'ADMIN', 'member', 'FORBIDDEN'],
  ['revokeCustomRole', 'ADMIN', 'self', 'FORBIDDEN'],
  ['revokeCustomRole', 'ADMIN_BILLING', 'owner', 'FORBIDDEN'],
  ['revokeCustomRole', 'ADMIN_BILLING', 'admin', 'FORBIDDEN'],
  ['revokeCustomRole', 'ADMIN_BILLING', 'member', 'OK'],
  ['revokeCustomRole', 'ADMIN_BILLING', 'self', 'FORBIDDEN'],
  ['revokeCustomRole', 'MEMBER', 'owner', 'FORBIDDEN'],
  ['revokeCustomRole', 'MEMBER', 'admin', 'FORBIDDEN'],
  ['revokeCustomRole', 'MEMBER', 'member', 'FORBIDDEN'],
  ['revokeCustomRole', 'MEMBER', 'self', 'FORBIDDEN'],

  ['removeMember', 'OWNER', 'owner', 'OWNER_CANNOT_BE_REMOVED'],
  ['removeMember', 'OWNER', 'admin', 'OK'],
  ['removeMember', 'OWNER', 'member', 'OK'],
  ['removeMember', 'OWNER', 'self', 'OWNER_CANNOT_BE_REMOVED'],
  ['removeMember', 'ADMIN', 'owner', 'OWNER_CANNOT_BE_REMOVED'],
  ['removeMember', 'ADMIN', 'admin', 'FORBIDDEN'],
  ['removeMember', 'ADMIN', 'member', 'OK'],
  ['removeMember', 'ADMIN', 'self', 'FORBIDDEN'],
  ['removeMember', 'ADMIN_BILLING', 'owner', 'OWNER_CANNOT_BE_REMOVED'],
  ['removeMember', 'ADMIN_BILLING', 'admin', 'FORBIDDEN'],
  ['removeMember', 'ADMIN_BILLING', 'member', 'OK'],
  ['removeMember', 'ADMIN_BILLING', 'self', 'FORBIDDEN'],
  ['removeMember', 'MEMBER', 'owner', 'FORBIDDEN'],
  ['removeMember', 'MEMBER', 'admin', 'FORBIDDEN'],
  ['removeMember', 'MEMBER', 'member', 'FORBIDDEN'],
  ['removeMember', 'MEMBER', 'self', 'FORBIDDEN'],
];

/** Roles and custom roles of every member, and the number of audit events: what a refusal leaves untouched. */
async function stateOf(orgId: string) {
  const members = await deps.db.query(
    'SELECT account_id, primary_role, custom_roles FROM accounts.membership_roles WHERE organization_id = $1 ORDER BY account_id',
    [orgId],
  );
  const [{ n }] = await deps.db.query(
    'SELECT count(*)::int AS n FROM accounts.audit_events WHERE organization_id = $1',
    [orgId],
  );
  return { members, auditEvents: n as number };
}

/** Gives a custom role as test setup (not under test): straight into the table. */
async function holdBilling(orgId: string, who: TestAccount) {
  await deps.db.query(
    `INSERT INTO accounts.membership_custom_roles (membership_id, role)
     SELECT id, 'BILLING_EDITOR' FROM accounts.memberships WHERE organization_id = $1 AND account_id = $2
     ON CONFLICT DO NOTHING`,
    [orgId, who.id],
  );
}

describe('accounts grant ceiling (issue 9 item 4): actor × target × operation', () => {
  it.each(TABLE)('%s by %s on %s → %s', async (operation, actorRole, targetRole, expected) => {
    const o = await f.organization();
    const add = async (role: PrimaryRole) => {
      const a = await f.account(role.toLowerCase());
      await f.services.memberships.addMember(o.owner.viewer, { organizationId: o.org.id, email: a.email, role });
      return a;
    };
    // The actor is its own account; the targets are others of each role (the owner is the owner).
    const actors: Record<Actor, () => Promise<TestAccount>> = {
      OWNER: () => Promise.resolve(o.owner),
      ADMIN: () => add(PrimaryRole.ADMINISTRATOR),
      ADMIN_BILLING: async () => {
        const a = await add(PrimaryRole.ADMINISTRATOR);
        await holdBilling(o.org.id, a);
        return a;
      },
      MEMBER: () => add(PrimaryRole.MEMBER),
    };
    const actor = await actors[actorRole]();
    const target = { owner: o.owner, admin: o.admin, member: o.member, self: actor }[targetRole];
    // Revoking is a real change only when the target holds the role.
    if (operation === 'revokeCustomRole') await holdBilling(o.org.id, target);
    const [{ role: targetPrimary }] = await deps.db.query(
      'SELECT role FROM accounts.memberships WHERE organization_id = $1 AND account_id = $2',
      [o.org.id, target.id],
    );
    const input = { organizationId: o.org.id, accountId: target.id };
    const run: Record<Operation, () => Promise<unknown>> = {
      setPrimaryRole: () =>
        f.services.memberships.setPrimaryRole(actor.viewer, {
          ...input,
          role: targetPrimary === PrimaryRole.MEMBER ? PrimaryRole.ADMINISTRATOR : PrimaryRole.MEMBER,
        }),
      grantCustomRole: () =>
        f.services.memberships.grantCustomRole(actor.viewer, { ...input, role: CustomRole.BILLING_EDITOR }),
      revokeCustomRole: () =>
        f.services.memberships.revokeCustomRole(actor.viewer, { ...input, role: CustomRole.BILLING_EDITOR }),
      removeMember: () => f.services.memberships.removeMember(actor.viewer, input),
    };
    const before = await stateOf(o.org.id);
    expect(await outcome(run[operation]())).toBe(expected);
    const after = await stateOf(o.org.id);
    if (expected === 'OK') expect(after.auditEvents).toBe(before.auditEvents + 1);
    else expect(after).toEqual(before);
  });

  it.each([
    ['OWNER', PrimaryRole.ADMINISTRATOR, 'OK'],
    ['ADMIN', PrimaryRole.ADMINISTRATOR, 'OK'],
    ['ADMIN', PrimaryRole.MEMBER, 'OK'],
    ['MEMBER', PrimaryRole.MEMBER, 'FORBIDDEN'],
  ] as const)(
    'addOrganizationMember by %s as %s → %s (a role the actor holds or ranks above)',
    async (who, role, expected) => {
      const o = await f.organization();
      const actor = { OWNER: o.owner, ADMIN: o.admin, MEMBER: o.member }[who];
      const newcomer = await f.account('newcomer');
      expect(
        await outcome(
          f.services.memberships.addMember(actor.viewer, { organizationId: o.org.id, email: newcomer.email, role }),
        ),
      ).toBe(expected);
    },
  );
});
