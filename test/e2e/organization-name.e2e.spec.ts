import type { DataSource } from 'typeorm';
import { CompanyRole } from '../../subgraphs/product-roles/chatbot/chatbot.matrix';
import { CompanyService } from '../../subgraphs/product-roles/chatbot/company.service';
import { ProductService } from '../../subgraphs/product-roles/product/product.service';
import { buildWorld, type World } from '../support/customer-hierarchy';
import { accountsFactory, type TestAccount } from '../support/factories';
import { SEED_004_CELLS } from '../support/seed-004';
import { toGlobalId } from '../../subgraphs/common/federation/global-id';
import { codes, gql, rawId, startTestSystem, uniqueEmail, type TestSystem } from '../support/system';

// Issue 13: the organization's name is the one name of a company and a customer. renameOrganization is GA-6
// (`organization:administer`), validated (BAD_USER_INPUT, nothing changed) and audited (organization.renamed).
let sys: TestSystem;
let f: ReturnType<typeof accountsFactory>;
let products: ProductService;
let companies: CompanyService;
let chDb: DataSource;
beforeAll(async () => {
  sys = await startTestSystem();
  f = accountsFactory(sys.deps.accounts!);
  products = new ProductService(sys.deps['product-roles']!.db);
  companies = new CompanyService(sys.deps['product-roles']!.db);
  chDb = sys.deps['customer-hierarchy']!.db;
});
afterAll(() => sys.close());

const PASSWORD = 'correct horse battery';
const q = (query: string, variables: Record<string, unknown> = {}, token?: string) =>
  gql(sys.gatewayUrl, query, variables, token);

async function signUp(name: string) {
  const email = uniqueEmail(name);
  const res = await gql(
    sys.gatewayUrl,
    `mutation($input: SignUpInput!) { signUp(input: $input) { token account { id } } }`,
    { input: { email, name, password: PASSWORD } },
  );
  expect(res.errors).toBeUndefined();
  return {
    email: email.toLowerCase(),
    token: res.data!.signUp.token as string,
    id: res.data!.signUp.account.id as string,
  };
}

const RENAME = `mutation($i: RenameOrganizationInput!) { renameOrganization(input: $i) { organization { id name } } }`;
const NAME = `query($id: ID!) { organization(id: $id) { name } }`;
const AUDIT = `query($id: ID!) { organization(id: $id) { auditLog(first: 50, filter: { actions: ["organization.renamed"] }) {
  edges { node { action targetId before after actor { id } } } } } }`;

