import { PrimaryRole } from '../../subgraphs/common/organization-access';
import { PortalRole } from '../../subgraphs/customer-hierarchy/access/portal.matrix';
import { loadHierarchyDemo } from '../../subgraphs/customer-hierarchy/seed/demo';
import { chCodes, hierarchyServices, useCustomerHierarchy, type World } from '../support/customer-hierarchy';
import { outcome, type TestAccount } from '../support/factories';
import { SEED_004_CELLS, type SeedRole } from '../support/seed-004';

// Issue 9 for the reseller hierarchy: lists show a portal user whole or leave it out (ES-3), decisions name only
// what the caller may see, removal from a customer's organization ends the portal roles on that customer
// and who owns a customer's organization (GA-5 with ES-2).
const t = useCustomerHierarchy();
let w: World;
let s: ReturnType<typeof hierarchyServices>;
/** A person of K4 (in conduit C1, not assigned to the sales rep or customer manager) and one of K2 (assigned). */
let k4Person: TestAccount;
let k2Person: TestAccount;
beforeAll(async () => {
  w = await t.world();
  s = hierarchyServices(t.db);
  k4Person = await t.f.account('k4-tech');
  k2Person = await t.f.account('k2-tech');
  const root = w.people.ROOT.viewer;
  await s.roles.assign(root, {
    email: k4Person.email,
    role: PortalRole.CUSTOMER_TECHNICAL,
    customerId: w.customers.K4,
  });
  await s.roles.assign(root, {
    email: k2Person.email,
    role: PortalRole.CUSTOMER_TECHNICAL,
    customerId: w.customers.K2,
  });
});
const as = (role: PortalRole) => w.people[role].viewer;

/** Every assignment of a scope, straight from the tables: [assignment id, role, customer id or null]. */
async function assignmentsWhere(
  sql: string,
  params: unknown[],
): Promise<Array<{ id: string; customer: string | null }>> {
  return t.db.query(
    `SELECT r.id, coalesce(r.customer_id::text, NULL) AS customer FROM customer_hierarchy.assignment_reach r WHERE ${sql}`,
    params,
  );
}

