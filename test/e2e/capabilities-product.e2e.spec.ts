import { toGlobalId } from '../../subgraphs/common/federation/global-id';
import { ProductService } from '../../subgraphs/product-roles/product/product.service';
import { ProductUserService } from '../../subgraphs/product-roles/product-user/product-user.service';
import { accountsFactory, type TestAccount } from '../support/factories';
import { codes, gql, startTestSystem, type TestSystem } from '../support/system';

/**
 * X-7 for LC-1…LC-3 and GA-9 (seed 003): every product user's and custom role's `viewerCan…` equals what the
 * mutation then does, for the organization owner, an administrator, a member with a LiveChat seat, and a member
 * whose custom role grants users.manage and roles.manage; and a page of product users with every viewerCan field
 * costs a constant number of statements.
 */
let sys: TestSystem;
let f: ReturnType<typeof accountsFactory>;
beforeAll(async () => {
  sys = await startTestSystem();
  f = accountsFactory(sys.deps.accounts);
});
afterAll(() => sys.close());

type Person = 'owner' | 'admin' | 'member' | 'manager';

async function world() {
  const o = await f.organization();
  const manager = await f.account('manager');
  await f.services.memberships.addMember(o.owner.viewer, {
    organizationId: o.org.id,
    email: manager.email,
    role: 'MEMBER' as never,
  });
  const prDb = sys.deps['product-roles'].db;
  await new ProductService(prDb).enable(o.owner.viewer, { organizationId: o.org.id, product: 'livechat' });
  const users = new ProductUserService(prDb);
  const managers = await users.createRole(o.owner.viewer, {
    organizationId: o.org.id,
    product: 'livechat',
    name: 'Managers',
    permissions: ['users.manage', 'roles.manage'],
  });
  await users.createRole(o.owner.viewer, {
    organizationId: o.org.id,
    product: 'livechat',
    name: 'Spare',
    permissions: ['users.manage'],
  });
  for (const [who, customRoleId] of [
    [o.admin, undefined],
    [o.member, undefined],
    [manager, managers.id],
  ] as Array<[TestAccount, string | undefined]>)
    await users.assign(o.owner.viewer, {
      organizationId: o.org.id,
      accountId: who.id,
      product: 'livechat',
      role: 'normal',
      customRoleId,
    });
  return { org: o.org.id, people: { owner: o.owner, admin: o.admin, member: o.member, manager } };
}

const PAGE = `query($o: ID!) { organization(id: $o) {
  productUsers(product: "livechat") { edges { node { account { id } viewerCanEdit viewerCanDeactivate viewerCanReactivate viewerCanRevoke } } }
  productCustomRoles(product: "livechat") { edges { node { id name isDefault viewerCanEdit viewerCanDelete } } } } }`;

const outcome = (res: { errors?: unknown[] }, c: unknown[]) =>
  res.errors ? (c.includes('INTERNAL_SERVER_ERROR') ? `UNEXPECTED ${JSON.stringify(c)}` : 'REFUSED') : 'ALLOWED';

