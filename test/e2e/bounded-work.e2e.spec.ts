import { accountsFactory } from '../support/factories';
import { codes, gql, startTestSystem, type TestSystem } from '../support/system';

let sys: TestSystem;
let f: ReturnType<typeof accountsFactory>;
beforeAll(async () => {
  sys = await startTestSystem();
  f = accountsFactory(sys.deps.accounts);
});
afterAll(() => sys.close());

/** An organization with `n` user groups, each working with all `n` (issue 10's amplification shape). */
async function groupsWorkingWithEachOther(n: number) {
  const o = await f.organization();
  const db = sys.deps['department-groups'].db;
  const rows: Array<{ id: string }> = await db.query(
    `INSERT INTO department_groups.user_groups (organization_id, name, required)
     SELECT $1, 'group ' || i, false FROM generate_series(1, $2) i RETURNING id`,
    [o.org.id, n],
  );
  await db.query(
    `INSERT INTO department_groups.user_group_work_with (user_group_id, work_with_group_id)
     SELECT a, b FROM unnest($1::uuid[]) a, unnest($1::uuid[]) b`,
    [rows.map((r) => r.id)],
  );
  return o;
}

describe('bounded work per request (X-10)', () => {
  it('40 groups each working with all 40, four levels deep: stopped by the budget with one clear error', async () => {
    const o = await groupsWorkingWithEachOther(40);
    const query =
      'query($o: ID!) { organization(id: $o) { userGroups(first: 40) { edges { node { workWith { workWith { workWith { id } } } } } } } }';
    for (const url of [sys.gatewayUrl, sys.subgraphUrls['department-groups']]) {
      const res =
        url === sys.gatewayUrl
          ? await gql(url, query, { o: o.org.id }, o.owner.token)
          : await gql(
              url,
              'query($o: ID!) { _entities(representations: [{ __typename: "Organization", id: $o }]) { ... on Organization { userGroups(first: 40) { edges { node { workWith { workWith { workWith { id } } } } } } } } }',
              { o: o.org.id },
              o.owner.token,
            );
      expect(res.status).toBeLessThan(500);
      expect(codes(res)).toEqual(['REQUEST_BUDGET_EXCEEDED']);
      expect(res.errors![0].extensions?.limit).toBe(50_000);
    }
    // Two levels (40 × 40) is well within the budget and answers in full.
    const ok = await gql(
      sys.gatewayUrl,
      'query($o: ID!) { organization(id: $o) { userGroups(first: 100) { edges { node { workWith { id } } } } } }',
      { o: o.org.id },
      o.owner.token,
    );
    expect(ok.errors).toBeUndefined();
    expect(
      (ok.data as { organization: { userGroups: { edges: Array<{ node: { workWith: unknown[] } }> } } }).organization
        .userGroups.edges,
    ).toHaveLength(40);
  });

  it('prices `first` from its actual value, variables included', async () => {
    const o = await f.organization();
    const query =
      'query($o: ID!, $n: Int) { organization(id: $o) { members(first: $n) { edges { node { account { memberships { organization { members(first: $n) { edges { node { id role } } } } } } } } } } }';
    for (const url of [sys.gatewayUrl, sys.subgraphUrls.accounts]) {
      const small = await gql(url, query, { o: o.org.id, n: 3 }, o.owner.token);
      expect(small.status).toBe(200);
      expect(codes(small).filter((c) => c === 'QUERY_TOO_COMPLEX')).toEqual([]);
      const big = await gql(url, query, { o: o.org.id, n: 100 }, o.owner.token);
      expect(big.status).toBe(400);
      expect(codes(big)).toEqual(['QUERY_TOO_COMPLEX']);
      expect(big.errors![0].message).toMatch(/could resolve more than/);
    }
  });

  it("the subgraphs' connections carry a statement timeout", async () => {
    for (const deps of Object.values(sys.deps)) {
      const [row] = await deps.db.query<Array<{ statement_timeout: string }>>('SHOW statement_timeout');
      expect(row.statement_timeout).toBe('5s');
    }
  });
});
