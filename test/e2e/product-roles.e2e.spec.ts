import { CustomRole, PrimaryRole } from '../../subgraphs/common/organization-access';
import { CompanyService } from '../../subgraphs/product-roles/chatbot/company.service';
import { ProductService } from '../../subgraphs/product-roles/product/product.service';
import { ProductUserService } from '../../subgraphs/product-roles/product-user/product-user.service';
import { accountsFactory } from '../support/factories';
import { compositeRawId, toGlobalId } from '../../subgraphs/common/federation/global-id';
import { codes, gql, startTestSystem, type TestSystem } from '../support/system';

let sys: TestSystem;
let f: ReturnType<typeof accountsFactory>;
let products: ProductService;
let users: ProductUserService;

beforeAll(async () => {
  sys = await startTestSystem();
  f = accountsFactory(sys.deps.accounts!);
  products = new ProductService(sys.deps['product-roles']!.db);
  users = new ProductUserService(sys.deps['product-roles']!.db);
});
afterAll(() => sys.close());

/** An organization with livechat: owner and admin are LiveChat administrators, the member is normal. */
async function liveChatOrg() {
  const o = await f.organization();
  const organizationId = o.org.id;
  await products.enable(o.owner.viewer, { organizationId, product: 'livechat' });
  for (const [who, role] of [
    [o.owner, 'administrator'],
    [o.admin, 'administrator'],
    [o.member, 'normal'],
  ] as const) {
    await users.assign(o.owner.viewer, { organizationId, accountId: who.id, product: 'livechat', role });
  }
  return o;
}

const MEMBERS = `query($o: ID!) { organization(id: $o) { members { edges { node { id account { email } legacyLiveChatRole productRoles { product role active customRole { name } } } } } } }`;

