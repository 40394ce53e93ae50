import { recordAudit } from '../../subgraphs/common/audit/audit.service';
import type { SubgraphDeps } from '../../subgraphs/common/subgraph';
import { CustomRole, PrimaryRole } from '../../subgraphs/common/organization-access';
import { accountsFactory, outcome, PASSWORD, useAccounts, type TestAccount } from '../support/factories';

const ctx = useAccounts();
let deps: SubgraphDeps;
let f: ReturnType<typeof accountsFactory>;
beforeAll(() => {
  ({ deps, f } = ctx);
});

/** Everything about an organization that a failed change must leave as it was. */
async function stateOf(orgId: string) {
  const members = await deps.db.query(
    'SELECT account_id, primary_role, custom_roles FROM accounts.membership_roles WHERE organization_id = $1 ORDER BY account_id',
    [orgId],
  );
  const [{ n }] = await deps.db.query(
    'SELECT count(*)::int AS n FROM accounts.audit_events WHERE organization_id = $1',
    [orgId],
  );
  return { members, auditEvents: n };
}

type Org = Awaited<ReturnType<ReturnType<typeof accountsFactory>['organization']>>;
type Actor = 'owner' | 'admin' | 'member' | 'outsider';

// GA-6, operation by operation: what each actor may do to the organization's plain member (or itself, for leave).
const OPERATIONS: Record<string, (o: Org, actor: TestAccount) => Promise<unknown>> = {
  addOrganizationMember: async (o, actor) => {
    const newcomer = await f.account('newcomer');
    return f.services.memberships.addMember(actor.viewer, {
      organizationId: o.org.id,
      email: newcomer.email,
      role: PrimaryRole.MEMBER,
    });
  },
  setPrimaryRole: (o, actor) =>
    f.services.memberships.setPrimaryRole(actor.viewer, {
      organizationId: o.org.id,
      accountId: o.member.id,
      role: PrimaryRole.ADMINISTRATOR,
    }),
  grantCustomRole: (o, actor) =>
    f.services.memberships.grantCustomRole(actor.viewer, {
      organizationId: o.org.id,
      accountId: o.member.id,
      role: CustomRole.BILLING_EDITOR,
    }),
  revokeCustomRole: (o, actor) =>
    f.services.memberships.revokeCustomRole(actor.viewer, {
      organizationId: o.org.id,
      accountId: o.member.id,
      role: CustomRole.BILLING_EDITOR,
    }),
  removeOrganizationMember: (o, actor) =>
    f.services.memberships.removeMember(actor.viewer, { organizationId: o.org.id, accountId: o.member.id }),
  transferOwnership: (o, actor) =>
    f.services.memberships.transferOwnership(actor.viewer, { organizationId: o.org.id, accountId: o.member.id }),
  leaveOrganization: (o, actor) => f.services.memberships.leave(actor.viewer, { organizationId: o.org.id }),
};

const MATRIX: Array<[string, Actor, string]> = [
  ['addOrganizationMember', 'owner', 'OK'],
  ['addOrganizationMember', 'admin', 'OK'],
  ['addOrganizationMember', 'member', 'FORBIDDEN'],
  ['addOrganizationMember', 'outsider', 'FORBIDDEN'],
  ['setPrimaryRole', 'owner', 'OK'],
  ['setPrimaryRole', 'admin', 'OK'],
  ['setPrimaryRole', 'member', 'FORBIDDEN'],
  ['setPrimaryRole', 'outsider', 'FORBIDDEN'],
  ['grantCustomRole', 'owner', 'OK'],
  ['grantCustomRole', 'admin', 'OK'],
  ['grantCustomRole', 'member', 'FORBIDDEN'],
  ['grantCustomRole', 'outsider', 'FORBIDDEN'],
  ['revokeCustomRole', 'owner', 'OK'],
  ['revokeCustomRole', 'admin', 'OK'],
  ['revokeCustomRole', 'member', 'FORBIDDEN'],
  ['revokeCustomRole', 'outsider', 'FORBIDDEN'],
  ['removeOrganizationMember', 'owner', 'OK'],
  ['removeOrganizationMember', 'admin', 'OK'],
  ['removeOrganizationMember', 'member', 'FORBIDDEN'],
  ['removeOrganizationMember', 'outsider', 'FORBIDDEN'],
  ['transferOwnership', 'owner', 'OK'],
  ['transferOwnership', 'admin', 'FORBIDDEN'],
  ['transferOwnership', 'member', 'FORBIDDEN'],
  ['transferOwnership', 'outsider', 'FORBIDDEN'],
  ['leaveOrganization', 'owner', 'OWNER_CANNOT_BE_REMOVED'],
  ['leaveOrganization', 'admin', 'OK'],
  ['leaveOrganization', 'member', 'OK'],
  ['leaveOrganization', 'outsider', 'FORBIDDEN'],
];

