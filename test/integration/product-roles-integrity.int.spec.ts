import { DomainError } from '../../subgraphs/common/errors';
import { PrimaryRole } from '../../subgraphs/common/organization-access';
import { CompanyRole } from '../../subgraphs/product-roles/chatbot/chatbot.matrix';
import type { TestAccount } from '../support/factories';
import { outcome, useProductRoles } from '../support/product-roles.factory';

// Issue 9 for product-roles, on real PostgreSQL: the grant ceiling whatever mutation (LC-2, CB-4, CB-5), disabling
// never deletes (CB-2, GA-8), company ownership follows organization ownership, total offboarding (X-6), LC-3's
// reassignToRoleId, and the company's name and plan audited.

const t = useProductRoles();
type Org = Awaited<ReturnType<typeof t.accounts.organization>>;
type Company = Awaited<ReturnType<typeof t.company>>;

const db = () => t.deps.db;
const roleId = async (orgId: string, product: string, name: string): Promise<string> =>
  (
    await db().query(
      `SELECT id FROM product_roles.product_custom_roles WHERE organization_id = $1 AND product = $2 AND name = $3`,
      [orgId, product, name],
    )
  )[0].id;
const productUsers = (orgId: string) =>
  db().query(
    `SELECT product, account_id, role, custom_role_id, active FROM product_roles.product_users
     WHERE organization_id = $1 ORDER BY product, account_id`,
    [orgId],
  );
const events = (orgId: string, action?: string) =>
  db().query(
    `SELECT action, actor_account_id, target_type, target_id, before, after FROM product_roles.audit_events
     WHERE organization_id = $1 AND ($2::text IS NULL OR action = $2) ORDER BY seq`,
    [orgId, action ?? null],
  );

async function addMember(o: Org, prefix: string, role = PrimaryRole.MEMBER): Promise<TestAccount> {
  const a = await t.accounts.account(prefix);
  await t.accounts.services.memberships.addMember(o.owner.viewer, { organizationId: o.org.id, email: a.email, role });
  return a;
}

/** LiveChat with the owner and admin as administrators (Admin role), and a member whose role holds only users.manage. */
async function liveChat() {
  const o = await t.accounts.organization();
  const organizationId = o.org.id;
  await t.products.enable(o.owner.viewer, { organizationId, product: 'livechat' });
  const admin = await roleId(organizationId, 'livechat', 'Admin');
  for (const who of [o.owner, o.admin])
    await t.users.assign(o.owner.viewer, {
      organizationId,
      accountId: who.id,
      product: 'livechat',
      role: 'administrator',
      customRoleId: admin,
    });
  const usersOnly = await t.users.createRole(o.owner.viewer, {
    organizationId,
    product: 'livechat',
    name: 'Users only',
    permissions: ['users.manage'],
  });
  await t.users.assign(o.owner.viewer, {
    organizationId,
    accountId: o.member.id,
    product: 'livechat',
    role: 'normal',
    customRoleId: usersOnly.id,
  });
  const operator = await addMember(o, 'operator');
  await t.users.assign(o.owner.viewer, { organizationId, accountId: operator.id, product: 'livechat', role: 'normal' });
  const empty = await t.users.createRole(o.owner.viewer, {
    organizationId,
    product: 'livechat',
    name: 'Nothing',
    permissions: [],
  });
  const plain = await addMember(o, 'plain');
  await t.users.assign(o.owner.viewer, {
    organizationId,
    accountId: plain.id,
    product: 'livechat',
    role: 'normal',
    customRoleId: empty.id,
  });
  return { ...o, operator, plain, roles: { admin, usersOnly: usersOnly.id, empty: empty.id } };
}

