import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { PrimaryRole } from '../../subgraphs/common/organization-access';
import { PortalRole } from '../../subgraphs/customer-hierarchy/access/portal.matrix';
import { buildWorld, hierarchyServices, type World, type WorldCustomer } from '../support/customer-hierarchy';
import { giveLiveChat } from '../support/department-groups';
import { accountsFactory, PASSWORD, type TestAccount } from '../support/factories';
import { toGlobalId } from '../../subgraphs/common/federation/global-id';
import { codes, gql, rawId, startTestSystem, uniqueEmail, type GqlResponse, type TestSystem } from '../support/system';

/**
 * Issue 13, "Connections": the lists a screen pages through (members, customers) are Relay connections with the
 * filters and orders the screen needs, every page one keyset statement (counted per request), and every bad
 * argument one BAD_USER_INPUT naming each of them. Chats are paged in department-groups.e2e.spec.ts.
 */
let sys: TestSystem;
let f: ReturnType<typeof accountsFactory>;
let chDb: DataSource;

beforeAll(async () => {
  sys = await startTestSystem();
  f = accountsFactory(sys.deps.accounts!);
  chDb = sys.deps['customer-hierarchy']!.db;
});
afterAll(() => sys.close());

/** An account with this display name (any characters) and a unique e-mail `conn-…@example.test`. */
async function named(name: string): Promise<{ id: string; email: string }> {
  const { account } = await f.services.accounts.signUp({ email: uniqueEmail('conn'), name, password: PASSWORD });
  return { id: account.id, email: account.email };
}

const q = (query: string, variables: Record<string, unknown>, token?: string) =>
  gql(sys.gatewayUrl, query, variables, token);

