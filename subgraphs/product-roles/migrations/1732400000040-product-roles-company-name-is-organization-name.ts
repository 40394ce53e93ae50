import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13: the chatbot company's name IS the organization's name (GA-2, CB-2). The copy
 * `chatbot_companies.name` is dropped; every reader takes the name from accounts' published
 * `organization_directory` (the services through contracts/accounts.ts), and `renameChatbotCompany` renames the
 * organization through accounts' published `rename_organization`. The two trigger functions that named the company
 * in their audit events (X-6 offboarding, company ownership following organization ownership) now read it there.
 * Frozen: holds its SQL, imports no live code.
 */
export class ProductRolesCompanyNameIsOrganizationName1732400000040 implements MigrationInterface {
  name = 'ProductRolesCompanyNameIsOrganizationName1732400000040';

  async up(q: QueryRunner): Promise<void> {
    const s = 'product_roles';
    await q.query(`CREATE OR REPLACE FUNCTION ${s}.offboard_member() RETURNS trigger LANGUAGE plpgsql AS $$
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
        SELECT jsonb_build_object('companyName', o.name, 'role', u.role, 'active', u.active)
          INTO v_company
          FROM ${s}.product_users u JOIN ${s}.chatbot_companies c ON c.organization_id = u.organization_id
          JOIN accounts.organization_directory o ON o.organization_id = c.organization_id
          WHERE u.organization_id = OLD.organization_id AND u.account_id = OLD.account_id AND u.product = 'chatbot';
        WITH revoked AS (
          UPDATE ${s}.chatbot_invitations i SET status = 'REVOKED'
          WHERE i.organization_id = OLD.organization_id AND i.account_id = OLD.account_id AND i.status = 'PENDING'
          RETURNING i.id, i.role, i.email
        )
        SELECT jsonb_agg(jsonb_build_object('invitationId', v.id, 'companyName', o.name, 'role', v.role,
                 'email', v.email) ORDER BY v.id)
          INTO v_invitations
          FROM revoked v JOIN ${s}.chatbot_companies c ON c.organization_id = OLD.organization_id
          JOIN accounts.organization_directory o ON o.organization_id = c.organization_id;
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
      END $$`);
    await q.query(`CREATE OR REPLACE FUNCTION ${s}.company_follows_organization_owner() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        new_owner uuid;
        company_name text;
      BEGIN
        SELECT o.name INTO company_name FROM ${s}.chatbot_companies c
          JOIN accounts.organization_directory o ON o.organization_id = c.organization_id
          WHERE c.organization_id = OLD.organization_id;
        IF company_name IS NULL THEN RETURN NULL; END IF;
        PERFORM 1 FROM ${s}.product_users WHERE organization_id = OLD.organization_id
          AND product = 'chatbot' AND account_id = OLD.account_id AND role = 'OWNER' FOR UPDATE;
        IF NOT FOUND THEN RETURN NULL; END IF;
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
      END $$`);
    await q.query(`ALTER TABLE ${s}.chatbot_companies DROP COLUMN name`);
  }

  async down(q: QueryRunner): Promise<void> {
    const s = 'product_roles';
    await q.query(`ALTER TABLE ${s}.chatbot_companies ADD COLUMN name text`);
    await q.query(`UPDATE ${s}.chatbot_companies c SET name = o.name
      FROM accounts.organization_directory o WHERE o.organization_id = c.organization_id`);
    await q.query(`ALTER TABLE ${s}.chatbot_companies ALTER COLUMN name SET NOT NULL`);
    // The trigger functions keep reading the directory: correct with or without the copy.
  }
}