describe('GA-6: who may change what, cell by cell', () => {
  it.each(MATRIX)('%s by %s → %s', async (operation, actorName, expected) => {
    const o = await f.organization();
    const actor = actorName === 'outsider' ? await f.account('outsider') : o[actorName];
    // The administrator holds billing_editor, so that the grant ceiling (membership-ceiling.int.spec.ts) lets it
    // manage that role; the plain member holds it only when revoking it is the change tested.
    const grants = [o.admin, ...(operation === 'revokeCustomRole' ? [o.member] : [])];
    for (const holder of grants) {
      await f.services.memberships.grantCustomRole(o.owner.viewer, {
        organizationId: o.org.id,
        accountId: holder.id,
        role: CustomRole.BILLING_EDITOR,
      });
    }
    const before = await stateOf(o.org.id);
    expect(await outcome(OPERATIONS[operation]!(o, actor))).toBe(expected);
    if (expected !== 'OK') expect(await stateOf(o.org.id)).toEqual(before);
  });
});

describe('GA-5: one owner', () => {
  it('makes the creator the first owner', async () => {
    const o = await f.organization();
    const roles = await stateOf(o.org.id);
    expect(roles.members.filter((m: { primary_role: string }) => m.primary_role === 'OWNER')).toEqual([
      { account_id: o.owner.id, primary_role: 'OWNER', custom_roles: [] },
    ]);
  });

  it('transfers ownership: the old owner becomes an administrator', async () => {
    const o = await f.organization();
    await f.services.memberships.transferOwnership(o.owner.viewer, {
      organizationId: o.org.id,
      accountId: o.member.id,
    });
    const roles = Object.fromEntries(
      (await stateOf(o.org.id)).members.map((m: { account_id: string; primary_role: string }) => [
        m.account_id,
        m.primary_role,
      ]),
    );
    expect(roles[o.owner.id]).toBe('ADMINISTRATOR');
    expect(roles[o.member.id]).toBe('OWNER');
  });

  it.each([
    [
      'adding a member as OWNER',
      (o: Org) =>
        f.services.memberships.addMember(o.owner.viewer, {
          organizationId: o.org.id,
          email: o.admin.email,
          role: PrimaryRole.OWNER,
        }),
    ],
    [
      'setting someone OWNER',
      (o: Org) =>
        f.services.memberships.setPrimaryRole(o.owner.viewer, {
          organizationId: o.org.id,
          accountId: o.member.id,
          role: PrimaryRole.OWNER,
        }),
    ],
    [
      "changing the owner's role",
      (o: Org) =>
        f.services.memberships.setPrimaryRole(o.admin.viewer, {
          organizationId: o.org.id,
          accountId: o.owner.id,
          role: PrimaryRole.MEMBER,
        }),
    ],
  ])('refuses %s (OWNER_REQUIRED) and changes nothing', async (_name, op) => {
    const o = await f.organization();
    const before = await stateOf(o.org.id);
    expect(await outcome(op(o))).toBe('OWNER_REQUIRED');
    expect(await stateOf(o.org.id)).toEqual(before);
  });

  it('refuses a transfer to a non-member (NOT_A_MEMBER) or to oneself', async () => {
    const o = await f.organization();
    const outsider = await f.account('outsider');
    expect(
      await outcome(
        f.services.memberships.transferOwnership(o.owner.viewer, { organizationId: o.org.id, accountId: outsider.id }),
      ),
    ).toBe('NOT_A_MEMBER');
    expect(
      await outcome(
        f.services.memberships.transferOwnership(o.owner.viewer, { organizationId: o.org.id, accountId: o.owner.id }),
      ),
    ).toBe('BAD_USER_INPUT');
  });

  it('is guarded by the database too: a second owner, or none, cannot be committed', async () => {
    const o = await f.organization();
    await expect(
      deps.db.query("UPDATE accounts.memberships SET role = 'OWNER' WHERE organization_id = $1 AND account_id = $2", [
        o.org.id,
        o.member.id,
      ]),
    ).rejects.toThrow(/memberships_one_owner/);
    await expect(
      deps.db.query("UPDATE accounts.memberships SET role = 'MEMBER' WHERE organization_id = $1 AND account_id = $2", [
        o.org.id,
        o.owner.id,
      ]),
    ).rejects.toThrow(/would have 0 owners/);
    await expect(deps.db.query("INSERT INTO accounts.organizations (name) VALUES ('ownerless')")).rejects.toThrow(
      /would have 0 owners/,
    );
  });
});

