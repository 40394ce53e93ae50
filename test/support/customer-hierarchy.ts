import { graphql, type GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { AccessContext } from '../../subgraphs/common/access/policy';
import type { Viewer } from '../../subgraphs/common/auth/tokens';
import { formatError } from '../../subgraphs/common/errors';
import { buildFederatedSubgraph } from '../../subgraphs/common/federation/build-subgraph';
import type { SubgraphDeps, SubgraphModule } from '../../subgraphs/common/subgraph';
import { PortalRole } from '../../subgraphs/customer-hierarchy/access/portal.matrix';
import { AssociationService } from '../../subgraphs/customer-hierarchy/association/association.service';
import { BillingService } from '../../subgraphs/customer-hierarchy/customer/billing.service';
import { CustomerService } from '../../subgraphs/customer-hierarchy/customer/customer.service';
import { customerHierarchySubgraph } from '../../subgraphs/customer-hierarchy/customer-hierarchy.subgraph';
import { HierarchyService } from '../../subgraphs/customer-hierarchy/hierarchy/hierarchy.service';
import { bootstrapRoot, PortalRoleService } from '../../subgraphs/customer-hierarchy/portal-role/portal-role.service';
import { WorkspaceService } from '../../subgraphs/customer-hierarchy/workspace/workspace.service';
import { accountsFactory, useAccounts, type TestAccount } from './factories';
import { rawIds, useSubgraphDeps } from './system';

/** A GraphQL result as the in-process client returns it. */
export interface ChResult {
  data?: Record<string, any> | null; // eslint-disable-line @typescript-eslint/no-explicit-any
  errors?: ReadonlyArray<{
    message: string;
    path?: ReadonlyArray<string | number>;
    extensions?: Record<string, unknown>;
  }>;
}

/** Error codes of a result, in order. */
export const chCodes = (r: ChResult): unknown[] => (r.errors ?? []).map((e) => e.extensions?.code);

/** Services over a data source, acting as whoever is passed. */
export function hierarchyServices(db: DataSource) {
  return {
    hierarchy: new HierarchyService(db),
    customers: new CustomerService(db),
    billing: new BillingService(db),
    roles: new PortalRoleService(db),
    workspace: new WorkspaceService(db),
    associations: new AssociationService(db),
  };
}

export type WorldCustomer = 'K1' | 'K2' | 'K3' | 'K4' | 'K5' | 'K6' | 'K7' | 'K8' | 'K9';
export type WorldConduit = 'C1' | 'C2' | 'C3' | 'C8' | 'C9';

/**
 * A hierarchy with one account per portal role, each placed so "inside" and "outside" its reach both exist:
 * server S1 — conduit C1 {K1, K2, K4}, C2 {K3, K6}, C3 {K5}; server S2 — C9 {K9, K7}, C8 {K8}.
 * SUPPORT on S1; CONDUIT_ADMIN, SALES_REP and CUSTOMER_MANAGER on C1 (SR and CM assigned K1 and K2, not K4);
 * CUSTOMER_ADMIN, CUSTOMER_TECHNICAL and the two contacts on K1.
 */
export interface World {
  people: Record<PortalRole, TestAccount>;
  /** An extra registered account (owner of customers the tests create). */
  spare: TestAccount;
  servers: { S1: string; S2: string };
  conduits: Record<WorldConduit, string>;
  customers: Record<WorldCustomer, string>;
  assignments: Partial<Record<PortalRole, string>>;
}

/** Builds a world through the real services (ROOT through the bootstrap step). */
export async function buildWorld(f: ReturnType<typeof accountsFactory>, db: DataSource): Promise<World> {
  const s = hierarchyServices(db);
  const people = {} as Record<PortalRole, TestAccount>;
  for (const role of Object.values(PortalRole)) people[role] = await f.account(role.toLowerCase().replace(/_/g, '-'));
  const spare = await f.account('owner');
  await bootstrapRoot(db, people.ROOT.email);
  const root = people.ROOT.viewer;
  const tag = people.ROOT.email.slice(5, 13);
  const S1 = (await s.hierarchy.createServer(root, { name: `S1 ${tag}` })).id;
  const S2 = (await s.hierarchy.createServer(root, { name: `S2 ${tag}` })).id;
  const conduit = async (serverId: string, name: string) =>
    (await s.hierarchy.createSalesConduit(root, { serverId, name })).id;
  const conduits: Record<WorldConduit, string> = {
    C1: await conduit(S1, 'C1'),
    C2: await conduit(S1, 'C2'),
    C3: await conduit(S1, 'C3'),
    C9: await conduit(S2, 'C9'),
    C8: await conduit(S2, 'C8'),
  };
  const where: Record<WorldCustomer, WorldConduit> = {
    K1: 'C1',
    K2: 'C1',
    K4: 'C1',
    K3: 'C2',
    K6: 'C2',
    K5: 'C3',
    K9: 'C9',
    K7: 'C9',
    K8: 'C8',
  };
  const customers = {} as Record<WorldCustomer, string>;
  for (const [k, c] of Object.entries(where) as Array<[WorldCustomer, WorldConduit]>) {
    customers[k] = (
      await s.customers.create(root, { conduitId: conduits[c], name: `${k} ${tag}`, ownerEmail: spare.email })
    ).id;
  }
  const assignments: Partial<Record<PortalRole, string>> = {};
  const assign = async (role: PortalRole, scope: { serverId?: string; conduitId?: string; customerId?: string }) => {
    assignments[role] = (await s.roles.assign(root, { email: people[role].email, role, ...scope })).id;
  };
  await assign(PortalRole.SUPPORT, { serverId: S1 });
  for (const role of [PortalRole.CONDUIT_ADMIN, PortalRole.SALES_REP, PortalRole.CUSTOMER_MANAGER])
    await assign(role, { conduitId: conduits.C1 });
  for (const role of [PortalRole.SALES_REP, PortalRole.CUSTOMER_MANAGER]) {
    for (const k of ['K1', 'K2'] as const)
      await s.roles.assignCustomer(root, { assignmentId: assignments[role]!, customerId: customers[k] });
  }
  for (const role of [
    PortalRole.CUSTOMER_ADMIN,
    PortalRole.CUSTOMER_TECHNICAL,
    PortalRole.PRIMARY_CONTACT,
    PortalRole.BILLING_CONTACT,
  ]) {
    await assign(role, { customerId: customers.K1 });
  }
  return { people, spare, servers: { S1, S2 }, conduits, customers, assignments };
}

/** Where one cell runs: its customers (pair for associations), conduit and server. */
export interface Place {
  k: string;
  k2: string;
  k3: string;
  conduit: string;
  server: string;
}

/** Inside every role's reach (ROOT, SUPPORT, CONDUIT_ADMIN, SR/CM through K1 and K2, customer roles through K1). */
export const inside = (w: World): Place => ({
  k: w.customers.K1,
  k2: w.customers.K2,
  k3: w.customers.K3,
  conduit: w.conduits.C1,
  server: w.servers.S1,
});

/** Outside a role's reach, with the same shape (same kinds of pairs). */
export function outside(w: World, role: PortalRole): Place {
  if (role === PortalRole.SUPPORT)
    return { k: w.customers.K9, k2: w.customers.K7, k3: w.customers.K8, conduit: w.conduits.C9, server: w.servers.S2 };
  return { k: w.customers.K3, k2: w.customers.K6, k3: w.customers.K5, conduit: w.conduits.C2, server: w.servers.S2 };
}

let counter = 0;
const unique = (p: string) => `${p} ${++counter}-${Math.random().toString(36).slice(2, 7)}`;

/** One real operation per matrix row: the GraphQL document and how to set up its fixtures (as ROOT) for a place. */
export interface CellOperation {
  doc: string;
  vars(ctx: { w: World; p: Place; db: DataSource }): Promise<Record<string, unknown>>;
}

/** Fixtures: made as ROOT through the services; each customer of the place starts as a fresh DEMO. */
async function reset(db: DataSource, ids: string[]): Promise<void> {
  await db.query(
    `UPDATE customer_hierarchy.customers SET billing_state = 'DEMO', demo_ends_on = current_date + 30, non_billable = false WHERE id = ANY($1::uuid[])`,
    [ids],
  );
}
const setState = (db: DataSource, id: string, state: string) =>
  db.query(
    `UPDATE customer_hierarchy.customers SET billing_state = $2, demo_ends_on = CASE WHEN $2 = 'DEMO' THEN current_date + 30 END WHERE id = $1`,
    [id, state],
  );

async function dept(db: DataSource, w: World, customerId: string): Promise<string> {
  return (
    await hierarchyServices(db).workspace.createNamed(w.people.ROOT.viewer, 'department', {
      customerId,
      name: unique('Dept'),
    })
  ).id as string;
}
async function association(db: DataSource, w: World, a: string, b: string): Promise<string> {
  return (
    await hierarchyServices(db).associations.create(w.people.ROOT.viewer, {
      departmentId: await dept(db, w, a),
      otherDepartmentId: await dept(db, w, b),
    })
  ).id;
}

const k = (doc: string) => doc;
export const CELL_OPERATIONS: Record<string, CellOperation> = {
  'create:customer': {
    doc: k(
      'mutation($c: ID!, $e: String!, $n: String!) { createCustomer(input: { conduitId: $c, name: $n, ownerEmail: $e }) { customer { id } } }',
    ),
    vars: async ({ w, p }) => ({ c: p.conduit, e: w.spare.email, n: unique('New customer') }),
  },
  'create:department': {
    doc: 'mutation($k: ID!, $n: String!) { createCustomerDepartment(input: { customerId: $k, name: $n }) { customerDepartment { id name } } }',
    vars: async ({ p }) => ({ k: p.k, n: unique('Dept') }),
  },
  'create:association_intra': {
    doc: 'mutation($a: ID!, $b: ID!) { createDepartmentAssociation(input: { departmentId: $a, otherDepartmentId: $b }) { departmentAssociation { id kind } } }',
    vars: async ({ w, p, db }) => ({ a: await dept(db, w, p.k), b: await dept(db, w, p.k) }),
  },
  'create:association_inter_customer': {
    doc: 'mutation($a: ID!, $b: ID!) { createDepartmentAssociation(input: { departmentId: $a, otherDepartmentId: $b }) { departmentAssociation { id kind } } }',
    vars: async ({ w, p, db }) => ({ a: await dept(db, w, p.k), b: await dept(db, w, p.k2) }),
  },
  'create:association_inter_conduit': {
    doc: 'mutation($a: ID!, $b: ID!) { createDepartmentAssociation(input: { departmentId: $a, otherDepartmentId: $b }) { departmentAssociation { id kind } } }',
    vars: async ({ w, p, db }) => ({ a: await dept(db, w, p.k), b: await dept(db, w, p.k3) }),
  },
  'create:group': {
    doc: 'mutation($k: ID!, $n: String!) { createCustomerGroup(input: { customerId: $k, name: $n }) { customerGroup { id name } } }',
    vars: async ({ p }) => ({ k: p.k, n: unique('Group') }),
  },
  'create:broadcast_group': {
    doc: 'mutation($k: ID!, $n: String!) { createBroadcastGroup(input: { customerId: $k, name: $n }) { broadcastGroup { id name } } }',
    vars: async ({ p }) => ({ k: p.k, n: unique('Broadcast') }),
  },
  'create:activation_code': {
    doc: 'mutation($k: ID!) { createManualActivationCode(input: { customerId: $k, label: "Tablet" }) { manualActivationCode { id code } } }',
    vars: async ({ p }) => ({ k: p.k }),
  },
  'create:user': {
    doc: 'mutation($k: ID!, $e: String!) { createEndUser(input: { customerId: $k, name: "End User", email: $e }) { endUser { id email } } }',
    vars: async ({ p }) => ({ k: p.k, e: `${unique('eu').replace(/\W+/g, '-')}@end.example` }),
  },
  'create:note': {
    doc: 'mutation($k: ID!) { createCustomerNote(input: { customerId: $k, body: "Called about the renewal." }) { customerNote { id } } }',
    vars: async ({ p }) => ({ k: p.k }),
  },
  'edit:customer': {
    doc: 'mutation($k: ID!, $a: String!) { updateCustomer(input: { customerId: $k, accountCode: $a }) { customer { id } } }',
    vars: async ({ p }) => ({ k: p.k, a: unique('AC').slice(0, 40) }),
  },
  'edit:billing_non_billable': {
    doc: 'mutation($k: ID!) { setCustomerNonBillable(input: { customerId: $k, nonBillable: true }) { customer { id } } }',
    vars: async ({ p }) => ({ k: p.k }),
  },
  'edit:billing_activate_demo': {
    doc: 'mutation($k: ID!) { activateCustomerDemo(input: { customerId: $k }) { customer { id } } }',
    vars: async ({ p, db }) => (await setState(db, p.k, 'DEACTIVATED'), { k: p.k }),
  },
  'edit:billing_extend_demo': {
    doc: 'mutation($k: ID!) { extendCustomerDemo(input: { customerId: $k, days: 7 }) { customer { id } } }',
    vars: async ({ p }) => ({ k: p.k }),
  },
  'edit:billing_activate': {
    doc: 'mutation($k: ID!) { activateCustomer(input: { customerId: $k }) { customer { id } } }',
    vars: async ({ p }) => ({ k: p.k }),
  },
  'edit:billing_deactivate': {
    doc: 'mutation($k: ID!) { deactivateCustomer(input: { customerId: $k }) { customer { id } } }',
    vars: async ({ p, db }) => (await setState(db, p.k, 'ACTIVE'), { k: p.k }),
  },
  'edit:billing_archive': {
    doc: 'mutation($k: ID!) { archiveCustomer(input: { customerId: $k }) { customer { id } } }',
    vars: async ({ p, db }) => (await setState(db, p.k, 'DEACTIVATED'), { k: p.k }),
  },
  'edit:client_side_recording': {
    doc: 'mutation($k: ID!) { setClientSideRecording(input: { customerId: $k, enabled: true }) { customer { id } } }',
    vars: async ({ p }) => ({ k: p.k }),
  },
  'edit:external_contacts': {
    doc: 'mutation($k: ID!) { setExternalContacts(input: { customerId: $k, contacts: [{ name: "Ops desk", phone: "+1 555 0199" }] }) { externalContacts { id } } }',
    vars: async ({ p }) => ({ k: p.k }),
  },
  'edit:rtp_gateway': {
    doc: 'mutation($k: ID!) { setRtpGatewayConfig(input: { customerId: $k, host: "rtp.example.test", port: 5004, transport: UDP }) { customer { id } } }',
    vars: async ({ p }) => ({ k: p.k }),
  },
  'edit:department': {
    doc: 'mutation($k: ID!, $id: ID!, $n: String!) { renameCustomerDepartment(input: { customerId: $k, id: $id, name: $n }) { customerDepartment { id } } }',
    vars: async ({ w, p, db }) => ({ k: p.k, id: await dept(db, w, p.k), n: unique('Renamed') }),
  },
  'edit:group': {
    doc: 'mutation($k: ID!, $id: ID!, $n: String!) { renameCustomerGroup(input: { customerId: $k, id: $id, name: $n }) { customerGroup { id } } }',
    vars: async ({ w, p, db }) => ({
      k: p.k,
      id: (
        await hierarchyServices(db).workspace.createNamed(w.people.ROOT.viewer, 'group', {
          customerId: p.k,
          name: unique('G'),
        })
      ).id,
      n: unique('Renamed'),
    }),
  },
  'edit:broadcast_group': {
    doc: 'mutation($k: ID!, $id: ID!, $n: String!) { renameBroadcastGroup(input: { customerId: $k, id: $id, name: $n }) { broadcastGroup { id } } }',
    vars: async ({ w, p, db }) => ({
      k: p.k,
      id: (
        await hierarchyServices(db).workspace.createNamed(w.people.ROOT.viewer, 'broadcast_group', {
          customerId: p.k,
          name: unique('B'),
        })
      ).id,
      n: unique('Renamed'),
    }),
  },
  'edit:user': {
    doc: 'mutation($k: ID!, $u: ID!) { updateEndUser(input: { customerId: $k, endUserId: $u, name: "Renamed User" }) { endUser { id } } }',
    vars: async ({ w, p, db }) => ({ k: p.k, u: await endUser(db, w, p.k) }),
  },
  'edit:feature_keys': {
    doc: 'mutation($k: ID!, $u: ID!) { setEndUserFeatureKeys(input: { customerId: $k, endUserId: $u, keys: ["call_recording"] }) { endUser { id } } }',
    vars: async ({ w, p, db }) => ({ k: p.k, u: await endUser(db, w, p.k) }),
  },
  'edit:note': {
    doc: 'mutation($k: ID!, $n: ID!) { updateCustomerNote(input: { customerId: $k, noteId: $n, body: "Edited." }) { customerNote { id } } }',
    vars: async ({ w, p, db }) => ({
      k: p.k,
      n: (
        await hierarchyServices(db).workspace.createNote(w.people.ROOT.viewer, { customerId: p.k, body: 'Original.' })
      ).id,
    }),
  },
  'edit:activation_code': {
    doc: 'mutation($k: ID!, $c: ID!) { updateManualActivationCode(input: { customerId: $k, activationCodeId: $c, label: "Relabelled" }) { manualActivationCode { id } } }',
    vars: async ({ w, p, db }) => ({
      k: p.k,
      c: (
        await hierarchyServices(db).workspace.createActivationCode(w.people.ROOT.viewer, {
          customerId: p.k,
          label: 'Original',
        })
      ).id,
    }),
  },
  'delete:department': {
    doc: 'mutation($k: ID!, $id: ID!) { deleteCustomerDepartment(input: { customerId: $k, id: $id }) { deletedCustomerDepartmentId } }',
    vars: async ({ w, p, db }) => ({ k: p.k, id: await dept(db, w, p.k) }),
  },
  'delete:association_intra': {
    doc: 'mutation($a: ID!) { deleteDepartmentAssociation(input: { associationId: $a }) { deletedDepartmentAssociationId } }',
    vars: async ({ w, p, db }) => ({ a: await association(db, w, p.k, p.k) }),
  },
  'delete:association_inter_customer': {
    doc: 'mutation($a: ID!) { deleteDepartmentAssociation(input: { associationId: $a }) { deletedDepartmentAssociationId } }',
    vars: async ({ w, p, db }) => ({ a: await association(db, w, p.k, p.k2) }),
  },
  'delete:association_inter_conduit': {
    doc: 'mutation($a: ID!) { deleteDepartmentAssociation(input: { associationId: $a }) { deletedDepartmentAssociationId } }',
    vars: async ({ w, p, db }) => ({ a: await association(db, w, p.k, p.k3) }),
  },
  'delete:group': {
    doc: 'mutation($k: ID!, $id: ID!) { deleteCustomerGroup(input: { customerId: $k, id: $id }) { deletedCustomerGroupId } }',
    vars: async ({ w, p, db }) => ({
      k: p.k,
      id: (
        await hierarchyServices(db).workspace.createNamed(w.people.ROOT.viewer, 'group', {
          customerId: p.k,
          name: unique('G'),
        })
      ).id,
    }),
  },
  'delete:user': {
    doc: 'mutation($k: ID!, $u: ID!) { deleteEndUser(input: { customerId: $k, endUserId: $u }) { deletedEndUserId } }',
    vars: async ({ w, p, db }) => ({ k: p.k, u: await endUser(db, w, p.k) }),
  },
  'delete:note': {
    doc: 'mutation($k: ID!, $n: ID!) { deleteCustomerNote(input: { customerId: $k, noteId: $n }) { deletedCustomerNoteId } }',
    vars: async ({ w, p, db }) => ({
      k: p.k,
      n: (
        await hierarchyServices(db).workspace.createNote(w.people.ROOT.viewer, { customerId: p.k, body: 'To delete.' })
      ).id,
    }),
  },
  'view:portal_users': {
    doc: 'query($s: ID!) { server(id: $s) { portalUsers { edges { node { id role } } } } }',
    vars: async ({ p }) => ({ s: p.server }),
  },
  'view:portal_users_customer': {
    doc: 'query($k: ID!) { customer(id: $k) { portalUsers { edges { node { id role } } } } }',
    vars: async ({ p }) => ({ k: p.k }),
  },
  'view:portal_users_conduit': {
    doc: 'query($c: ID!) { salesConduit(id: $c) { portalUsers { edges { node { id role } } } } }',
    vars: async ({ p }) => ({ c: p.conduit }),
  },
  'view:notes': {
    doc: 'query($k: ID!) { customer(id: $k) { notes { edges { node { id body } } } } }',
    vars: async ({ w, p, db }) => (
      await hierarchyServices(db).workspace.createNote(w.people.ROOT.viewer, { customerId: p.k, body: 'Visible?' }),
      { k: p.k }
    ),
  },
  'view:customers': {
    doc: 'query($k: ID!) { customer(id: $k) { billingState demoEndsOn } }',
    vars: async ({ p }) => ({ k: p.k }),
  },
  'view:association_intra': {
    doc: 'query($k: ID!) { customer(id: $k) { departmentAssociations { edges { node { id kind } } } } }',
    vars: async ({ w, p, db }) => (await association(db, w, p.k, p.k), { k: p.k }),
  },
};

async function endUser(db: DataSource, w: World, customerId: string): Promise<string> {
  return (
    await hierarchyServices(db).workspace.createEndUser(w.people.ROOT.viewer, {
      customerId,
      name: 'Fixture',
      email: `${unique('fx').replace(/\W+/g, '-')}@end.example`,
    })
  ).id;
}

/** Runs one cell: fixtures for the place (its customers reset to DEMO), then the operation as the caller. */
export async function runCell(
  run: (person: TestAccount, doc: string, vars: Record<string, unknown>) => Promise<ChResult>,
  db: DataSource,
  w: World,
  action: string,
  person: TestAccount,
  p: Place,
): Promise<ChResult> {
  await reset(db, [p.k, p.k2, p.k3]);
  const op = CELL_OPERATIONS[action]!;
  return run(person, op.doc, await op.vars({ w, p, db }));
}

/** Allowed: no errors and no null root field. Denied: only FORBIDDEN errors, at least one. */
export function outcomeOf(res: ChResult): string {
  const codes = chCodes(res);
  if (codes.length === 0 && Object.values(res.data ?? {}).every((v) => v !== null)) return 'ALLOWED';
  if (codes.length > 0 && codes.every((c) => c === 'FORBIDDEN')) return 'FORBIDDEN';
  return `UNEXPECTED ${JSON.stringify(res.errors ?? res.data)}`;
}

/**
 * The customer-hierarchy subgraph for a test file: its deps, the accounts factories, and an in-process GraphQL
 * client over the real (enforced) subgraph schema with a fresh per-request context per call.
 */
export function useCustomerHierarchy() {
  const accounts = useAccounts();
  const deps = useSubgraphDeps(customerHierarchySubgraph as unknown as SubgraphModule<AccessContext>);
  const holder = {} as {
    deps: SubgraphDeps;
    db: DataSource;
    f: ReturnType<typeof accountsFactory>;
    schema: GraphQLSchema;
    run(viewer: Viewer | null, source: string, variables?: Record<string, unknown>): Promise<ChResult>;
    world(): Promise<World>;
  };
  beforeAll(async () => {
    holder.deps = deps.current;
    holder.db = deps.current.db;
    holder.f = accounts.f;
    holder.schema = await buildFederatedSubgraph(customerHierarchySubgraph.definition);
    const contextFor = customerHierarchySubgraph.createContextFactory(deps.current);
    const format = formatError((err) => {
      throw err;
    });
    holder.run = async (viewer, source, variableValues = {}) => {
      const result = await graphql({
        schema: holder.schema,
        source,
        variableValues,
        contextValue: contextFor(viewer, {
          headers: {},
          requestId: 'test',
          remoteAddress: '127.0.0.1',
          clientAddress: '127.0.0.1',
        }),
      });
      return {
        // Raw ids, as the rows these tests make (issue 13: the API answers global ids; e2e tests check those).
        data: rawIds(result.data) as ChResult['data'],
        errors: result.errors?.map((e) => format(e.toJSON(), e)) as ChResult['errors'],
      };
    };
    holder.world = () => buildWorld(accounts.f, deps.current.db);
  });
  return holder;
}