describe('renameOrganization (issue 13, GA-2, GA-6)', () => {
  let owner: Awaited<ReturnType<typeof signUp>>;
  let admin: typeof owner;
  let member: typeof owner;
  let outsider: typeof owner;
  let orgId: string;

  beforeAll(async () => {
    [owner, admin, member, outsider] = await Promise.all(['Olga', 'Arno', 'Mona', 'Otto'].map((n) => signUp(n)));
    const created = await q(
      'mutation { createOrganization(input: { name: "Naming Co" }) { organization { id } } }',
      {},
      owner.token,
    );
    orgId = created.data!.createOrganization.organization.id as string;
    const add = `mutation($i: AddOrganizationMemberInput!) { addOrganizationMember(input: $i) { membership { id } } }`;
    for (const [who, role] of [
      [admin, 'ADMINISTRATOR'],
      [member, 'MEMBER'],
    ] as const) {
      expect(
        (await q(add, { i: { organizationId: orgId, email: who.email, role } }, owner.token)).errors,
      ).toBeUndefined();
    }
  });

  // GA-6 cell by cell: owner and administrator rename; member and outsider are FORBIDDEN and change nothing.
  it.each([
    ['OWNER', true, () => owner],
    ['ADMINISTRATOR', true, () => admin],
    ['MEMBER', false, () => member],
    ['outsider', false, () => outsider],
  ] as const)('%s: allowed %s', async (label, allowed, who) => {
    const before = (await q(NAME, { id: orgId }, owner.token)).data!.organization.name as string;
    const name = `Renamed by ${label}`;
    const res = await q(RENAME, { i: { organizationId: orgId, name: `  ${name}  ` } }, who().token);
    const after = (await q(NAME, { id: orgId }, owner.token)).data!.organization.name as string;
    if (allowed) {
      expect(res.errors).toBeUndefined();
      expect(res.data!.renameOrganization.organization).toEqual({ id: orgId, name });
      expect(after).toBe(name);
    } else {
      expect(res.data).toEqual({ renameOrganization: null });
      expect(codes(res)).toEqual(['FORBIDDEN']);
      expect(after).toBe(before);
    }
  });

  it.each([
    ['empty', ''],
    ['only spaces', '   '],
    ['101 characters', 'x'.repeat(101)],
    ['a control character', 'Bad\u0007Name'],
    ['a newline', 'Two\nLines'],
  ])('rejects a name that is %s with BAD_USER_INPUT, changing nothing', async (_label, name) => {
    const before = (await q(NAME, { id: orgId }, owner.token)).data!.organization.name as string;
    const res = await q(RENAME, { i: { organizationId: orgId, name } }, owner.token);
    expect(res.data).toEqual({ renameOrganization: null });
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect((await q(NAME, { id: orgId }, owner.token)).data!.organization.name).toBe(before);
  });

  it('accepts exactly 100 characters', async () => {
    const name = 'y'.repeat(100);
    const res = await q(RENAME, { i: { organizationId: orgId, name } }, owner.token);
    expect(res.data!.renameOrganization.organization.name).toBe(name);
  });

  it('rejects an unknown or malformed organization id (BAD_USER_INPUT / FORBIDDEN, never a server error)', async () => {
    expect(codes(await q(RENAME, { i: { organizationId: 'nope', name: 'X' } }, owner.token))).toEqual([
      expect.stringMatching(/^(BAD_USER_INPUT|FORBIDDEN)$/),
    ]);
    expect(
      codes(await q(RENAME, { i: { organizationId: '00000000-0000-4000-8000-000000000000', name: 'X' } }, owner.token)),
    ).toEqual([expect.stringMatching(/^(NOT_FOUND|FORBIDDEN)$/)]);
  });

  it('audits each rename as organization.renamed with before and after, by the actor', async () => {
    await q(RENAME, { i: { organizationId: orgId, name: 'Audit Before' } }, owner.token);
    await q(RENAME, { i: { organizationId: orgId, name: 'Audit After' } }, admin.token);
    const res = await q(AUDIT, { id: orgId }, owner.token);
    expect(res.errors).toBeUndefined();
    const [latest] = res.data!.organization.auditLog.edges.map((e: { node: unknown }) => e.node);
    expect(latest).toMatchObject({
      action: 'organization.renamed',
      targetId: rawId(orgId),
      before: { name: 'Audit Before' },
      after: { name: 'Audit After' },
      actor: { id: admin.id },
    });
  });
});

const RENAME_COMPANY = `mutation($i: RenameCompanyInput!) { renameChatbotCompany(input: $i) { chatbotCompany { organizationId name } } }`;
const COMPANY = `query($id: ID!) { organization(id: $id) { name chatbotCompany { name } } }`;
const UPDATE_CUSTOMER = `mutation($k: ID!, $n: String) { updateCustomer(input: { customerId: $k, name: $n }) { customer { id name } } }`;
const CUSTOMER = `query($k: ID!) { customer(id: $k) { name organization { id } } }`;

/** An organization with chatbot enabled: its owner is company OWNER; an Accounts ADMINISTRATOR per company rank. */
async function chatbotCompany() {
  const o = await f.organization();
  const manager = await f.account('manager');
  const designer = await f.account('designer');
  await products.enable(o.owner.viewer, { organizationId: o.org.id, product: 'chatbot' });
  for (const [who, role] of [
    [o.admin, CompanyRole.ADMINISTRATOR],
    [manager, CompanyRole.MANAGER],
    [designer, CompanyRole.DESIGNER],
  ] as const) {
    await companies.invite(o.owner.viewer, { organizationId: o.org.id, email: who.email, role });
    await companies.accept(who.viewer, { organizationId: o.org.id });
  }
  return { orgId: o.org.id, byRole: { OWNER: o.owner, ADMINISTRATOR: o.admin, MANAGER: manager, DESIGNER: designer } };
}

