import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What accounts publishes for other subgraphs besides `membership_roles`: read-only directories, and one
 * function through which another subgraph adds a member (an accepted chatbot invitation, CB-3). The function
 * is accounts' code writing accounts' schema, in the caller's transaction, under the same organization lock and
 * audit as every membership change; it never grants more than MEMBER.
 */
export class AccountsPublishedApi1732300000001 implements MigrationInterface {
  name = 'AccountsPublishedApi1732300000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE VIEW accounts.account_directory AS SELECT id AS account_id, email, name FROM accounts.accounts`,
    );
    await q.query(
      `CREATE VIEW accounts.organization_directory AS SELECT id AS organization_id, name FROM accounts.organizations`,
    );
    await q.query(`CREATE FUNCTION accounts.join_organization(p_organization uuid, p_account uuid, p_actor uuid, p_reason text)
      RETURNS uuid LANGUAGE plpgsql AS $$
      DECLARE m_id uuid;
      BEGIN
        PERFORM 1 FROM accounts.organizations WHERE id = p_organization FOR UPDATE;
        IF NOT FOUND THEN RAISE EXCEPTION 'no organization %', p_organization USING ERRCODE = 'no_data_found'; END IF;
        SELECT id INTO m_id FROM accounts.memberships WHERE organization_id = p_organization AND account_id = p_account;
        IF m_id IS NOT NULL THEN RETURN m_id; END IF;
        INSERT INTO accounts.memberships (organization_id, account_id, role)
          VALUES (p_organization, p_account, 'MEMBER') RETURNING id INTO m_id;
        INSERT INTO accounts.audit_events (organization_id, actor_account_id, action, target_type, target_id, after)
          VALUES (p_organization, p_actor, 'membership.added', 'Membership', m_id::text,
                  jsonb_build_object('accountId', p_account, 'role', 'MEMBER', 'customRoles', '[]'::jsonb, 'reason', p_reason));
        RETURN m_id;
      END $$`);
    for (const [kind, name] of [
      ['VIEW', 'account_directory'],
      ['VIEW', 'organization_directory'],
      ['FUNCTION', 'join_organization(uuid, uuid, uuid, text)'],
    ]) {
      await q.query(
        `COMMENT ON ${kind} accounts.${name} IS 'Published by the accounts subgraph for other subgraphs (contract)'`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP FUNCTION accounts.join_organization(uuid, uuid, uuid, text)');
    await q.query('DROP VIEW accounts.organization_directory');
    await q.query('DROP VIEW accounts.account_directory');
  }
}
