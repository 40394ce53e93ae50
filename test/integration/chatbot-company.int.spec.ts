import { CompanyRole } from '../../subgraphs/product-roles/chatbot/chatbot.matrix';
import { DomainError } from '../../subgraphs/common/errors';
import type { TestAccount } from '../support/factories';
import { outcome, useProductRoles } from '../support/product-roles.factory';

const t = useProductRoles();
type Company = Awaited<ReturnType<typeof t.company>>;
type Who = 'owner' | 'admin' | 'manager' | 'designer';
const { OWNER, ADMINISTRATOR, MANAGER, DESIGNER } = CompanyRole;

const companyUsers = async (c: Company) =>
  Object.fromEntries(
    (
      await t.deps.db.query(
        `SELECT account_id, role FROM product_roles.product_users WHERE organization_id = $1 AND product = 'chatbot'`,
        [c.org.id],
      )
    ).map((r: { account_id: string; role: string }) => [r.account_id, r.role]),
  );

describe('CB-1: one owner per company', () => {
  it("makes the organization's owner the company owner when chatbot is enabled", async () => {
    const c = await t.company();
    const users = await companyUsers(c);
    expect(Object.values(users).filter((r) => r === OWNER)).toHaveLength(1);
    expect(users[c.owner.id]).toBe(OWNER);
  });

  it('keeps exactly one owner through a storm of concurrent transfers, role edits and removals', async () => {
    const c = await t.company();
    const people: TestAccount[] = [c.owner, c.admin, c.manager, c.designer];
    const ops = Array.from({ length: 40 }, (_, i) => {
      const actor = people[i % 4]!;
      const target = people[(i * 3 + 1) % 4]!;
      const input = { organizationId: c.org.id, accountId: target.id };
      return [
        () => t.companies.transferOwnership(actor.viewer, input),
        () => t.companies.changeRole(actor.viewer, { ...input, role: i % 2 ? MANAGER : DESIGNER }),
        () => t.companies.remove(actor.viewer, input),
        () => t.companies.transferOwnership(actor.viewer, input),
      ][i % 4]!();
    });
    const results = await Promise.allSettled(ops);
    const unexpected = results.filter((r) => r.status === 'rejected' && !(r.reason instanceof DomainError));
    expect(unexpected).toEqual([]);
    expect(Object.values(await companyUsers(c)).filter((r) => r === OWNER)).toHaveLength(1);
  });
});

describe('CB-3: invitations', () => {
  it('invites only registered accounts (NOT_REGISTERED)', async () => {
    const c = await t.company();
    expect(
      await outcome(
        t.companies.invite(c.owner.viewer, {
          organizationId: c.org.id,
          email: 'nobody-here@example.test',
          role: DESIGNER,
        }),
      ),
    ).toBe('NOT_REGISTERED');
  });

  it('refuses a second invitation and an invitation of a company user (ALREADY_INVITED)', async () => {
    const c = await t.company();
    const guest = await t.accounts.account('guest');
    await t.companies.invite(c.owner.viewer, { organizationId: c.org.id, email: guest.email, role: DESIGNER });
    expect(
      await outcome(
        t.companies.invite(c.admin.viewer, {
          organizationId: c.org.id,
          email: guest.email.toUpperCase(),
          role: MANAGER,
        }),
      ),
    ).toBe('ALREADY_INVITED');
    expect(
      await outcome(
        t.companies.invite(c.owner.viewer, { organizationId: c.org.id, email: c.manager.email, role: DESIGNER }),
      ),
    ).toBe('ALREADY_INVITED');
  });

  it.each([
    ['owner', 'OK'],
    ['admin', 'OK'],
    ['manager', 'FORBIDDEN'],
    ['designer', 'FORBIDDEN'],
  ] as Array<[Who, string]>)('invitations by %s → %s', async (who, expected) => {
    const c = await t.company();
    const guest = await t.accounts.account('guest');
    expect(
      await outcome(
        t.companies.invite(c[who].viewer, { organizationId: c.org.id, email: guest.email, role: DESIGNER }),
      ),
    ).toBe(expected);
  });

  it('never invites as OWNER', async () => {
    const c = await t.company();
    const guest = await t.accounts.account('guest');
    expect(
      await outcome(t.companies.invite(c.owner.viewer, { organizationId: c.org.id, email: guest.email, role: OWNER })),
    ).toBe('BAD_USER_INPUT');
  });

  it('sends "Invitation to <company name>" through the outbox, lists the company, and joins on acceptance', async () => {
    const c = await t.company();
    const guest = await t.accounts.account('guest');
    await t.companies.invite(c.admin.viewer, { organizationId: c.org.id, email: guest.email, role: MANAGER });
    const [mail] = await t.deps.db.query(`SELECT subject FROM product_roles.outbox WHERE recipient = $1`, [
      guest.email,
    ]);
    expect(mail.subject).toBe(`Invitation to Org ${c.owner.email}`);
    expect(await t.companies.listFor([guest.id])).toEqual([
      {
        organizationId: c.org.id,
        accountId: guest.id,
        name: `Org ${c.owner.email}`,
        role: null,
        invitedRole: MANAGER,
        active: false,
      },
    ]);
    await t.companies.accept(guest.viewer, { organizationId: c.org.id });
    const [membership] = await t.deps.db.query(
      `SELECT primary_role FROM accounts.membership_roles WHERE organization_id = $1 AND account_id = $2`,
      [c.org.id, guest.id],
    );
    expect(membership.primary_role).toBe('MEMBER');
    expect((await companyUsers(c))[guest.id]).toBe(MANAGER);
    expect(await t.companies.listFor([guest.id])).toEqual([
      {
        organizationId: c.org.id,
        accountId: guest.id,
        name: `Org ${c.owner.email}`,
        role: MANAGER,
        invitedRole: null,
        active: true,
      },
    ]);
  });

  it('accepts only a pending invitation (NOT_FOUND after revocation)', async () => {
    const c = await t.company();
    const guest = await t.accounts.account('guest');
    const invitation = await t.companies.invite(c.owner.viewer, {
      organizationId: c.org.id,
      email: guest.email,
      role: DESIGNER,
    });
    await t.companies.revokeInvitation(c.admin.viewer, { organizationId: c.org.id, invitationId: invitation.id });
    expect(await outcome(t.companies.accept(guest.viewer, { organizationId: c.org.id }))).toBe('NOT_FOUND');
    expect(await t.companies.listFor([guest.id])).toEqual([]);
  });
});