describe('ES-3 whole-or-omit: a list of portal users shows each one whole or leaves it out', () => {
  const FIELDS = 'id role email name customerIds';
  // A page that holds them all; totalCount counts only what the caller may read (ES-3: nothing else leaks).
  const PAGE = `totalCount edges { node { ${FIELDS} } }`;
  type Page = { totalCount: number; edges: Array<{ node: Record<string, unknown> }> };
  const LISTS = {
    'view:portal_users': {
      doc: `query($x: ID!) { server(id: $x) { portalUsers(first: 100) { ${PAGE} } } }`,
      root: 'server',
      id: (x: World) => x.servers.S1,
    },
    'view:portal_users_conduit': {
      doc: `query($x: ID!) { salesConduit(id: $x) { portalUsers(first: 100) { ${PAGE} } } }`,
      root: 'salesConduit',
      id: (x: World) => x.conduits.C1,
    },
    'view:portal_users_customer': {
      doc: `query($x: ID!) { customer(id: $x) { portalUsers(first: 100) { ${PAGE} } } }`,
      root: 'customer',
      id: (x: World) => x.customers.K1,
    },
  } as const;

  /**
   * What each role may see of each list, written from the seed's reach (ES-2), not from the code: SUPPORT and
   * CONDUIT_ADMIN everything there; SALES_REP and CUSTOMER_MANAGER everything at conduit level and the people of
   * their assigned customers (K1, K2), never K4's; the customer roles nothing (the cell is N).
   */
  async function expectedIds(key: keyof typeof LISTS, role: SeedRole): Promise<string[]> {
    const all =
      key === 'view:portal_users'
        ? await assignmentsWhere('r.server_id = $1', [w.servers.S1])
        : key === 'view:portal_users_conduit'
          ? await assignmentsWhere('r.conduit_id = $1', [w.conduits.C1])
          : await assignmentsWhere('r.customer_id = $1::uuid OR $1::text = ANY(r.customer_ids)', [w.customers.K1]);
    const assigned = [w.customers.K1, w.customers.K2];
    const sees = (a: { customer: string | null }) =>
      role === 'SUPPORT' || role === 'CONDUIT_ADMIN' || a.customer === null || assigned.includes(a.customer);
    return all
      .filter(sees)
      .map((a) => a.id)
      .sort();
  }

  const cells = SEED_004_CELLS.filter((c) => c.key in LISTS);
  it('covers the three portal-user rows of the View matrix for all six columns', () => {
    expect(cells).toHaveLength(18);
  });

  it.each(cells.map((c) => [c.row, c.role, c.allowed ? 'Y' : 'N', c.key] as const))(
    'View / %s / %s (%s)',
    async (_row, role, yes, key) => {
      const list = LISTS[key as keyof typeof LISTS];
      const res = await t.run(as(role as PortalRole), list.doc, { x: list.id(w) });
      if (yes === 'N') {
        expect(chCodes(res)).toEqual(['FORBIDDEN']);
        return;
      }
      // Whole: no error anywhere, no item with a null field.
      expect(res.errors).toBeUndefined();
      const page = res.data![list.root].portalUsers as Page;
      const items = page.edges.map((e) => e.node);
      expect(page.totalCount).toBe(items.length);
      for (const item of items) expect(Object.entries(item).filter(([, v]) => v === null)).toEqual([]);
      // Omit: exactly what the role may see (K4's customer technical is left out for SR and CM).
      expect(items.map((i) => i.id as string).sort()).toEqual(await expectedIds(key as keyof typeof LISTS, role));
    },
  );

  it("the sales rep's and customer manager's conduit list leaves K4's people out and keeps K2's, without errors", async () => {
    for (const role of [PortalRole.SALES_REP, PortalRole.CUSTOMER_MANAGER]) {
      const res = await t.run(as(role), LISTS['view:portal_users_conduit'].doc, { x: w.conduits.C1 });
      expect(res.errors).toBeUndefined();
      const ids = (res.data!.salesConduit.portalUsers as Page).edges.map((e) => e.node.email);
      expect(ids).toContain(k2Person.email);
      expect(ids).not.toContain(k4Person.email);
    }
    // Through the same rule the conduit admin, whose reach is the whole conduit, sees K4's person whole.
    const ca = await t.run(as(PortalRole.CONDUIT_ADMIN), LISTS['view:portal_users_conduit'].doc, { x: w.conduits.C1 });
    expect((ca.data!.salesConduit.portalUsers as Page).edges.map((e) => e.node.email)).toContain(k4Person.email);
  });
});

