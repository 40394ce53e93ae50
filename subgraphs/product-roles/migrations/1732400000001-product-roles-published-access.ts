import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What product-roles publishes for other subgraphs: `product_access`, one row per product user of an
 * ENABLED product, with the user's secondary role, whether the user is active (LC-1) and the permissions of
 * the user's custom role (LC-2). Department-groups reads it in its own transaction to gate live chat on the
 * LiveChat product (GA-9, LC-1): a disabled product, a deactivated user or a missing role ends access on the
 * very next request. A product that is disabled keeps its rows but publishes none (issue 9: disabling never
 * deletes data); this view is the contract, whatever the tables behind it become.
 */
export class ProductRolesPublishedAccess1732400000001 implements MigrationInterface {
  name = 'ProductRolesPublishedAccess1732400000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE VIEW product_roles.product_access AS
      SELECT u.organization_id, u.account_id, u.product, u.role, u.active, u.custom_role_id,
             coalesce(r.permissions, '{}'::text[]) AS permissions
      FROM product_roles.product_users u
      JOIN product_roles.organization_products p ON p.organization_id = u.organization_id AND p.product = u.product
      LEFT JOIN product_roles.product_custom_roles r ON r.id = u.custom_role_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP VIEW product_roles.product_access');
  }
}
