import { PRODUCT_CATALOGUE } from '../../subgraphs/product-roles/catalogue/product-catalogue';
import { productRolesSubgraph } from '../../subgraphs/product-roles/product-roles.subgraph';
import { useSubgraphDeps } from '../support/system';

// Migrations are frozen (they hold their data); the catalogue file is what the code offers. This test keeps the
// two in step: a change to the file without a migration that applies it (or the reverse) fails here.
const deps = useSubgraphDeps(productRolesSubgraph as never);

it('GA-8, LC-2: the products the migrations leave in the database are exactly the catalogue file', async () => {
  const rows: Array<Record<string, unknown>> = await deps.current.db.query(
    `SELECT key, name, secondary_roles, company_roles, permissions, operator_permissions
       FROM product_roles.products ORDER BY key`,
  );
  const expected = [...PRODUCT_CATALOGUE]
    .sort((a, b) => a.key.localeCompare(b.key))
    .map((p) => ({
      key: p.key,
      name: p.name,
      secondary_roles: p.secondaryRoles,
      company_roles: p.companyRoles,
      permissions: p.permissions,
      operator_permissions: p.operatorPermissions,
    }));
  expect(rows).toEqual(expected);
});