describe('renameChatbotCompany renames the organization (issue 13, CB-2 company name: update)', () => {
  // CB-2 cell by cell: only the company OWNER. The ADMINISTRATOR is also an Accounts ADMINISTRATOR, who may
  // renameOrganization (GA-6) but not through the chatbot product.
  it.each([
    ['OWNER', true],
    ['ADMINISTRATOR', false],
    ['MANAGER', false],
    ['DESIGNER', false],
  ] as const)('company %s: allowed %s', async (role, allowed) => {
    const c = await chatbotCompany();
    const before = (await q(COMPANY, { id: c.orgId }, c.byRole.OWNER.token)).data!.organization;
    const name = `Bot Co by ${role}`;
    const res = await q(RENAME_COMPANY, { i: { organizationId: c.orgId, name } }, c.byRole[role].token);
    const after = (await q(COMPANY, { id: c.orgId }, c.byRole.OWNER.token)).data!.organization;
    // The two views never differ.
    expect(after.chatbotCompany.name).toBe(after.name);
    if (allowed) {
      expect(res.errors).toBeUndefined();
      expect(res.data!.renameChatbotCompany.chatbotCompany).toEqual({
        organizationId: toGlobalId('Organization', c.orgId),
        name,
      });
      expect(after.name).toBe(name);
    } else {
      expect(res.data).toEqual({ renameChatbotCompany: null });
      expect(codes(res)).toEqual(['FORBIDDEN']);
      expect(after).toEqual(before);
    }
  });

  it('rejects bad names with BAD_USER_INPUT and audits a rename in both domains', async () => {
    const c = await chatbotCompany();
    const owner = c.byRole.OWNER;
    const original = (await q(COMPANY, { id: c.orgId }, owner.token)).data!.organization.name as string;
    for (const name of ['', '  ', 'z'.repeat(101), 'Tab\tName']) {
      const res = await q(RENAME_COMPANY, { i: { organizationId: c.orgId, name } }, owner.token);
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    }
    expect((await q(COMPANY, { id: c.orgId }, owner.token)).data!.organization.name).toBe(original);

    await q(RENAME_COMPANY, { i: { organizationId: c.orgId, name: '  Bot Co  ' } }, owner.token);
    const audit = await q(
      `query($id: ID!) { organization(id: $id) { auditLog(first: 20, filter: { actions: ["organization.renamed", "company.renamed"] }) {
        edges { node { domain action before after actor { id } } } } } }`,
      { id: c.orgId },
      owner.token,
    );
    expect(audit.errors).toBeUndefined();
    const nodes = audit.data!.organization.auditLog.edges.map((e: { node: Record<string, unknown> }) => e.node);
    expect(nodes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          domain: 'ACCOUNTS',
          action: 'organization.renamed',
          before: { name: original },
          after: expect.objectContaining({ name: 'Bot Co' }),
          actor: { id: toGlobalId('Account', owner.id) },
        }),
        expect.objectContaining({
          domain: 'PRODUCT_ROLES',
          action: 'company.renamed',
          before: { name: original },
          after: { name: 'Bot Co' },
          actor: { id: toGlobalId('Account', owner.id) },
        }),
      ]),
    );
    expect(nodes).toHaveLength(2);

    // The invitation e-mail names the organization as it is now.
    const guest = await f.account('guest');
    await companies.invite(owner.viewer, { organizationId: c.orgId, email: guest.email, role: CompanyRole.DESIGNER });
    const mails: Array<{ subject: string; body: string }> = await sys.deps['product-roles']!.db.query(
      'SELECT subject, body FROM product_roles.outbox WHERE recipient = $1',
      [guest.email],
    );
    expect(mails).toEqual([
      { subject: 'Invitation to Bot Co', body: expect.stringContaining('join Bot Co as designer') },
    ]);
  });
});

