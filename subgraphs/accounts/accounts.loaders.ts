import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import type { Viewer } from '../common/auth/tokens';
import { decisionLoader } from '../common/access/capability';
import { readAuditLog } from '../common/contracts/audit';
import type { MembershipFacts, OrganizationAccessLoaders } from '../common/organization-access';
import { answerAccountsQuestion, type AccountsDecisionFacts } from './decision/decision.service';
import { countLoader, groupLoader, isUuid, pageLoader, rowLoader } from '../common/loaders';
import type { Page } from '../common/pagination';
import { containsPattern } from '../common/validation';
import { AccountEntity } from './account/account.entity';
import { MembershipCustomRoleEntity, MembershipEntity } from './membership/membership.entity';
import { MemberOrder, type MemberListFilter } from './membership/membership.type';
import { OrganizationEntity } from './organization/organization.entity';
import type { AuditEvent } from '../common/audit/audit-event.type';
import { toAuditLogPage, type AuditLogRequest } from '../common/audit/audit-log';

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
    /**
     * Pages of members, filtered and ordered (issue 13). LATERAL + LIMIT walks the (organization_id, seq) index in
     * joining order; a filter or the NAME order reads the organization's members once (bounded by the organization,
     * not by the system), one statement per page whatever the number of organizations.
     */
    membersPage: pageLoader<MembershipEntity & { pageKey: Array<string | number> }, MemberListFilter>(
      async (orgIds, first, after, f) => {
        const byName = f.order === MemberOrder.NAME;
        const params: unknown[] = [orgIds, first + 1, f.email, f.search ? containsPattern(f.search) : null, f.roles];
        let keyset = '';
        if (after && byName) {
          params.push(String(after[0]), String(after[1]));
          keyset = 'AND (lower(a.name), m.seq) > ($6::text, $7::bigint)';
        } else if (after) {
          params.push(String(after[0]));
          keyset = 'AND m.seq > $6::bigint';
        }
        const rows: Array<Record<string, unknown>> = await db.query(
          `SELECT x.* FROM unnest($1::uuid[]) AS o(id)
           CROSS JOIN LATERAL (
             SELECT m.*, lower(a.name) AS sort_name FROM accounts.memberships m
             JOIN accounts.accounts a ON a.id = m.account_id
             WHERE m.organization_id = o.id ${memberFilterSql(3)} ${keyset}
             ORDER BY ${byName ? 'lower(a.name), m.seq' : 'm.seq'} LIMIT $2
           ) x`,
          params,
        );
        return rows.map((r) =>
          Object.assign(toMembership(r), {
            parentId: r.organization_id as string,
            pageKey: byName ? [r.sort_name as string, String(r.seq)] : [String(r.seq)],
          }),
        );
      },
      (m) => m.pageKey,
      (f) => (f.order === MemberOrder.NAME ? ['string', 'int'] : ['int']),
    ),
    /** How many members match a filter, per organization (the connection's totalCount). */
    memberCount: countLoader<MemberListFilter>(async (orgIds, f) =>
      db.query(
        `SELECT m.organization_id AS "parentId", count(*) AS n FROM unnest($1::uuid[]) AS o(id)
         JOIN accounts.memberships m ON m.organization_id = o.id
         JOIN accounts.accounts a ON a.id = m.account_id
         WHERE true ${memberFilterSql(2)}
         GROUP BY m.organization_id`,
        [orgIds, f.email, f.search ? containsPattern(f.search) : null, f.roles],
      ),
    ),
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

/** The member filter's conditions, parameters from $n: an exact e-mail, a name or e-mail pattern, primary roles. */
function memberFilterSql(n: number): string {
  const [email, pattern, roles] = [`$${n}`, `$${n + 1}`, `$${n + 2}`];
  return `AND (${email}::text IS NULL OR a.email = ${email}::text)
    AND (${pattern}::text IS NULL OR a.name ILIKE ${pattern}::text ESCAPE '\\' OR a.email ILIKE ${pattern}::text ESCAPE '\\')
    AND (${roles}::text[] IS NULL OR m.role = ANY(${roles}::text[]))`;
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
