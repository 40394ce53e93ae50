import type { DataSource } from 'typeorm';
import { PortalRole } from '../../subgraphs/customer-hierarchy/access/portal.matrix';
import { loadHierarchyDemo } from '../../subgraphs/customer-hierarchy/seed/demo';
import { accountsFactory, type TestAccount } from '../support/factories';
import { buildWorld, hierarchyServices, inside, outcomeOf, runCell, type World } from '../support/customer-hierarchy';
import { SEED_004_CELLS } from '../support/seed-004';
import { toGlobalId } from '../../subgraphs/common/federation/global-id';
import { codes, flattenConnections, gql, startTestSystem, type TestSystem } from '../support/system';

let gatewayUrl: string;
let hierarchyUrl: string;
let f: ReturnType<typeof accountsFactory>;
let db: DataSource;
let w: World;

let sys: TestSystem;

beforeAll(async () => {
  sys = await startTestSystem();
  gatewayUrl = sys.gatewayUrl;
  hierarchyUrl = sys.subgraphUrls['customer-hierarchy']!;
  f = accountsFactory(sys.deps.accounts!);
  db = sys.deps['customer-hierarchy']!.db;
  w = await buildWorld(f, db);
});
afterAll(() => sys.close());

// Connections (customers) read as plain lists here; test/e2e/connections.e2e.spec.ts pages them.
const q = async (query: string, variables: Record<string, unknown>, token?: string) => {
  const res = await gql(gatewayUrl, query, variables, token);
  return { ...res, data: flattenConnections(res.data) };
};
const viaGateway = async (person: TestAccount, doc: string, vars: Record<string, unknown>) => {
  const res = await q(doc, vars, person.token);
  return { data: res.data as Record<string, unknown> | null, errors: res.errors };
};

describe("ES-3 through the gateway, with real tokens: every cell of seed 004 inside the role's reach", () => {
  it.each(SEED_004_CELLS.map((c) => [c.matrix, c.row, c.role, c.allowed ? 'ALLOWED' : 'FORBIDDEN', c.key] as const))(
    '%s / %s / %s → %s',
    async (_m, _r, role, expected, key) => {
      expect(outcomeOf(await runCell(viaGateway, db, w, key, w.people[role as PortalRole], inside(w)))).toBe(expected);
    },
  );
});