describe('product roles through the gateway', () => {
  it('GA-10: reports the legacy LiveChat role of each member, derived across subgraphs, and follows role changes at once', async () => {
    const o = await liveChatOrg();
    const legacy = async () => {
      const res = await gql(sys.gatewayUrl, MEMBERS, { o: o.org.id }, o.owner.token);
      expect(res.errors).toBeUndefined();
      return Object.fromEntries(
        res.data!.organization.members.edges.map(
          (e: { node: { account: { email: string }; legacyLiveChatRole: string } }) => [
            e.node.account.email,
            e.node.legacyLiveChatRole,
          ],
        ),
      );
    };
    expect(await legacy()).toEqual({
      [o.owner.email]: 'OWNER',
      [o.admin.email]: 'ADMINISTRATOR',
      [o.member.email]: 'AGENT',
    });
    await f.services.memberships.grantCustomRole(o.owner.viewer, {
      organizationId: o.org.id,
      accountId: o.admin.id,
      role: CustomRole.BILLING_EDITOR,
    });
    expect((await legacy())[o.admin.email]).toBe('VICEOWNER');
    await f.services.memberships.setPrimaryRole(o.owner.viewer, {
      organizationId: o.org.id,
      accountId: o.admin.id,
      role: PrimaryRole.MEMBER,
    });
    expect((await legacy())[o.admin.email]).toBe('ADMINISTRATOR');
  });

  it('GA-9: canLaunch follows the secondary role; members cannot enable products', async () => {
    const o = await liveChatOrg();
    const launch = (token: string, product: string) =>
      gql(
        sys.gatewayUrl,
        'query($o: ID!, $p: String!) { canLaunch(organizationId: $o, product: $p) }',
        { o: o.org.id, p: product },
        token,
      );
    expect((await launch(o.member.token, 'livechat')).data).toEqual({ canLaunch: true });
    expect((await launch(o.member.token, 'helpdesk')).data).toEqual({ canLaunch: false });
    const enable =
      'mutation($o: ID!, $p: String!) { enableProduct(input: { organizationId: $o, product: $p }) { enabledProduct { enabledAt product { key } } } }';
    expect(codes(await gql(sys.gatewayUrl, enable, { o: o.org.id, p: 'helpdesk' }, o.member.token))).toEqual([
      'FORBIDDEN',
    ]);
    expect(codes(await gql(sys.gatewayUrl, enable, { o: o.org.id, p: 'fax' }, o.owner.token))).toEqual([
      'BAD_USER_INPUT',
    ]);
    const enabled = await gql(sys.gatewayUrl, enable, { o: o.org.id, p: 'helpdesk' }, o.admin.token);
    expect(enabled.data!.enableProduct.enabledProduct.product).toEqual({ key: 'helpdesk' });
  });

  it('LC-1: a deactivated user is denied every operation of that product on the next request', async () => {
    const o = await liveChatOrg();
    const [admin] = await sys.deps['product-roles']!.db.query(
      `SELECT id FROM product_roles.product_custom_roles WHERE organization_id = $1 AND product = 'livechat' AND name = 'Admin'`,
      [o.org.id],
    );
    await users.update(o.owner.viewer, {
      organizationId: o.org.id,
      accountId: o.member.id,
      product: 'livechat',
      customRoleId: admin.id,
    });
    const list = `query($o: ID!) { organization(id: $o) { productUsers(product: "livechat") { edges { node { role active } } } productCustomRoles(product: "livechat") { edges { node { name } } } } }`;
    expect((await gql(sys.gatewayUrl, list, { o: o.org.id }, o.member.token)).errors).toBeUndefined();
    await users.setActive(
      o.owner.viewer,
      { organizationId: o.org.id, accountId: o.member.id, product: 'livechat' },
      false,
    );
    const denied = await gql(sys.gatewayUrl, list, { o: o.org.id }, o.member.token);
    expect(new Set(codes(denied))).toEqual(new Set(['FORBIDDEN']));
    expect(denied.data!.organization).toEqual({ productUsers: null, productCustomRoles: null });
  });

  it('enforces Membership fields reached through _entities on the product-roles subgraph', async () => {
    const o = await liveChatOrg();
    const stranger = await f.account('stranger');
    const [m] = await sys.deps.accounts!.db.query(
      'SELECT id FROM accounts.memberships WHERE organization_id = $1 AND account_id = $2',
      [o.org.id, o.member.id],
    );
    const q =
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Membership { id legacyLiveChatRole productRoles { role } } } }';
    const r = [{ __typename: 'Membership', id: m.id }];
    const url = sys.subgraphUrls['product-roles']!;
    expect(codes(await gql(url, q, { r }))).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
    expect(codes(await gql(url, q, { r }, stranger.token))).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    const own = await gql(url, q, { r }, o.member.token);
    expect(own.data!._entities).toEqual([
      { id: toGlobalId('Membership', m.id), legacyLiveChatRole: 'AGENT', productRoles: [{ role: 'normal' }] },
    ]);
  });

  it('resolves product roles of many memberships without N+1', async () => {
    const o = await liveChatOrg();
    const db = sys.deps.accounts!.db;
    const url = sys.subgraphUrls['product-roles']!;
    const q =
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Membership { legacyLiveChatRole productRoles { product role customRole { name } account { id } } } } }';
    const statements = async () => {
      const ids = await db.query('SELECT id FROM accounts.memberships WHERE organization_id = $1', [o.org.id]);
      const res = await gql(
        url,
        q,
        { r: ids.map((m: { id: string }) => ({ __typename: 'Membership', id: m.id })) },
        o.owner.token,
      );
      expect(res.errors).toBeUndefined();
      return { n: ids.length, sql: Number(res.headers.get('x-sql-statements')) };
    };
    const addMembers = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const a = await f.account('bulk');
        await f.services.memberships.addMember(o.owner.viewer, {
          organizationId: o.org.id,
          email: a.email,
          role: PrimaryRole.MEMBER,
        });
        await users.assign(o.owner.viewer, {
          organizationId: o.org.id,
          accountId: a.id,
          product: 'livechat',
          role: 'normal',
        });
      }
    };
    await addMembers(7);
    const small = await statements();
    await addMembers(20);
    const large = await statements();
    expect([small.n, large.n]).toEqual([10, 30]);
    expect(large.sql).toBe(small.sql);
  });
});

