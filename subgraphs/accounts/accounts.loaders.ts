import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import type { Viewer } from '../common/auth/tokens';
import { decisionLoader } from '../common/access/capability';
import { readAuditLog } from '../common/contracts/audit';
import type { MembershipFacts, OrganizationAccessLoaders } from '../common/organization-access';
import { answerAccountsQuestion, type AccountsDecisionFacts } from './decision/decision.service';
import { groupLoader, isUuid, rowLoader } from '../common/loaders';
import { decodeCursor, toPage, type CursorKey, type Page } from '../common/pagination';
import { AccountEntity } from './account/account.entity';
import { MembershipCustomRoleEntity, MembershipEntity } from './membership/membership.entity';
import { OrganizationEntity } from './organization/organization.entity';
import type { AuditEvent } from './audit/audit-event.type';
import { toAuditLogPage, type AuditLogRequest } from './audit/audit-log';

/** A page request for a list under a parent. */
export interface PageKey {
  parentId: string;
  first: number;
  after: string | null;
}

/**
 * Loads pages of many parents in one statement per distinct (first, after), so `organizations { members(first: 10) }`
 * costs one query however many organizations.
 */
function pageLoader<Row>(
  fetch: (
    parentIds: string[],
    first: number,
    after: Array<string | number> | null,
  ) => Promise<Array<Row & { parentId: string }>>,
  keyOf: (row: Row) => ReadonlyArray<string | number>,
  kinds: readonly CursorKey[],
): DataLoader<PageKey, Page<Row>, string> {
  return new DataLoader<PageKey, Page<Row>, string>(
    async (keys) => {
      const groups = new Map<string, PageKey[]>();
      for (const key of keys) {
        const g = `${key.first}|${key.after ?? ''}`;
        groups.set(g, [...(groups.get(g) ?? []), key]);
      }
      const pages = new Map<string, Page<Row>>();
      for (const group of groups.values()) {
        const { first, after } = group[0]!;
        const cursor = decodeCursor(after, kinds);
        const parentIds = [...new Set(group.map((k) => k.parentId).filter(isUuid))];
        const rows = parentIds.length ? await fetch(parentIds, first, cursor) : [];
        for (const parentId of new Set(group.map((k) => k.parentId))) {
          const mine = rows.filter((r) => r.parentId === parentId);
          pages.set(`${parentId}|${first}|${after ?? ''}`, toPage(mine, first, keyOf));
        }
      }
      return keys.map((k) => pages.get(`${k.parentId}|${k.first}|${k.after ?? ''}`)!);
    },
    { cacheKeyFn: (k) => `${k.parentId}|${k.first}|${k.after ?? ''}` },
  );
}

/**
 * Every loader of the accounts subgraph, created per request (they cache for one request only). The viewer is
 * read when a batch runs, because signing in inside a request changes it.
 */
