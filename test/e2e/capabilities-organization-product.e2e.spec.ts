import { CompanyRole } from '../../subgraphs/product-roles/chatbot/chatbot.matrix';
import { CompanyService } from '../../subgraphs/product-roles/chatbot/company.service';
import { ProductService } from '../../subgraphs/product-roles/product/product.service';
import { ProductUserService } from '../../subgraphs/product-roles/product-user/product-user.service';
import { accountsFactory, type TestAccount } from '../support/factories';
import { codes, gql, startTestSystem, uniqueEmail, type TestSystem } from '../support/system';

/**
 * X-7 on the organization for the product screens (issue 14's buttons): `viewerCanSwitchProduct`,
 * `viewerCanCreateProductRole` and `viewerCanInviteCompanyUser` each equal what their mutation then does, for every
 * kind of person (organization owner, administrator, member with a seat, member with roles.manage, every chatbot
 * company role). A fresh world per cell: each mutation changes what the next would meet.
 */
let sys: TestSystem;
let f: ReturnType<typeof accountsFactory>;
beforeAll(async () => {
  sys = await startTestSystem();
  f = accountsFactory(sys.deps.accounts);
});
afterAll(() => sys.close());

type Person = 'owner' | 'admin' | 'member' | 'manager' | 'ADMINISTRATOR' | 'MANAGER' | 'DESIGNER';
const PEOPLE: Person[] = ['owner', 'admin', 'member', 'manager', 'ADMINISTRATOR', 'MANAGER', 'DESIGNER'];

async function world(): Promise<{ org: string; people: Record<Person, TestAccount> }> {
  const o = await f.organization();
  const db = sys.deps['product-roles'].db;
  const products = new ProductService(db);
  const users = new ProductUserService(db);
  await products.enable(o.owner.viewer, { organizationId: o.org.id, product: 'livechat' });
  await products.enable(o.owner.viewer, { organizationId: o.org.id, product: 'chatbot' });
  const manager = await f.account('manager');
  await f.services.memberships.addMember(o.owner.viewer, {
    organizationId: o.org.id,
    email: manager.email,
    role: 'MEMBER' as never,
  });
  const managers = await users.createRole(o.owner.viewer, {
    organizationId: o.org.id,
    product: 'livechat',
    name: 'Managers',
    permissions: ['users.manage', 'roles.manage'],
  });
  await users.assign(o.owner.viewer, {
    organizationId: o.org.id,
    accountId: o.member.id,
    product: 'livechat',
    role: 'normal',
  });
  await users.assign(o.owner.viewer, {
    organizationId: o.org.id,
    accountId: manager.id,
    product: 'livechat',
    role: 'normal',
    customRoleId: managers.id,
  });
  const companies = new CompanyService(db);
  const people = { owner: o.owner, admin: o.admin, member: o.member, manager } as Record<Person, TestAccount>;
  for (const role of [CompanyRole.ADMINISTRATOR, CompanyRole.MANAGER, CompanyRole.DESIGNER]) {
    const who = await f.account(role.toLowerCase());
    await companies.invite(o.owner.viewer, { organizationId: o.org.id, email: who.email, role });
    await companies.accept(who.viewer, { organizationId: o.org.id });
    people[role as Person] = who;
  }
  return { org: o.org.id, people };
}

type Field = 'switchLivechat' | 'switchChatbot' | 'createRole' | 'invite';
const CAN = `query($o: ID!) { organization(id: $o) {
  switchLivechat: viewerCanSwitchProduct(product: "livechat") switchChatbot: viewerCanSwitchProduct(product: "chatbot")
  createRole: viewerCanCreateProductRole(product: "livechat") invite: viewerCanInviteCompanyUser } }`;
