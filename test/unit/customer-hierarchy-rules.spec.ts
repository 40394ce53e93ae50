import { graphql } from 'graphql';
import { buildFederatedSubgraph } from '../../subgraphs/common/federation/build-subgraph';
import { listFieldPolicies } from '../../subgraphs/common/access/enforcer';
import {
  PORTAL_ACTIONS,
  PortalRole,
  roleAllows,
  type PortalAction,
} from '../../subgraphs/customer-hierarchy/access/portal.matrix';
import {
  decide,
  manageDecision,
  reaches,
  type AssignmentFacts,
  type Target,
} from '../../subgraphs/customer-hierarchy/access/reach';
import {
  associationAction,
  associationKind,
  AssociationKind,
} from '../../subgraphs/customer-hierarchy/association/association.kind';
import { linkedDepartmentIds } from '../../subgraphs/customer-hierarchy/association/association.service';
import {
  addDays,
  BillingState,
  nextState,
  type BillingTransition,
} from '../../subgraphs/customer-hierarchy/customer/billing.machine';
import { customerHierarchySubgraph } from '../../subgraphs/customer-hierarchy/customer-hierarchy.subgraph';
import { SEED_004_CELLS, SEED_004_COLUMNS, SEED_004_VACUOUS } from '../support/seed-004';

// A tiny world: server S1 with conduits C1 (customers K1, K2) and C2 (customer K3); server S2, conduit C9, customer K9.
const K1: Target = { serverId: 'S1', conduitId: 'C1', customerId: 'K1' };
const K2: Target = { serverId: 'S1', conduitId: 'C1', customerId: 'K2' };
const K3: Target = { serverId: 'S1', conduitId: 'C2', customerId: 'K3' };
const K9: Target = { serverId: 'S2', conduitId: 'C9', customerId: 'K9' };
const C1: Target = { serverId: 'S1', conduitId: 'C1' };
const C2: Target = { serverId: 'S1', conduitId: 'C2' };
const S1: Target = { serverId: 'S1' };

const at = (role: PortalRole, scope: Partial<AssignmentFacts> = {}): AssignmentFacts => ({
  id: `${role}-1`,
  accountId: 'a',
  role,
  serverId: null,
  conduitId: null,
  customerId: null,
  customerIds: [],
  ...scope,
});
/** One assignment per role, each anchored in server S1 / conduit C1 / customer K1 (SR and CM assigned K1). */
const HOLDERS: Record<PortalRole, AssignmentFacts> = {
  ROOT: at(PortalRole.ROOT),
  SUPPORT: at(PortalRole.SUPPORT, { serverId: 'S1' }),
  CONDUIT_ADMIN: at(PortalRole.CONDUIT_ADMIN, { serverId: 'S1', conduitId: 'C1' }),
  SALES_REP: at(PortalRole.SALES_REP, { serverId: 'S1', conduitId: 'C1', customerIds: ['K1'] }),
  CUSTOMER_MANAGER: at(PortalRole.CUSTOMER_MANAGER, { serverId: 'S1', conduitId: 'C1', customerIds: ['K1'] }),
  CUSTOMER_ADMIN: at(PortalRole.CUSTOMER_ADMIN, { serverId: 'S1', conduitId: 'C1', customerId: 'K1' }),
  CUSTOMER_TECHNICAL: at(PortalRole.CUSTOMER_TECHNICAL, { serverId: 'S1', conduitId: 'C1', customerId: 'K1' }),
  PRIMARY_CONTACT: at(PortalRole.PRIMARY_CONTACT, { serverId: 'S1', conduitId: 'C1', customerId: 'K1' }),
  BILLING_CONTACT: at(PortalRole.BILLING_CONTACT, { serverId: 'S1', conduitId: 'C1', customerId: 'K1' }),
};

describe("ES-3: the code's matrices equal seed 004, cell by cell", () => {
  it('transcribes every seed row and only "Customers N/A" has no operation', () => {
    expect(SEED_004_VACUOUS).toEqual(['Delete / Customers']);
    expect(new Set(SEED_004_CELLS.map((c) => c.key))).toEqual(new Set(PORTAL_ACTIONS));
    expect(SEED_004_CELLS).toHaveLength(PORTAL_ACTIONS.length * SEED_004_COLUMNS.length);
  });

  it.each(SEED_004_CELLS.map((c) => [c.matrix, c.row, c.role, c.allowed] as const))(
    '%s / %s / %s → %s',
    (_m, _r, role, allowed) => {
      const cell = SEED_004_CELLS.find((c) => c.matrix === _m && c.row === _r && c.role === role)!;
      expect(roleAllows(role as PortalRole, cell.key as PortalAction)).toBe(allowed);
    },
  );

  it('ROOT may do everything; the contacts have no portal access', () => {
    for (const action of PORTAL_ACTIONS) {
      expect(roleAllows(PortalRole.ROOT, action)).toBe(true);
      expect(roleAllows(PortalRole.PRIMARY_CONTACT, action)).toBe(false);
      expect(roleAllows(PortalRole.BILLING_CONTACT, action)).toBe(false);
    }
  });
});

