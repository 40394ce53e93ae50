import { randomUUID } from 'node:crypto';
import { graphql, type GraphQLSchema } from 'graphql';
import { accountsSubgraph } from '../../subgraphs/accounts/accounts.subgraph';
import { PrimaryRole } from '../../subgraphs/common/organization-access';
import type { Viewer } from '../../subgraphs/common/auth/tokens';
import {
  auditLogPageSql,
  AUDIT_DOMAIN_KEYS,
  AUDIT_LOG_COLUMNS,
  AUDIT_LOG_VIEWS,
  type AuditDomainKey,
} from '../../subgraphs/common/contracts/audit';
import { formatError } from '../../subgraphs/common/errors';
import { buildFederatedSubgraph } from '../../subgraphs/common/federation/build-subgraph';
import { encodeCursor } from '../../subgraphs/common/pagination';
import type { SubgraphDeps } from '../../subgraphs/common/subgraph';
import { accountsFactory, useAccounts } from '../support/factories';
import { rawId } from '../support/system';

// X-3, issue 9 item 6: one audit read path, Organization.auditLog, over every domain's published audit_log view.
const ctx = useAccounts();
let deps: SubgraphDeps;
let f: ReturnType<typeof accountsFactory>;
let schema: GraphQLSchema;

interface Result {
  data?: Record<string, any> | null; // eslint-disable-line @typescript-eslint/no-explicit-any
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
}

beforeAll(async () => {
  ({ deps, f } = ctx);
  schema = await buildFederatedSubgraph(accountsSubgraph.definition);
});

