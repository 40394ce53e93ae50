import type { Queryable } from '../db/queryable';
import { isUuid } from '../loaders';

/**
 * One row of product-roles' published view `product_roles.product_access`: a product user of an ENABLED product
 * (a disabled product publishes no rows), its secondary role (GA-9), whether it is active (LC-1) and the
 * permissions of its custom role (LC-2).
 */
export interface ProductAccess {
  organizationId: string;
  accountId: string;
  product: string;
  role: string;
  active: boolean;
  customRoleId: string | null;
  permissions: string[];
}

/**
 * The one reader of the contract `product_roles.product_access` (STYLE 5b): no other file writes this SQL. Reads
 * the rows of one product for many (organization, account) pairs in one statement, with whatever runs the query
 * (the request's data source for field policies, the transaction's manager for re-checks), so a product disabled,
 * a user deactivated or a role changed counts on the very next request.
 */
export async function readProductAccess(
  q: Queryable,
  product: string,
  pairs: ReadonlyArray<{ organizationId: string; accountId: string }>,
): Promise<ProductAccess[]> {
  const valid = pairs.filter((p) => isUuid(p.organizationId) && isUuid(p.accountId));
  if (valid.length === 0) return [];
  const rows: Array<Record<string, unknown>> = await q.query(
    `SELECT pa.organization_id, pa.account_id, pa.product, pa.role, pa.active, pa.custom_role_id, pa.permissions
     FROM product_roles.product_access pa
     JOIN unnest($2::uuid[], $3::uuid[]) AS p(o, a) ON p.o = pa.organization_id AND p.a = pa.account_id
     WHERE pa.product = $1`,
    [product, valid.map((p) => p.organizationId), valid.map((p) => p.accountId)],
  );
  return rows.map((r) => ({
    organizationId: r.organization_id as string,
    accountId: r.account_id as string,
    product: r.product as string,
    role: r.role as string,
    active: r.active as boolean,
    customRoleId: (r.custom_role_id as string | null) ?? null,
    permissions: [...((r.permissions as string[] | null) ?? [])].sort(),
  }));
}