// CB-4: [actor, target, new role, expected]; 'admin2' is a second administrator.
const CB4: Array<[Who, Who | 'admin2', CompanyRole, string]> = [
  ['owner', 'admin', MANAGER, 'OK'],
  ['owner', 'manager', ADMINISTRATOR, 'OK'],
  ['owner', 'designer', MANAGER, 'OK'],
  ['owner', 'manager', OWNER, 'COMPANY_OWNER_REQUIRED'],
  ['owner', 'owner', ADMINISTRATOR, 'CANNOT_CHANGE_OWN_ROLE'],
  ['admin', 'manager', DESIGNER, 'OK'],
  ['admin', 'designer', MANAGER, 'OK'],
  ['admin', 'designer', ADMINISTRATOR, 'FORBIDDEN'],
  ['admin', 'admin2', MANAGER, 'FORBIDDEN'],
  ['admin', 'owner', MANAGER, 'FORBIDDEN'],
  ['admin', 'admin', MANAGER, 'CANNOT_CHANGE_OWN_ROLE'],
  ['manager', 'designer', MANAGER, 'FORBIDDEN'],
  ['designer', 'manager', DESIGNER, 'FORBIDDEN'],
];

async function withSecondAdmin(c: Company) {
  const admin2 = await t.accounts.account('admin2');
  await t.companies.invite(c.owner.viewer, { organizationId: c.org.id, email: admin2.email, role: ADMINISTRATOR });
  await t.companies.accept(admin2.viewer, { organizationId: c.org.id });
  return { ...c, admin2 };
}

describe('CB-4: editing company roles', () => {
  it.each(CB4)('%s sets %s to %s → %s', async (actor, target, role, expected) => {
    const c = await withSecondAdmin(await t.company());
    const before = await companyUsers(c);
    expect(
      await outcome(
        t.companies.changeRole(c[actor].viewer, { organizationId: c.org.id, accountId: c[target].id, role }),
      ),
    ).toBe(expected);
    const after = await companyUsers(c);
    expect(after).toEqual(expected === 'OK' ? { ...before, [c[target].id]: role } : before);
  });
});

// CB-5: [actor, target, expected].
const CB5: Array<[Who, Who | 'admin2', string]> = [
  ['owner', 'admin', 'OK'],
  ['owner', 'manager', 'OK'],
  ['owner', 'designer', 'OK'],
  ['admin', 'admin2', 'OK'],
  ['admin', 'manager', 'OK'],
  ['admin', 'designer', 'OK'],
  ['admin', 'owner', 'COMPANY_OWNER_REQUIRED'],
  ['manager', 'designer', 'FORBIDDEN'],
  ['designer', 'manager', 'FORBIDDEN'],
];

describe('CB-5: removing company users', () => {
  it.each(CB5)('%s removes %s → %s', async (actor, target, expected) => {
    const c = await withSecondAdmin(await t.company());
    const before = await companyUsers(c);
    expect(
      await outcome(t.companies.remove(c[actor].viewer, { organizationId: c.org.id, accountId: c[target].id })),
    ).toBe(expected);
    const after = await companyUsers(c);
    if (expected !== 'OK') return expect(after).toEqual(before);
    expect(after[c[target].id]).toBeUndefined();
    // Access ends at once and the company leaves their list.
    expect(await t.products.canLaunch(c[target].viewer, c.org.id, 'chatbot')).toBe(false);
    expect(await t.companies.listFor([c[target].id])).toEqual([]);
  });
});
