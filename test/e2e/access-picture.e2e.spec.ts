import { CompanyRole } from '../../subgraphs/product-roles/chatbot/chatbot.matrix';
import { CompanyService } from '../../subgraphs/product-roles/chatbot/company.service';
import { ProductService } from '../../subgraphs/product-roles/product/product.service';
import { ProductUserService } from '../../subgraphs/product-roles/product-user/product-user.service';
import { loadSampleConfiguration } from '../../subgraphs/department-groups/seed/demo';
import { CustomRole, PrimaryRole } from '../../subgraphs/common/organization-access';
import { accountsFactory } from '../support/factories';
import { buildWorld } from '../support/customer-hierarchy';
import { gql, startTestSystem, type TestSystem } from '../support/system';
import { toGlobalId } from '../../subgraphs/common/federation/global-id';

let sys: TestSystem;
beforeAll(async () => {
  sys = await startTestSystem();
});
afterAll(() => sys.close());

const PICTURE = `query($o: ID!) {
  me {
    name
    memberships { role customRoles legacyLiveChatRole productRoles { product role active } organization { id name departments { edges { node { name } } } } }
    chatbotCompanies { organizationId role }
    portalRoles { role }
    effectivePermissions(organizationId: $o) { module function }
  }
}`;

describe('X-1: the whole access picture in one query', () => {
  it('returns roles from every domain for the signed-in account, in one request through the gateway', async () => {
    const f = accountsFactory(sys.deps.accounts!);
    // A portal customer admin (customer-hierarchy) …
    const world = await buildWorld(f, sys.deps['customer-hierarchy']!.db);
    const person = world.people.CUSTOMER_ADMIN;
    // … who is an administrator + billing_editor of an organization (accounts) …
    const { org, owner } = await f.organization();
    await f.services.memberships.addMember(owner.viewer, {
      organizationId: org.id,
      email: person.email,
      role: PrimaryRole.ADMINISTRATOR,
    });
    await f.services.memberships.grantCustomRole(owner.viewer, {
      organizationId: org.id,
      accountId: person.id,
      role: CustomRole.BILLING_EDITOR,
    });
    // … a LiveChat administrator and a chatbot ADMINISTRATOR there (product-roles) …
    const prDb = sys.deps['product-roles']!.db;
    const products = new ProductService(prDb);
    for (const product of ['livechat', 'chatbot'])
      await products.enable(owner.viewer, { organizationId: org.id, product });
    await new ProductUserService(prDb).assign(owner.viewer, {
      organizationId: org.id,
      accountId: person.id,
      product: 'livechat',
      role: 'administrator',
    });
    // The owner starts the sample's chats, and operating live chat needs a LiveChat role (GA-9).
    await new ProductUserService(prDb).assign(owner.viewer, {
      organizationId: org.id,
      accountId: owner.id,
      product: 'livechat',
      role: 'administrator',
    });
    const companies = new CompanyService(prDb);
    await companies.invite(owner.viewer, {
      organizationId: org.id,
      email: person.email,
      role: CompanyRole.ADMINISTRATOR,
    });
    await companies.accept(person.viewer, { organizationId: org.id });
    // … and the US operator of seed 001's configuration (department-groups).
    await loadSampleConfiguration(
      sys.deps['department-groups']!.db,
      owner.viewer,
      org.id,
      new Map([['us-operator@demo.test', person.id]]),
      { chats: true },
    );

    const res = await gql(sys.gatewayUrl, PICTURE, { o: org.id }, person.token);
    expect(res.errors).toBeUndefined();
    const me = res.data!.me;
    const orgId = toGlobalId('Organization', org.id);
    const here = me.memberships.find((m: { organization: { id: string } }) => m.organization.id === orgId);
    expect(here).toMatchObject({
      role: 'ADMINISTRATOR',
      customRoles: ['BILLING_EDITOR'],
      legacyLiveChatRole: 'VICEOWNER',
    });
    expect(here.productRoles).toEqual(
      expect.arrayContaining([
        { product: 'livechat', role: 'administrator', active: true },
        { product: 'chatbot', role: 'ADMINISTRATOR', active: true },
      ]),
    );
    expect(here.organization.departments.edges.map((e: { node: { name: string } }) => e.node.name).sort()).toEqual([
      'Departments AU',
      'Departments US',
    ]);
    expect(me.chatbotCompanies).toContainEqual({ organizationId: orgId, role: 'ADMINISTRATOR' });
    expect(me.portalRoles).toEqual([{ role: 'CUSTOMER_ADMIN' }]);
    expect(me.effectivePermissions).toEqual(expect.arrayContaining([{ module: 'lhchat', function: 'use' }]));
  });
});
