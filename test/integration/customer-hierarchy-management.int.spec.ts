import { PortalRole } from '../../subgraphs/customer-hierarchy/access/portal.matrix';
import { extendedDemoEnd, isDemoExpired } from '../../subgraphs/customer-hierarchy/customer/billing.machine';
import { BillingState } from '../../subgraphs/customer-hierarchy/access/enums';
import { outcome } from '../support/factories';
import {
  chCodes,
  hierarchyServices,
  inside,
  outside,
  useCustomerHierarchy,
  type World,
} from '../support/customer-hierarchy';

/**
 * Issue 13 for the reseller hierarchy (seed 004): groups and broadcast groups have members (the customer's end
 * users; "Customer Admin: manages user and group activity"), changed under the Edit matrix's Groups and Broadcast
 * Groups rows within reach (ES-2, ES-3), with `viewerCanManageMembers` agreeing; and an expired demo is visible.
 */
const t = useCustomerHierarchy();
let w: World;
let s: ReturnType<typeof hierarchyServices>;
beforeAll(async () => {
  w = await t.world();
  s = hierarchyServices(t.db);
});

let seq = 0;
const root = () => w.people.ROOT.viewer;

async function fixture(customerId: string) {
  const n = ++seq;
  const group = await s.workspace.createNamed(root(), 'group', { customerId, name: `Group ${n}` });
  const broadcast = await s.workspace.createNamed(root(), 'broadcast_group', { customerId, name: `Broadcast ${n}` });
  const user = await s.workspace.createEndUser(root(), { customerId, name: `User ${n}`, email: `user${n}@k.test` });
  return { group: group.id as string, broadcast: broadcast.id as string, user: user.id };
}

// Seed 004, Edit matrix: Groups Y for every portal role; Broadcast Groups only Support. Contacts: no portal access.
const ROLES = [
  PortalRole.SUPPORT,
  PortalRole.CONDUIT_ADMIN,
  PortalRole.SALES_REP,
  PortalRole.CUSTOMER_MANAGER,
  PortalRole.CUSTOMER_ADMIN,
  PortalRole.CUSTOMER_TECHNICAL,
  PortalRole.PRIMARY_CONTACT,
] as const;
const TABLE: Record<(typeof ROLES)[number], { group: boolean; broadcast: boolean }> = {
  SUPPORT: { group: true, broadcast: true },
  CONDUIT_ADMIN: { group: true, broadcast: false },
  SALES_REP: { group: true, broadcast: false },
  CUSTOMER_MANAGER: { group: true, broadcast: false },
  CUSTOMER_ADMIN: { group: true, broadcast: false },
  CUSTOMER_TECHNICAL: { group: true, broadcast: false },
  PRIMARY_CONTACT: { group: false, broadcast: false },
};

const KINDS = {
  group: {
    add: 'addCustomerGroupMembers',
    remove: 'removeCustomerGroupMembers',
    list: 'groups',
    payload: 'group',
    input: 'CustomerGroupMembersInput',
    groupField: 'groupId',
  },
  broadcast: {
    add: 'addBroadcastGroupMembers',
    remove: 'removeBroadcastGroupMembers',
    list: 'broadcastGroups',
    payload: 'broadcastGroup',
    input: 'BroadcastGroupMembersInput',
    groupField: 'broadcastGroupId',
  },
} as const;

async function tryMembers(role: PortalRole, kind: keyof typeof KINDS, customerId: string) {
  const f = await fixture(customerId);
  const groupId = kind === 'group' ? f.group : f.broadcast;
  const k = KINDS[kind];
  const read = await t.run(
    w.people[role].viewer,
    `query($id: ID!) { customer(id: $id) { ${k.list}(first: 100) { edges { node { id viewerCanManageMembers } } } } }`,
    { id: customerId },
  );
  const rows = (
    (read.data?.customer?.[k.list]?.edges ?? []) as Array<{ node: { id: string; viewerCanManageMembers: boolean } }>
  ).map((e) => e.node);
  const capability = rows.find((r) => r.id === groupId)?.viewerCanManageMembers === true;
  const input = { customerId, groupId, endUserIds: [f.user] };
  const apiInput = { customerId, [k.groupField]: groupId, endUserIds: [f.user] };
  const add = await t.run(
    w.people[role].viewer,
    `mutation($input: ${k.input}!) { ${k.add}(input: $input) { ${k.payload} { id members { totalCount edges { node { id } } } } addedEndUserIds } }`,
    { input: apiInput },
  );
  // Removal is tried on a group the fixture filled (as ROOT), so an allowed removal has something to remove.
  await s.workspace.addGroupMembers(root(), kind === 'group' ? 'group' : 'broadcast_group', input);
  const remove = await t.run(
    w.people[role].viewer,
    `mutation($input: ${k.input}!) { ${k.remove}(input: $input) { ${k.payload} { id members { totalCount edges { node { id } } } } removedEndUserIds } }`,
    { input: apiInput },
  );
  return { f, capability, add, remove, k };
}