describe('X-2: a decision names only roles and assignments the caller may see', () => {
  const Q = `query($i: PortalDecisionInput!) { portalDecision(input: $i) { allowed reason decidedBy { id role } } }`;
  /** Holds CONDUIT_ADMIN of C2 (outside the sales rep's reach) and CUSTOMER_TECHNICAL of K1 (inside). */
  let denied: TestAccount;
  /** Holds SUPPORT of S1 (outside the sales rep's reach: SUPPORT is seen only by View Portal Users) and CUSTOMER_TECHNICAL of K1. */
  let allowed: TestAccount;
  const hidden: string[] = ['SUPPORT', 'CONDUIT_ADMIN'];
  beforeAll(async () => {
    denied = await t.f.account('probed-denied');
    allowed = await t.f.account('probed-allowed');
    const root = as(PortalRole.ROOT);
    const give = async (p: TestAccount, role: PortalRole, scope: Record<string, string>) =>
      (await s.roles.assign(root, { email: p.email, role, ...scope })).id;
    hidden.push(await give(denied, PortalRole.CONDUIT_ADMIN, { conduitId: w.conduits.C2 }));
    await give(denied, PortalRole.CUSTOMER_TECHNICAL, { customerId: w.customers.K1 });
    hidden.push(await give(allowed, PortalRole.SUPPORT, { serverId: w.servers.S1 }));
    await give(allowed, PortalRole.CUSTOMER_TECHNICAL, { customerId: w.customers.K1 });
  });
  const leaks = (res: unknown) => hidden.filter((x) => JSON.stringify(res).includes(x));
  const ask = (caller: PortalRole | TestAccount, accountId: string, action: string, customerId: string) =>
    t.run(typeof caller === 'string' ? as(caller) : caller.viewer, Q, { i: { accountId, action, customerId } });

  it.each([PortalRole.SALES_REP, PortalRole.CUSTOMER_MANAGER])(
    '%s probing a denied decision learns no role or assignment outside its reach',
    async (caller) => {
      const res = await ask(caller, denied.id, 'EDIT_RTP_GATEWAY', w.customers.K1);
      expect(res.errors).toBeUndefined();
      expect(res.data!.portalDecision).toMatchObject({ allowed: false, decidedBy: null });
      expect(leaks(res)).toEqual([]);
    },
  );

  it.each([PortalRole.SALES_REP, PortalRole.CUSTOMER_MANAGER])(
    '%s probing an allowed decision decided outside its reach learns neither the role nor the assignment',
    async (caller) => {
      const res = await ask(caller, allowed.id, 'EDIT_BILLING_NON_BILLABLE', w.customers.K1);
      expect(res.errors).toBeUndefined();
      expect(res.data!.portalDecision).toMatchObject({ allowed: true, decidedBy: null });
      expect(leaks(res)).toEqual([]);
    },
  );

  it('when every role of the account is within the caller’s reach, the whole decision is shown', async () => {
    const yes = await ask(PortalRole.SALES_REP, k2Person.id, 'CREATE_GROUP', w.customers.K2);
    expect(yes.data!.portalDecision).toMatchObject({
      allowed: true,
      decidedBy: { role: 'CUSTOMER_TECHNICAL' },
      reason: expect.stringContaining('CUSTOMER_TECHNICAL'),
    });
    const no = await ask(PortalRole.SALES_REP, k2Person.id, 'EDIT_NOTE', w.customers.K2);
    expect(no.data!.portalDecision).toMatchObject({
      allowed: false,
      reason: expect.stringContaining('CUSTOMER_TECHNICAL'),
    });
  });

  it('about itself, or asked by ROOT, the whole decision is shown', async () => {
    const self = await ask(allowed, allowed.id, 'EDIT_BILLING_NON_BILLABLE', w.customers.K1);
    expect(self.data!.portalDecision).toMatchObject({ decidedBy: { id: hidden[3], role: 'SUPPORT' } });
    const root = await ask(PortalRole.ROOT, denied.id, 'EDIT_RTP_GATEWAY', w.customers.K1);
    expect(root.data!.portalDecision.reason).toContain('CONDUIT_ADMIN');
  });
});

