import { CustomRole, PrimaryRole } from '../../subgraphs/common/organization-access';
import { PRODUCT_CATALOGUE } from '../../subgraphs/product-roles/catalogue/product-catalogue';
import { outcome, useProductRoles } from '../support/product-roles.factory';

const t = useProductRoles();
type Org = Awaited<ReturnType<typeof t.accounts.organization>>;

async function withLiveChat(): Promise<Org> {
  const o = await t.accounts.organization();
  await t.products.enable(o.owner.viewer, { organizationId: o.org.id, product: 'livechat' });
  return o;
}
const rolesOf = (o: Org) =>
  t.deps.db.query(
    `SELECT name, permissions, is_default FROM product_roles.product_custom_roles WHERE organization_id = $1 ORDER BY name`,
    [o.org.id],
  );
const usersOf = (o: Org) =>
  t.deps.db.query(
    `SELECT account_id, product, role, custom_role_id, active FROM product_roles.product_users WHERE organization_id = $1 ORDER BY product, account_id`,
    [o.org.id],
  );

describe('GA-8: products per organization', () => {
  it('enables a product at most once', async () => {
    const o = await withLiveChat();
    expect(await outcome(t.products.enable(o.admin.viewer, { organizationId: o.org.id, product: 'livechat' }))).toBe(
      'PRODUCT_ALREADY_ENABLED',
    );
  });

  it('lets owners and administrators enable, not members', async () => {
    const o = await t.accounts.organization();
    expect(await outcome(t.products.enable(o.member.viewer, { organizationId: o.org.id, product: 'helpdesk' }))).toBe(
      'FORBIDDEN',
    );
    expect(await outcome(t.products.enable(o.admin.viewer, { organizationId: o.org.id, product: 'helpdesk' }))).toBe(
      'OK',
    );
  });

  it('refuses a product not in the catalogue', async () => {
    const o = await t.accounts.organization();
    expect(await outcome(t.products.enable(o.owner.viewer, { organizationId: o.org.id, product: 'fax' }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('reads the catalogue as data: every product with its secondary roles', async () => {
    const catalogue = await t.products.catalogue();
    expect(catalogue.map((p) => [p.key, p.secondaryRoles])).toEqual(
      PRODUCT_CATALOGUE.map((p) => [p.key, p.secondaryRoles]).sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    expect(catalogue.find((p) => p.key === 'livechat')!.secondaryRoles).toEqual(['administrator', 'normal']);
  });

  it('LC-2: creates the default roles Admin (every permission) and Operator (a subset)', async () => {
    const o = await withLiveChat();
    const livechat = PRODUCT_CATALOGUE.find((p) => p.key === 'livechat')!;
    const roles = await rolesOf(o);
    expect(roles).toEqual([
      { name: 'Admin', permissions: Object.keys(livechat.permissions).sort(), is_default: true },
      { name: 'Operator', permissions: [...livechat.operatorPermissions].sort(), is_default: true },
    ]);
    expect(roles[1].permissions.length).toBeLessThan(roles[0].permissions.length);
  });

  it('CB-2, GA-8: disabling keeps the product users and roles, ends access, and audits it', async () => {
    const o = await withLiveChat();
    await t.users.assign(o.owner.viewer, {
      organizationId: o.org.id,
      accountId: o.member.id,
      product: 'livechat',
      role: 'normal',
    });
    const before = { users: await usersOf(o), roles: await rolesOf(o) };
    await t.products.disable(o.owner.viewer, { organizationId: o.org.id, product: 'livechat' });
    expect({ users: await usersOf(o), roles: await rolesOf(o) }).toEqual(before);
    expect(await t.products.canLaunch(o.member.viewer, o.org.id, 'livechat')).toBe(false);
    const events = await t.deps.db.query(
      `SELECT action FROM product_roles.audit_events WHERE organization_id = $1 ORDER BY seq`,
      [o.org.id],
    );
    expect(events.map((e: { action: string }) => e.action)).toEqual([
      'product.enabled',
      'product_user.added',
      'product.disabled',
    ]);
  });
});

describe('GA-9: secondary roles', () => {
  it.each([
    [
      'a product not enabled',
      (o: Org) => ({ product: 'helpdesk', accountId: o.member.id, role: 'agent' }),
      'PRODUCT_NOT_ENABLED',
    ],
    [
      'a non-member',
      (_o: Org) => ({ product: 'livechat', accountId: '00000000-0000-4000-8000-000000000000', role: 'normal' }),
      'NOT_A_MEMBER',
    ],
    [
      'a role the product does not have',
      (o: Org) => ({ product: 'livechat', accountId: o.member.id, role: 'agent' }),
      'BAD_USER_INPUT',
    ],
    [
      'chatbot (company roles come by invitation)',
      (o: Org) => ({ product: 'chatbot', accountId: o.member.id, role: 'DESIGNER' }),
      'MANAGED_BY_COMPANY_ROLES',
    ],
  ])('refuses %s and changes nothing', async (_name, input, expected) => {
    const o = await withLiveChat();
    await t.products.enable(o.owner.viewer, { organizationId: o.org.id, product: 'chatbot' });
    const before = await usersOf(o);
    expect(await outcome(t.users.assign(o.owner.viewer, { organizationId: o.org.id, ...input(o) }))).toBe(expected);
    expect(await usersOf(o)).toEqual(before);
  });

  it('needs a secondary role to launch a product; a product without secondary roles needs membership only', async () => {
    const o = await withLiveChat();
    const launch = (who: Org['member'], product: string) => t.products.canLaunch(who.viewer, o.org.id, product);
    expect(await launch(o.member, 'livechat')).toBe(false);
    await t.users.assign(o.admin.viewer, {
      organizationId: o.org.id,
      accountId: o.member.id,
      product: 'livechat',
      role: 'normal',
    });
    expect(await launch(o.member, 'livechat')).toBe(true);
    expect(await launch(o.member, 'helpdesk')).toBe(false);
    await t.products.enable(o.owner.viewer, { organizationId: o.org.id, product: 'accounts' });
    expect(await launch(o.member, 'accounts')).toBe(true);
    const outsider = await t.accounts.account('outsider');
    expect(await launch(outsider, 'accounts')).toBe(false);
  });

  it('lets a member manage product users only with a role granting users.manage', async () => {
    const o = await withLiveChat();
    const assign = (who: Org['member'], accountId: string) =>
      t.users.assign(who.viewer, { organizationId: o.org.id, accountId, product: 'livechat', role: 'normal' });
    await t.users.assign(o.owner.viewer, {
      organizationId: o.org.id,
      accountId: o.member.id,
      product: 'livechat',
      role: 'normal',
    });
    const newcomer = await t.accounts.account('newcomer');
    await t.accounts.services.memberships.addMember(o.owner.viewer, {
      organizationId: o.org.id,
      email: newcomer.email,
      role: PrimaryRole.MEMBER,
    });
    expect(await outcome(assign(o.member, newcomer.id))).toBe('FORBIDDEN');
    const [admin] = await t.deps.db.query(
      `SELECT id FROM product_roles.product_custom_roles WHERE organization_id = $1 AND name = 'Admin'`,
      [o.org.id],
    );
    await t.users.update(o.owner.viewer, {
      organizationId: o.org.id,
      accountId: o.member.id,
      product: 'livechat',
      customRoleId: admin.id,
    });
    expect(await outcome(assign(o.member, newcomer.id))).toBe('OK');
  });
});

describe('GA-11: removal from the organization removes every product role', () => {
  it('deletes the removed member’s product roles in the same transaction', async () => {
    const o = await withLiveChat();
    await t.users.assign(o.owner.viewer, {
      organizationId: o.org.id,
      accountId: o.member.id,
      product: 'livechat',
      role: 'normal',
    });
    await t.accounts.services.memberships.removeMember(o.admin.viewer, {
      organizationId: o.org.id,
      accountId: o.member.id,
    });
    expect((await usersOf(o)).filter((u: { account_id: string }) => u.account_id === o.member.id)).toEqual([]);
    expect(await t.products.canLaunch(o.member.viewer, o.org.id, 'livechat')).toBe(false);
  });

  it('refuses to remove the chatbot company owner (CB-1) with a clear CONFLICT and changes nothing', async () => {
    const o = await t.accounts.organization();
    await t.products.enable(o.owner.viewer, { organizationId: o.org.id, product: 'chatbot' });
    await t.companies.invite(o.owner.viewer, {
      organizationId: o.org.id,
      email: o.admin.email,
      role: 'ADMINISTRATOR' as never,
    });
    await t.companies.accept(o.admin.viewer, { organizationId: o.org.id });
    await t.companies.transferOwnership(o.owner.viewer, { organizationId: o.org.id, accountId: o.admin.id });
    const before = await usersOf(o);
    const result = t.accounts.services.memberships.removeMember(o.owner.viewer, {
      organizationId: o.org.id,
      accountId: o.admin.id,
    });
    await expect(result).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/transfer company ownership first/),
    });
    expect(await usersOf(o)).toEqual(before);
  });
});

describe('LC-1: product users are added, edited, deactivated and reactivated', () => {
  it('deactivation keeps the data and ends access; reactivation restores it', async () => {
    const o = await withLiveChat();
    const input = { organizationId: o.org.id, accountId: o.member.id, product: 'livechat' };
    await t.users.assign(o.owner.viewer, { ...input, role: 'normal' });
    await t.users.update(o.owner.viewer, { ...input, role: 'administrator' });
    await t.users.setActive(o.owner.viewer, input, false);
    const [row] = (await usersOf(o)).filter((u: { account_id: string }) => u.account_id === o.member.id);
    expect(row).toMatchObject({ role: 'administrator', active: false });
    expect(await t.products.canLaunch(o.member.viewer, o.org.id, 'livechat')).toBe(false);
    await t.users.setActive(o.owner.viewer, input, true);
    expect(await t.products.canLaunch(o.member.viewer, o.org.id, 'livechat')).toBe(true);
  });

  it('refuses to edit a non-user (NOT_A_PRODUCT_USER) and an empty edit (BAD_USER_INPUT)', async () => {
    const o = await withLiveChat();
    const input = { organizationId: o.org.id, accountId: o.member.id, product: 'livechat' };
    expect(await outcome(t.users.update(o.owner.viewer, { ...input, role: 'normal' }))).toBe('NOT_A_PRODUCT_USER');
    await t.users.assign(o.owner.viewer, { ...input, role: 'normal' });
    expect(await outcome(t.users.update(o.owner.viewer, input))).toBe('BAD_USER_INPUT');
  });
});

describe('LC-2 and LC-3: product roles', () => {
  it('creates and edits roles from the product catalogue only', async () => {
    const o = await withLiveChat();
    const base = { organizationId: o.org.id, product: 'livechat' };
    expect(
      await outcome(t.users.createRole(o.owner.viewer, { ...base, name: 'Bad', permissions: ['nuclear.launch'] })),
    ).toBe('BAD_USER_INPUT');
    const role = await t.users.createRole(o.owner.viewer, {
      ...base,
      name: 'Supervisor',
      permissions: ['inbox.use', 'history.view'],
    });
    expect(role.permissions).toEqual(['history.view', 'inbox.use']);
    expect(await outcome(t.users.createRole(o.owner.viewer, { ...base, name: 'supervisor', permissions: [] }))).toBe(
      'ROLE_NAME_TAKEN',
    );
    const edited = await t.users.updateRole(o.owner.viewer, {
      ...base,
      roleId: role.id,
      permissions: ['inbox.use'],
    });
    expect(edited.permissions).toEqual(['inbox.use']);
  });

  it('never deletes a default role', async () => {
    const o = await withLiveChat();
    const [operator] = await t.deps.db.query(
      `SELECT id FROM product_roles.product_custom_roles WHERE organization_id = $1 AND name = 'Operator'`,
      [o.org.id],
    );
    expect(
      await outcome(
        t.users.deleteRole(o.owner.viewer, { organizationId: o.org.id, product: 'livechat', roleId: operator.id }),
      ),
    ).toBe('DEFAULT_ROLE');
  });

  it('refuses to delete a role users hold (ROLE_IN_USE), or reassigns them explicitly: never a dangling role', async () => {
    const o = await withLiveChat();
    const base = { organizationId: o.org.id, product: 'livechat' };
    const role = await t.users.createRole(o.owner.viewer, { ...base, name: 'Temp', permissions: ['inbox.use'] });
    await t.users.assign(o.owner.viewer, { ...base, accountId: o.member.id, role: 'normal', customRoleId: role.id });
    const before = { users: await usersOf(o), roles: await rolesOf(o) };
    expect(await outcome(t.users.deleteRole(o.owner.viewer, { ...base, roleId: role.id }))).toBe('ROLE_IN_USE');
    expect({ users: await usersOf(o), roles: await rolesOf(o) }).toEqual(before);
    const [operator] = await t.deps.db.query(
      `SELECT id FROM product_roles.product_custom_roles WHERE organization_id = $1 AND name = 'Operator'`,
      [o.org.id],
    );
    await t.users.deleteRole(o.owner.viewer, { ...base, roleId: role.id, reassignToRoleId: operator.id });
    const [member] = (await usersOf(o)).filter((u: { account_id: string }) => u.account_id === o.member.id);
    expect(member.custom_role_id).toBe(operator.id);
    expect((await rolesOf(o)).map((r: { name: string }) => r.name)).toEqual(['Admin', 'Operator']);
  });

  it('keeps the legacy viceowner combination available through the published view (GA-10 inputs)', async () => {
    const o = await withLiveChat();
    await t.accounts.services.memberships.grantCustomRole(o.owner.viewer, {
      organizationId: o.org.id,
      accountId: o.admin.id,
      role: CustomRole.BILLING_EDITOR,
    });
    const [row] = await t.deps.db.query(
      `SELECT primary_role, custom_roles FROM accounts.membership_roles WHERE organization_id = $1 AND account_id = $2`,
      [o.org.id, o.admin.id],
    );
    expect(row).toEqual({ primary_role: 'ADMINISTRATOR', custom_roles: ['BILLING_EDITOR'] });
  });
});