export function createAccountsLoaders(
  db: DataSource,
  currentViewer: () => Viewer | null,
  orgAccess: OrganizationAccessLoaders,
) {
  const memberships = db.getRepository(MembershipEntity);
  /** Memberships by (organization, account): the facts of an account a decision is asked about. */
  const membershipOfPair = new DataLoader<string, MembershipFacts | null>(async (keys) => {
    const pairs = keys.map((k) => k.split('|') as [string, string]).filter(([o, a]) => isUuid(o) && isUuid(a));
    const rows: MembershipFacts[] = pairs.length
      ? await db.query(
          `SELECT r.membership_id AS "membershipId", r.organization_id AS "organizationId", r.account_id AS "accountId",
                  r.primary_role AS "primaryRole", r.custom_roles AS "customRoles"
           FROM unnest($1::uuid[], $2::uuid[]) AS k(organization_id, account_id)
           JOIN accounts.membership_roles r USING (organization_id, account_id)`,
          [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
        )
      : [];
    const byPair = new Map(rows.map((r) => [`${r.organizationId}|${r.accountId}`, r]));
    return keys.map((k) => byPair.get(k) ?? null);
  });
  const decisionFacts: AccountsDecisionFacts = {
    viewerMembership: (id) => orgAccess.viewerMembershipByOrganizationId.load(id),
    membershipById: (id) => (isUuid(id) ? orgAccess.membershipById.load(id) : Promise.resolve(null)),
    membershipOf: (organizationId, accountId) => membershipOfPair.load(`${organizationId}|${accountId}`),
  };
  return {
    /** X-2: accounts' answers by decision key, decided by the mutations' own rule over these loaders' facts. */
    accountsDecision: decisionLoader('accounts', currentViewer, (viewer, key, q) =>
      answerAccountsQuestion(viewer, decisionFacts, key, q),
    ),
    accountById: rowLoader(
      (ids) => db.getRepository(AccountEntity).findBy({ id: In(ids) }),
      (a) => a.id,
    ),
    organizationById: rowLoader(
      (ids) => db.getRepository(OrganizationEntity).findBy({ id: In(ids) }),
      (o) => o.id,
    ),
    membershipById: rowLoader(
      (ids) => memberships.findBy({ id: In(ids) }),
      (m) => m.id,
    ),
    membershipsByAccountId: groupLoader(
      (ids) => memberships.find({ where: { accountId: In(ids) }, order: { seq: 'ASC' } }),
      (m) => m.accountId,
    ),
    customRolesByMembershipId: groupLoader(
      (ids) =>
        db.getRepository(MembershipCustomRoleEntity).find({ where: { membershipId: In(ids) }, order: { role: 'ASC' } }),
      (r) => r.membershipId,
    ),
    /** Whether the caller shares at least one organization with each account (who may see whose profile). */
    viewerSharesOrganizationWith: new DataLoader<string, boolean>(async (accountIds) => {
      const viewer = currentViewer();
      if (!viewer) return accountIds.map(() => false);
      const valid = accountIds.filter(isUuid);
      const rows: Array<{ account_id: string }> = valid.length
        ? await db.query(
            `SELECT DISTINCT other.account_id FROM accounts.memberships mine
             JOIN accounts.memberships other ON other.organization_id = mine.organization_id
             WHERE mine.account_id = $1 AND other.account_id = ANY($2::uuid[])`,
            [viewer.accountId, valid],
          )
        : [];
      const shared = new Set(rows.map((r) => r.account_id));
      return accountIds.map((id) => shared.has(id));
    }),
    membersPage: pageLoader<MembershipEntity>(
      async (orgIds, first, after) => {
        // LATERAL + LIMIT walks the (organization_id, seq) index: a page costs the same in an organization of 10 or 10^6.
        const rows: Array<Record<string, unknown>> = await db.query(
          `SELECT m.* FROM unnest($1::uuid[]) AS o(id)
           CROSS JOIN LATERAL (
             SELECT * FROM accounts.memberships m
             WHERE m.organization_id = o.id AND ($2::bigint IS NULL OR m.seq > $2::bigint)
             ORDER BY m.seq LIMIT $3
           ) m ORDER BY m.organization_id, m.seq`,
          [orgIds, after ? String(after[0]) : null, first + 1],
        );
        return rows.map((r) => Object.assign(toMembership(r), { parentId: r.organization_id as string }));
      },
      (m) => [m.seq],
      ['int'],
    ),
    memberCountByOrganizationId: new DataLoader<string, number>(async (orgIds) => {
      const valid = orgIds.filter(isUuid);
      const rows: Array<{ organization_id: string; n: string }> = valid.length
        ? await db.query(
            'SELECT organization_id, count(*) AS n FROM accounts.memberships WHERE organization_id = ANY($1::uuid[]) GROUP BY organization_id',
            [valid],
          )
        : [];
      const byOrg = new Map(rows.map((r) => [r.organization_id, Number(r.n)]));
      return orgIds.map((id) => byOrg.get(id) ?? 0);
    }),
    /** Pages of organizations' audit logs across every domain (X-3), one statement per page asked. */
    auditLog: new DataLoader<AuditLogRequest, Page<AuditEvent>, string>(
      (requests) =>
        Promise.all(
          requests.map(async (r) =>
            toAuditLogPage(await readAuditLog(db, r.organizationId, r.first + 1, r.after, r.filter), r.first),
          ),
        ),
      { cacheKeyFn: (r) => JSON.stringify(r) },
    ),
  };
}

function toMembership(row: Record<string, unknown>): MembershipEntity {
  return Object.assign(new MembershipEntity(), {
    id: row.id,
    seq: String(row.seq),
    organizationId: row.organization_id,
    accountId: row.account_id,
    role: row.role,
    createdAt: row.created_at,
  });
}

export type AccountsLoaders = ReturnType<typeof createAccountsLoaders>;