describe('X-6: leaving a customer’s organization ends the portal roles on that customer, in the same transaction', () => {
  const portalRows = async (accountId: string) =>
    (await t.db.query(
      `SELECT a.role, a.customer_id AS "customerId" FROM customer_hierarchy.portal_role_assignments a
       WHERE a.account_id = $1 ORDER BY a.role, a.customer_id`,
      [accountId],
    )) as Array<{ role: string; customerId: string | null }>;
  const assignedCustomers = async (assignmentId: string) =>
    (
      await t.db.query(
        'SELECT customer_id FROM customer_hierarchy.portal_assignment_customers WHERE assignment_id = $1 ORDER BY 1',
        [assignmentId],
      )
    ).map((r: { customer_id: string }) => r.customer_id);
  const offboarded = async (accountId: string) =>
    (await t.db.query(
      `SELECT organization_id, actor_account_id, before, after FROM customer_hierarchy.audit_events
       WHERE action = 'member.offboarded' AND target_type = 'Account' AND target_id = $1 ORDER BY seq`,
      [accountId],
    )) as Array<{ organization_id: string; actor_account_id: string | null; before: any; after: unknown }>; // eslint-disable-line @typescript-eslint/no-explicit-any

  async function freshCustomer(ownerEmail: string) {
    return s.customers.create(as(PortalRole.ROOT), { conduitId: w.conduits.C1, name: 'Offboard co', ownerEmail });
  }

  it('removal ends the customer-scoped roles and the sales-rep assignment of that customer only; one event; re-adding restores nothing', async () => {
    const owner = await t.f.account('k-owner');
    const person = await t.f.account('k-person');
    const k = await freshCustomer(owner.email);
    const other = await freshCustomer(owner.email);
    const root = as(PortalRole.ROOT);
    // Customer roles on k (the person becomes a plain member of k's organization) and one on the other customer.
    await s.roles.assign(root, { email: person.email, role: PortalRole.CUSTOMER_TECHNICAL, customerId: k.id });
    await s.roles.assign(root, { email: person.email, role: PortalRole.BILLING_CONTACT, customerId: k.id });
    await s.roles.assign(root, { email: person.email, role: PortalRole.CUSTOMER_ADMIN, customerId: other.id });
    // And a sales rep in the conduit, assigned both customers.
    const rep = await s.roles.assign(root, {
      email: person.email,
      role: PortalRole.SALES_REP,
      conduitId: w.conduits.C1,
    });
    await s.roles.assignCustomer(root, { assignmentId: rep.id, customerId: k.id });
    await s.roles.assignCustomer(root, { assignmentId: rep.id, customerId: other.id });
    const [{ primary_role: role }] = await t.db.query(
      'SELECT primary_role FROM accounts.membership_roles WHERE organization_id = $1 AND account_id = $2',
      [k.organizationId, person.id],
    );
    expect(role).toBe(PrimaryRole.MEMBER);

    await t.f.services.memberships.removeMember(owner.viewer, {
      organizationId: k.organizationId,
      accountId: person.id,
    });

    expect(await portalRows(person.id)).toEqual(
      [
        { role: 'CUSTOMER_ADMIN', customerId: other.id },
        { role: 'SALES_REP', customerId: null },
      ].sort((a, b) => a.role.localeCompare(b.role)),
    );
    expect(await assignedCustomers(rep.id)).toEqual([other.id]);
    const events = await offboarded(person.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ organization_id: k.organizationId, actor_account_id: owner.id, after: null });
    expect(events[0]!.before).toMatchObject({ customerId: k.id, customer: 'Offboard co' });
    expect(events[0]!.before.portalRoles.map((r: { role: string }) => r.role)).toEqual([
      'BILLING_CONTACT',
      'CUSTOMER_TECHNICAL',
    ]);
    expect(events[0]!.before.customerAssignments).toEqual([{ assignmentId: rep.id, role: 'SALES_REP' }]);
    // The person no longer reaches k.
    expect(
      chCodes(
        await t.run(person.viewer, 'query($k: ID!) { customer(id: $k) { departments { totalCount } } }', { k: k.id }),
      ),
    ).toEqual(['FORBIDDEN']);

    // Re-adding gives a plain MEMBER and nothing else in the hierarchy.
    const readded = await t.f.services.memberships.addMember(owner.viewer, {
      organizationId: k.organizationId,
      email: person.email,
      role: PrimaryRole.MEMBER,
    });
    expect(readded.role).toBe(PrimaryRole.MEMBER);
    expect((await portalRows(person.id)).filter((r) => r.customerId === k.id)).toEqual([]);
    expect(await assignedCustomers(rep.id)).toEqual([other.id]);
    expect(await offboarded(person.id)).toHaveLength(1);
  });

  it('leaving does the same, and a member with no portal role on the customer leaves no event', async () => {
    const owner = await t.f.account('l-owner');
    const person = await t.f.account('l-person');
    const bystander = await t.f.account('l-bystander');
    const k = await freshCustomer(owner.email);
    await s.roles.assign(as(PortalRole.ROOT), {
      email: person.email,
      role: PortalRole.PRIMARY_CONTACT,
      customerId: k.id,
    });
    await t.f.services.memberships.leave(person.viewer, { organizationId: k.organizationId });
    expect(await portalRows(person.id)).toEqual([]);
    expect(await offboarded(person.id)).toEqual([
      expect.objectContaining({ actor_account_id: person.id, organization_id: k.organizationId }),
    ]);

    await t.f.services.memberships.addMember(owner.viewer, {
      organizationId: k.organizationId,
      email: bystander.email,
      role: PrimaryRole.MEMBER,
    });
    await t.f.services.memberships.removeMember(owner.viewer, {
      organizationId: k.organizationId,
      accountId: bystander.id,
    });
    expect(await offboarded(bystander.id)).toEqual([]);
  });

  it('a customer-scoped role without membership of the customer’s organization is refused by the database', async () => {
    const stranger = await t.f.account('stranger');
    await expect(
      t.db.query(
        `INSERT INTO customer_hierarchy.portal_role_assignments (account_id, role, customer_id) VALUES ($1, 'CUSTOMER_ADMIN', $2)`,
        [stranger.id, w.customers.K3],
      ),
    ).rejects.toThrow(/requires membership/);
    expect(await portalRows(stranger.id)).toEqual([]);
    // Portal staff above the customer need no membership: a conduit role is not a person of any one customer.
    expect(
      await outcome(
        s.roles.assign(as(PortalRole.ROOT), {
          email: stranger.email,
          role: PortalRole.CUSTOMER_MANAGER,
          conduitId: w.conduits.C2,
        }),
      ),
    ).toBe('OK');
    expect(await t.db.query('SELECT 1 FROM accounts.memberships m WHERE m.account_id = $1', [stranger.id])).toEqual([]);
  });
});