describe('issue 13: group and broadcast-group members, role × kind inside reach (ES-3 Edit Groups / Broadcast Groups)', () => {
  it.each(
    ROLES.flatMap((role) => (['group', 'broadcast'] as const).map((kind) => [role, kind, TABLE[role][kind]] as const)),
  )('%s · %s members → allowed %s', async (role, kind, allowed) => {
    const { f, capability, add, remove, k } = await tryMembers(role, kind, inside(w).k);
    expect(capability).toBe(allowed);
    if (allowed) {
      expect(add.errors).toBeUndefined();
      expect(add.data![k.add].addedEndUserIds).toEqual([f.user]);
      expect(add.data![k.add][k.payload].members).toEqual({ totalCount: 1, edges: [{ node: { id: f.user } }] });
      expect(remove.errors).toBeUndefined();
      expect(remove.data![k.remove].removedEndUserIds).toEqual([f.user]);
      expect(remove.data![k.remove][k.payload].members).toEqual({ totalCount: 0, edges: [] });
    } else {
      expect(chCodes(add)).toEqual(['FORBIDDEN']);
      expect(chCodes(remove)).toEqual(['FORBIDDEN']);
    }
  });

  it.each(ROLES.filter((r) => TABLE[r].group).map((r) => [r] as const))(
    '%s outside its reach → FORBIDDEN, capability false',
    async (role) => {
      const { capability, add, remove } = await tryMembers(role, 'group', outside(w, role).k);
      expect(capability).toBe(false);
      expect(chCodes(add)).toEqual(['FORBIDDEN']);
      expect(chCodes(remove)).toEqual(['FORBIDDEN']);
    },
  );
});

