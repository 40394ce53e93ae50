import { encodeDecisionKey, portalActionName } from '../../subgraphs/common/access/capability';
import { PortalRole } from '../../subgraphs/customer-hierarchy/access/portal.matrix';
import {
  chCodes,
  inside,
  outcomeOf,
  outside,
  runCell,
  useCustomerHierarchy,
  type Place,
  type World,
} from '../support/customer-hierarchy';
import { SEED_004_CELLS } from '../support/seed-004';

/**
 * for the reseller hierarchy, cell by cell of seed 004: `Customer.viewerCan…` and the decision entity
 * answer exactly what the real operation then does (allowed ⇔ it succeeds, denied ⇔ FORBIDDEN), for every role,
 * inside and outside its reach.
 */
const t = useCustomerHierarchy();
let w: World;
beforeAll(async () => {
  w = await t.world();
});

/** The `Customer.viewerCan…` field of each row a customer screen offers (the rest are asked through decisions). */
const CUSTOMER_FIELDS: Record<string, string> = {
  'edit:customer': 'viewerCanEdit',
  'edit:billing_non_billable': 'viewerCanSetNonBillable',
  'edit:billing_activate_demo': 'viewerCanActivateDemo',
  'edit:billing_extend_demo': 'viewerCanExtendDemo',
  'edit:billing_activate': 'viewerCanActivate',
  'edit:billing_deactivate': 'viewerCanDeactivate',
  'edit:billing_archive': 'viewerCanArchive',
  'edit:client_side_recording': 'viewerCanEditClientSideRecording',
  'edit:external_contacts': 'viewerCanEditExternalContacts',
  'edit:rtp_gateway': 'viewerCanEditRtpGateway',
  'create:department': 'viewerCanCreateDepartment',
  'create:group': 'viewerCanCreateGroup',
  'create:broadcast_group': 'viewerCanCreateBroadcastGroup',
  'create:activation_code': 'viewerCanCreateActivationCode',
  'create:user': 'viewerCanCreateUser',
  'create:note': 'viewerCanCreateNote',
  'create:association_intra': 'viewerCanCreateAssociation',
};

const ROLES = [...SEED_004_CELLS.map((c) => c.role as PortalRole), PortalRole.ROOT, PortalRole.PRIMARY_CONTACT];
const ROLE_LIST = [...new Set(ROLES)];

async function viewerCan(role: PortalRole, customerId: string, field: string): Promise<boolean> {
  const res = await t.run(w.people[role].viewer, `query($k: ID!) { customer(id: $k) { ${field} } }`, { k: customerId });
  // A customer outside the caller's reach is not shown at all (FORBIDDEN): it offers no action.
  if (res.data?.customer == null) {
    expect(chCodes(res)).toEqual(['FORBIDDEN']);
    return false;
  }
  return (res.data.customer as Record<string, boolean>)[field]!;
}

/** The resource a row's decision is asked on: the conduit for creating customers, else the place's customer. */
const resourceOf = (action: string, p: Place) => (action === 'create:customer' ? p.conduit : p.k);

async function decision(role: PortalRole, action: string, p: Place) {
  const key = encodeDecisionKey({
    action: portalActionName(action),
    resourceId: resourceOf(action, p),
    accountId: w.people[role].id,
  });
  const res = await t.run(
    w.people[role].viewer,
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on PortalAccessDecision { allowed reason grants missing } } }`,
    { r: [{ __typename: 'PortalAccessDecision', key }] },
  );
  expect(res.errors).toBeUndefined();
  return (res.data!._entities as Array<{ allowed: boolean; reason: string; grants: string[]; missing: string[] }>)[0]!;
}

const expected = (allowed: boolean) => (allowed ? 'ALLOWED' : 'FORBIDDEN');

describe('X-7: Customer.viewerCan… equals what the mutation does, for every role, inside and outside its reach', () => {
  const cases = Object.entries(CUSTOMER_FIELDS).flatMap(([action, field]) =>
    ROLE_LIST.flatMap((role) => (['inside', 'outside'] as const).map((where) => [action, field, role, where] as const)),
  );
  it.each(cases)('%s (%s) as %s %s', async (action, field, role, where) => {
    const p = where === 'inside' ? inside(w) : outside(w, role === PortalRole.ROOT ? PortalRole.SUPPORT : role);
    const can = await viewerCan(role, p.k, field);
    const done = outcomeOf(
      await runCell((who, doc, vars) => t.run(who.viewer, doc, vars), t.db, w, action, w.people[role], p),
    );
    expect(done).toBe(expected(can));
  });
});

describe('X-2: the portal decision entity equals what the operation does, for every seed 004 cell', () => {
  const cases = SEED_004_CELLS.map((c) => [c.key, c.role as PortalRole, c.allowed] as const);
  it.each(cases)('%s as %s (seed: %s)', async (action, role, seedAllows) => {
    const p = inside(w);
    const answer = await decision(role, action, p);
    expect(answer.allowed).toBe(seedAllows);
    if (answer.allowed) expect(answer.grants.length).toBeGreaterThan(0);
    // A conduit a customer-level role does not reach answers like an unknown id (nothing named as missing).
    else if (answer.reason !== 'Denied: no such resource') expect(answer.missing.length).toBeGreaterThan(0);
    const done = outcomeOf(
      await runCell((who, doc, vars) => t.run(who.viewer, doc, vars), t.db, w, action, w.people[role], p),
    );
    expect(done).toBe(expected(answer.allowed));
  });
});