describe("Who owns a customer's organization: its first CUSTOMER_ADMIN, named at creation", () => {
  it('the named account is OWNER and CUSTOMER_ADMIN; the creating sales rep is neither a member nor the owner', async () => {
    const admin = await t.f.account('first-admin');
    const c = await s.customers.create(as(PortalRole.SALES_REP), {
      conduitId: w.conduits.C1,
      name: 'Owned co',
      ownerEmail: admin.email,
    });
    const members = await t.db.query(
      'SELECT account_id, primary_role FROM accounts.membership_roles WHERE organization_id = $1',
      [c.organizationId],
    );
    expect(members).toEqual([{ account_id: admin.id, primary_role: 'OWNER' }]);
    const roles = await t.db.query(
      'SELECT role FROM customer_hierarchy.portal_role_assignments WHERE account_id = $1 AND customer_id = $2',
      [admin.id, c.id],
    );
    expect(roles).toEqual([{ role: 'CUSTOMER_ADMIN' }]);
    const [event] = await t.db.query(
      `SELECT actor_account_id, after FROM customer_hierarchy.audit_events WHERE action = 'portal_role.assigned'
       AND organization_id = $1`,
      [c.organizationId],
    );
    expect(event).toMatchObject({ actor_account_id: w.people.SALES_REP.id, after: { role: 'CUSTOMER_ADMIN' } });
    // The owner manages the customer's users in the portal at once (ES-2 CUSTOMER_ADMIN).
    expect(await outcome(s.workspace.createNamed(admin.viewer, 'group', { customerId: c.id, name: 'Crew' }))).toBe(
      'OK',
    );
  });

  it('in the demo, the customer admin owns each customer’s organization and the contacts own none', async () => {
    const emails = {} as Record<PortalRole, string>;
    const ids = {} as Record<PortalRole, string>;
    for (const role of Object.values(PortalRole)) {
      const a = await t.f.account(`own-${role.toLowerCase()}`);
      emails[role] = a.email;
      ids[role] = a.id;
    }
    const demo = (await loadHierarchyDemo(t.db, emails, `O${Math.random().toString(36).slice(2, 6)} `))!;
    const owners = await t.db.query(
      `SELECT c.id, m.account_id FROM customer_hierarchy.customers c
       JOIN accounts.membership_roles m ON m.organization_id = c.organization_id AND m.primary_role = 'OWNER'
       WHERE c.id = ANY($1::uuid[])`,
      [Object.values(demo.customers)],
    );
    expect(owners).toHaveLength(3);
    expect(new Set(owners.map((o: { account_id: string }) => o.account_id))).toEqual(new Set([ids.CUSTOMER_ADMIN]));
    const contactOwns = await t.db.query(
      `SELECT 1 FROM accounts.membership_roles WHERE account_id = ANY($1::uuid[]) AND primary_role <> 'MEMBER'`,
      [[ids.PRIMARY_CONTACT, ids.BILLING_CONTACT]],
    );
    expect(contactOwns).toEqual([]);
  });
});
