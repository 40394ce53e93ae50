import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Published for the customer hierarchy (ES-1: a customer is an organization): creates an organization with its
 * owner (GA-5: exactly one, a registered account) in the caller's transaction, audited like createOrganization.
 */
export class AccountsCreateOrganization1732300000002 implements MigrationInterface {
  name = 'AccountsCreateOrganization1732300000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION accounts.create_organization(p_name text, p_owner uuid, p_actor uuid, p_reason text)
      RETURNS uuid LANGUAGE plpgsql AS $$
      DECLARE o_id uuid; m_id uuid;
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM accounts.accounts WHERE id = p_owner) THEN
          RAISE EXCEPTION 'no account %', p_owner USING ERRCODE = 'no_data_found';
        END IF;
        INSERT INTO accounts.organizations (name) VALUES (btrim(p_name)) RETURNING id INTO o_id;
        INSERT INTO accounts.memberships (organization_id, account_id, role) VALUES (o_id, p_owner, 'OWNER') RETURNING id INTO m_id;
        INSERT INTO accounts.audit_events (organization_id, actor_account_id, action, target_type, target_id, after) VALUES
          (o_id, p_actor, 'organization.created', 'Organization', o_id::text, jsonb_build_object('name', btrim(p_name), 'reason', p_reason)),
          (o_id, p_actor, 'membership.added', 'Membership', m_id::text,
           jsonb_build_object('accountId', p_owner, 'role', 'OWNER', 'customRoles', '[]'::jsonb, 'reason', p_reason));
        RETURN o_id;
      END $$`);
    await q.query(
      `COMMENT ON FUNCTION accounts.create_organization(text, uuid, uuid, text) IS 'Published by the accounts subgraph for other subgraphs (contract)'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP FUNCTION accounts.create_organization(text, uuid, uuid, text)');
  }
}