describe('LC-2 grant ceiling: a LiveChat user whose role holds only users.manage', () => {
  it('cannot give itself or anyone the Admin role, make anyone administrator, or deactivate owner or administrators', async () => {
    const o = await liveChat();
    const organizationId = o.org.id;
    const me = o.member.viewer;
    const base = { organizationId, product: 'livechat' };
    const before = await productUsers(organizationId);
    const attempts = {
      'itself → Admin': () => t.users.update(me, { ...base, accountId: o.member.id, customRoleId: o.roles.admin }),
      'plain member → Admin': () => t.users.update(me, { ...base, accountId: o.plain.id, customRoleId: o.roles.admin }),
      'itself → administrator': () => t.users.update(me, { ...base, accountId: o.member.id, role: 'administrator' }),
      'plain member → administrator': () =>
        t.users.update(me, { ...base, accountId: o.plain.id, role: 'administrator' }),
      'deactivate the owner': () => t.users.setActive(me, { ...base, accountId: o.owner.id }, false),
      'deactivate an administrator': () => t.users.setActive(me, { ...base, accountId: o.admin.id }, false),
      'deactivate an Operator (holds what it does not)': () =>
        t.users.setActive(me, { ...base, accountId: o.operator.id }, false),
    };
    const results: Record<string, string> = {};
    for (const [name, attempt] of Object.entries(attempts)) results[name] = await outcome(attempt());
    expect(results).toEqual({
      'itself → Admin': 'CANNOT_CHANGE_OWN_ROLE',
      'plain member → Admin': 'FORBIDDEN',
      'itself → administrator': 'CANNOT_CHANGE_OWN_ROLE',
      'plain member → administrator': 'FORBIDDEN',
      'deactivate the owner': 'FORBIDDEN',
      'deactivate an administrator': 'FORBIDDEN',
      'deactivate an Operator (holds what it does not)': 'FORBIDDEN',
    });
    expect(await productUsers(organizationId)).toEqual(before);
  });

  it('still manages what it holds: deactivates a user holding nothing, gives a role within its own grants', async () => {
    const o = await liveChat();
    const base = { organizationId: o.org.id, product: 'livechat', accountId: o.plain.id };
    expect(await outcome(t.users.update(o.member.viewer, { ...base, customRoleId: o.roles.usersOnly }))).toBe('OK');
    expect(await outcome(t.users.setActive(o.member.viewer, base, false))).toBe('OK');
  });

  it('cannot create or widen a role beyond its own grants (roles.manage ceiling)', async () => {
    const o = await liveChat();
    const organizationId = o.org.id;
    const custom = await t.users.createRole(o.owner.viewer, {
      organizationId,
      product: 'livechat',
      name: 'Roles and inbox',
      permissions: ['roles.manage', 'inbox.use'],
    });
    await t.users.update(o.owner.viewer, {
      organizationId,
      product: 'livechat',
      accountId: o.plain.id,
      customRoleId: custom.id,
    });
    const base = { organizationId, product: 'livechat' };
    expect(
      await outcome(t.users.createRole(o.plain.viewer, { ...base, name: 'Wide', permissions: ['history.view'] })),
    ).toBe('FORBIDDEN');
    expect(
      await outcome(t.users.updateRole(o.plain.viewer, { ...base, roleId: custom.id, permissions: ['roles.manage'] })),
    ).toBe('CANNOT_CHANGE_OWN_ROLE');
    expect(
      await outcome(t.users.updateRole(o.plain.viewer, { ...base, roleId: o.roles.admin, permissions: ['inbox.use'] })),
    ).toBe('FORBIDDEN');
    expect(
      await outcome(t.users.createRole(o.plain.viewer, { ...base, name: 'Inbox', permissions: ['inbox.use'] })),
    ).toBe('OK');
  });

  it('administrators act on administrators and members, never on the owner nor on their own grants', async () => {
    const o = await liveChat();
    const base = { organizationId: o.org.id, product: 'livechat' };
    expect(await outcome(t.users.setActive(o.admin.viewer, { ...base, accountId: o.owner.id }, false))).toBe(
      'FORBIDDEN',
    );
    expect(
      await outcome(t.users.update(o.admin.viewer, { ...base, accountId: o.admin.id, customRoleId: o.roles.empty })),
    ).toBe('CANNOT_CHANGE_OWN_ROLE');
    expect(await outcome(t.users.setActive(o.admin.viewer, { ...base, accountId: o.operator.id }, false))).toBe('OK');
    // The owner is outranked by no one, so it sets its own product user (else no one could give it one).
    expect(await outcome(t.users.update(o.owner.viewer, { ...base, accountId: o.owner.id, role: 'normal' }))).toBe(
      'OK',
    );
  });
});