/** The SQL statements one request cost the subgraph (its `x-sql-statements` header). */
async function statements(subgraph: string, query: string, variables: Record<string, unknown>, token: string) {
  const res = await fetch(sys.subgraphUrls[subgraph]!, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { errors?: unknown };
  expect(body.errors).toBeUndefined();
  return Number(res.headers.get('x-sql-statements'));
}

const fieldErrors = (res: GqlResponse) =>
  (res.errors ?? []).map((e) => ({
    code: e.extensions?.code,
    field: e.extensions?.field,
    fields: (e.extensions?.fieldErrors as Array<{ field: string }> | undefined)?.map((x) => x.field),
  }));

type Edge<T> = { cursor: string; node: T };
type Conn<T> = { totalCount?: number; edges: Array<Edge<T>>; pageInfo: { hasNextPage: boolean; endCursor: string } };

describe('Organization.members: filters, orders, totalCount, find by e-mail', () => {
  const MEMBERS = `query($o: ID!, $first: Int, $after: String, $filter: MemberFilter, $orderBy: MemberOrder) {
    organization(id: $o) { members(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount edges { cursor node { role account { name email } } } pageInfo { hasNextPage endCursor } } } }`;
  let org: { id: string };
  let owner: TestAccount;
  let admin: TestAccount;
  let member: TestAccount;
  const extra: Array<{ id: string; email: string }> = [];

  beforeAll(async () => {
    ({ org, owner, admin, member } = await f.organization());
    // Names chosen so name order differs from joining order, letter case included.
    for (const name of ['zelda Conn', 'Alma Conn', 'bruno Conn', 'Carla Conn']) {
      const a = await named(name);
      await f.services.memberships.addMember(owner.viewer, {
        organizationId: org.id,
        email: a.email,
        role: PrimaryRole.MEMBER,
      });
      extra.push(a);
    }
  });

  const members = async (vars: Record<string, unknown>, token = member.token) => {
    const res = await q(MEMBERS, { o: org.id, ...vars }, token);
    return { res, page: res.data?.organization?.members as Conn<{ role: string; account: { name: string } }> };
  };

  it('pages the NAME order case-insensitively to the end, each member once, with totalCount of the filter', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { res, page } = await members({ first: 2, after, filter: { search: 'conn' }, orderBy: 'NAME' });
      expect(res.errors).toBeUndefined();
      expect(page.totalCount).toBe(4);
      seen.push(...page.edges.map((e) => e.node.account.name));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(['Alma Conn', 'bruno Conn', 'Carla Conn', 'zelda Conn']);
  });

  it('filters by role and by part of the e-mail; the default order is joining order', async () => {
    const admins = await members({ filter: { roles: ['ADMINISTRATOR', 'OWNER'] } });
    expect(admins.page.edges.map((e) => e.node.role)).toEqual(['OWNER', 'ADMINISTRATOR']);
    expect(admins.page.totalCount).toBe(2);
    const byMail = await members({ filter: { search: extra[1]!.email.slice(0, 12).toUpperCase() } });
    expect(byMail.page.edges.map((e) => e.node.account.name)).toEqual(['Alma Conn']);
    const all = await members({});
    expect(all.page.totalCount).toBe(7);
    expect(all.page.edges.map((e) => e.node.account.name).slice(3)).toEqual([
      'zelda Conn',
      'Alma Conn',
      'bruno Conn',
      'Carla Conn',
    ]);
    // search takes % and _ literally: nothing is named with them.
    expect((await members({ filter: { search: '%' } })).page.totalCount).toBe(0);
  });

  it('finds a member by e-mail in any letter case, so an administrator can act on it (GA-1)', async () => {
    const FIND = `query($o: ID!, $e: String!) { organization(id: $o) { memberByEmail(email: $e) { id role account { id } } } }`;
    const found = await q(FIND, { o: org.id, e: ` ${extra[2]!.email.toUpperCase()} ` }, admin.token);
    expect(found.errors).toBeUndefined();
    expect(found.data!.organization.memberByEmail).toMatchObject({
      role: 'MEMBER',
      account: { id: toGlobalId('Account', extra[2]!.id) },
    });
    const stranger = await f.account('stranger');
    const none = await q(FIND, { o: org.id, e: stranger.email }, admin.token);
    expect(none.data!.organization.memberByEmail).toBeNull();
    expect(codes(await q(FIND, { o: org.id, e: extra[2]!.email }, stranger.token))).toEqual(['FORBIDDEN']);
    expect(fieldErrors(await q(FIND, { o: org.id, e: 'not-an-email' }, admin.token))).toEqual([
      { code: 'BAD_USER_INPUT', field: 'email', fields: ['email'] },
    ]);
  });

  it('answers every bad argument at once, and a cursor of another order or list, as BAD_USER_INPUT', async () => {
    const bad = await members({ first: 0, filter: { search: ' ', email: 'nope', roles: [] } });
    expect(bad.res.data!.organization.members).toBeNull();
    expect(fieldErrors(bad.res)).toEqual([
      { code: 'BAD_USER_INPUT', field: 'first', fields: ['first', 'filter.search', 'filter.email', 'filter.roles'] },
    ]);
    const joined = await members({ first: 1 });
    const foreign = await members({ first: 1, after: joined.page.pageInfo.endCursor, orderBy: 'NAME' });
    expect(fieldErrors(foreign.res)).toEqual([{ code: 'BAD_USER_INPUT', field: 'after', fields: ['after'] }]);
    for (const after of ['garbage', Buffer.from('["1 OR 1=1"]').toString('base64url')]) {
      expect(fieldErrors((await members({ after })).res)).toEqual([
        { code: 'BAD_USER_INPUT', field: 'after', fields: ['after'] },
      ]);
    }
  });

  it('costs the same SQL statements for a filtered, name-ordered page of 2 or 8 members', async () => {
    const o = await f.organization();
    const query = `query($o: ID!) { organization(id: $o) { members(first: 50, filter: { search: "flat" }, orderBy: NAME) {
      totalCount edges { node { role customRoles account { name } } } } memberByEmail(email: "${o.admin.email}") { role } } }`;
    const add = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const a = await named(`flat ${i}`);
        await f.services.memberships.addMember(o.owner.viewer, {
          organizationId: o.org.id,
          email: a.email,
          role: PrimaryRole.MEMBER,
        });
      }
    };
    await add(2);
    const small = await statements('accounts', query, { o: o.org.id }, o.owner.token);
    await add(6);
    expect(await statements('accounts', query, { o: o.org.id }, o.owner.token)).toBe(small);
  });
});

