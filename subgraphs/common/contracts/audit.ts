import { isUuid } from '../loaders';
import type { Queryable } from '../db/queryable';

/**
 * The audit read contract (X-3, issue 9 item 6): every domain publishes its events as `<schema>.audit_log` with the
 * same columns (its own migration), and this module is the only SQL that reads them. One page is one statement:
 * each selected domain's newest `limit + 1` events after the cursor, by the (organization_id, created_at DESC,
 * id DESC) index of that domain, merged newest first. A page therefore costs O(page) whatever the history's length.
 */

/** The domains that publish audit events, and the view each publishes. */
export const AUDIT_LOG_VIEWS = {
  accounts: 'accounts.audit_log',
  product_roles: 'product_roles.audit_log',
  department_groups: 'department_groups.audit_log',
  customer_hierarchy: 'customer_hierarchy.audit_log',
} as const;

/** The columns every published audit view has (a contract test checks each view against this list). */
export const AUDIT_LOG_COLUMNS = [
  'domain',
  'id',
  'organization_id',
  'actor_account_id',
  'actor_name',
  'actor_email',
  'action',
  'target_type',
  'target_id',
  'before',
  'after',
  'created_at',
] as const;

/** A domain that publishes audit events. */
export type AuditDomainKey = keyof typeof AUDIT_LOG_VIEWS;

/** Every domain, in a stable order. */
export const AUDIT_DOMAIN_KEYS = Object.keys(AUDIT_LOG_VIEWS) as AuditDomainKey[];

/** One row of a published audit view, as the read path returns it. */
export interface AuditLogRow {
  domain: AuditDomainKey;
  id: string;
  organizationId: string;
  actorAccountId: string | null;
  actorName: string | null;
  actorEmail: string | null;
  action: string;
  targetType: string;
  targetId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  createdAt: Date;
  /** created_at in UTC with microseconds: the exact sort key (a JS Date keeps only milliseconds). */
  createdAtKey: string;
}

/** Which events a page shows; every given criterion must hold. */
export interface AuditLogFilter {
  domains?: readonly AuditDomainKey[] | null;
  actions?: readonly string[] | null;
  actorAccountId?: string | null;
  targetType?: string | null;
  targetId?: string | null;
}

/** The keyset position after which a page starts (exclusive): the last event of the previous page. */
export interface AuditLogPosition {
  createdAtKey: string;
  id: string;
}

const KEY_FORMAT = `'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'`;
const TIMESTAMP_KEY = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** Whether a cursor's parts can be a position of this contract (callers turn false into BAD_USER_INPUT). */
export function isAuditLogPosition(createdAtKey: unknown, id: unknown): boolean {
  return (
    typeof createdAtKey === 'string' &&
    TIMESTAMP_KEY.test(createdAtKey) &&
    !Number.isNaN(Date.parse(createdAtKey)) &&
    typeof id === 'string' &&
    isUuid(id)
  );
}

/** The SQL of one page (exported for the EXPLAIN test); params are positional in the returned list. */
export function auditLogPageSql(
  organizationId: string,
  limit: number,
  after: AuditLogPosition | null,
  filter: AuditLogFilter = {},
): { sql: string; params: unknown[] } {
  const params: unknown[] = [organizationId, limit];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const where = ['organization_id = $1'];
  if (after) where.push(`(created_at, id) < (${param(after.createdAtKey)}::timestamptz, ${param(after.id)}::uuid)`);
  if (filter.actions?.length) where.push(`action = ANY(${param(filter.actions)}::text[])`);
  if (filter.actorAccountId) where.push(`actor_account_id = ${param(filter.actorAccountId)}::uuid`);
  if (filter.targetType) where.push(`target_type = ${param(filter.targetType)}`);
  if (filter.targetId) where.push(`target_id = ${param(filter.targetId)}`);
  const domains = filter.domains?.length
    ? AUDIT_DOMAIN_KEYS.filter((d) => filter.domains!.includes(d))
    : AUDIT_DOMAIN_KEYS;
  const branches = domains.map(
    (d) => `(SELECT domain, id, organization_id AS "organizationId", actor_account_id AS "actorAccountId",
        actor_name AS "actorName", actor_email AS "actorEmail", action, target_type AS "targetType",
        target_id AS "targetId", before, after, created_at AS "createdAt",
        to_char(created_at AT TIME ZONE 'UTC', ${KEY_FORMAT}) AS "createdAtKey"
      FROM ${AUDIT_LOG_VIEWS[d]} WHERE ${where.join(' AND ')}
      ORDER BY created_at DESC, id DESC LIMIT $2)`,
  );
  return {
    sql: `SELECT * FROM (${branches.join('\nUNION ALL\n')}) page ORDER BY "createdAt" DESC, id DESC LIMIT $2`,
    params,
  };
}

/**
 * Up to `limit` events of an organization across the selected domains, newest first (ties by id), strictly after
 * `after`. Ask for one more than the page size to learn whether another page follows.
 */
export async function readAuditLog(
  q: Queryable,
  organizationId: string,
  limit: number,
  after: AuditLogPosition | null,
  filter: AuditLogFilter = {},
): Promise<AuditLogRow[]> {
  if (!isUuid(organizationId)) return [];
  const { sql, params } = auditLogPageSql(organizationId, limit, after, filter);
  return (await q.query(sql, params)) as AuditLogRow[];
}