/** A company plus an Accounts ADMINISTRATOR who is only a chatbot DESIGNER. */
async function companyWithAdminDesigner() {
  const c = await t.company();
  const adminDesigner = await addMember(c, 'admin-designer', PrimaryRole.ADMINISTRATOR);
  await t.companies.invite(c.owner.viewer, {
    organizationId: c.org.id,
    email: adminDesigner.email,
    role: CompanyRole.DESIGNER,
  });
  await t.companies.accept(adminDesigner.viewer, { organizationId: c.org.id });
  return { ...c, adminDesigner };
}

describe('CB-4/CB-5 whatever mutation changes a chatbot company user', () => {
  it('an Accounts ADMINISTRATOR who is only a chatbot DESIGNER deactivates no one and gives itself nothing', async () => {
    const c = await companyWithAdminDesigner();
    const base = { organizationId: c.org.id, product: 'chatbot' };
    const adminRole = await roleId(c.org.id, 'chatbot', 'Admin');
    const before = await productUsers(c.org.id);
    expect(await outcome(t.users.setActive(c.adminDesigner.viewer, { ...base, accountId: c.admin.id }, false))).toBe(
      'FORBIDDEN',
    );
    expect(
      await outcome(
        t.users.update(c.adminDesigner.viewer, { ...base, accountId: c.adminDesigner.id, customRoleId: adminRole }),
      ),
    ).toBe('FORBIDDEN');
    expect(await outcome(t.products.disable(c.adminDesigner.viewer, { ...base }))).toBe('FORBIDDEN');
    expect(await productUsers(c.org.id)).toEqual(before);
  });

  it('a DESIGNER holding the chatbot Admin custom role still cannot deactivate the MANAGER', async () => {
    const c = await t.company();
    const base = { organizationId: c.org.id, product: 'chatbot' };
    const adminRole = await roleId(c.org.id, 'chatbot', 'Admin');
    await t.users.update(c.owner.viewer, { ...base, accountId: c.designer.id, customRoleId: adminRole });
    expect(await outcome(t.users.setActive(c.designer.viewer, { ...base, accountId: c.manager.id }, false))).toBe(
      'FORBIDDEN',
    );
  });

  it('deactivation on chatbot follows CB-5: the ADMINISTRATOR deactivates a MANAGER, never the OWNER', async () => {
    const c = await t.company();
    const base = { organizationId: c.org.id, product: 'chatbot' };
    expect(await outcome(t.users.setActive(c.admin.viewer, { ...base, accountId: c.owner.id }, false))).toBe(
      'COMPANY_OWNER_REQUIRED',
    );
    expect(await outcome(t.users.setActive(c.admin.viewer, { ...base, accountId: c.manager.id }, false))).toBe('OK');
  });

  it('re-checks inside the transaction: a company user deactivated a moment ago changes no content', async () => {
    const c = await t.company();
    const input = { organizationId: c.org.id, name: 'hello' };
    expect(await outcome(t.content.createIntent(c.designer.viewer, input))).toBe('OK');
    await t.users.setActive(
      c.owner.viewer,
      { organizationId: c.org.id, product: 'chatbot', accountId: c.designer.id },
      false,
    );
    expect(await outcome(t.content.createIntent(c.designer.viewer, { ...input, name: 'again' }))).toBe('FORBIDDEN');
  });
});

