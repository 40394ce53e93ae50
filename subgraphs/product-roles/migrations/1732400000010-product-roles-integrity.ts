import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 9 for product-roles, enforced by the database (frozen: this migration holds its SQL, imports no live code).
 *
 * 1. CB-2, GA-8: disabling a product never deletes data. `organization_products` gets `disabled_at`/`disabled_by`;
 *    a disabled product keeps every row (users, custom roles, the chatbot company and its content) and re-enabling
 *    restores it. The row itself can no longer be deleted, so no cascade can ever wipe a company again.
 *    `product_access` (the contract department-groups reads) publishes no row of a disabled product.
 * 2. X-6: removing a member (or a member leaving) ends every product-roles grant of that account in that
 *    organization in the same transaction: product users and the chatbot company user (FK cascade, as before),
 *    pending chatbot invitations (revoked), and ONE `member.offboarded` audit event naming what was removed.
 *    CB-1's deferred trigger still refuses removing the company OWNER's membership (accounts reports CONFLICT).
 * 3. Organization ownership and company ownership: when organization ownership moves away from the account that
 *    also owns the chatbot company, company ownership moves with it (the old owner becomes company
 *    ADMINISTRATOR, like transferCompanyOwnership), checked at commit whatever order accounts writes the rows in.
 */
export class ProductRolesIntegrity1732400000010 implements MigrationInterface {
  name = 'ProductRolesIntegrity1732400000010';