describe('issue 13: members belong to the same customer; audits; deletes end what they must', () => {
  it("another customer's end user or group answers exactly like an unknown id (NOT_FOUND), changing nothing", async () => {
    const mine = await fixture(w.customers.K1);
    const theirs = await fixture(w.customers.K2);
    const unknown = '00000000-0000-4000-8000-000000000000';
    const admin = w.people.CUSTOMER_ADMIN.viewer; // reaches K1 only
    const results: Array<{ code?: string; message: string }> = [];
    for (const endUserIds of [[theirs.user], [unknown]]) {
      results.push(
        await s.workspace
          .addGroupMembers(admin, 'group', { customerId: w.customers.K1, groupId: mine.group, endUserIds })
          .catch((e: { code: string; message: string }) => e)
          .then((r) => r as { code?: string; message: string }),
      );
    }
    for (const groupId of [theirs.group, unknown]) {
      results.push(
        await s.workspace
          .addGroupMembers(admin, 'group', { customerId: w.customers.K1, groupId, endUserIds: [mine.user] })
          .catch((e: { code: string; message: string }) => e)
          .then((r) => r as { code?: string; message: string }),
      );
    }
    expect(results.map((r) => r.code)).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND']);
    expect(results[0]!.message).toBe(results[1]!.message);
    expect(results[2]!.message).toBe(results[3]!.message);
    expect(
      await t.db.query('SELECT 1 FROM customer_hierarchy.group_members WHERE group_id = ANY($1::uuid[])', [
        [mine.group, theirs.group],
      ]),
    ).toHaveLength(0);
  });

  it('bad lists are BAD_USER_INPUT: empty, repeated, malformed', async () => {
    const f = await fixture(w.customers.K1);
    for (const endUserIds of [[], [f.user, f.user], ['nope']])
      expect(
        await outcome(
          Promise.resolve().then(() =>
            s.workspace.addGroupMembers(root(), 'group', { customerId: w.customers.K1, groupId: f.group, endUserIds }),
          ),
        ),
      ).toBe('BAD_USER_INPUT');
  });

  it('adding twice adds once; each change audited; deleting the end user or the group names the memberships ended', async () => {
    const f = await fixture(w.customers.K1);
    const input = { customerId: w.customers.K1, groupId: f.group, endUserIds: [f.user] };
    expect((await s.workspace.addGroupMembers(root(), 'group', input)).addedEndUserIds).toEqual([f.user]);
    expect((await s.workspace.addGroupMembers(root(), 'group', input)).addedEndUserIds).toEqual([]);
    await s.workspace.addGroupMembers(root(), 'broadcast_group', { ...input, groupId: f.broadcast });
    const actions = async (id: string) =>
      (
        await t.db.query(
          'SELECT action, before, after FROM customer_hierarchy.audit_events WHERE target_id = $1 ORDER BY seq',
          [id],
        )
      ).map((a: { action: string }) => a.action);
    expect(await actions(f.group)).toEqual(['group.created', 'group.members_added']);
    await s.workspace.deleteEndUser(root(), { customerId: w.customers.K1, endUserId: f.user });
    const [deleted] = await t.db.query(
      `SELECT before FROM customer_hierarchy.audit_events WHERE target_id = $1 AND action = 'end_user.deleted'`,
      [f.user],
    );
    expect(deleted.before).toMatchObject({ groupIds: [f.group], broadcastGroupIds: [f.broadcast] });
    expect(
      await t.db.query('SELECT 1 FROM customer_hierarchy.broadcast_group_members WHERE end_user_id = $1', [f.user]),
    ).toHaveLength(0);
  });

  it('a group listing its members costs one statement for a page of groups (no N+1)', async () => {
    const customerId = w.customers.K1;
    for (let i = 0; i < 3; i++) {
      const f = await fixture(customerId);
      await s.workspace.addGroupMembers(root(), 'group', { customerId, groupId: f.group, endUserIds: [f.user] });
    }
    const seen: string[] = [];
    const original = t.db.query.bind(t.db);
    t.db.query = (async (sql: string, params?: unknown[]) => {
      seen.push(sql);
      return original(sql, params);
    }) as typeof t.db.query;
    try {
      const res = await t.run(
        root(),
        'query($id: ID!) { customer(id: $id) { groups { totalCount edges { node { id members { totalCount edges { node { id } } } } } } } }',
        {
          id: customerId,
        },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.customer.groups.totalCount).toBeGreaterThanOrEqual(3);
    } finally {
      t.db.query = original;
    }
    expect(seen.filter((q) => q.includes('customer_hierarchy.group_members'))).toHaveLength(1);
  });
});

describe('issue 13: an expired demo is visible (computed from the date at read time); extending it counts from today', () => {
  it('isDemoExpired and extendedDemoEnd, cell by cell', () => {
    const on = '2026-03-10';
    const cases: Array<[BillingState, string | null, boolean, string]> = [
      [BillingState.DEMO, '2026-03-09', true, '2026-03-15'],
      [BillingState.DEMO, '2026-03-10', false, '2026-03-15'],
      [BillingState.DEMO, '2026-03-20', false, '2026-03-25'],
      [BillingState.ACTIVE, null, false, '2026-03-15'],
      [BillingState.DEACTIVATED, null, false, '2026-03-15'],
    ];
    for (const [billingState, demoEndsOn, expired, extended] of cases) {
      expect(isDemoExpired({ billingState, demoEndsOn }, on)).toBe(expired);
      expect(extendedDemoEnd({ billingState, demoEndsOn }, 5, on)).toBe(extended);
    }
  });

  it('Customer.demoExpired follows the stored date; SUPPORT extends an expired demo from today', async () => {
    const c = await s.customers.create(root(), {
      conduitId: w.conduits.C1,
      name: `Expiring ${++seq}`,
      ownerEmail: w.spare.email,
      demoDays: 10,
    });
    const read = async () =>
      (
        await t.run(w.people.SUPPORT.viewer, 'query($id: ID!) { customer(id: $id) { demoExpired demoEndsOn } }', {
          id: c.id,
        })
      ).data!.customer as { demoExpired: boolean; demoEndsOn: string };
    expect((await read()).demoExpired).toBe(false);
    await t.db.query(`UPDATE customer_hierarchy.customers SET demo_ends_on = current_date - 3 WHERE id = $1`, [c.id]);
    expect((await read()).demoExpired).toBe(true);
    // An expired demo keeps its rights (seed 004 names no consequence): its customer admin still edits groups.
    expect(await outcome(s.workspace.createNamed(root(), 'group', { customerId: c.id, name: 'Still works' }))).toBe(
      'OK',
    );
    const extended = await s.billing.transition(w.people.SUPPORT.viewer, 'extend_demo', { customerId: c.id, days: 7 });
    const [{ d }] = await t.db.query(`SELECT (current_date + 7)::text AS d`);
    expect(extended.demoEndsOn).toBe(d);
    expect((await read()).demoExpired).toBe(false);
    expect(
      await outcome(s.billing.transition(w.people.CONDUIT_ADMIN.viewer, 'extend_demo', { customerId: c.id, days: 7 })),
    ).toBe('FORBIDDEN');
  });
});