describe('CB-2, GA-8: disabling a product never deletes data', () => {
  const counts = async (orgId: string) =>
    (
      await db().query(
        `SELECT (SELECT count(*) FROM product_roles.product_users WHERE organization_id = $1)::int AS users,
                (SELECT count(*) FROM product_roles.product_custom_roles WHERE organization_id = $1)::int AS roles,
                (SELECT count(*) FROM product_roles.chatbot_projects WHERE organization_id = $1)::int AS projects,
                (SELECT count(*) FROM product_roles.chatbot_intents WHERE organization_id = $1)::int AS intents,
                (SELECT count(*) FROM product_roles.chatbot_invitations WHERE organization_id = $1 AND status = 'PENDING')::int AS invitations,
                (SELECT row_to_json(c) FROM (SELECT billing_plan FROM product_roles.chatbot_companies WHERE organization_id = $1) c) AS company`,
        [orgId],
      )
    )[0];
  const published = async (orgId: string, product: string) =>
    (
      await db().query(
        `SELECT count(*)::int AS n FROM product_roles.product_access WHERE organization_id = $1 AND product = $2`,
        [orgId, product],
      )
    )[0].n;

  it('only the company OWNER disables chatbot; an organization administrator below it cannot', async () => {
    const c = await t.company();
    for (const who of [c.admin, c.manager, c.designer])
      expect(await outcome(t.products.disable(who.viewer, { organizationId: c.org.id, product: 'chatbot' }))).toBe(
        'FORBIDDEN',
      );
  });

  it('keeps every row, ends access on the next request, publishes nothing, and re-enabling restores it all', async () => {
    const c = await t.company();
    const organizationId = c.org.id;
    const guest = await t.accounts.account('guest');
    await t.companies.invite(c.owner.viewer, { organizationId, email: guest.email, role: CompanyRole.DESIGNER });
    const project = await t.content.createProject(c.owner.viewer, { organizationId, name: 'Bot' });
    await t.content.createIntent(c.manager.viewer, { organizationId, name: 'hi' });
    await t.companies.setBillingPlan(c.owner.viewer, { organizationId, plan: 'BUSINESS' });
    const before = await counts(organizationId);
    expect(before).toMatchObject({ projects: 1, intents: 1, invitations: 1, company: { billing_plan: 'BUSINESS' } });
    expect(await published(organizationId, 'chatbot')).toBe(4);

    await t.products.disable(c.owner.viewer, { organizationId, product: 'chatbot' });
    expect(await counts(organizationId)).toEqual(before);
    expect(await published(organizationId, 'chatbot')).toBe(0);
    for (const who of [c.owner, c.admin, c.manager, c.designer])
      expect(await t.products.canLaunch(who.viewer, organizationId, 'chatbot')).toBe(false);
    expect(
      await outcome(t.content.updateProject(c.owner.viewer, { organizationId, projectId: project.id, name: 'x' })),
    ).toBe('PRODUCT_NOT_ENABLED');
    expect(await outcome(t.companies.accept(guest.viewer, { organizationId }))).toBe('PRODUCT_NOT_ENABLED');
    expect(await t.companies.listFor([c.manager.id, guest.id])).toEqual([]);
    // The row of organization_products itself can never be deleted: no cascade can wipe the company again.
    await expect(
      db().query(`DELETE FROM product_roles.organization_products WHERE organization_id = $1`, [organizationId]),
    ).rejects.toThrow(/never deleted/);

    await t.products.enable(c.owner.viewer, { organizationId, product: 'chatbot' });
    expect(await counts(organizationId)).toEqual(before);
    expect(await published(organizationId, 'chatbot')).toBe(4);
    expect(await t.products.canLaunch(c.designer.viewer, organizationId, 'chatbot')).toBe(true);
    expect((await events(organizationId)).map((e: { action: string }) => e.action).slice(-2)).toEqual([
      'product.disabled',
      'product.reenabled',
    ]);
    const [disabled] = await events(organizationId, 'product.disabled');
    expect(disabled.before).toMatchObject({
      product: 'chatbot',
      company: { name: expect.any(String), billingPlan: 'BUSINESS' },
    });
  });

  it('organization owners and administrators disable and re-enable other products (GA-6); members cannot', async () => {
    const o = await t.accounts.organization();
    const organizationId = o.org.id;
    await t.products.enable(o.owner.viewer, { organizationId, product: 'livechat' });
    await t.users.assign(o.owner.viewer, {
      organizationId,
      accountId: o.member.id,
      product: 'livechat',
      role: 'normal',
    });
    expect(await outcome(t.products.disable(o.member.viewer, { organizationId, product: 'livechat' }))).toBe(
      'FORBIDDEN',
    );
    expect(await outcome(t.products.disable(o.admin.viewer, { organizationId, product: 'livechat' }))).toBe('OK');
    expect(await outcome(t.products.disable(o.admin.viewer, { organizationId, product: 'livechat' }))).toBe(
      'PRODUCT_NOT_ENABLED',
    );
    expect(await published(organizationId, 'livechat')).toBe(0);
    expect(
      await outcome(
        t.users.setActive(o.owner.viewer, { organizationId, product: 'livechat', accountId: o.member.id }, false),
      ),
    ).toBe('PRODUCT_NOT_ENABLED');
    expect(await outcome(t.products.enable(o.admin.viewer, { organizationId, product: 'livechat' }))).toBe('OK');
    expect(await t.products.canLaunch(o.member.viewer, organizationId, 'livechat')).toBe(true);
    expect(await outcome(t.products.enable(o.admin.viewer, { organizationId, product: 'livechat' }))).toBe(
      'PRODUCT_ALREADY_ENABLED',
    );
  });
});

