import type { MigrationInterface, QueryRunner } from 'typeorm';
import { auditTableSql } from '../../common/audit/audit-event.entity';

/** Accounts, organizations, memberships, custom roles, audit, and the published membership view. */
export class AccountsInitial1732300000000 implements MigrationInterface {
  name = 'AccountsInitial1732300000000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE accounts.accounts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 254),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
        password_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`,
      `CREATE UNIQUE INDEX accounts_email_key ON accounts.accounts (email)`,
      `CREATE TABLE accounts.organizations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`,
      `CREATE TABLE accounts.memberships (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        organization_id uuid NOT NULL REFERENCES accounts.organizations (id) ON DELETE CASCADE,
        account_id uuid NOT NULL REFERENCES accounts.accounts (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('OWNER', 'ADMINISTRATOR', 'MEMBER')),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        UNIQUE (organization_id, account_id)
      )`,
      // GA-5, first guard: never two owners, checked at once on every write.
      `CREATE UNIQUE INDEX memberships_one_owner ON accounts.memberships (organization_id) WHERE role = 'OWNER'`,
      `CREATE INDEX memberships_organization_page ON accounts.memberships (organization_id, seq)`,
      `CREATE INDEX memberships_account ON accounts.memberships (account_id)`,
      `CREATE TABLE accounts.membership_custom_roles (
        membership_id uuid NOT NULL REFERENCES accounts.memberships (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('BILLING_EDITOR')),
        granted_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY (membership_id, role)
      )`,
      // GA-5 and GA-2, second guard: at commit, every organization touched has exactly one owner.
      `CREATE FUNCTION accounts.assert_single_owner(org uuid) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE owners int;
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM accounts.organizations WHERE id = org) THEN RETURN; END IF;
        SELECT count(*) INTO owners FROM accounts.memberships WHERE organization_id = org AND role = 'OWNER';
        IF owners <> 1 THEN
          RAISE EXCEPTION 'organization % would have % owners', org, owners USING ERRCODE = 'check_violation';
        END IF;
      END $$`,
      `CREATE FUNCTION accounts.memberships_single_owner() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM accounts.assert_single_owner(CASE TG_OP WHEN 'DELETE' THEN OLD.organization_id ELSE NEW.organization_id END);
        RETURN NULL;
      END $$`,
      `CREATE FUNCTION accounts.organizations_single_owner() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM accounts.assert_single_owner(NEW.id);
        RETURN NULL;
      END $$`,
      `CREATE CONSTRAINT TRIGGER memberships_single_owner AFTER INSERT OR UPDATE OR DELETE ON accounts.memberships
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION accounts.memberships_single_owner()`,
      `CREATE CONSTRAINT TRIGGER organizations_single_owner AFTER INSERT ON accounts.organizations
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION accounts.organizations_single_owner()`,
      ...auditTableSql('accounts'),
      // the published, read-only contract other subgraphs decide with (one transaction, no copies).
      `CREATE VIEW accounts.membership_roles AS
        SELECT m.id AS membership_id, m.organization_id, m.account_id, m.role AS primary_role,
               ARRAY(SELECT c.role FROM accounts.membership_custom_roles c
                     WHERE c.membership_id = m.id ORDER BY c.role) AS custom_roles
        FROM accounts.memberships m`,
      `COMMENT ON VIEW accounts.membership_roles IS 'Published by the accounts subgraph for other subgraphs (read-only contract)'`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP VIEW accounts.membership_roles');
    for (const table of ['audit_events', 'membership_custom_roles', 'memberships', 'organizations', 'accounts']) {
      await q.query(`DROP TABLE accounts.${table}`);
    }
    for (const fn of ['memberships_single_owner()', 'organizations_single_owner()', 'assert_single_owner(uuid)']) {
      await q.query(`DROP FUNCTION accounts.${fn}`);
    }
  }
}
