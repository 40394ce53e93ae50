import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13, seed 001 ("team leaders … create new users", LHC-6): a live-chat team leader brings a new person into
 * the organization. Memberships are accounts' (GA-6), so department-groups, which decides the leader's right, adds
 * the membership only through this published function, in its own transaction:
 * - under the same organization row lock as every accounts change (`FOR UPDATE`, as `join_organization`), after
 *   which the actor must still be a member (a leader removed a moment ago brings in no one: SQLSTATE 42501);
 * - always a plain MEMBER with no custom role (GA-4): whoever calls it can never grant an Accounts role;
 * - only an account that is NOT a member yet (SQLSTATE 23514, "already a member"): unlike `join_organization` it
 *   never returns an existing membership, so it cannot be used to act on someone already here (their operator
 *   grants are `createOperator`'s, under the rank rule);
 * - audited by accounts as `membership.added` with the reason and the actor.
 * A person an administrator removed may be brought back this way only as a plain MEMBER: removal ended every grant
 * and this restores none.
 */
export class AccountsAddNewMember1732300000050 implements MigrationInterface {
  name = 'AccountsAddNewMember1732300000050';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION accounts.add_new_member(p_organization uuid, p_account uuid, p_actor uuid, p_reason text)
      RETURNS uuid LANGUAGE plpgsql AS $$
      DECLARE m_id uuid;
      BEGIN
        PERFORM 1 FROM accounts.organizations WHERE id = p_organization FOR UPDATE;
        IF NOT FOUND THEN RAISE EXCEPTION 'no organization %', p_organization USING ERRCODE = 'no_data_found'; END IF;
        PERFORM 1 FROM accounts.memberships WHERE organization_id = p_organization AND account_id = p_actor;
        IF NOT FOUND THEN
          RAISE EXCEPTION 'you are no longer a member of this organization' USING ERRCODE = 'insufficient_privilege';
        END IF;
        PERFORM 1 FROM accounts.accounts WHERE id = p_account;
        IF NOT FOUND THEN RAISE EXCEPTION 'no account %', p_account USING ERRCODE = 'no_data_found'; END IF;
        PERFORM 1 FROM accounts.memberships WHERE organization_id = p_organization AND account_id = p_account;
        IF FOUND THEN
          RAISE EXCEPTION 'add_new_member: that account is already a member of this organization' USING ERRCODE = 'check_violation';
        END IF;
        INSERT INTO accounts.memberships (organization_id, account_id, role)
          VALUES (p_organization, p_account, 'MEMBER') RETURNING id INTO m_id;
        INSERT INTO accounts.audit_events (organization_id, actor_account_id, action, target_type, target_id, after)
          VALUES (p_organization, p_actor, 'membership.added', 'Membership', m_id::text,
                  jsonb_build_object('accountId', p_account, 'role', 'MEMBER', 'customRoles', '[]'::jsonb, 'reason', p_reason));
        RETURN m_id;
      END $$`);
    await q.query(
      `COMMENT ON FUNCTION accounts.add_new_member(uuid, uuid, uuid, text) IS 'Published by the accounts subgraph for other subgraphs (contract)'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP FUNCTION accounts.add_new_member(uuid, uuid, uuid, text)');
  }
}