describe('Edit Customer changes the customer name (issue 13, ES-3 edit customer)', () => {
  let w: World;
  beforeAll(async () => {
    w = await buildWorld(f, chDb);
  }, 60_000);

  const nameOf = async (k: string) => (await q(CUSTOMER, { k }, w.people.ROOT.token)).data!.customer.name as string;

  const cells = SEED_004_CELLS.filter((c) => c.key === 'edit:customer');
  it('covers the six roles of the seed', () => expect(cells).toHaveLength(6));

  it.each(cells.map((c) => [c.role, c.allowed] as const))('%s inside reach: allowed %s', async (role, allowed) => {
    const person = w.people[role as keyof World['people']] as TestAccount;
    const k = w.customers.K1;
    const before = await nameOf(k);
    const name = `K1 renamed by ${role}`;
    const res = await q(UPDATE_CUSTOMER, { k, n: name }, person.token);
    if (allowed) {
      expect(res.errors).toBeUndefined();
      expect(res.data!.updateCustomer.customer).toEqual({ id: toGlobalId('Customer', k), name });
      expect(await nameOf(k)).toBe(name);
    } else {
      expect(res.data).toEqual({ updateCustomer: null });
      expect(codes(res)).toEqual(['FORBIDDEN']);
      expect(await nameOf(k)).toBe(before);
    }
  });

  it.each(['SUPPORT', 'CONDUIT_ADMIN', 'SALES_REP', 'CUSTOMER_MANAGER'] as const)(
    '%s outside reach: FORBIDDEN, name unchanged',
    async (role) => {
      const k = role === 'SUPPORT' ? w.customers.K9 : role === 'CONDUIT_ADMIN' ? w.customers.K3 : w.customers.K4;
      const before = await nameOf(k);
      const res = await q(UPDATE_CUSTOMER, { k, n: 'Out of reach' }, w.people[role].token);
      expect(codes(res)).toEqual(['FORBIDDEN']);
      expect(await nameOf(k)).toBe(before);
    },
  );

  it('rejects a bad name with BAD_USER_INPUT, changing nothing', async () => {
    const k = w.customers.K2;
    const before = await nameOf(k);
    for (const n of ['', '   ', 'q'.repeat(101), 'Bell\u0007']) {
      expect(codes(await q(UPDATE_CUSTOMER, { k, n }, w.people.SUPPORT.token))).toEqual(['BAD_USER_INPUT']);
    }
    expect(await nameOf(k)).toBe(before);
  });

  it('after any of the three renames, Organization.name, ChatbotCompany.name and Customer.name agree', async () => {
    const k = w.customers.K1;
    const orgId = (await q(CUSTOMER, { k }, w.people.ROOT.token)).data!.customer.organization.id as string;
    // The customer's organization is owned by w.spare (its owner e-mail); it enables chatbot and owns the company.
    await products.enable(w.spare.viewer, { organizationId: rawId(orgId), product: 'chatbot' });
    const views = async () => {
      const org = (await q(COMPANY, { id: orgId }, w.spare.token)).data!.organization;
      return [org.name, org.chatbotCompany.name, await nameOf(k)];
    };
    const renames: Array<[string, () => Promise<unknown>]> = [
      ['Via accounts', () => q(RENAME, { i: { organizationId: orgId, name: 'Via accounts' } }, w.spare.token)],
      ['Via chatbot', () => q(RENAME_COMPANY, { i: { organizationId: orgId, name: 'Via chatbot' } }, w.spare.token)],
      ['Via portal', () => q(UPDATE_CUSTOMER, { k, n: 'Via portal' }, w.people.SUPPORT.token)],
    ];
    for (const [name, rename] of renames) {
      expect(((await rename()) as { errors?: unknown }).errors).toBeUndefined();
      expect(await views()).toEqual([name, name, name]);
    }
  });
});