/** Runs one operation against the real, enforced accounts subgraph schema as the viewer. */
async function run(viewer: Viewer | null, source: string, variableValues: Record<string, unknown> = {}) {
  const contextFor = accountsSubgraph.createContextFactory(deps);
  const format = formatError((err) => {
    throw err;
  });
  const result = await graphql({
    schema,
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
    data: result.data as Result['data'],
    errors: result.errors?.map((e) => format(e.toJSON(), e)) as Result['errors'],
  };
}

const codes = (r: Result) => (r.errors ?? []).map((e) => e.extensions?.code);

const LOG = `query($o: ID!, $first: Int, $after: String, $filter: AuditLogFilter) {
  organization(id: $o) { auditLog(first: $first, after: $after, filter: $filter) {
    edges { cursor node { id domain action actor { id name email } targetType targetId before after createdAt } }
    pageInfo { hasNextPage endCursor } } } }`;

interface Node {
  id: string;
  domain: string;
  action: string;
  actor: { id: string; name: string | null; email: string | null } | null;
  targetType: string;
  targetId: string;
}

async function page(viewer: Viewer, o: string, vars: Record<string, unknown> = {}) {
  const res = await run(viewer, LOG, { o, ...vars });
  expect(res.errors).toBeUndefined();
  const log = res.data!.organization.auditLog as {
    edges: Array<{ cursor: string; node: Node }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
  // The API answers global ids (issue 13); these tests compare with the rows they wrote.
  for (const { node } of log.edges) {
    node.id = rawId(node.id);
    if (node.actor) node.actor.id = rawId(node.actor.id);
  }
  return log;
}

/** Writes an event the way a domain's SQL trigger does: straight into that domain's table (the actor's name comes from the BEFORE INSERT trigger). */
async function writeEvent(
  domain: AuditDomainKey,
  organizationId: string,
  actorAccountId: string | null,
  action: string,
  target: { type: string; id: string } = { type: 'Thing', id: randomUUID() },
): Promise<string> {
  const [{ id }] = await deps.db.query(
    `INSERT INTO ${domain}.audit_events (organization_id, actor_account_id, action, target_type, target_id, before)
     VALUES ($1, $2, $3, $4, $5, '{"n": 1}') RETURNING id`,
    [organizationId, actorAccountId, action, target.type, target.id],
  );
  return id as string;
}

describe('the audit contract (subgraphs/common/contracts/audit.ts)', () => {
  it.each(Object.values(AUDIT_LOG_VIEWS))('view %s has every column the read path reads', async (view) => {
    const [schema, name] = view.split('.');
    const columns: Array<{ column_name: string }> = await deps.db.query(
      'SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position',
      [schema, name],
    );
    expect(columns.map((c) => c.column_name)).toEqual([...AUDIT_LOG_COLUMNS]);
  });
});

describe('Organization.auditLog: every domain, one connection', () => {
  it('shows the events of all four domains newest first, each with its domain and the actor kept on it', async () => {
    const o = await f.organization();
    const written: string[] = [];
    for (const domain of AUDIT_DOMAIN_KEYS) written.push(await writeEvent(domain, o.org.id, o.admin.id, `${domain}.x`));
    const log = await page(o.owner.viewer, o.org.id, { first: 4 });
    expect(log.edges.map((e) => e.node.id)).toEqual([...written].reverse());
    expect(log.edges.map((e) => e.node.domain)).toEqual([
      'CUSTOMER_HIERARCHY',
      'DEPARTMENT_GROUPS',
      'PRODUCT_ROLES',
      'ACCOUNTS',
    ]);
    for (const { node } of log.edges) {
      expect(node.actor).toEqual({ id: o.admin.id, name: 'admin', email: o.admin.email });
    }
  });

  it('is for owners and administrators (organization:administer): a member and an outsider are FORBIDDEN', async () => {
    const o = await f.organization();
    const outsider = await f.account('outsider');
    for (const [viewer, allowed] of [
      [o.owner.viewer, true],
      [o.admin.viewer, true],
      [o.member.viewer, false],
      [outsider.viewer, false],
    ] as const) {
      const res = await run(viewer, LOG, { o: o.org.id });
      if (allowed) expect(res.data!.organization.auditLog.edges.length).toBeGreaterThan(0);
      else expect(codes(res)).toEqual(['FORBIDDEN']);
    }
  });

  it('filters by domain, action, actor, target type and target', async () => {
    const o = await f.organization();
    const target = { type: 'Account', id: o.member.id };
    const a = await writeEvent('product_roles', o.org.id, o.admin.id, 'member.offboarded', target);
    const b = await writeEvent('department_groups', o.org.id, o.owner.id, 'member.offboarded', target);
    const c = await writeEvent('department_groups', o.org.id, o.admin.id, 'user_group.created');
    const ids = async (filter: Record<string, unknown>) =>
      (await page(o.owner.viewer, o.org.id, { filter, first: 100 })).edges.map((e) => e.node.id);
    expect(await ids({ domains: ['DEPARTMENT_GROUPS'] })).toEqual([c, b]);
    expect(await ids({ actions: ['member.offboarded'] })).toEqual([b, a]);
    expect(await ids({ actorAccountId: o.admin.id, domains: ['PRODUCT_ROLES', 'DEPARTMENT_GROUPS'] })).toEqual([c, a]);
    expect(await ids({ targetType: 'Account' })).toEqual([b, a]);
    expect(await ids({ targetId: o.member.id, domains: ['PRODUCT_ROLES'] })).toEqual([a]);
    // Accounts' own events are there too: the member's addition, by the owner.
    const added = await page(o.owner.viewer, o.org.id, {
      filter: { domains: ['ACCOUNTS'], actions: ['membership.added'] },
    });
    expect(added.edges).toHaveLength(3);
    expect(added.edges.every((e) => e.node.actor?.id === o.owner.id)).toBe(true);
  });

  it('pages with no duplicates and no gaps while new events arrive', async () => {
    const o = await f.organization();
    for (let i = 0; i < 12; i++) await writeEvent(AUDIT_DOMAIN_KEYS[i % 4]!, o.org.id, o.owner.id, `paging.${i}`);
    const snapshot = (await page(o.owner.viewer, o.org.id, { first: 100 })).edges.map((e) => e.node.id);
    const seen: string[] = [];
    let after: string | null = null;
    for (let round = 0; round < 20; round++) {
      const p = await page(o.owner.viewer, o.org.id, { first: 4, after });
      seen.push(...p.edges.map((e) => e.node.id));
      // Newer events (in any domain) arrive between pages: they belong before the first page, never in a later one.
      await writeEvent(AUDIT_DOMAIN_KEYS[round % 4]!, o.org.id, o.owner.id, 'paging.new');
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(seen).toEqual(snapshot);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it.each([
    ['garbage', 'not a cursor'],
    ['a member-list cursor', encodeCursor(['42'])],
    ['a cursor with a malformed time', encodeCursor(['yesterday', randomUUID()])],
    ['a cursor with a malformed id', encodeCursor(['2026-11-23T10:00:00.000000Z', "1' OR '1'='1"])],
  ])('refuses %s as after (BAD_USER_INPUT)', async (_name, after) => {
    const o = await f.organization();
    const res = await run(o.owner.viewer, LOG, { o: o.org.id, after });
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses a malformed actor id in the filter (BAD_USER_INPUT)', async () => {
    const o = await f.organization();
    const res = await run(o.owner.viewer, LOG, { o: o.org.id, filter: { actorAccountId: 'nope' } });
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
  });

  it("keeps the actor's name and e-mail after the actor is removed and its account deleted", async () => {
    const o = await f.organization();
    await f.services.memberships.setPrimaryRole(o.admin.viewer, {
      organizationId: o.org.id,
      accountId: o.member.id,
      role: PrimaryRole.ADMINISTRATOR,
    });
    await f.services.memberships.removeMember(o.owner.viewer, { organizationId: o.org.id, accountId: o.admin.id });
    await deps.db.query('DELETE FROM accounts.accounts WHERE id = $1', [o.admin.id]);
    const log = await page(o.owner.viewer, o.org.id, { filter: { actorAccountId: o.admin.id } });
    expect(log.edges.map((e) => [e.node.action, e.node.actor])).toEqual([
      ['membership.role_changed', { id: o.admin.id, name: 'admin', email: o.admin.email }],
    ]);
    // And the removal recorded who was removed and the roles they held (GA-11).
    const removed = await page(o.owner.viewer, o.org.id, { filter: { actions: ['membership.removed'] } });
    expect(removed.edges[0]!.node).toMatchObject({
      before: { accountId: o.admin.id, role: 'ADMINISTRATOR', customRoles: [], name: 'admin', email: o.admin.email },
      after: null,
    });
  });
});

describe('a page costs O(page): keyset on (created_at, id) by each domain index', () => {
  it('reads first + 1 rows per domain from the index with 10^5 events in the organization (EXPLAIN)', async () => {
    const o = await f.organization();
    const runner = deps.db.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await runner.query(
        `INSERT INTO accounts.audit_events (organization_id, action, target_type, target_id, created_at)
         SELECT $1, 'bulk', 'Thing', g::text, now() - (g || ' milliseconds')::interval FROM generate_series(1, 100000) g`,
        [o.org.id],
      );
      for (const domain of AUDIT_DOMAIN_KEYS.slice(1)) {
        await runner.query(
          `INSERT INTO ${domain}.audit_events (organization_id, action, target_type, target_id, created_at)
           SELECT $1, 'bulk', 'Thing', g::text, now() - (g || ' milliseconds')::interval FROM generate_series(1, 1000) g`,
          [o.org.id],
        );
      }
      for (const domain of AUDIT_DOMAIN_KEYS) await runner.query(`ANALYZE ${domain}.audit_events`);
      // A cursor deep in the history: the 50,000th event.
      const [mid] = await runner.query(
        `SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS key, id
         FROM accounts.audit_events WHERE organization_id = $1 AND target_id = '50000'`,
        [o.org.id],
      );
      const { sql, params } = auditLogPageSql(o.org.id, 21, { createdAtKey: mid.key as string, id: mid.id as string });
      const [{ 'QUERY PLAN': plan }] = await runner.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, params);
      const scans: Array<{ index: string; rows: number }> = [];
      const walk = (node: Record<string, unknown>) => {
        if (typeof node['Node Type'] === 'string' && (node['Node Type'] as string).includes('Scan')) {
          scans.push({ index: String(node['Index Name']), rows: Number(node['Actual Rows']) });
        }
        for (const child of (node.Plans as Array<Record<string, unknown>>) ?? []) walk(child);
      };
      walk((plan as Array<{ Plan: Record<string, unknown> }>)[0]!.Plan);
      expect(scans).toHaveLength(4);
      for (const scan of scans) {
        expect(scan.index).toBe('audit_events_organization_time');
        expect(scan.rows).toBeLessThanOrEqual(21);
      }
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});