const ACTIONS: Record<Field, (o: string) => [string, Record<string, unknown>]> = {
  switchLivechat: (o) => [
    'mutation($i: OrganizationProductInput!) { disableProduct(input: $i) { removedEnabledProductId } }',
    { i: { organizationId: o, product: 'livechat' } },
  ],
  switchChatbot: (o) => [
    'mutation($i: OrganizationProductInput!) { disableProduct(input: $i) { removedEnabledProductId } }',
    { i: { organizationId: o, product: 'chatbot' } },
  ],
  createRole: (o) => [
    'mutation($i: CreateProductRoleInput!) { createProductRole(input: $i) { productRole { id } } }',
    { i: { organizationId: o, product: 'livechat', name: 'Made here', permissions: ['users.manage'] } },
  ],
  invite: (o) => [
    'mutation($i: InviteCompanyUserInput!) { inviteCompanyUser(input: $i) { companyInvitation { id } } }',
    { i: { organizationId: o, email: uniqueEmail('invitee'), role: 'DESIGNER' } },
  ],
};

/** The X-2 question each capability also is (the console's reason on hover), by the same decide function. */
const QUESTIONS: Record<Field, (o: string) => { action: string; resourceId: string }> = {
  switchLivechat: (o) => ({ action: 'SWITCH_PRODUCT', resourceId: `${o}:livechat` }),
  switchChatbot: (o) => ({ action: 'SWITCH_PRODUCT', resourceId: `${o}:chatbot` }),
  createRole: (o) => ({ action: 'CREATE_PRODUCT_ROLE', resourceId: `${o}:livechat` }),
  invite: (o) => ({ action: 'CHATBOT_INVITED_USERS_CREATE', resourceId: o }),
};
const DECIDE = `query($r: [DecisionRequest!]!) { decisions(requests: $r) {
  ... on AccessDecision { allowed reason missing } } }`;

describe('X-7 organization product capabilities equal their mutations', () => {
  const cells = PEOPLE.flatMap((who) => (Object.keys(ACTIONS) as Field[]).map((field) => [who, field] as const));
  it.each(cells)('%s: %s', async (who, field) => {
    const w = await world();
    const me = w.people[who];
    const asked = await gql(sys.gatewayUrl, CAN, { o: w.org }, me.token);
    expect(asked.errors).toBeUndefined();
    const can = (asked.data!.organization as Record<Field, boolean>)[field];
    expect(typeof can).toBe('boolean');
    const decided = await gql(sys.gatewayUrl, DECIDE, { r: [QUESTIONS[field](w.org)] }, me.token);
    expect(decided.errors).toBeUndefined();
    const [answer] = decided.data!.decisions as Array<{ allowed: boolean; reason: string; missing: string[] }>;
    expect([field, answer!.allowed]).toEqual([field, can]);
    if (!can) expect(answer!.reason.length).toBeGreaterThan(0);
    const [doc, vars] = ACTIONS[field](w.org);
    if (field === 'invite') {
      const invitee = await f.account('invitee');
      (vars.i as { email: string }).email = invitee.email;
    }
    const res = await gql(sys.gatewayUrl, doc, vars, me.token);
    const refused = (res.errors?.length ?? 0) > 0;
    if (refused) expect(codes(res).every((c) => c !== 'INTERNAL_SERVER_ERROR')).toBe(true);
    expect([field, refused ? 'REFUSED' : 'ALLOWED']).toEqual([field, can ? 'ALLOWED' : 'REFUSED']);
  });

  it('an unknown product is never offered', async () => {
    const w = await world();
    const res = await gql(
      sys.gatewayUrl,
      `query($o: ID!) { organization(id: $o) { a: viewerCanSwitchProduct(product: "nope") b: viewerCanCreateProductRole(product: "nope") } }`,
      { o: w.org },
      w.people.owner.token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.organization).toEqual({ a: false, b: false });
    const decided = await gql(
      sys.gatewayUrl,
      DECIDE,
      { r: ['SWITCH_PRODUCT', 'CREATE_PRODUCT_ROLE'].map((action) => ({ action, resourceId: `${w.org}:nope` })) },
      w.people.owner.token,
    );
    expect(decided.errors).toBeUndefined();
    expect((decided.data!.decisions as Array<{ allowed: boolean }>).map((d) => d.allowed)).toEqual([false, false]);
  });
});