describe('ES-2: reach', () => {
  // [role, target, reached]
  const TABLE: Array<[PortalRole, string, Target, boolean]> = [
    [PortalRole.ROOT, 'K9 (another server)', K9, true],
    [PortalRole.SUPPORT, 'K3 (its server)', K3, true],
    [PortalRole.SUPPORT, 'K9 (another server)', K9, false],
    [PortalRole.SUPPORT, 'its server', S1, true],
    [PortalRole.CONDUIT_ADMIN, 'K2 (its conduit)', K2, true],
    [PortalRole.CONDUIT_ADMIN, 'K3 (another conduit)', K3, false],
    [PortalRole.CONDUIT_ADMIN, 'its server', S1, false],
    [PortalRole.SALES_REP, 'K1 (assigned)', K1, true],
    [PortalRole.SALES_REP, 'K2 (its conduit, not assigned)', K2, false],
    [PortalRole.SALES_REP, 'its conduit', C1, true],
    [PortalRole.SALES_REP, 'another conduit', C2, false],
    [PortalRole.CUSTOMER_MANAGER, 'K1 (assigned)', K1, true],
    [PortalRole.CUSTOMER_MANAGER, 'K2 (not assigned)', K2, false],
    [PortalRole.CUSTOMER_ADMIN, 'K1 (its customer)', K1, true],
    [PortalRole.CUSTOMER_ADMIN, 'K2', K2, false],
    [PortalRole.CUSTOMER_ADMIN, 'its conduit', C1, false],
    [PortalRole.CUSTOMER_TECHNICAL, 'K1 (its customer)', K1, true],
    [PortalRole.PRIMARY_CONTACT, 'K1 (its customer, no portal access)', K1, false],
    [PortalRole.BILLING_CONTACT, 'K1 (its customer, no portal access)', K1, false],
  ];
  it.each(TABLE)('%s reaches %s → %s', (role, _name, target, expected) => {
    expect(reaches(HOLDERS[role], target)).toBe(expected);
  });

  it('decides with the highest-ranked assignment that has the cell and the reach, and says why when denied', () => {
    const mine = [HOLDERS.CUSTOMER_TECHNICAL, HOLDERS.CONDUIT_ADMIN];
    expect(decide(mine, 'delete:department', [K1]).decidedBy).toBe(HOLDERS.CONDUIT_ADMIN);
    expect(decide([HOLDERS.CUSTOMER_TECHNICAL], 'delete:department', [K1])).toMatchObject({
      allowed: false,
      decidedBy: null,
      reason: expect.stringContaining('CUSTOMER_TECHNICAL'),
    });
    expect(decide([HOLDERS.CONDUIT_ADMIN], 'delete:department', [K3])).toMatchObject({
      allowed: false,
      reason: expect.stringContaining('outside its reach'),
    });
    expect(decide([], 'view:customers', [K1])).toMatchObject({
      allowed: false,
      reason: 'Denied: the account holds no portal role.',
    });
    expect(decide([HOLDERS.CONDUIT_ADMIN], 'delete:association_inter_conduit', [K1, K3], 'any').allowed).toBe(true);
    expect(decide([HOLDERS.CONDUIT_ADMIN], 'delete:association_inter_conduit', [K1, K3], 'all').allowed).toBe(false);
  });

  // [actor, role to manage, its scope, allowed]
  const MANAGE: Array<[PortalRole, PortalRole, Target | null, boolean]> = [
    [PortalRole.ROOT, PortalRole.SUPPORT, S1, true],
    [PortalRole.ROOT, PortalRole.ROOT, null, false],
    [PortalRole.SUPPORT, PortalRole.SUPPORT, S1, false],
    [PortalRole.SUPPORT, PortalRole.CONDUIT_ADMIN, C1, true],
    [PortalRole.SUPPORT, PortalRole.CUSTOMER_ADMIN, K9, false],
    [PortalRole.CONDUIT_ADMIN, PortalRole.CONDUIT_ADMIN, C1, false],
    [PortalRole.CONDUIT_ADMIN, PortalRole.SALES_REP, C1, true],
    [PortalRole.CONDUIT_ADMIN, PortalRole.SALES_REP, C2, false],
    [PortalRole.SALES_REP, PortalRole.CUSTOMER_MANAGER, C1, true],
    [PortalRole.SALES_REP, PortalRole.CUSTOMER_ADMIN, K1, true],
    [PortalRole.SALES_REP, PortalRole.CUSTOMER_ADMIN, K2, false],
    [PortalRole.CUSTOMER_MANAGER, PortalRole.SALES_REP, C1, false],
    [PortalRole.CUSTOMER_MANAGER, PortalRole.BILLING_CONTACT, K1, true],
    [PortalRole.CUSTOMER_ADMIN, PortalRole.CUSTOMER_TECHNICAL, K1, false],
    [PortalRole.CUSTOMER_TECHNICAL, PortalRole.PRIMARY_CONTACT, K1, false],
  ];
  it.each(MANAGE)('%s manages %s → %s', (actor, role, target, allowed) => {
    expect(manageDecision([HOLDERS[actor]], { role, target }).allowed).toBe(allowed);
  });
});

