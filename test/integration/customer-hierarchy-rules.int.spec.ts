import { DomainError } from '../../subgraphs/common/errors';
import { PortalRole } from '../../subgraphs/customer-hierarchy/access/portal.matrix';
import { loadHierarchyDemo, seedCustomerHierarchyDemo } from '../../subgraphs/customer-hierarchy/seed/demo';
import { outcome } from '../support/product-roles.factory';
import { chCodes, hierarchyServices, useCustomerHierarchy, type World } from '../support/customer-hierarchy';

const t = useCustomerHierarchy();
let w: World;
let s: ReturnType<typeof hierarchyServices>;
beforeAll(async () => {
  w = await t.world();
  s = hierarchyServices(t.db);
});
const as = (role: PortalRole) => w.people[role].viewer;
const audits = async (targetId: string) =>
  (await t.db.query(
    'SELECT action, before, after, actor_account_id FROM customer_hierarchy.audit_events WHERE target_id = $1 ORDER BY seq',
    [targetId],
  )) as Array<{
    action: string;
    before: Record<string, unknown> | null;
    after: Record<string, unknown> | null;
    actor_account_id: string | null;
  }>;
const customerRow = async (id: string) =>
  (await t.db.query('SELECT * FROM customer_hierarchy.customers WHERE id = $1', [id]))[0];