describe('issue 13: servers and conduits are renamed by whoever creates them (ROOT; SUPPORT for its conduits)', () => {
  const CASES: Array<[PortalRole, boolean, boolean]> = [
    // role, may rename the server, may rename a conduit of its server
    [PortalRole.ROOT, true, true],
    [PortalRole.SUPPORT, false, true],
    [PortalRole.CONDUIT_ADMIN, false, false],
    [PortalRole.SALES_REP, false, false],
    [PortalRole.CUSTOMER_ADMIN, false, false],
  ];
  it.each(CASES)('%s: server %s, conduit %s; viewerCanRename agrees', async (role, server, conduit) => {
    const who = w.people[role].viewer;
    const place = inside(w);
    const read = await t.run(
      who,
      'query($s: ID!, $c: ID!) { server(id: $s) { viewerCanRename } salesConduit(id: $c) { viewerCanRename } }',
      { s: place.server, c: place.conduit },
    );
    expect(read.data?.server?.viewerCanRename === true).toBe(server);
    expect(read.data?.salesConduit?.viewerCanRename === true).toBe(conduit);
    const n = ++seq;
    const rs = await t.run(who, 'mutation($i: RenameServerInput!) { renameServer(input: $i) { server { id name } } }', {
      i: { serverId: place.server, name: `Server ${n}` },
    });
    const rc = await t.run(
      who,
      'mutation($i: RenameSalesConduitInput!) { renameSalesConduit(input: $i) { salesConduit { id name } } }',
      { i: { conduitId: place.conduit, name: `Conduit ${n}` } },
    );
    if (server) expect(rs.data!.renameServer.server).toEqual({ id: place.server, name: `Server ${n}` });
    else expect(chCodes(rs)).toEqual(['FORBIDDEN']);
    if (conduit) expect(rc.data!.renameSalesConduit.salesConduit).toEqual({ id: place.conduit, name: `Conduit ${n}` });
    else expect(chCodes(rc)).toEqual(['FORBIDDEN']);
  });

  it("SUPPORT on another server's conduit and on an unknown conduit: FORBIDDEN alike; names stay unique", async () => {
    const support = w.people.SUPPORT.viewer;
    for (const conduitId of [outside(w, PortalRole.SUPPORT).conduit, '00000000-0000-4000-8000-000000000000']) {
      const res = await t.run(
        support,
        'mutation($i: RenameSalesConduitInput!) { renameSalesConduit(input: $i) { salesConduit { id } } }',
        { i: { conduitId, name: 'Taken over' } },
      );
      expect(chCodes(res)).toEqual(['FORBIDDEN']);
    }
    const [other] = await t.db.query(
      'SELECT name FROM customer_hierarchy.sales_conduits WHERE server_id = (SELECT server_id FROM customer_hierarchy.sales_conduits WHERE id = $1) AND id <> $1 LIMIT 1',
      [inside(w).conduit],
    );
    if (other)
      expect(
        await outcome(s.hierarchy.renameSalesConduit(root(), { conduitId: inside(w).conduit, name: other.name })),
      ).toBe('CONFLICT');
  });
});