describe('GA-11: removing a member', () => {
  it('removes all their roles in the organization, at once, as the published view shows', async () => {
    const o = await f.organization();
    await f.services.memberships.grantCustomRole(o.owner.viewer, {
      organizationId: o.org.id,
      accountId: o.admin.id,
      role: CustomRole.BILLING_EDITOR,
    });
    await f.services.memberships.removeMember(o.owner.viewer, { organizationId: o.org.id, accountId: o.admin.id });
    const view = await deps.db.query(
      'SELECT * FROM accounts.membership_roles WHERE organization_id = $1 AND account_id = $2',
      [o.org.id, o.admin.id],
    );
    const custom = await deps.db.query(
      'SELECT 1 FROM accounts.membership_custom_roles c JOIN accounts.memberships m ON m.id = c.membership_id WHERE m.account_id = $1',
      [o.admin.id],
    );
    expect(view).toEqual([]);
    expect(custom).toEqual([]);
  });

  it('never removes the owner (OWNER_CANNOT_BE_REMOVED)', async () => {
    const o = await f.organization();
    expect(
      await outcome(
        f.services.memberships.removeMember(o.admin.viewer, { organizationId: o.org.id, accountId: o.owner.id }),
      ),
    ).toBe('OWNER_CANNOT_BE_REMOVED');
  });
});

describe('GA-3: roles in one organization say nothing about another', () => {
  it('an administrator of one organization cannot administer another the account is a member of', async () => {
    const a = await f.organization();
    const b = await f.organization();
    await f.services.memberships.addMember(b.owner.viewer, {
      organizationId: b.org.id,
      email: a.admin.email,
      role: PrimaryRole.MEMBER,
    });
    expect(
      await outcome(
        f.services.memberships.removeMember(a.admin.viewer, { organizationId: b.org.id, accountId: b.member.id }),
      ),
    ).toBe('FORBIDDEN');
  });
});

describe('GA-7: custom roles', () => {
  it('grants and revokes billing_editor idempotently, auditing only real changes', async () => {
    const o = await f.organization();
    const input = { organizationId: o.org.id, accountId: o.member.id, role: CustomRole.BILLING_EDITOR };
    const start = (await stateOf(o.org.id)).auditEvents;
    await f.services.memberships.grantCustomRole(o.owner.viewer, input);
    await f.services.memberships.grantCustomRole(o.owner.viewer, input);
    const granted = await stateOf(o.org.id);
    expect(granted.members.find((m: { account_id: string }) => m.account_id === o.member.id).custom_roles).toEqual([
      'BILLING_EDITOR',
    ]);
    expect(granted.auditEvents).toBe(start + 1);
    await f.services.memberships.revokeCustomRole(o.owner.viewer, input);
    await f.services.memberships.revokeCustomRole(o.owner.viewer, input);
    const revoked = await stateOf(o.org.id);
    expect(revoked.members.find((m: { account_id: string }) => m.account_id === o.member.id).custom_roles).toEqual([]);
    expect(revoked.auditEvents).toBe(start + 2);
  });
});

describe('X-3: every access change is audited in its transaction', () => {
  it('records actor, action, target, before and after', async () => {
    const o = await f.organization();
    await f.services.memberships.setPrimaryRole(o.admin.viewer, {
      organizationId: o.org.id,
      accountId: o.member.id,
      role: PrimaryRole.ADMINISTRATOR,
    });
    const [event] = await deps.db.query(
      'SELECT * FROM accounts.audit_events WHERE organization_id = $1 ORDER BY seq DESC LIMIT 1',
      [o.org.id],
    );
    expect(event).toMatchObject({
      actor_account_id: o.admin.id,
      action: 'membership.role_changed',
      target_type: 'Membership',
      before: { accountId: o.member.id, role: 'MEMBER', customRoles: [] },
      after: { accountId: o.member.id, role: 'ADMINISTRATOR', customRoles: [] },
    });
  });

  it('refuses to write an audit event outside a transaction', async () => {
    await expect(
      recordAudit(deps.db.manager, {
        organizationId: null,
        actorAccountId: null,
        action: 'x',
        targetType: 'x',
        targetId: 'x',
      }),
    ).rejects.toThrow(/inside the transaction/);
  });
});