describe('organization ownership and company ownership', () => {
  const companyOwner = async (orgId: string) =>
    (
      await db().query(
        `SELECT account_id FROM product_roles.product_users WHERE organization_id = $1 AND product = 'chatbot' AND role = 'OWNER'`,
        [orgId],
      )
    )[0]?.account_id;

  it('moves company ownership with organization ownership when the old organization owner held it', async () => {
    const c = await t.company();
    await t.accounts.services.memberships.transferOwnership(c.owner.viewer, {
      organizationId: c.org.id,
      accountId: c.manager.id,
    });
    expect(await companyOwner(c.org.id)).toBe(c.manager.id);
    const users = Object.fromEntries(
      (await productUsers(c.org.id)).map((u: { account_id: string; role: string }) => [u.account_id, u.role]),
    );
    expect(users[c.owner.id]).toBe(CompanyRole.ADMINISTRATOR);
    const [moved] = await events(c.org.id, 'company_user.ownership_transferred');
    expect(moved).toMatchObject({ target_id: c.manager.id, after: { reason: 'organization ownership transferred' } });
    // The new owner reads and runs the company at once; the old owner is its ADMINISTRATOR.
    expect(await outcome(t.companies.rename(c.manager.viewer, { organizationId: c.org.id, name: 'New name' }))).toBe(
      'OK',
    );
  });

  it('gives the company to a new organization owner who was not a company user at all', async () => {
    const o = await t.accounts.organization();
    await t.products.enable(o.owner.viewer, { organizationId: o.org.id, product: 'chatbot' });
    await t.accounts.services.memberships.transferOwnership(o.owner.viewer, {
      organizationId: o.org.id,
      accountId: o.member.id,
    });
    expect(await companyOwner(o.org.id)).toBe(o.member.id);
    expect(await t.products.canLaunch(o.member.viewer, o.org.id, 'chatbot')).toBe(true);
  });

  it('races organization and company ownership transfers: one company owner, only domain errors', async () => {
    for (let round = 0; round < 6; round++) {
      const c = await t.company();
      const results = await Promise.allSettled([
        t.accounts.services.memberships.transferOwnership(c.owner.viewer, {
          organizationId: c.org.id,
          accountId: c.manager.id,
        }),
        t.companies.transferOwnership(c.owner.viewer, { organizationId: c.org.id, accountId: c.admin.id }),
      ]);
      const unexpected = results.filter((r) => r.status === 'rejected' && !(r.reason instanceof DomainError));
      expect(unexpected).toEqual([]);
      const owners = await db().query(
        `SELECT account_id FROM product_roles.product_users WHERE organization_id = $1 AND product = 'chatbot' AND role = 'OWNER'`,
        [c.org.id],
      );
      expect(owners).toHaveLength(1);
    }
  });

  it('leaves the company alone when its ownership was already handed to someone else', async () => {
    const c = await t.company();
    await t.companies.transferOwnership(c.owner.viewer, { organizationId: c.org.id, accountId: c.admin.id });
    await t.accounts.services.memberships.transferOwnership(c.owner.viewer, {
      organizationId: c.org.id,
      accountId: c.manager.id,
    });
    expect(await companyOwner(c.org.id)).toBe(c.admin.id);
  });
});

