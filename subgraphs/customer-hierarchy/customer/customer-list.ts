import { ACCOUNTS_VIEWS } from '../../common/contracts/accounts';
import type { Queryable } from '../../common/db/queryable';
import { ValidationError } from '../../common/errors';
import { isUuid } from '../../common/loaders';
import { pageSize, type CursorKey } from '../../common/pagination';
import {
  containsPattern,
  optional,
  requireId,
  requireSearch,
  requireSetOf,
  validateInput,
} from '../../common/validation';
import type { ReachSets } from '../access/reach';
import { BillingState } from './billing.machine';
import { CustomerEntity } from './customer.entity';
import { CustomerOrder } from './customer-list.type';
import type { CustomerFilter } from './customer-list.input';

/** A validated customer filter, order and the caller's reach: a plain JSON value (part of the batch key). */
export interface CustomerListFilter {
  conduitId: string | null;
  billingStates: BillingState[] | null;
  search: string | null;
  order: CustomerOrder;
  reach: ReachSets;
}

/** Validates `first` and the filter of a customer list all at once (one BAD_USER_INPUT naming each bad argument). */
export function customerListRequest(
  first: number | null | undefined,
  filter: CustomerFilter | null | undefined,
  orderBy: CustomerOrder | null | undefined,
  reach: ReachSets,
): { first: number; filter: CustomerListFilter } {
  const checked = validateInput({
    first: () => pageSize(first),
    conduitId: () => optional(filter?.conduitId, (v) => requireId('filter.conduitId', v)),
    billingStates: () =>
      optional(filter?.billingStates, (v) => requireSetOf('filter.billingStates', v, Object.values(BillingState))),
    search: () => optional(filter?.search, (v) => requireSearch('filter.search', v)),
  });
  return {
    first: checked.first,
    filter: {
      conduitId: checked.conduitId,
      billingStates: checked.billingStates,
      search: checked.search,
      order: orderBy ?? CustomerOrder.CREATED,
      reach,
    },
  };
}

const TIME_KEY = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$/;

/** The cursor keys of either order: (created_at at microseconds, id) or (lower-cased name, id). */
export const CUSTOMER_CURSOR: readonly CursorKey[] = ['string', 'string'];

/**
 * One page of customers (first + 1 rows) within the caller's reach, filtered and ordered, in ONE statement; with
 * `conduitIds`, the page of each of those conduits (LATERAL per conduit), otherwise of every conduit.
 */
export async function fetchCustomerPage(
  db: Queryable,
  conduitIds: string[] | null,
  first: number,
  after: Array<string | number> | null,
  f: CustomerListFilter,
): Promise<Array<CustomerEntity & { parentId: string; pageKey: string[] }>> {
  const r = f.reach;
  if (!r.everywhere && !r.serverIds.length && !r.conduitIds.length && !r.customerIds.length) return [];
  const byName = f.order === CustomerOrder.NAME;
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const where = [
    `(${p(r.everywhere)}::boolean OR c.server_id = ANY(${p(r.serverIds)}::uuid[]) OR c.conduit_id = ANY(${p(r.conduitIds)}::uuid[]) OR c.id = ANY(${p(r.customerIds)}::uuid[]))`,
  ];
  if (f.conduitId) where.push(`c.conduit_id = ${p(f.conduitId)}::uuid`);
  if (f.billingStates) where.push(`c.billing_state = ANY(${p(f.billingStates)}::text[])`);
  if (f.search) where.push(`o.name ILIKE ${p(containsPattern(f.search))}::text ESCAPE '\\'`);
  if (after) {
    const [key, id] = after.map(String) as [string, string];
    if (!isUuid(id) || (!byName && !TIME_KEY.test(key)))
      throw new ValidationError('after', 'after is not a cursor of this list');
    where.push(
      byName
        ? `(lower(o.name), c.id) > (${p(key)}::text, ${p(id)}::uuid)`
        : `(c.created_at, c.id) > (${p(key)}::timestamp AT TIME ZONE 'UTC', ${p(id)}::uuid)`,
    );
  }
  const select = `SELECT c.*, c.demo_ends_on::text AS demo_ends_on_text, lower(o.name) AS sort_name,
      to_char(c.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS created_key
    FROM customer_hierarchy.customers c
    JOIN ${ACCOUNTS_VIEWS.organizationDirectory} o ON o.organization_id = c.organization_id`;
  const order = byName ? 'lower(o.name), c.id' : 'c.created_at, c.id';
  const limit = p(first + 1);
  const sql = conduitIds
    ? `SELECT x.* FROM unnest(${p(conduitIds)}::uuid[]) AS parent(id) CROSS JOIN LATERAL (
         ${select} WHERE c.conduit_id = parent.id AND ${where.join(' AND ')} ORDER BY ${order} LIMIT ${limit}) x`
    : `${select} WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ${limit}`;
  const rows = (await db.query(sql, params)) as Array<Record<string, unknown>>;
  return rows.map((row) =>
    Object.assign(toCustomer(row), {
      parentId: row.conduit_id as string,
      pageKey: [byName ? (row.sort_name as string) : (row.created_key as string), row.id as string],
    }),
  );
}

/** How many customers a filter matches within the reach, per conduit or (key "") in all: one statement. */
export async function countCustomers(
  db: Queryable,
  conduitIds: string[] | null,
  f: CustomerListFilter,
): Promise<Array<{ parentId: string; n: string }>> {
  const r = f.reach;
  if (!r.everywhere && !r.serverIds.length && !r.conduitIds.length && !r.customerIds.length) return [];
  const rows = (await db.query(
    `SELECT ${conduitIds ? 'c.conduit_id' : "''"} AS "parentId", count(*) AS n FROM customer_hierarchy.customers c
     JOIN ${ACCOUNTS_VIEWS.organizationDirectory} o ON o.organization_id = c.organization_id
     WHERE ($1::boolean OR c.server_id = ANY($2::uuid[]) OR c.conduit_id = ANY($3::uuid[]) OR c.id = ANY($4::uuid[]))
       AND ($5::uuid IS NULL OR c.conduit_id = $5::uuid)
       AND ($6::text[] IS NULL OR c.billing_state = ANY($6::text[]))
       AND ($7::text IS NULL OR o.name ILIKE $7::text ESCAPE '\\')
       AND ($8::uuid[] IS NULL OR c.conduit_id = ANY($8::uuid[]))
     GROUP BY 1`,
    [
      r.everywhere,
      r.serverIds,
      r.conduitIds,
      r.customerIds,
      f.conduitId,
      f.billingStates,
      f.search ? containsPattern(f.search) : null,
      conduitIds,
    ],
  )) as Array<{ parentId: string; n: string }>;
  return rows;
}

function toCustomer(r: Record<string, unknown>): CustomerEntity {
  return Object.assign(new CustomerEntity(), {
    id: r.id,
    organizationId: r.organization_id,
    conduitId: r.conduit_id,
    serverId: r.server_id,
    selfDiscovery: r.self_discovery,
    accountCode: r.account_code,
    billingState: r.billing_state,
    nonBillable: r.non_billable,
    demoEndsOn: r.demo_ends_on_text,
    clientSideRecording: r.client_side_recording,
    rtpGatewayConfig: r.rtp_gateway_config,
    createdAt: r.created_at,
  });
}
