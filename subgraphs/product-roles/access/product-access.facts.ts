import { ACCOUNTS_VIEWS } from '../../common/contracts/accounts';
import type { Queryable } from '../../common/db/queryable';
import { isUuid } from '../../common/loaders';
import type { PrimaryRole } from '../../common/organization-access';

export type { Queryable };

/** One account's standing in one product of one organization: everything a product-roles decision reads. */
export interface AccessFacts {
  organizationId: string;
  product: string;
  accountId: string;
  /** The Accounts primary role (GA-4); null when not a member. */
  primaryRole: PrimaryRole | null;
  /** The product is in the catalogue. */
  productKnown: boolean;
  /** Chatbot: the secondary roles are company roles, changed only under CB-4/CB-5. */
  companyRoles: boolean;
  /** The product's secondary roles, highest first (GA-9). */
  secondaryRoles: string[];
  /** Every permission the product's roles can grant (LC-2). */
  productPermissions: string[];
  /** The product was enabled once in the organization (its row exists, enabled or disabled). */
  productAdded: boolean;
  /** Enabled now: added and not disabled (CB-2, GA-8: disabling keeps the data). */
  enabled: boolean;
  /** The account's product user row (kept while the product is disabled), with its custom role's permissions. */
  user: {
    role: string;
    active: boolean;
    customRoleId: string | null;
    customRoleName: string | null;
    permissions: string[];
  } | null;
}

interface Row {
  organizationId: string;
  product: string;
  primaryRole: PrimaryRole | null;
  productKnown: boolean;
  companyRoles: boolean;
  secondaryRoles: string[];
  productPermissions: string[];
  productAdded: boolean;
  enabled: boolean;
  role: string | null;
  active: boolean | null;
  customRoleId: string | null;
  customRoleName: string | null;
  permissions: string[] | null;
}

/**
 * The one fact-reading function of product-roles: the per-request loaders call it with the data source for the
 * field policies and `viewerCan…` fields, the access kernel with the transaction's manager for the re-check (after
 * the locks). One statement for any number of (account, organization, product) triples, answers in the order asked.
 */
export async function readAccessFactsFor(
  q: Queryable,
  keys: ReadonlyArray<{ accountId: string; organizationId: string; product: string }>,
): Promise<AccessFacts[]> {
  const valid = keys.filter((p) => isUuid(p.organizationId) && isUuid(p.accountId) && typeof p.product === 'string');
  const rows = (
    valid.length
      ? await q.query(
          `SELECT k.account_id AS "accountId", k.organization_id AS "organizationId", k.product,
                  m.primary_role AS "primaryRole",
                  p.key IS NOT NULL AS "productKnown",
                  coalesce(p.company_roles, false) AS "companyRoles",
                  coalesce(p.secondary_roles, '{}'::text[]) AS "secondaryRoles",
                  coalesce(ARRAY(SELECT jsonb_object_keys(p.permissions) ORDER BY 1), '{}'::text[]) AS "productPermissions",
                  op.organization_id IS NOT NULL AS "productAdded",
                  (op.organization_id IS NOT NULL AND op.disabled_at IS NULL) AS "enabled",
                  u.role, u.active, u.custom_role_id AS "customRoleId", r.name AS "customRoleName", r.permissions
           FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS k(account_id, organization_id, product)
           LEFT JOIN ${ACCOUNTS_VIEWS.membershipRoles} m
             ON m.organization_id = k.organization_id AND m.account_id = k.account_id
           LEFT JOIN product_roles.products p ON p.key = k.product
           LEFT JOIN product_roles.organization_products op
             ON op.organization_id = k.organization_id AND op.product = k.product
           LEFT JOIN product_roles.product_users u
             ON u.organization_id = k.organization_id AND u.product = k.product AND u.account_id = k.account_id
           LEFT JOIN product_roles.product_custom_roles r ON r.id = u.custom_role_id`,
          [valid.map((p) => p.accountId), valid.map((p) => p.organizationId), valid.map((p) => p.product)],
        )
      : []
  ) as Array<Row & { accountId: string }>;
  const byKey = new Map(rows.map((r) => [`${r.accountId}|${r.organizationId}|${r.product}`, r]));
  return keys.map(({ accountId, organizationId, product }) => {
    const r = byKey.get(`${accountId.toLowerCase()}|${organizationId.toLowerCase()}|${product}`);
    return {
      organizationId,
      product,
      accountId,
      primaryRole: r?.primaryRole ?? null,
      productKnown: r?.productKnown ?? false,
      companyRoles: r?.companyRoles ?? false,
      secondaryRoles: r?.secondaryRoles ?? [],
      productPermissions: r?.productPermissions ?? [],
      productAdded: r?.productAdded ?? false,
      enabled: r?.enabled ?? false,
      user:
        r?.role != null
          ? {
              role: r.role,
              active: r.active ?? false,
              customRoleId: r.customRoleId,
              customRoleName: r.customRoleName,
              permissions: r.permissions ?? [],
            }
          : null,
    };
  });
}

/** One account's facts in many (organization, product) pairs: {@link readAccessFactsFor} for one account. */
export function readAccessFacts(
  q: Queryable,
  accountId: string,
  pairs: ReadonlyArray<{ organizationId: string; product: string }>,
): Promise<AccessFacts[]> {
  return readAccessFactsFor(
    q,
    pairs.map((p) => ({ ...p, accountId })),
  );
}

/** One account's facts in one product (the re-check inside a transaction, or a target's standing). */
export async function accessFactsOf(
  q: Queryable,
  accountId: string,
  organizationId: string,
  product: string,
): Promise<AccessFacts> {
  const [facts] = await readAccessFacts(q, accountId, [{ organizationId, product }]);
  return facts!;
}

/** Who holds a custom role, with their Accounts rank: whom editing or deleting that role acts on (LC-2 ceiling). */
export async function roleHolders(q: Queryable, roleId: string): Promise<RoleHolder[]> {
  return (await roleHoldersOf(q, [roleId]))[0]!;
}

/** One holder of a custom role. */
export interface RoleHolder {
  accountId: string;
  primaryRole: PrimaryRole | null;
}

/** The holders of many custom roles in one statement, in the order asked (the loader behind `viewerCan…`). */
export async function roleHoldersOf(q: Queryable, roleIds: readonly string[]): Promise<RoleHolder[][]> {
  const valid = roleIds.filter(isUuid);
  const rows = (
    valid.length
      ? await q.query(
          `SELECT u.custom_role_id AS "roleId", u.account_id AS "accountId", m.primary_role AS "primaryRole"
           FROM product_roles.product_users u
           LEFT JOIN ${ACCOUNTS_VIEWS.membershipRoles} m
             ON m.organization_id = u.organization_id AND m.account_id = u.account_id
           WHERE u.custom_role_id = ANY($1::uuid[]) ORDER BY u.account_id`,
          [valid],
        )
      : []
  ) as Array<RoleHolder & { roleId: string }>;
  return roleIds.map((id) =>
    rows.filter((r) => r.roleId === id).map(({ accountId, primaryRole }) => ({ accountId, primaryRole })),
  );
}
