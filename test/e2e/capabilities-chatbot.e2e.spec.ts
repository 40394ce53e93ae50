import { toGlobalId } from '../../subgraphs/common/federation/global-id';
import { CompanyRole } from '../../subgraphs/product-roles/chatbot/chatbot.matrix';
import { CompanyService } from '../../subgraphs/product-roles/chatbot/company.service';
import { ProductService } from '../../subgraphs/product-roles/product/product.service';
import { accountsFactory, type TestAccount } from '../support/factories';
import { codes, gql, startTestSystem, type TestSystem } from '../support/system';

/**
 * X-7 for CB-4/CB-5 (seed 002): every (actor company role × target company role × action) cell, the company user's
 * `viewerCan…` field equals what the mutation then does: allowed ⇔ it succeeds, denied ⇔ refused (FORBIDDEN or
 * the domain's own code for the owner and one's own role).
 */
let sys: TestSystem;
let f: ReturnType<typeof accountsFactory>;
beforeAll(async () => {
  sys = await startTestSystem();
  f = accountsFactory(sys.deps.accounts);
});
afterAll(() => sys.close());

const ROLES = [CompanyRole.OWNER, CompanyRole.ADMINISTRATOR, CompanyRole.MANAGER, CompanyRole.DESIGNER];

/** A company with one user per role (the organization owner is the company OWNER). */
async function company(): Promise<{ org: string; people: Record<CompanyRole, TestAccount> }> {
  const o = await f.organization();
  const db = sys.deps['product-roles'].db;
  await new ProductService(db).enable(o.owner.viewer, { organizationId: o.org.id, product: 'chatbot' });
  const companies = new CompanyService(db);
  const people = { [CompanyRole.OWNER]: o.owner } as Record<CompanyRole, TestAccount>;
  for (const role of ROLES.slice(1)) {
    const who = await f.account(role.toLowerCase());
    await companies.invite(o.owner.viewer, { organizationId: o.org.id, email: who.email, role });
    await companies.accept(who.viewer, { organizationId: o.org.id });
    people[role] = who;
  }
  return { org: o.org.id, people };
}

const USERS = `query($o: ID!) { organization(id: $o) { chatbotCompany { users(first: 100) { edges { node {
  role account { id } viewerCanChangeRole viewerCanRemove viewerCanDeactivate viewerCanEdit viewerCanRevoke } } } } } }`;

type Field = 'viewerCanChangeRole' | 'viewerCanRemove' | 'viewerCanDeactivate';
const ACTIONS: ReadonlyArray<readonly [Field, (o: string, a: string, target: CompanyRole) => [string, object]]> = [
  [
    'viewerCanChangeRole',
    (o, a, target) => [
      'mutation($i: ChangeCompanyRoleInput!) { changeCompanyRole(input: $i) { productUser { role } } }',
      { i: { organizationId: o, accountId: a, role: target === CompanyRole.DESIGNER ? 'MANAGER' : 'DESIGNER' } },
    ],
  ],
  [
    'viewerCanRemove',
    (o, a) => [
      'mutation($i: CompanyUserInput!) { removeCompanyUser(input: $i) { removedProductUserId } }',
      { i: { organizationId: o, accountId: a } },
    ],
  ],
  [
    'viewerCanDeactivate',
    (o, a) => [
      'mutation($i: ProductUserInput!) { deactivateProductUser(input: $i) { productUser { active } } }',
      { i: { organizationId: o, accountId: a, product: 'chatbot' } },
    ],
  ],
];

describe('X-7 chatbot company users: viewerCan… equals what CB-4/CB-5 then do', () => {
  const cells = ROLES.flatMap((actor) =>
    ROLES.flatMap((target) => ACTIONS.map(([field], i) => [actor, target, field, i] as const)),
  );
  it.each(cells)('%s on %s: %s', async (actorRole, targetRole, field, i) => {
    const c = await company();
    const actor = c.people[actorRole];
    const target = c.people[targetRole];
    const page = await gql(sys.gatewayUrl, USERS, { o: c.org }, actor.token);
    expect(page.errors).toBeUndefined();
    const users = page.data!.organization.chatbotCompany.users.edges.map(
      (e: { node: Record<string, unknown> }) => e.node,
    ) as Array<Record<string, unknown>>;
    const row = users.find((u) => (u.account as { id: string }).id === toGlobalId('Account', target.id))!;
    // Chatbot users are removed by removeCompanyUser only; revokeProductRole is never offered for them.
    expect(row.viewerCanRevoke).toBe(false);
    const [doc, vars] = ACTIONS[i]![1](c.org, target.id, targetRole);
    const res = await gql(sys.gatewayUrl, doc, vars as Record<string, unknown>, actor.token);
    const refused = (res.errors?.length ?? 0) > 0;
    if (refused) expect(codes(res).every((code) => code !== 'INTERNAL_SERVER_ERROR')).toBe(true);
    expect([field, refused ? 'REFUSED' : 'ALLOWED']).toEqual([field, row[field] ? 'ALLOWED' : 'REFUSED']);
  });
});