describe('customers: within reach, filtered by name, billing state and conduit, ordered, counted', () => {
  const CUSTOMERS = `query($first: Int, $after: String, $filter: CustomerFilter, $orderBy: CustomerOrder) {
    customers(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount edges { node { id name billingState } } pageInfo { hasNextPage endCursor } } }`;
  let w: World;
  let tag: string;
  const nameOf = (id: string) => Object.entries(w.customers).find(([, v]) => v === rawId(id))?.[0];

  beforeAll(async () => {
    w = await buildWorld(f, chDb);
    tag = w.people.ROOT.email.slice(5, 13);
  });

  /**
   * Who lists which customers, written from seed 004's View Customers row and ES-2's reach (not from the code):
   * ROOT all; SUPPORT its server S1 (conduits C1–C3); CONDUIT_ADMIN its conduit C1; SALES_REP and CUSTOMER_MANAGER
   * only the customers assigned to them (K1, K2); CUSTOMER_ADMIN and CUSTOMER_TECHNICAL may not view customers.
   */
  const EXPECTED: Array<[PortalRole, WorldCustomer[] | 'FORBIDDEN']> = [
    [PortalRole.ROOT, ['K1', 'K2', 'K3', 'K4', 'K5', 'K6', 'K7', 'K8', 'K9']],
    [PortalRole.SUPPORT, ['K1', 'K2', 'K3', 'K4', 'K5', 'K6']],
    [PortalRole.CONDUIT_ADMIN, ['K1', 'K2', 'K4']],
    [PortalRole.SALES_REP, ['K1', 'K2']],
    [PortalRole.CUSTOMER_MANAGER, ['K1', 'K2']],
    [PortalRole.CUSTOMER_ADMIN, 'FORBIDDEN'],
    [PortalRole.CUSTOMER_TECHNICAL, 'FORBIDDEN'],
    [PortalRole.PRIMARY_CONTACT, 'FORBIDDEN'],
  ];
  it.each(EXPECTED)('%s lists exactly %p, by name, in pages of 2', async (role, expected) => {
    const token = w.people[role].token;
    if (expected === 'FORBIDDEN') {
      expect(codes(await q(CUSTOMERS, { filter: { search: tag } }, token))).toEqual(['FORBIDDEN']);
      return;
    }
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res = await q(CUSTOMERS, { first: 2, after, filter: { search: tag }, orderBy: 'NAME' }, token);
      expect(res.errors).toBeUndefined();
      const page = res.data!.customers as Conn<{ id: string }>;
      expect(page.totalCount).toBe(expected.length);
      seen.push(...page.edges.map((e) => nameOf(e.node.id)!));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
  });

  it('filters by billing state and conduit, and on a conduit (SalesConduit.customers)', async () => {
    const root = w.people.ROOT;
    await hierarchyServices(chDb).billing.transition(root.viewer, 'activate', { customerId: w.customers.K2 });
    const active = await q(CUSTOMERS, { filter: { search: tag, billingStates: ['ACTIVE'] } }, root.token);
    expect(active.data!.customers.edges.map((e: Edge<{ id: string }>) => nameOf(e.node.id))).toEqual(['K2']);
    const demosOfC1 = await q(
      CUSTOMERS,
      { filter: { conduitId: w.conduits.C1, billingStates: ['DEMO'] }, orderBy: 'NAME' },
      w.people.CONDUIT_ADMIN.token,
    );
    expect(demosOfC1.data!.customers.edges.map((e: Edge<{ id: string }>) => nameOf(e.node.id))).toEqual(['K1', 'K4']);
    const onConduit = await q(
      'query($c: ID!) { salesConduit(id: $c) { customers(first: 1, orderBy: NAME) { totalCount edges { node { id } } pageInfo { hasNextPage } } } }',
      { c: w.conduits.C1 },
      w.people.SALES_REP.token,
    );
    expect(onConduit.errors).toBeUndefined();
    expect(onConduit.data!.salesConduit.customers).toEqual({
      totalCount: 2,
      edges: [{ node: { id: toGlobalId('Customer', w.customers.K1) } }],
      pageInfo: { hasNextPage: true },
    });
  });

  it('answers every bad argument at once, and a foreign cursor, as BAD_USER_INPUT', async () => {
    const bad = await q(CUSTOMERS, { first: 101, filter: { search: '', billingStates: [] } }, w.people.ROOT.token);
    expect(fieldErrors(bad)).toEqual([
      { code: 'BAD_USER_INPUT', field: 'first', fields: ['first', 'filter.billingStates', 'filter.search'] },
    ]);
    // A malformed id is refused by the global-id layer before the filter is checked (node, issue 13).
    expect(fieldErrors(await q(CUSTOMERS, { filter: { conduitId: 'nope' } }, w.people.ROOT.token))[0]).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    const forged = Buffer.from(JSON.stringify(['not a time', w.customers.K1])).toString('base64url');
    expect(fieldErrors(await q(CUSTOMERS, { after: forged }, w.people.ROOT.token))).toEqual([
      { code: 'BAD_USER_INPUT', field: 'after', fields: ['after'] },
    ]);
  });

  it('costs the same SQL statements for a filtered page of 2 or 6 customers with their lists', async () => {
    const s = hierarchyServices(chDb);
    const root = w.people.ROOT;
    const conduit = (await s.hierarchy.createSalesConduit(root.viewer, { serverId: w.servers.S1, name: 'Flat' })).id;
    const query = `query($c: ID!) { customers(first: 50, filter: { conduitId: $c, billingStates: [DEMO], search: "flat" }, orderBy: NAME) {
      totalCount edges { node { name billingState conduit { name } departments { edges { node { name } } } notes { totalCount edges { node { body } } } portalUsers { edges { node { role } } } } } } }`;
    const grow = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const c = await s.customers.create(root.viewer, {
          conduitId: conduit,
          name: `Flat ${i} ${Math.random()}`,
          ownerEmail: w.spare.email,
        });
        await s.workspace.createNamed(root.viewer, 'department', { customerId: c.id, name: 'D' });
        await s.workspace.createNote(root.viewer, { customerId: c.id, body: 'n' });
      }
    };
    await grow(2);
    const small = await statements('customer-hierarchy', query, { c: conduit }, root.token);
    await grow(4);
    expect(await statements('customer-hierarchy', query, { c: conduit }, root.token)).toBe(small);
  });
});