describe('X-6: removing a member ends every product-roles grant of it, audited once', () => {
  async function offboardingCase() {
    const c = await t.company();
    const organizationId = c.org.id;
    await t.products.enable(c.owner.viewer, { organizationId, product: 'livechat' });
    await t.users.assign(c.owner.viewer, {
      organizationId,
      accountId: c.designer.id,
      product: 'livechat',
      role: 'normal',
    });
    // A member invited to the company who has not accepted yet.
    await t.companies.invite(c.owner.viewer, { organizationId, email: c.member.email, role: CompanyRole.MANAGER });
    return c;
  }
  const rowsOf = async (orgId: string, accountId: string) => ({
    users: await db().query(
      `SELECT product, role FROM product_roles.product_users WHERE organization_id = $1 AND account_id = $2`,
      [orgId, accountId],
    ),
    pending: await db().query(
      `SELECT id FROM product_roles.chatbot_invitations WHERE organization_id = $1 AND account_id = $2 AND status = 'PENDING'`,
      [orgId, accountId],
    ),
  });

  it('removes product users and the company user, revokes pending invitations, and names them in one event', async () => {
    const c: Company = await offboardingCase();
    const organizationId = c.org.id;
    await t.accounts.services.memberships.removeMember(c.admin.viewer, { organizationId, accountId: c.designer.id });
    await t.accounts.services.memberships.removeMember(c.admin.viewer, { organizationId, accountId: c.member.id });
    expect(await rowsOf(organizationId, c.designer.id)).toEqual({ users: [], pending: [] });
    expect(await rowsOf(organizationId, c.member.id)).toEqual({ users: [], pending: [] });
    const offboarded = await events(organizationId, 'member.offboarded');
    expect(offboarded).toHaveLength(2);
    expect(offboarded[0]).toMatchObject({
      target_type: 'Account',
      target_id: c.designer.id,
      after: null,
      before: {
        account: { id: c.designer.id, email: c.designer.email },
        productUsers: [{ product: 'livechat', productName: 'LiveChat', role: 'normal', customRole: 'Operator' }],
        chatbotCompanyUser: { role: 'DESIGNER', companyName: `Org ${c.owner.email}` },
      },
    });
    expect(offboarded[1]).toMatchObject({
      target_id: c.member.id,
      before: { revokedInvitations: [{ role: 'MANAGER', email: c.member.email, companyName: `Org ${c.owner.email}` }] },
    });
    expect(offboarded[1].before.productUsers).toBeUndefined();
  });

  it('records who removed, from the kernel’s transaction setting', async () => {
    const c = await offboardingCase();
    await db().transaction(async (m) => {
      await m.query("SELECT set_config('identity.actor_account_id', $1, true)", [c.admin.id]);
      await m.query('DELETE FROM accounts.memberships WHERE organization_id = $1 AND account_id = $2', [
        c.org.id,
        c.designer.id,
      ]);
    });
    const [event] = await events(c.org.id, 'member.offboarded');
    expect(event.actor_account_id).toBe(c.admin.id);
  });

  it('a member leaving is offboarded the same way; re-adding the account gives nothing back', async () => {
    const c = await offboardingCase();
    const organizationId = c.org.id;
    await t.accounts.services.memberships.leave(c.designer.viewer, { organizationId });
    await t.accounts.services.memberships.removeMember(c.owner.viewer, { organizationId, accountId: c.member.id });
    for (const who of [c.designer, c.member])
      await t.accounts.services.memberships.addMember(c.owner.viewer, {
        organizationId,
        email: who.email,
        role: PrimaryRole.MEMBER,
      });
    expect(await rowsOf(organizationId, c.designer.id)).toEqual({ users: [], pending: [] });
    expect(await rowsOf(organizationId, c.member.id)).toEqual({ users: [], pending: [] });
    expect(await t.products.canLaunch(c.designer.viewer, organizationId, 'livechat')).toBe(false);
    expect(await t.products.canLaunch(c.designer.viewer, organizationId, 'chatbot')).toBe(false);
    expect(await outcome(t.companies.accept(c.member.viewer, { organizationId }))).toBe('NOT_FOUND');
    expect(await t.companies.listFor([c.designer.id, c.member.id])).toEqual([]);
  });

  it('writes no event when nothing was removed, and refuses removing the company OWNER (CONFLICT, nothing changed)', async () => {
    const c = await offboardingCase();
    const organizationId = c.org.id;
    const bystander = await addMember(c, 'bystander');
    await t.accounts.services.memberships.removeMember(c.owner.viewer, { organizationId, accountId: bystander.id });
    expect(await events(organizationId, 'member.offboarded')).toEqual([]);
    await t.companies.transferOwnership(c.owner.viewer, { organizationId, accountId: c.admin.id });
    const before = await rowsOf(organizationId, c.admin.id);
    expect(
      await outcome(
        t.accounts.services.memberships.removeMember(c.owner.viewer, { organizationId, accountId: c.admin.id }),
      ),
    ).toBe('CONFLICT');
    expect(await rowsOf(organizationId, c.admin.id)).toEqual(before);
    expect(await events(organizationId, 'member.offboarded')).toEqual([]);
  });
});