describe('issue 9 through the gateway with real tokens (CB-2, CB-4, CB-5, company ownership)', () => {
  /** A chatbot company with an Accounts ADMINISTRATOR who is company ADMINISTRATOR, and one who is only a DESIGNER. */
  async function withCompany() {
    const companies = new CompanyService(sys.deps['product-roles']!.db);
    const o = await f.organization();
    const organizationId = o.org.id;
    const designer = await f.account('admin-designer');
    await f.services.memberships.addMember(o.owner.viewer, {
      organizationId,
      email: designer.email,
      role: PrimaryRole.ADMINISTRATOR,
    });
    await products.enable(o.owner.viewer, { organizationId, product: 'chatbot' });
    for (const [who, role] of [
      [o.admin, 'ADMINISTRATOR'],
      [designer, 'DESIGNER'],
    ] as const) {
      await companies.invite(o.owner.viewer, { organizationId, email: who.email, role: role as never });
      await companies.accept(who.viewer, { organizationId });
    }
    return { ...o, designer };
  }
  const disable =
    'mutation($o: ID!) { disableProduct(input: { organizationId: $o, product: "chatbot" }) { removedEnabledProductId } }';
  const enable =
    'mutation($o: ID!) { enableProduct(input: { organizationId: $o, product: "chatbot" }) { enabledProduct { enabledAt } } }';
  const read = 'query($o: ID!) { organization(id: $o) { chatbotCompany { name billingPlan owner { id } } } }';

  it('an administrator who is only a DESIGNER neither disables chatbot nor deactivates the company ADMINISTRATOR', async () => {
    const c = await withCompany();
    expect(codes(await gql(sys.gatewayUrl, disable, { o: c.org.id }, c.designer.token))).toEqual(['FORBIDDEN']);
    const deactivate =
      'mutation($o: ID!, $a: ID!) { deactivateProductUser(input: { organizationId: $o, accountId: $a, product: "chatbot" }) { productUser { active } } }';
    expect(codes(await gql(sys.gatewayUrl, deactivate, { o: c.org.id, a: c.admin.id }, c.designer.token))).toEqual([
      'FORBIDDEN',
    ]);
    const res = await gql(sys.gatewayUrl, read, { o: c.org.id }, c.owner.token);
    expect(res.data!.organization.chatbotCompany).toMatchObject({ owner: { id: toGlobalId('Account', c.owner.id) } });
  });

  it('the company OWNER disables chatbot: nothing is deleted, access ends at once, enabling restores it', async () => {
    const c = await withCompany();
    const before = await gql(sys.gatewayUrl, read, { o: c.org.id }, c.owner.token);
    expect((await gql(sys.gatewayUrl, disable, { o: c.org.id }, c.owner.token)).data).toEqual({
      disableProduct: { removedEnabledProductId: toGlobalId('EnabledProduct', compositeRawId([c.org.id, 'chatbot'])) },
    });
    const during = await gql(sys.gatewayUrl, read, { o: c.org.id }, c.owner.token);
    expect(codes(during)).toEqual(['FORBIDDEN']);
    const launch = 'query($o: ID!) { canLaunch(organizationId: $o, product: "chatbot") }';
    expect((await gql(sys.gatewayUrl, launch, { o: c.org.id }, c.designer.token)).data).toEqual({ canLaunch: false });
    expect((await gql(sys.gatewayUrl, enable, { o: c.org.id }, c.owner.token)).errors).toBeUndefined();
    expect((await gql(sys.gatewayUrl, read, { o: c.org.id }, c.owner.token)).data).toEqual(before.data);
    expect((await gql(sys.gatewayUrl, launch, { o: c.org.id }, c.designer.token)).data).toEqual({ canLaunch: true });
  });

  it('after an organization ownership transfer the new owner owns and reads the company', async () => {
    const c = await withCompany();
    const transfer =
      'mutation($o: ID!, $a: ID!) { transferOwnership(input: { organizationId: $o, accountId: $a }) { organization { id } } }';
    expect(
      (await gql(sys.gatewayUrl, transfer, { o: c.org.id, a: c.member.id }, c.owner.token)).errors,
    ).toBeUndefined();
    const res = await gql(sys.gatewayUrl, read, { o: c.org.id }, c.member.token);
    expect(res.errors).toBeUndefined();
    expect(res.data!.organization.chatbotCompany.owner).toEqual({ id: toGlobalId('Account', c.member.id) });
  });
});
