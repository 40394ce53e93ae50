import { PortalRole } from '../../subgraphs/customer-hierarchy/access/portal.matrix';
import {
  CELL_OPERATIONS,
  inside,
  outcomeOf,
  outside,
  runCell,
  useCustomerHierarchy,
  type World,
} from '../support/customer-hierarchy';
import { SEED_004_CELLS } from '../support/seed-004';

const t = useCustomerHierarchy();
let w: World;
beforeAll(async () => {
  w = await t.world();
});

const run = (person: { viewer: { accountId: string } }, doc: string, vars: Record<string, unknown>) =>
  t.run(person.viewer, doc, vars);

describe("ES-3 within ES-2: every cell of seed 004 on a real operation, inside the role's reach", () => {
  it('has an operation for every cell', () => {
    expect(SEED_004_CELLS.filter((c) => !CELL_OPERATIONS[c.key])).toEqual([]);
  });

  it.each(SEED_004_CELLS.map((c) => [c.matrix, c.row, c.role, c.allowed ? 'ALLOWED' : 'FORBIDDEN', c.key] as const))(
    '%s / %s / %s → %s',
    async (_m, _r, role, expected, key) => {
      expect(outcomeOf(await runCell(run, t.db, w, key, w.people[role as PortalRole], inside(w)))).toBe(expected);
    },
  );
});

describe("ES-2: the same cells outside the role's reach are denied", () => {
  it.each(SEED_004_CELLS.filter((c) => c.allowed).map((c) => [c.matrix, c.row, c.role, c.key] as const))(
    '%s / %s / %s outside → FORBIDDEN',
    async (_m, _r, role, key) => {
      expect(
        outcomeOf(await runCell(run, t.db, w, key, w.people[role as PortalRole], outside(w, role as PortalRole))),
      ).toBe('FORBIDDEN');
    },
  );

  it.each(
    SEED_004_CELLS.filter(
      (c) =>
        c.allowed &&
        ['SALES_REP', 'CUSTOMER_MANAGER'].includes(c.role) &&
        !c.key.startsWith('view:portal_users_conduit') &&
        c.key !== 'create:customer',
    ).map((c) => [c.row, c.role, c.key] as const),
  )('%s by %s on a customer of its conduit not assigned to it → FORBIDDEN', async (_r, role, key) => {
    const p = { ...inside(w), k: w.customers.K4, k2: w.customers.K4 };
    if (key.includes('inter_conduit')) p.k3 = w.customers.K3;
    expect(outcomeOf(await runCell(run, t.db, w, key, w.people[role as PortalRole], p))).toBe('FORBIDDEN');
  });
});

describe('ES-2: ROOT does everything everywhere; the contacts have no portal access', () => {
  const ACTIONS = Object.keys(CELL_OPERATIONS);
  it.each(ACTIONS)('ROOT: %s → ALLOWED (on the other server too)', async (key) => {
    expect(outcomeOf(await runCell(run, t.db, w, key, w.people.ROOT, inside(w)))).toBe('ALLOWED');
    expect(outcomeOf(await runCell(run, t.db, w, key, w.people.ROOT, outside(w, PortalRole.SUPPORT)))).toBe('ALLOWED');
  });
  it.each(
    ACTIONS.flatMap((key) =>
      [PortalRole.PRIMARY_CONTACT, PortalRole.BILLING_CONTACT].map((role) => [role, key] as const),
    ),
  )('%s: %s on its own customer → FORBIDDEN', async (role, key) => {
    expect(outcomeOf(await runCell(run, t.db, w, key, w.people[role], inside(w)))).toBe('FORBIDDEN');
  });
});