  async up(q: QueryRunner): Promise<void> {
    const s = 'product_roles';
    const statements = [
      `ALTER TABLE ${s}.organization_products ADD COLUMN disabled_at timestamptz, ADD COLUMN disabled_by uuid`,
      `CREATE FUNCTION ${s}.organization_products_are_kept() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'Products are disabled, never deleted: disabling keeps every user, role and company row'
          USING ERRCODE = 'check_violation';
      END $$`,
      `CREATE TRIGGER organization_products_kept BEFORE DELETE ON ${s}.organization_products
        FOR EACH ROW EXECUTE FUNCTION ${s}.organization_products_are_kept()`,
      `CREATE OR REPLACE VIEW ${s}.product_access AS
        SELECT u.organization_id, u.account_id, u.product, u.role, u.active, u.custom_role_id,
               coalesce(r.permissions, '{}'::text[]) AS permissions
        FROM ${s}.product_users u
        JOIN ${s}.organization_products p ON p.organization_id = u.organization_id AND p.product = u.product
        LEFT JOIN ${s}.product_custom_roles r ON r.id = u.custom_role_id
        WHERE p.disabled_at IS NULL`,
      // Runs before the FK cascade of product_users (AFTER triggers fire in name order and the cascade's
      // internal trigger is named "RI_ConstraintTrigger_…", which sorts after "Product…"), so it still sees the
      // rows the cascade is about to delete and can name them in the event.
      `CREATE FUNCTION ${s}.offboard_member() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        v_products jsonb;
        v_company jsonb;
        v_invitations jsonb;
        v_who jsonb;
      BEGIN
        SELECT jsonb_agg(jsonb_build_object('product', u.product, 'productName', p.name, 'role', u.role,
                 'customRole', r.name, 'active', u.active) ORDER BY u.product)
          INTO v_products
          FROM ${s}.product_users u
          JOIN ${s}.products p ON p.key = u.product
          LEFT JOIN ${s}.product_custom_roles r ON r.id = u.custom_role_id
          WHERE u.organization_id = OLD.organization_id AND u.account_id = OLD.account_id AND u.product <> 'chatbot';
        SELECT jsonb_build_object('companyName', c.name, 'role', u.role, 'active', u.active)
          INTO v_company
          FROM ${s}.product_users u JOIN ${s}.chatbot_companies c ON c.organization_id = u.organization_id
          WHERE u.organization_id = OLD.organization_id AND u.account_id = OLD.account_id AND u.product = 'chatbot';
        WITH revoked AS (
          UPDATE ${s}.chatbot_invitations i SET status = 'REVOKED'
          WHERE i.organization_id = OLD.organization_id AND i.account_id = OLD.account_id AND i.status = 'PENDING'
          RETURNING i.id, i.role, i.email
        )
        SELECT jsonb_agg(jsonb_build_object('invitationId', v.id, 'companyName', c.name, 'role', v.role,
                 'email', v.email) ORDER BY v.id)
          INTO v_invitations
          FROM revoked v JOIN ${s}.chatbot_companies c ON c.organization_id = OLD.organization_id;
        IF v_products IS NULL AND v_company IS NULL AND v_invitations IS NULL THEN RETURN NULL; END IF;
        SELECT jsonb_build_object('id', a.account_id, 'name', a.name, 'email', a.email) INTO v_who
          FROM accounts.account_directory a WHERE a.account_id = OLD.account_id;
        -- The product user rows themselves go with the membership: FK (organization_id, account_id) ON DELETE CASCADE.
        INSERT INTO ${s}.audit_events (organization_id, actor_account_id, action, target_type, target_id, before, after)
        VALUES (OLD.organization_id, nullif(current_setting('identity.actor_account_id', true), '')::uuid,
                'member.offboarded', 'Account', OLD.account_id::text,
                jsonb_strip_nulls(jsonb_build_object('account', v_who, 'productUsers', v_products,
                  'chatbotCompanyUser', v_company, 'revokedInvitations', v_invitations)),
                NULL);
        RETURN NULL;
      END $$`,
      `CREATE TRIGGER "Product_roles_offboard_member" AFTER DELETE ON accounts.memberships
        FOR EACH ROW EXECUTE FUNCTION ${s}.offboard_member()`,
      // Company ownership follows organization ownership when the old organization owner held it. Deferred, so it
      // sees the final owner however accounts orders the demotion and the promotion.
      `CREATE FUNCTION ${s}.company_follows_organization_owner() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        new_owner uuid;
        company_name text;
      BEGIN
        SELECT name INTO company_name FROM ${s}.chatbot_companies WHERE organization_id = OLD.organization_id;
        IF company_name IS NULL THEN RETURN NULL; END IF;
        IF NOT EXISTS (SELECT 1 FROM ${s}.product_users WHERE organization_id = OLD.organization_id
                       AND product = 'chatbot' AND account_id = OLD.account_id AND role = 'OWNER') THEN
          RETURN NULL;
        END IF;
        SELECT account_id INTO new_owner FROM accounts.memberships
          WHERE organization_id = OLD.organization_id AND role = 'OWNER';
        IF new_owner IS NULL OR new_owner = OLD.account_id THEN RETURN NULL; END IF;
        -- Demote first: the one-company-owner index is checked on each statement.
        UPDATE ${s}.product_users SET role = 'ADMINISTRATOR'
          WHERE organization_id = OLD.organization_id AND product = 'chatbot' AND account_id = OLD.account_id;
        INSERT INTO ${s}.product_users (organization_id, product, account_id, role, custom_role_id, active)
          VALUES (OLD.organization_id, 'chatbot', new_owner, 'OWNER', NULL, true)
          ON CONFLICT (organization_id, product, account_id) DO UPDATE SET role = 'OWNER', active = true;
        -- A pending invitation of the new owner is superseded: they are in the company now.
        UPDATE ${s}.chatbot_invitations SET status = 'REVOKED'
          WHERE organization_id = OLD.organization_id AND account_id = new_owner AND status = 'PENDING';
        INSERT INTO ${s}.audit_events (organization_id, actor_account_id, action, target_type, target_id, before, after)
        VALUES (OLD.organization_id, nullif(current_setting('identity.actor_account_id', true), '')::uuid,
                'company_user.ownership_transferred', 'CompanyUser', new_owner::text,
                jsonb_build_object('companyName', company_name, 'owner', OLD.account_id),
                jsonb_build_object('companyName', company_name, 'owner', new_owner, 'previousOwnerRole', 'ADMINISTRATOR',
                                   'reason', 'organization ownership transferred'));
        RETURN NULL;
      END $$`,
      `CREATE CONSTRAINT TRIGGER product_roles_company_follows_owner AFTER UPDATE OF role ON accounts.memberships
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
        WHEN (OLD.role = 'OWNER' AND NEW.role <> 'OWNER')
        EXECUTE FUNCTION ${s}.company_follows_organization_owner()`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    const s = 'product_roles';
    await q.query('DROP TRIGGER product_roles_company_follows_owner ON accounts.memberships');
    await q.query(`DROP FUNCTION ${s}.company_follows_organization_owner()`);
    await q.query('DROP TRIGGER "Product_roles_offboard_member" ON accounts.memberships');
    await q.query(`DROP FUNCTION ${s}.offboard_member()`);
    await q.query(`CREATE OR REPLACE VIEW ${s}.product_access AS
      SELECT u.organization_id, u.account_id, u.product, u.role, u.active, u.custom_role_id,
             coalesce(r.permissions, '{}'::text[]) AS permissions
      FROM ${s}.product_users u
      JOIN ${s}.organization_products p ON p.organization_id = u.organization_id AND p.product = u.product
      LEFT JOIN ${s}.product_custom_roles r ON r.id = u.custom_role_id`);
    await q.query(`DROP TRIGGER organization_products_kept ON ${s}.organization_products`);
    await q.query(`DROP FUNCTION ${s}.organization_products_are_kept()`);
    await q.query(`ALTER TABLE ${s}.organization_products DROP COLUMN disabled_at, DROP COLUMN disabled_by`);
  }
}