describe('ES-4: the billing state machine', () => {
  const { DEMO, ACTIVE, DEACTIVATED, ARCHIVED } = BillingState;
  // transition → the states it leaves from; every other state has no such edge.
  const EDGES: Record<BillingTransition, Partial<Record<BillingState, BillingState>>> = {
    activate_demo: { DEACTIVATED: DEMO },
    extend_demo: { DEMO: DEMO },
    activate: { DEMO: ACTIVE, DEACTIVATED: ACTIVE },
    deactivate: { DEMO: DEACTIVATED, ACTIVE: DEACTIVATED },
    archive: { DEMO: ARCHIVED, DEACTIVATED: ARCHIVED },
  };
  const CASES = (Object.keys(EDGES) as BillingTransition[]).flatMap((t) =>
    [DEMO, ACTIVE, DEACTIVATED, ARCHIVED].map((s) => [t, s, EDGES[t][s] ?? null] as const),
  );
  it.each(CASES)('%s from %s → %s', (t, s, expected) => {
    expect(nextState(s, t)).toBe(expected);
  });

  it('moves dates by calendar days', () => {
    expect(addDays('2026-01-30', 30)).toBe('2026-03-01');
  });
});

describe('ES-5: association kinds and discovery', () => {
  const place = (t: Target) => ({ customerId: t.customerId!, conduitId: t.conduitId!, serverId: t.serverId });
  it('classifies intra customer, inter customer (one conduit), inter conduit (one server), and refuses across servers', () => {
    expect(associationKind(place(K1), place(K1))).toBe(AssociationKind.INTRA_CUSTOMER);
    expect(associationKind(place(K1), place(K2))).toBe(AssociationKind.INTER_CUSTOMER);
    expect(associationKind(place(K1), place(K3))).toBe(AssociationKind.INTER_CONDUIT);
    expect(() => associationKind(place(K1), place(K9))).toThrow(
      expect.objectContaining({ code: 'CROSS_SERVER_ASSOCIATION' }),
    );
    expect(associationAction('create', AssociationKind.INTER_CONDUIT)).toBe('create:association_inter_conduit');
    expect(associationAction('delete', AssociationKind.INTER_CUSTOMER)).toBe('delete:association_inter_customer');
  });

  it('links a self-discovery-disabled customer only through explicit associations', () => {
    const d = { id: 'd1', customerId: 'K1' };
    const assocs = [{ departmentAId: 'd1', departmentBId: 'x9' }];
    expect(linkedDepartmentIds(d, false, assocs, ['d1', 'd2', 'd3'])).toEqual(['x9']);
    expect(linkedDepartmentIds(d, true, assocs, ['d1', 'd2', 'd3'])).toEqual(['d2', 'd3', 'x9']);
  });
});

describe('X-4: the schema', () => {
  it('declares a policy on every field and has no way to delete a customer', async () => {
    const schema = await buildFederatedSubgraph(customerHierarchySubgraph.definition);
    expect(listFieldPolicies(schema).filter((f) => f.policy.kind === 'missing')).toEqual([]);
    const mutations = Object.keys(schema.getMutationType()!.getFields());
    expect(mutations.filter((m) => /delete.*customer$|^removeCustomers?$/i.test(m))).toEqual([]);
    expect(mutations).toContain('archiveCustomer');
    const res = await graphql({ schema, source: '{ _service { sdl } }' });
    expect(res.data!._service).toBeTruthy();
  });
});
