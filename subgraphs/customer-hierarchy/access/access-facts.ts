import { isUuid } from '../../common/loaders';
import type { PortalRole } from './portal.matrix';
import type { AssignmentFacts, Target } from './reach';

import type { Queryable } from '../../common/db/queryable';

export type { Queryable };

/**
 * Portal role assignments of accounts with their reach resolved in one statement: the server and conduit each
 * sits in (through its conduit or customer) and the customers assigned to sales reps and customer managers.
 */
export async function loadAssignmentFacts(
  q: Queryable,
  where: { accountIds?: string[]; ids?: string[] },
): Promise<AssignmentFacts[]> {
  const accountIds = (where.accountIds ?? []).filter(isUuid);
  const ids = (where.ids ?? []).filter(isUuid);
  if (accountIds.length === 0 && ids.length === 0) return [];
  const rows = (await q.query(
    `SELECT * FROM customer_hierarchy.assignment_reach WHERE account_id = ANY($1::uuid[]) OR id = ANY($2::uuid[]) ORDER BY created_at, id`,
    [accountIds, ids],
  )) as Array<Record<string, unknown>>;
  return rows.map(toFacts);
}

/** Assignments whose reach sits in any of these servers, conduits or customers (portal users by scope). */
export async function loadAssignmentsIn(
  q: Queryable,
  column: 'server_id' | 'conduit_id' | 'customer_id',
  keys: string[],
): Promise<AssignmentFacts[]> {
  const valid = keys.filter(isUuid);
  if (valid.length === 0) return [];
  const extra = column === 'customer_id' ? ' OR customer_ids && $2::text[]' : '';
  const rows = (await q.query(
    `SELECT * FROM customer_hierarchy.assignment_reach WHERE ${column} = ANY($1::uuid[])${extra} ORDER BY created_at, id`,
    column === 'customer_id' ? [valid, valid] : [valid],
  )) as Array<Record<string, unknown>>;
  return rows.map(toFacts);
}

/** A row of `assignment_reach` as facts. */
export function toFacts(r: Record<string, unknown>): AssignmentFacts {
  return {
    id: r.id as string,
    accountId: r.account_id as string,
    role: r.role as PortalRole,
    serverId: (r.server_id as string | null) ?? null,
    conduitId: (r.conduit_id as string | null) ?? null,
    customerId: (r.customer_id as string | null) ?? null,
    customerIds: (r.customer_ids as string[]) ?? [],
  };
}

/** A customer (or anything with its conduit and server) as a decision target. */
export const customerTarget = (c: { id: string; conduitId: string; serverId: string }): Target => ({
  serverId: c.serverId,
  conduitId: c.conduitId,
  customerId: c.id,
});

/** A conduit as a decision target. */
export const conduitTarget = (c: { id: string; serverId: string }): Target => ({
  serverId: c.serverId,
  conduitId: c.id,
});

/** A server as a decision target. */
export const serverTarget = (s: { id: string }): Target => ({ serverId: s.id });