describe('ES-1: a customer is an accounts organization, linked, not copied', () => {
  it('creates the organization with the named registered account as OWNER, in the same transaction, and starts a demo', async () => {
    const owner = await t.f.account('customer-owner');
    const c = await s.customers.create(as(PortalRole.CONDUIT_ADMIN), {
      conduitId: w.conduits.C1,
      name: '  Acme Dental  ',
      ownerEmail: owner.email.toUpperCase(),
    });
    const [m] = await t.db.query(
      'SELECT primary_role FROM accounts.membership_roles WHERE organization_id = $1 AND account_id = $2',
      [c.organizationId, owner.id],
    );
    expect(m.primary_role).toBe('OWNER');
    expect(c).toMatchObject({ billingState: 'DEMO', conduitId: w.conduits.C1, serverId: w.servers.S1 });
    const cols = (
      await t.db.query(
        `SELECT column_name FROM information_schema.columns WHERE table_schema = 'customer_hierarchy' AND table_name = 'customers'`,
      )
    ).map((r: { column_name: string }) => r.column_name);
    expect(cols).not.toContain('name');
    const res = await t.run(
      as(PortalRole.CONDUIT_ADMIN),
      'query($k: ID!) { customer(id: $k) { name organization { id } } }',
      { k: c.id },
    );
    expect(res.data!.customer).toEqual({ name: 'Acme Dental', organization: { id: c.organizationId } });
    expect((await audits(c.id)).map((a) => a.action)).toEqual(['customer.created']);
  });

  it('refuses an owner who is not registered (NOT_REGISTERED) and creates nothing, in accounts either', async () => {
    const before = (await t.db.query('SELECT count(*)::int AS n FROM accounts.organization_directory'))[0].n;
    const res = await t.run(
      as(PortalRole.SUPPORT),
      'mutation($c: ID!) { createCustomer(input: { conduitId: $c, name: "Ghost", ownerEmail: "nobody-registered@example.test" }) { customer { id } } }',
      { c: w.conduits.C1 },
    );
    expect(res.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([
      ['NOT_REGISTERED', 'ownerEmail'],
    ]);
    expect((await t.db.query('SELECT count(*)::int AS n FROM accounts.organization_directory'))[0].n).toBe(before);
  });

  it('assigns the demo a sales rep creates to that sales rep (its reach is its assigned customers)', async () => {
    const c = await s.customers.create(as(PortalRole.SALES_REP), {
      conduitId: w.conduits.C1,
      name: 'Rep demo',
      ownerEmail: w.spare.email,
    });
    const [row] = await t.db.query('SELECT customer_ids FROM customer_hierarchy.assignment_reach WHERE id = $1', [
      w.assignments.SALES_REP,
    ]);
    expect(row.customer_ids).toContain(c.id);
    expect(
      await outcome(
        s.workspace.createNamed(as(PortalRole.SALES_REP), 'group', { customerId: c.id, name: 'Reps group' }),
      ),
    ).toBe('OK');
    expect(
      await outcome(
        s.workspace.createNamed(as(PortalRole.CUSTOMER_MANAGER), 'group', { customerId: c.id, name: 'CM group' }),
      ),
    ).toBe('FORBIDDEN');
  });
});

describe('ES-2: managing portal roles', () => {
  // [actor, role given, scope, expected]
  const CASES: Array<[PortalRole, PortalRole, (w: World) => Record<string, string>, string]> = [
    [PortalRole.ROOT, PortalRole.SUPPORT, (x) => ({ serverId: x.servers.S2 }), 'OK'],
    [PortalRole.ROOT, PortalRole.ROOT, () => ({}), 'FORBIDDEN'],
    [PortalRole.SUPPORT, PortalRole.SUPPORT, (x) => ({ serverId: x.servers.S1 }), 'FORBIDDEN'],
    [PortalRole.SUPPORT, PortalRole.CONDUIT_ADMIN, (x) => ({ conduitId: x.conduits.C2 }), 'OK'],
    [PortalRole.SUPPORT, PortalRole.CONDUIT_ADMIN, (x) => ({ conduitId: x.conduits.C9 }), 'FORBIDDEN'],
    [PortalRole.CONDUIT_ADMIN, PortalRole.CONDUIT_ADMIN, (x) => ({ conduitId: x.conduits.C1 }), 'FORBIDDEN'],
    [PortalRole.CONDUIT_ADMIN, PortalRole.SALES_REP, (x) => ({ conduitId: x.conduits.C1 }), 'OK'],
    [PortalRole.CONDUIT_ADMIN, PortalRole.SALES_REP, (x) => ({ conduitId: x.conduits.C2 }), 'FORBIDDEN'],
    [PortalRole.SALES_REP, PortalRole.CUSTOMER_ADMIN, (x) => ({ customerId: x.customers.K2 }), 'OK'],
    [PortalRole.SALES_REP, PortalRole.CUSTOMER_ADMIN, (x) => ({ customerId: x.customers.K4 }), 'FORBIDDEN'],
    [PortalRole.CUSTOMER_MANAGER, PortalRole.SALES_REP, (x) => ({ conduitId: x.conduits.C1 }), 'FORBIDDEN'],
    [PortalRole.CUSTOMER_MANAGER, PortalRole.BILLING_CONTACT, (x) => ({ customerId: x.customers.K2 }), 'OK'],
    [PortalRole.CUSTOMER_ADMIN, PortalRole.CUSTOMER_TECHNICAL, (x) => ({ customerId: x.customers.K1 }), 'FORBIDDEN'],
    [PortalRole.CUSTOMER_TECHNICAL, PortalRole.PRIMARY_CONTACT, (x) => ({ customerId: x.customers.K1 }), 'FORBIDDEN'],
  ];
  it.each(CASES)('%s gives %s → %s', async (actor, role, scope, expected) => {
    const target = await t.f.account('target');
    expect(await outcome(s.roles.assign(as(actor), { email: target.email, role, ...scope(w) }))).toBe(expected);
    const held = await t.db.query(
      'SELECT count(*)::int AS n FROM customer_hierarchy.portal_role_assignments WHERE account_id = $1',
      [target.id],
    );
    expect(held[0].n).toBe(expected === 'OK' ? 1 : 0);
  });

  it('only ROOT revokes SUPPORT; a revoked role counts no more on the very next request', async () => {
    const sup = await t.f.account('support2');
    const a = await s.roles.assign(as(PortalRole.ROOT), {
      email: sup.email,
      role: PortalRole.SUPPORT,
      serverId: w.servers.S1,
    });
    const q = 'query($k: ID!) { customer(id: $k) { billingState } }';
    expect((await t.run(sup.viewer, q, { k: w.customers.K1 })).errors).toBeUndefined();
    expect(await outcome(s.roles.revoke(as(PortalRole.SUPPORT), { assignmentId: a.id }))).toBe('FORBIDDEN');
    expect(await outcome(s.roles.revoke(as(PortalRole.ROOT), { assignmentId: a.id }))).toBe('OK');
    expect(chCodes(await t.run(sup.viewer, q, { k: w.customers.K1 }))).toEqual(['FORBIDDEN']);
    expect((await audits(a.id)).map((e) => e.action)).toEqual(['portal_role.assigned', 'portal_role.revoked']);
  });

  it('refuses a duplicate (ALREADY_ASSIGNED), an unregistered account (NOT_REGISTERED) and a scope the role does not take (BAD_USER_INPUT)', async () => {
    const p = await t.f.account('dup');
    const input = { email: p.email, role: PortalRole.CUSTOMER_TECHNICAL, customerId: w.customers.K2 };
    await s.roles.assign(as(PortalRole.ROOT), input);
    expect(await outcome(s.roles.assign(as(PortalRole.ROOT), input))).toBe('ALREADY_ASSIGNED');
    expect(await outcome(s.roles.assign(as(PortalRole.ROOT), { ...input, email: 'not-registered@example.test' }))).toBe(
      'NOT_REGISTERED',
    );
    const bad = await t.run(
      as(PortalRole.ROOT),
      'mutation($e: String!, $c: ID!) { assignPortalRole(input: { email: $e, role: SUPPORT, conduitId: $c }) { portalRoleAssignment { id } } }',
      { e: p.email, c: w.conduits.C1 },
    );
    expect(bad.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([
      ['BAD_USER_INPUT', 'conduitId'],
    ]);
  });

  it('keeps one assignment under 20 concurrent identical grants (serialized; no raw database error)', async () => {
    const p = await t.f.account('race');
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        s.roles.assign(as(PortalRole.CONDUIT_ADMIN), {
          email: p.email,
          role: PortalRole.CUSTOMER_ADMIN,
          customerId: w.customers.K2,
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'rejected' && !(r.reason instanceof DomainError))).toEqual([]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(
      (
        await t.db.query(
          'SELECT count(*)::int AS n FROM customer_hierarchy.portal_role_assignments WHERE account_id = $1',
          [p.id],
        )
      )[0].n,
    ).toBe(1);
  });
});

describe('ES-4: billing lifecycle', () => {
  const fresh = () =>
    s.customers.create(as(PortalRole.ROOT), {
      conduitId: w.conduits.C1,
      name: 'Billing co',
      ownerEmail: w.spare.email,
      demoDays: 10,
    });

  it('walks DEMO → extend → ACTIVE → DEACTIVATED → DEMO → ARCHIVED, moving the demo end date, each step audited', async () => {
    const c = await fresh();
    const start = c.demoEndsOn!;
    const extended = await s.billing.transition(as(PortalRole.SUPPORT), 'extend_demo', { customerId: c.id, days: 5 });
    expect(new Date(extended.demoEndsOn!).getTime() - new Date(start).getTime()).toBe(5 * 86400000);
    expect(
      (await s.billing.transition(as(PortalRole.CONDUIT_ADMIN), 'activate', { customerId: c.id })).billingState,
    ).toBe('ACTIVE');
    expect((await customerRow(c.id)).demo_ends_on).toBeNull();
    expect(
      (await s.billing.transition(as(PortalRole.CONDUIT_ADMIN), 'deactivate', { customerId: c.id })).billingState,
    ).toBe('DEACTIVATED');
    expect(await outcome(s.billing.transition(as(PortalRole.SALES_REP), 'activate_demo', { customerId: c.id }))).toBe(
      'FORBIDDEN',
    ); // not assigned to the SR
    expect(
      (await s.billing.transition(as(PortalRole.CONDUIT_ADMIN), 'activate_demo', { customerId: c.id, days: 14 }))
        .billingState,
    ).toBe('DEMO');
    expect(
      (await s.billing.transition(as(PortalRole.CONDUIT_ADMIN), 'archive', { customerId: c.id })).billingState,
    ).toBe('ARCHIVED');
    expect((await audits(c.id)).map((a) => a.action)).toEqual([
      'customer.created',
      'customer.billing.extend_demo',
      'customer.billing.activate',
      'customer.billing.deactivate',
      'customer.billing.activate_demo',
      'customer.billing.archive',
    ]);
    const [, ext] = await audits(c.id);
    expect(ext).toMatchObject({
      before: { billingState: 'DEMO', demoEndsOn: start },
      after: { billingState: 'DEMO', demoEndsOn: extended.demoEndsOn },
      actor_account_id: w.people.SUPPORT.id,
    });
  });

  it('refuses transitions the machine lacks (INVALID_BILLING_TRANSITION) and changes nothing', async () => {
    const c = await fresh();
    await s.billing.transition(as(PortalRole.SUPPORT), 'activate', { customerId: c.id });
    const before = await customerRow(c.id);
    for (const t2 of ['activate', 'activate_demo', 'extend_demo', 'archive'] as const) {
      expect(await outcome(s.billing.transition(as(PortalRole.SUPPORT), t2, { customerId: c.id, days: 3 }))).toBe(
        'INVALID_BILLING_TRANSITION',
      );
    }
    expect(await customerRow(c.id)).toEqual(before);
    expect((await audits(c.id)).map((a) => a.action)).toEqual(['customer.created', 'customer.billing.activate']);
  });

  it('keeps an archived customer read-only and never deletes it', async () => {
    const c = await fresh();
    await s.billing.transition(as(PortalRole.SUPPORT), 'archive', { customerId: c.id });
    expect(
      await outcome(s.workspace.createNamed(as(PortalRole.SUPPORT), 'department', { customerId: c.id, name: 'Late' })),
    ).toBe('CUSTOMER_ARCHIVED');
    expect(
      await outcome(s.billing.setNonBillable(as(PortalRole.SUPPORT), { customerId: c.id, nonBillable: true })),
    ).toBe('CUSTOMER_ARCHIVED');
    expect(await outcome(s.billing.transition(as(PortalRole.SUPPORT), 'activate', { customerId: c.id }))).toBe(
      'INVALID_BILLING_TRANSITION',
    );
    expect((await customerRow(c.id)).billing_state).toBe('ARCHIVED');
  });

  it('rejects bad demo lengths with BAD_USER_INPUT naming the field', async () => {
    const c = await fresh();
    const res = await t.run(
      as(PortalRole.SUPPORT),
      'mutation($k: ID!) { extendCustomerDemo(input: { customerId: $k, days: 0 }) { customer { id } } }',
      { k: c.id },
    );
    expect(res.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'days']]);
  });

  it('serializes 30 concurrent transitions: the final state is the last audited one and every change is audited once', async () => {
    const c = await fresh();
    const steps = ['activate', 'deactivate', 'activate_demo', 'extend_demo', 'archive'] as const;
    const results = await Promise.allSettled(
      Array.from({ length: 30 }, (_, i) =>
        s.billing.transition(as(PortalRole.SUPPORT), steps[i % steps.length]!, { customerId: c.id, days: 2 }),
      ),
    );
    expect(results.filter((r) => r.status === 'rejected' && !(r.reason instanceof DomainError))).toEqual([]);
    const events = (await audits(c.id)).slice(1);
    expect(events).toHaveLength(results.filter((r) => r.status === 'fulfilled').length);
    for (let i = 1; i < events.length; i++)
      expect(events[i]!.before!.billingState).toBe(events[i - 1]!.after!.billingState);
    expect((await customerRow(c.id)).billing_state).toBe(
      events.length ? events[events.length - 1]!.after!.billingState : 'DEMO',
    );
  });
});

describe('ES-5: department associations', () => {
  const dept = async (customerId: string, name = `D ${Math.random()}`) =>
    (await s.workspace.createNamed(as(PortalRole.ROOT), 'department', { customerId, name })).id as string;

  it('never links departments across servers: the service refuses, and so does the database itself', async () => {
    const [a, b] = [await dept(w.customers.K1), await dept(w.customers.K9)];
    expect(await outcome(s.associations.create(as(PortalRole.ROOT), { departmentId: a, otherDepartmentId: b }))).toBe(
      'CROSS_SERVER_ASSOCIATION',
    );
    const [k1, k9] = [await customerRow(w.customers.K1), await customerRow(w.customers.K9)];
    const [x, y] =
      a < b
        ? [
            [a, k1],
            [b, k9],
          ]
        : [
            [b, k9],
            [a, k1],
          ];
    await expect(
      t.db.query(
        `INSERT INTO customer_hierarchy.department_associations (server_id, department_a_id, customer_a_id, conduit_a_id, department_b_id, customer_b_id, conduit_b_id, kind)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'INTER_CONDUIT')`,
        [k1.server_id, x[0], x[1].id, x[1].conduit_id, y[0], y[1].id, y[1].conduit_id],
      ),
    ).rejects.toThrow(/foreign key|violates/);
  });

  it('records the kind from where the departments live, refuses duplicates, and deletes associations with a department', async () => {
    const [a, b, c] = [await dept(w.customers.K1), await dept(w.customers.K2), await dept(w.customers.K3)];
    expect((await s.associations.create(as(PortalRole.ROOT), { departmentId: a, otherDepartmentId: b })).kind).toBe(
      'INTER_CUSTOMER',
    );
    const ac = await s.associations.create(as(PortalRole.ROOT), { departmentId: c, otherDepartmentId: a });
    expect(ac.kind).toBe('INTER_CONDUIT');
    expect(await outcome(s.associations.create(as(PortalRole.ROOT), { departmentId: a, otherDepartmentId: c }))).toBe(
      'ALREADY_ASSOCIATED',
    );
    await s.workspace.deleteNamed(as(PortalRole.ROOT), 'department', { customerId: w.customers.K3, id: c });
    expect(
      await t.db.query('SELECT id FROM customer_hierarchy.department_associations WHERE id = $1', [ac.id]),
    ).toEqual([]);
    expect((await audits(ac.id)).map((e) => e.action)).toEqual([
      'department_association.created',
      'department_association.created',
    ]);
  });

  it('links a "self discovery disabled" customer only through explicit associations', async () => {
    const c = await s.customers.create(as(PortalRole.ROOT), {
      conduitId: w.conduits.C1,
      name: 'Discovery co',
      ownerEmail: w.spare.email,
    });
    const [a, b, d] = [await dept(c.id, 'A'), await dept(c.id, 'B'), await dept(c.id, 'C')];
    const other = await dept(w.customers.K2);
    await s.associations.create(as(PortalRole.ROOT), { departmentId: a, otherDepartmentId: other });
    const q =
      'query($k: ID!) { customer(id: $k) { departments { edges { node { name linkedDepartments { id } } } } } }';
    const linked = async () => {
      const res = await t.run(as(PortalRole.ROOT), q, { k: c.id });
      return Object.fromEntries(
        res.data!.customer.departments.edges.map(
          ({ node: x }: { node: { name: string; linkedDepartments: Array<{ id: string }> } }) => [
            x.name,
            x.linkedDepartments.map((l) => l.id).sort(),
          ],
        ),
      );
    };
    expect(await linked()).toEqual({ A: [b, d, other].sort(), B: [a, d].sort(), C: [a, b].sort() });
    await s.customers.update(as(PortalRole.ROOT), { customerId: c.id, selfDiscovery: false });
    expect(await linked()).toEqual({ A: [other], B: [], C: [] });
    await s.associations.create(as(PortalRole.ROOT), { departmentId: b, otherDepartmentId: d });
    expect(await linked()).toEqual({ A: [other], B: [d], C: [b] });
  });
});

describe('X-2: the portal decision query', () => {
  const Q = `query($i: PortalDecisionInput!) { portalDecision(input: $i) { allowed action reason decidedBy { id role } } }`;

  it('answers allowed with the deciding assignment, and denied with the reason', async () => {
    const yes = await t.run(as(PortalRole.CONDUIT_ADMIN), Q, {
      i: { accountId: w.people.CONDUIT_ADMIN.id, action: 'EDIT_BILLING_ARCHIVE', customerId: w.customers.K1 },
    });
    expect(yes.data!.portalDecision).toEqual({
      allowed: true,
      action: 'EDIT_BILLING_ARCHIVE',
      reason: expect.stringContaining('CONDUIT_ADMIN'),
      decidedBy: { id: w.assignments.CONDUIT_ADMIN, role: 'CONDUIT_ADMIN' },
    });
    const no = await t.run(as(PortalRole.SUPPORT), Q, {
      i: { accountId: w.people.CUSTOMER_MANAGER.id, action: 'CREATE_CUSTOMER', conduitId: w.conduits.C1 },
    });
    expect(no.data!.portalDecision).toEqual({
      allowed: false,
      action: 'CREATE_CUSTOMER',
      reason: expect.stringContaining('may create:customer'),
      decidedBy: null,
    });
    const outside = await t.run(as(PortalRole.ROOT), Q, {
      i: { accountId: w.people.CONDUIT_ADMIN.id, action: 'DELETE_DEPARTMENT', customerId: w.customers.K3 },
    });
    expect(outside.data!.portalDecision).toMatchObject({
      allowed: false,
      reason: expect.stringContaining('outside its reach'),
    });
  });

  it('is asked by the account itself or by whoever sees portal users there, not by others', async () => {
    const i = { accountId: w.people.CUSTOMER_TECHNICAL.id, action: 'VIEW_NOTES', customerId: w.customers.K1 };
    expect((await t.run(as(PortalRole.CUSTOMER_TECHNICAL), Q, { i })).data!.portalDecision.allowed).toBe(false);
    expect((await t.run(as(PortalRole.SALES_REP), Q, { i })).errors).toBeUndefined();
    expect(chCodes(await t.run(as(PortalRole.CUSTOMER_ADMIN), Q, { i }))).toEqual(['FORBIDDEN']);
    expect(chCodes(await t.run(null, Q, { i }))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('X-3 and bad input', () => {
  it('audits every change in its transaction and exposes the events by organization; a refused change writes none', async () => {
    const c = await s.customers.create(as(PortalRole.ROOT), {
      conduitId: w.conduits.C1,
      name: 'Audit co',
      ownerEmail: w.spare.email,
    });
    await s.customers.setClientSideRecording(as(PortalRole.ROOT), { customerId: c.id, enabled: true });
    const before = (await t.db.query('SELECT count(*)::int AS n FROM customer_hierarchy.audit_events'))[0].n;
    expect(
      await outcome(
        s.customers.setClientSideRecording(as(PortalRole.CUSTOMER_TECHNICAL), { customerId: c.id, enabled: false }),
      ),
    ).toBe('FORBIDDEN');
    expect((await t.db.query('SELECT count(*)::int AS n FROM customer_hierarchy.audit_events'))[0].n).toBe(before);
    const res = await t.run(
      as(PortalRole.ROOT),
      'query($k: ID!) { customer(id: $k) { auditEvents(first: 5) { edges { node { domain action before after actor { id } } } } } }',
      { k: c.id },
    );
    // Issue 13: the one AuditEvent type of every domain, as a connection.
    expect(res.data!.customer.auditEvents.edges[0].node).toEqual({
      domain: 'CUSTOMER_HIERARCHY',
      action: 'customer.client_side_recording_set',
      before: expect.objectContaining({ clientSideRecording: false }),
      after: expect.objectContaining({ clientSideRecording: true }),
      actor: { id: w.people.ROOT.id },
    });
    const [row] = await t.db.query(
      'SELECT organization_id FROM customer_hierarchy.audit_events WHERE target_id = $1 LIMIT 1',
      [c.id],
    );
    expect(row.organization_id).toBe(c.organizationId);
  });

  it.each([
    [
      'malformed id',
      'mutation { createCustomerGroup(input: { customerId: "not-an-id", name: "X" }) { customerGroup { id } } }',
      'customerId',
    ],
    [
      'empty name',
      'mutation($k: ID!) { createCustomerGroup(input: { customerId: $k, name: "  " }) { customerGroup { id } } }',
      'name',
    ],
    [
      'bad e-mail',
      'mutation($k: ID!) { createEndUser(input: { customerId: $k, name: "U", email: "nope" }) { endUser { id } } }',
      'email',
    ],
    [
      'bad feature key',
      'mutation($k: ID!, $u: ID!) { setEndUserFeatureKeys(input: { customerId: $k, endUserId: $u, keys: ["Bad Key"] }) { endUser { id } } }',
      'keys[0]',
    ],
    [
      'bad RTP port',
      'mutation($k: ID!) { setRtpGatewayConfig(input: { customerId: $k, host: "rtp.example.test", port: 70000, transport: UDP }) { customer { id } } }',
      'port',
    ],
    [
      'bad association id',
      'mutation { createDepartmentAssociation(input: { departmentId: "x", otherDepartmentId: "y" }) { departmentAssociation { id } } }',
      'departmentId',
    ],
  ])('%s → BAD_USER_INPUT naming the field, nothing changes', async (_name, doc, field) => {
    const u = await s.workspace.createEndUser(as(PortalRole.ROOT), {
      customerId: w.customers.K2,
      name: 'Keys',
      email: `keys-${Math.random().toString(36).slice(2)}@end.example`,
    });
    const before = (await t.db.query('SELECT count(*)::int AS n FROM customer_hierarchy.audit_events'))[0].n;
    const res = await t.run(as(PortalRole.ROOT), doc, { k: w.customers.K2, u: u.id });
    expect(res.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', field]]);
    expect((await t.db.query('SELECT count(*)::int AS n FROM customer_hierarchy.audit_events'))[0].n).toBe(before);
  });
});

describe('demo data', () => {
  it('gives one portal user per role on one server with two conduits, every role able to try its cells, and loads once', async () => {
    const emails = {} as Record<PortalRole, string>;
    for (const role of Object.values(PortalRole))
      emails[role] = (await t.f.account(`demo-${role.toLowerCase()}`)).email;
    const ids = await loadHierarchyDemo(t.db, emails, `T${Math.random().toString(36).slice(2, 6)} `);
    expect(ids).not.toBeNull();
    const roles = await t.db.query(
      `SELECT d.email, r.role FROM customer_hierarchy.portal_role_assignments r JOIN accounts.account_directory d ON d.account_id = r.account_id WHERE d.email = ANY($1) ORDER BY r.role`,
      [Object.values(emails)],
    );
    expect(Object.fromEntries(roles.map((r: { email: string; role: string }) => [r.role, r.email]))).toEqual(emails);
    const conduits = await t.db.query(
      'SELECT count(*)::int AS n FROM customer_hierarchy.sales_conduits WHERE server_id = $1',
      [ids!.serverId],
    );
    expect(conduits[0].n).toBe(2);
    const kinds = await t.db.query(
      'SELECT kind FROM customer_hierarchy.department_associations WHERE server_id = $1 ORDER BY kind',
      [ids!.serverId],
    );
    expect(kinds.map((k: { kind: string }) => k.kind)).toEqual(['INTER_CONDUIT', 'INTER_CUSTOMER', 'INTRA_CUSTOMER']);
    const servers = (await t.db.query('SELECT count(*)::int AS n FROM customer_hierarchy.servers'))[0].n;
    await seedCustomerHierarchyDemo(t.deps);
    expect((await t.db.query('SELECT count(*)::int AS n FROM customer_hierarchy.servers'))[0].n).toBe(servers);
  });
});