describe('bad input gets a clear error and changes nothing', () => {
  it.each([
    [
      'an unknown organization',
      (o: Org) =>
        f.services.memberships.addMember(o.owner.viewer, {
          organizationId: '00000000-0000-4000-8000-000000000000',
          email: o.member.email,
          role: PrimaryRole.MEMBER,
        }),
      'NOT_FOUND',
    ],
    [
      'a malformed organization id',
      (o: Org) =>
        f.services.memberships.addMember(o.owner.viewer, {
          organizationId: "1' OR '1'='1",
          email: o.member.email,
          role: PrimaryRole.MEMBER,
        }),
      'BAD_USER_INPUT',
    ],
    [
      'an e-mail nobody signed up with',
      (o: Org) =>
        f.services.memberships.addMember(o.owner.viewer, {
          organizationId: o.org.id,
          email: 'nobody@example.test',
          role: PrimaryRole.MEMBER,
        }),
      'NOT_FOUND',
    ],
    [
      'a malformed e-mail',
      (o: Org) =>
        f.services.memberships.addMember(o.owner.viewer, {
          organizationId: o.org.id,
          email: 'not-an-email',
          role: PrimaryRole.MEMBER,
        }),
      'BAD_USER_INPUT',
    ],
    [
      'someone already a member',
      (o: Org) =>
        f.services.memberships.addMember(o.owner.viewer, {
          organizationId: o.org.id,
          email: o.member.email.toUpperCase(),
          role: PrimaryRole.MEMBER,
        }),
      'ALREADY_MEMBER',
    ],
    [
      'an unknown role',
      (o: Org) =>
        f.services.memberships.setPrimaryRole(o.owner.viewer, {
          organizationId: o.org.id,
          accountId: o.member.id,
          role: 'SUPERUSER' as PrimaryRole,
        }),
      'BAD_USER_INPUT',
    ],
    [
      'an unknown member',
      (o: Org) =>
        f.services.memberships.removeMember(o.owner.viewer, {
          organizationId: o.org.id,
          accountId: '00000000-0000-4000-8000-000000000000',
        }),
      'NOT_A_MEMBER',
    ],
  ])('%s', async (_name, op, expected) => {
    const o = await f.organization();
    const before = await stateOf(o.org.id);
    expect(await outcome(op(o))).toBe(expected);
    expect(await stateOf(o.org.id)).toEqual(before);
  });

  it('refuses an empty organization name', async () => {
    const a = await f.account();
    expect(await outcome(f.services.organizations.create(a.viewer, { name: '   ' }))).toBe('BAD_USER_INPUT');
  });
});

describe('GA-1: accounts', () => {
  it('keeps e-mails unique regardless of case (EMAIL_TAKEN)', async () => {
    const a = await f.account('dup');
    expect(
      await outcome(f.services.accounts.signUp({ email: a.email.toUpperCase(), name: 'Dup', password: PASSWORD })),
    ).toBe('EMAIL_TAKEN');
  });

  it('logs in with the right password only, with one error for a wrong password or unknown e-mail', async () => {
    const a = await f.account('login');
    expect((await f.services.accounts.logIn({ email: a.email.toUpperCase(), password: PASSWORD })).account.id).toBe(
      a.id,
    );
    expect(await outcome(f.services.accounts.logIn({ email: a.email, password: 'wrong password' }))).toBe(
      'INVALID_CREDENTIALS',
    );
    expect(await outcome(f.services.accounts.logIn({ email: 'nobody@example.test', password: PASSWORD }))).toBe(
      'INVALID_CREDENTIALS',
    );
  });

  it('never returns the password hash', async () => {
    const a = await f.account('nohash');
    const { account } = await f.services.accounts.logIn({ email: a.email, password: PASSWORD });
    expect(account).not.toHaveProperty('passwordHash');
  });

  it('lets a member change its own name, and its password only with the current one', async () => {
    const a = await f.account('self');
    expect((await f.services.accounts.updateMe(a.viewer, { name: 'New Name' })).name).toBe('New Name');
    expect(
      await outcome(f.services.accounts.updateMe(a.viewer, { password: 'new password 123', currentPassword: 'wrong' })),
    ).toBe('INVALID_CREDENTIALS');
    await f.services.accounts.updateMe(a.viewer, { password: 'new password 123', currentPassword: PASSWORD });
    expect(await outcome(f.services.accounts.logIn({ email: a.email, password: PASSWORD }))).toBe(
      'INVALID_CREDENTIALS',
    );
    expect(await outcome(f.services.accounts.logIn({ email: a.email, password: 'new password 123' }))).toBe('OK');
  });
});