describe('X-7 product users and custom roles: viewerCan… equals the mutation', () => {
  const PEOPLE: Person[] = ['owner', 'admin', 'member', 'manager'];
  const USER_ACTIONS = ['viewerCanDeactivate', 'viewerCanReactivate', 'viewerCanRevoke'] as const;
  const userCells = PEOPLE.flatMap((actor) =>
    PEOPLE.filter((t) => t !== 'owner').flatMap((target) => USER_ACTIONS.map((a) => [actor, target, a] as const)),
  );
  it.each(userCells)('%s on %s: %s', async (actorName, targetName, field) => {
    const w = await world();
    const actor = w.people[actorName];
    const target = w.people[targetName];
    const page = await gql(sys.gatewayUrl, PAGE, { o: w.org }, actor.token);
    const rows = ((page.data!.organization?.productUsers?.edges ?? []) as Array<{ node: Record<string, unknown> }>).map(
      (e) => e.node,
    );
    const row = rows.find((r) => (r.account as { id: string }).id === toGlobalId('Account', target.id));
    const can = (row?.[field] as boolean | undefined) ?? false;
    const mutation = {
      viewerCanDeactivate: 'deactivateProductUser(input: $i) { productUser { active } }',
      viewerCanReactivate: 'reactivateProductUser(input: $i) { productUser { active } }',
      viewerCanRevoke: 'revokeProductRole(input: $i) { removedProductUserId }',
    }[field];
    const res = await gql(
      sys.gatewayUrl,
      `mutation($i: ProductUserInput!) { ${mutation} }`,
      { i: { organizationId: w.org, accountId: target.id, product: 'livechat' } },
      actor.token,
    );
    expect([field, outcome(res, codes(res))]).toEqual([field, can ? 'ALLOWED' : 'REFUSED']);
  });

  const roleCells = PEOPLE.flatMap((actor) =>
    ['Operator', 'Managers', 'Spare'].flatMap((role) =>
      (['viewerCanEdit', 'viewerCanDelete'] as const).map((a) => [actor, role, a] as const),
    ),
  );
  it.each(roleCells)('%s on role %s: %s', async (actorName, roleName, field) => {
    const w = await world();
    const actor = w.people[actorName];
    const owner = w.people.owner;
    const all = (
      (await gql(sys.gatewayUrl, PAGE, { o: w.org }, owner.token)).data!.organization.productCustomRoles as {
        edges: Array<{ node: { id: string; name: string; permissions?: string[] } }>;
      }
    ).edges.map((e) => e.node);
    const role = all.find((r) => r.name === roleName)!;
    const minePage = (await gql(sys.gatewayUrl, PAGE, { o: w.org }, actor.token)).data!.organization
      ?.productCustomRoles as { edges: Array<{ node: Record<string, unknown> }> } | null;
    const mine = minePage?.edges.map((e) => e.node) ?? null;
    const can = (mine?.find((r) => r.id === role.id)?.[field] as boolean | undefined) ?? false;
    const operatorRole = all.find((r) => r.name === 'Operator')!;
    const res =
      field === 'viewerCanEdit'
        ? await gql(
            sys.gatewayUrl,
            'mutation($i: UpdateProductRoleInput!) { updateProductRole(input: $i) { productRole { id } } }',
            {
              i: {
                organizationId: w.org,
                product: 'livechat',
                roleId: role.id,
                permissions: roleName === 'Operator' ? ['conversations.live'] : ['users.manage'],
              },
            },
            actor.token,
          )
        : await gql(
            sys.gatewayUrl,
            'mutation($i: DeleteProductRoleInput!) { deleteProductRole(input: $i) { deletedProductRoleId } }',
            {
              i: {
                organizationId: w.org,
                product: 'livechat',
                roleId: role.id,
                // Only a held role needs its holders moved (LC-3); Managers is held by the manager.
                reassignToRoleId: roleName === 'Managers' ? operatorRole.id : null,
              },
            },
            actor.token,
          );
    expect([field, outcome(res, codes(res))]).toEqual([field, can ? 'ALLOWED' : 'REFUSED']);
  });
});

describe('X-7 batching: a page of product users with every viewerCan field', () => {
  it('costs the same statements for 3 and for 60 users', async () => {
    const w = await world();
    const count = async () => {
      const res = await gql(
        sys.subgraphUrls['product-roles']!,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Organization {
          productUsers(product: "livechat", first: 100) { edges { node { role viewerCanEdit viewerCanDeactivate viewerCanReactivate viewerCanRevoke } } } } } }`,
        { r: [{ __typename: 'Organization', id: w.org }] },
        w.people.owner.token,
      );
      expect(res.errors).toBeUndefined();
      return {
        n: (res.data!._entities as Array<{ productUsers: { edges: unknown[] } }>)[0]!.productUsers.edges.length,
        sql: Number(res.headers.get('x-sql-statements')),
      };
    };
    const small = await count();
    const db = sys.deps.accounts.db;
    await db.query(
      `WITH a AS (INSERT INTO accounts.accounts (email, name, password_hash)
         SELECT 'pu-' || gen_random_uuid() || '@example.test', 'PU', 'x' FROM generate_series(1, 57) RETURNING id),
       m AS (INSERT INTO accounts.memberships (organization_id, account_id, role) SELECT $1, id, 'MEMBER' FROM a RETURNING account_id)
       INSERT INTO product_roles.product_users (organization_id, product, account_id, role, active)
       SELECT $1, 'livechat', account_id, 'normal', true FROM m`,
      [w.org],
    );
    const large = await count();
    expect([small.n, large.n]).toEqual([3, 60]);
    expect(large.sql).toBe(small.sql);
  });
});