describe('every input error at once (issue 13)', () => {
  it('signUp with three bad fields answers one BAD_USER_INPUT listing the three, creating nothing', async () => {
    const res = await q('mutation($i: SignUpInput!) { signUp(input: $i) { token } }', {
      i: { email: 'not-an-email', name: '   ', password: 'short' },
    });
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'email',
      fieldErrors: [
        { field: 'email', message: 'email is not a valid e-mail address' },
        { field: 'name', message: 'name must not be empty' },
        { field: 'password', message: 'password must be at least 8 characters' },
      ],
    });
    // One bad field: the same shape with one entry.
    const one = await q('mutation($i: SignUpInput!) { signUp(input: $i) { token } }', {
      i: { email: 'not-an-email', name: 'Fine', password: 'long enough' },
    });
    expect(fieldErrors(one)).toEqual([{ code: 'BAD_USER_INPUT', field: 'email', fields: ['email'] }]);
  });

  it('one input of each other subgraph reports all its bad fields in one BAD_USER_INPUT, changing nothing', async () => {
    const { org, owner } = await f.organization();
    // department-groups: createUserGroup.
    const group = await q(
      'mutation($i: CreateUserGroupInput!) { createUserGroup(input: $i) { userGroup { id } } }',
      // Well-formed ids (malformed ones are refused one by one by the global-id layer first), too many of them.
      { i: { organizationId: org.id, name: ' ', workWithIds: Array.from({ length: 201 }, () => randomUUID()) } },
      owner.token,
    );
    expect(group.data).toEqual({ createUserGroup: null });
    expect(fieldErrors(group)).toEqual([{ code: 'BAD_USER_INPUT', field: 'name', fields: ['name', 'workWithIds'] }]);
    // product-roles: createProductRole.
    await giveLiveChat(sys.deps['product-roles']!.db, owner.viewer, org.id, []);
    const role = await q(
      'mutation($i: CreateProductRoleInput!) { createProductRole(input: $i) { productRole { id } } }',
      { i: { organizationId: org.id, product: 'livechat', name: '', permissions: ['no.such'] } },
      owner.token,
    );
    expect(role.data).toEqual({ createProductRole: null });
    expect(fieldErrors(role)).toEqual([{ code: 'BAD_USER_INPUT', field: 'name', fields: ['name', 'permissions'] }]);
    // customer-hierarchy: createCustomer.
    const w = await buildWorld(f, chDb);
    const before = (await chDb.query('SELECT count(*)::int AS n FROM customer_hierarchy.customers'))[0].n;
    const customer = await q(
      'mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { customer { id } } }',
      { i: { conduitId: w.conduits.C1, name: '', ownerEmail: 'not-an-email', demoDays: 999 } },
      w.people.ROOT.token,
    );
    expect(fieldErrors(customer)).toEqual([
      { code: 'BAD_USER_INPUT', field: 'name', fields: ['name', 'ownerEmail', 'demoDays'] },
    ]);
    expect((await chDb.query('SELECT count(*)::int AS n FROM customer_hierarchy.customers'))[0].n).toBe(before);
  });
});