describe('LC-3: reassignToRoleId must name a role of the same product and organization', () => {
  it.each([
    ['no role at all', () => Promise.resolve('00000000-0000-4000-8000-000000000000')],
    ['not an id', () => Promise.resolve('nonsense')],
    ['a role of another product', async (o: Org) => roleId(o.org.id, 'helpdesk', 'Operator')],
    [
      'a role of another organization',
      async () => {
        const other = await t.accounts.organization();
        await t.products.enable(other.owner.viewer, { organizationId: other.org.id, product: 'livechat' });
        return roleId(other.org.id, 'livechat', 'Operator');
      },
    ],
  ])('%s → BAD_USER_INPUT, nothing changed (held or not)', async (_name, reassign) => {
    const o = await t.accounts.organization();
    const organizationId = o.org.id;
    for (const product of ['livechat', 'helpdesk'])
      await t.products.enable(o.owner.viewer, { organizationId, product });
    const base = { organizationId, product: 'livechat' };
    const unheld = await t.users.createRole(o.owner.viewer, { ...base, name: 'Unheld', permissions: [] });
    const held = await t.users.createRole(o.owner.viewer, { ...base, name: 'Held', permissions: [] });
    await t.users.assign(o.owner.viewer, { ...base, accountId: o.member.id, role: 'normal', customRoleId: held.id });
    const snapshot = async () => ({
      roles: await db().query(
        `SELECT id FROM product_roles.product_custom_roles WHERE organization_id = $1 ORDER BY id`,
        [organizationId],
      ),
      users: await productUsers(organizationId),
    });
    const before = await snapshot();
    const target = await reassign(o);
    for (const role of [unheld, held]) {
      const err = await t.users
        .deleteRole(o.owner.viewer, { ...base, roleId: role.id, reassignToRoleId: target })
        .catch((e: { code?: string; details?: unknown }) => e);
      expect(err).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'reassignToRoleId' } });
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe('X-3: the company name and billing plan are audited', () => {
  it('writes company.renamed and company.billing_plan_changed with before and after', async () => {
    const c = await t.company();
    const organizationId = c.org.id;
    await t.companies.rename(c.owner.viewer, { organizationId, name: 'Renamed Co' });
    await t.companies.setBillingPlan(c.owner.viewer, { organizationId, plan: 'STARTER' });
    await t.companies.setBillingPlan(c.owner.viewer, { organizationId, plan: 'FREE' }, 'D');
    const rows = (await events(organizationId)).filter(
      (e: { target_type: string }) => e.target_type === 'ChatbotCompany',
    );
    expect(rows).toEqual([
      expect.objectContaining({
        action: 'company.renamed',
        actor_account_id: c.owner.id,
        before: { name: `Org ${c.owner.email}` },
        after: { name: 'Renamed Co' },
      }),
      expect.objectContaining({
        action: 'company.billing_plan_changed',
        before: { companyName: 'Renamed Co', billingPlan: 'FREE' },
        after: { companyName: 'Renamed Co', billingPlan: 'STARTER' },
      }),
      expect.objectContaining({
        action: 'company.billing_plan_changed',
        before: { companyName: 'Renamed Co', billingPlan: 'STARTER' },
        after: { companyName: 'Renamed Co', billingPlan: 'FREE' },
      }),
    ]);
  });
});