describe('the demo, federated', () => {
  it("gives each demo person their role, and joins accounts' data and the hierarchy in one answer", async () => {
    const people = {} as Record<PortalRole, TestAccount>;
    for (const role of Object.values(PortalRole)) people[role] = await f.account(`demo-${role.toLowerCase()}`);
    const emails = Object.fromEntries(Object.entries(people).map(([r, p]) => [r, p.email])) as Record<
      PortalRole,
      string
    >;
    const ids = (await loadHierarchyDemo(db, emails, `E2E${Math.random().toString(36).slice(2, 6)} `))!;

    const mine = '{ me { name portalRoles { role conduit { name } customer { name } } } }';
    const cm = await q(mine, {}, people.CUSTOMER_MANAGER.token);
    expect(cm.errors).toBeUndefined();
    expect(cm.data!.me).toEqual({
      name: 'demo-customer_manager',
      portalRoles: [{ role: 'CUSTOMER_MANAGER', conduit: { name: 'North' }, customer: null }],
    });

    // Support lists the customers of its server, with their organization's name read from accounts' directory.
    const list = await q(
      '{ customers(first: 100) { edges { node { name billingState conduit { name } } } } }',
      {},
      people.SUPPORT.token,
    );
    expect(list.data!.customers.map((c: { name: string }) => c.name.replace(/^E2E\w+ /, '')).sort()).toEqual([
      'Blue Harbor Clinic',
      'Northwind Dental',
      'Southside Logistics',
    ]);
    // The customer manager sees only its assigned customers; the customer admin may not list customers at all.
    expect(
      (await q('{ customers { edges { node { id } } } }', {}, people.CUSTOMER_MANAGER.token)).data!.customers,
    ).toHaveLength(2);
    expect(codes(await q('{ customers { edges { node { id } } } }', {}, people.CUSTOMER_ADMIN.token))).toEqual([
      'FORBIDDEN',
    ]);

    // The owner of a customer's organization is its first CUSTOMER_ADMIN (named at creation): it reads the
    // organization from accounts, with the customer technical and the two contacts as plain members of it.
    const northwind = ids.customers['Northwind Dental'];
    const orgId = (
      await db.query('SELECT organization_id FROM customer_hierarchy.customers WHERE id = $1', [northwind])
    )[0].organization_id;
    const asOwner = await q(
      'query($o: ID!) { organization(id: $o) { name members(first: 5) { totalCount } } }',
      { o: orgId },
      people.CUSTOMER_ADMIN.token,
    );
    expect(asOwner.data!.organization).toEqual({
      name: expect.stringMatching(/Northwind Dental$/),
      members: { totalCount: 4 },
    });
    // The primary contact (no portal access) owns nothing: it is a plain member.
    const [contact] = await db.query(
      'SELECT primary_role FROM accounts.membership_roles WHERE organization_id = $1 AND account_id = $2',
      [orgId, people.PRIMARY_CONTACT.id],
    );
    expect(contact.primary_role).toBe('MEMBER');
    // A portal user of Northwind alone (the customer technical) reaches it as a customer.
    const asTech = await q(
      'query($k: ID!) { customer(id: $k) { name organization { id } departments { edges { node { name linkedDepartments { id name } } } } } }',
      { k: northwind },
      people.CUSTOMER_TECHNICAL.token,
    );
    expect(asTech.data!.customer.organization).toEqual({ id: toGlobalId('Organization', orgId) });
    expect(asTech.data!.customer.departments.map((d: { name: string }) => d.name)).toEqual(['Billing', 'Front Desk']);
    // ES-5 + reach: each department is linked to its sibling and to one department of another customer (explicit
    // associations); the customer technical sees those links but not the other customers' department names.
    const linked = asTech.data!.customer.departments.map((d: { linkedDepartments: Array<{ name: string | null }> }) =>
      d.linkedDepartments.map((l) => l.name).sort(),
    );
    expect(linked).toEqual([
      ['Front Desk', null],
      ['Billing', null],
    ]);
    expect(codes(asTech)).toEqual(['FORBIDDEN', 'FORBIDDEN']);

    // X-2 for a demo person, asked by the person itself.
    const decision = await q(
      'query($i: PortalDecisionInput!) { portalDecision(input: $i) { allowed reason decidedBy { role } } }',
      { i: { accountId: people.SALES_REP.id, action: 'CREATE_CUSTOMER', conduitId: ids.conduits.North } },
      people.SALES_REP.token,
    );
    expect(decision.data!.portalDecision).toMatchObject({ allowed: true, decidedBy: { role: 'SALES_REP' } });
    // Contacts have no portal access.
    expect(
      codes(await q('query($k: ID!) { customer(id: $k) { name } }', { k: northwind }, people.BILLING_CONTACT.token)),
    ).toEqual(['FORBIDDEN']);
  });

  it('bad input through the gateway is a clear error with a stable code and changes nothing', async () => {
    const before = (await db.query('SELECT count(*)::int AS n FROM customer_hierarchy.customers'))[0].n;
    const res = await q(
      'mutation($c: ID!) { createCustomer(input: { conduitId: $c, name: "X", ownerEmail: "not-an-email" }) { customer { id } } }',
      { c: w.conduits.C1 },
      w.people.SUPPORT.token,
    );
    expect(res.data).toEqual({ createCustomer: null });
    expect(res.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([
      ['BAD_USER_INPUT', 'ownerEmail'],
    ]);
    expect((await db.query('SELECT count(*)::int AS n FROM customer_hierarchy.customers'))[0].n).toBe(before);
    expect(codes(await q('{ customers { edges { node { id } } } }', {}))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('loaders: no N+1', () => {
  it('keeps SQL statements flat as the conduit grows', async () => {
    const s = hierarchyServices(db);
    const root = w.people.ROOT.viewer;
    const query = `query($c: ID!) { salesConduit(id: $c) { name portalUsers { edges { node { role email customer { name } } } }
      customers(first: 50) { totalCount edges { node { name billingState conduit { name } departments { edges { node { name linkedDepartments { name } } } } groups { edges { node { name } } } endUsers { edges { node { email featureKeys } } }
        notes { edges { node { body } } } portalUsers { edges { node { role name } } } departmentAssociations { edges { node { kind department { name } } } } activationCodes { edges { node { code } } } externalContacts { edges { node { name } } } } } } } }`;
    const conduit = (
      await s.hierarchy.createSalesConduit(root, {
        serverId: w.servers.S1,
        name: `Flat ${Math.random().toString(36).slice(2, 7)}`,
      })
    ).id;
    const grow = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const c = await s.customers.create(root, {
          conduitId: conduit,
          name: `Flat co ${Math.random()}`,
          ownerEmail: w.spare.email,
        });
        const a = await s.workspace.createNamed(root, 'department', { customerId: c.id, name: 'A' });
        const b = await s.workspace.createNamed(root, 'department', { customerId: c.id, name: 'B' });
        await s.associations.create(root, { departmentId: a.id as string, otherDepartmentId: b.id as string });
        const u = await s.workspace.createEndUser(root, {
          customerId: c.id,
          name: 'U',
          email: `u${i}-${Math.random().toString(36).slice(2)}@end.example`,
        });
        await s.workspace.setFeatureKeys(root, { customerId: c.id, endUserId: u.id, keys: ['k1'] });
        await s.workspace.createNote(root, { customerId: c.id, body: 'n' });
        const p = await f.account('cad');
        await s.roles.assign(root, { email: p.email, role: PortalRole.CUSTOMER_ADMIN, customerId: c.id });
      }
    };
    const statements = async () => {
      const res = await fetch(hierarchyUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${w.people.ROOT.token}` },
        body: JSON.stringify({ query, variables: { c: conduit } }),
      });
      const body = (await res.json()) as { errors?: unknown };
      expect(body.errors).toBeUndefined();
      return Number(res.headers.get('x-sql-statements'));
    };
    await grow(2);
    const small = await statements();
    await grow(5);
    expect(await statements()).toBe(small);
  });
});
