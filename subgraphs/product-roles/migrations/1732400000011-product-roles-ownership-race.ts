import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Company ownership follows organization ownership (1732400000010) without racing `transferCompanyOwnership`: the
 * trigger now locks the old owner's company row and re-reads its role under that lock (FOR UPDATE re-evaluates the
 * condition on the newest version), so a company transfer committed or in flight first wins and the trigger does
 * nothing, instead of failing the organization transfer on the one-company-owner index. Frozen: holds its SQL.
 */
export class ProductRolesOwnershipRace1732400000011 implements MigrationInterface {
  name = 'ProductRolesOwnershipRace1732400000011';

  async up(q: QueryRunner): Promise<void> {
    const s = 'product_roles';
    await q.query(`CREATE OR REPLACE FUNCTION ${s}.company_follows_organization_owner() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        new_owner uuid;
        company_name text;
      BEGIN
        SELECT name INTO company_name FROM ${s}.chatbot_companies WHERE organization_id = OLD.organization_id;
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
  }

  async down(): Promise<void> {
    // The previous body is the same minus the row lock; nothing to undo that matters.
  }
}
