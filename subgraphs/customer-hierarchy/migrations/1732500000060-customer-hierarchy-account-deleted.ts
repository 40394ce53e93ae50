import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * X-6 / X-9 for the reseller hierarchy when an account is deleted (accounts' `deleteAccount`): in the same
 * transaction, every portal role assignment the account still holds ends (those above any customer: SUPPORT,
 * CONDUIT_ADMIN, SALES_REP, CUSTOMER_MANAGER; the customer-scoped ones already ended with the memberships, by
 * `offboard_member`), with one `account.offboarded` event naming them. An account holding ROOT is not deleted
 * (SQLSTATE 42501, FORBIDDEN): ROOT is granted and removed only by the bootstrap step (ES-2), and the hierarchy
 * must keep it. The trigger is this domain's own, on the accounts table it may read (as `offboard_member` is on
 * `accounts.memberships`); it writes only this schema.
 */
export class CustomerHierarchyAccountDeleted1732500000060 implements MigrationInterface {
  name = 'CustomerHierarchyAccountDeleted1732500000060';

  async up(q: QueryRunner): Promise<void> {
    const s = 'customer_hierarchy';
    await q.query(`CREATE FUNCTION ${s}.offboard_account() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        roles jsonb;
      BEGIN
        IF EXISTS (SELECT 1 FROM ${s}.portal_role_assignments WHERE account_id = OLD.id AND role = 'ROOT') THEN
          RAISE EXCEPTION 'this account holds ROOT, which only the bootstrap step grants and removes'
            USING ERRCODE = '42501';
        END IF;
        WITH gone AS (
          DELETE FROM ${s}.portal_role_assignments WHERE account_id = OLD.id
          RETURNING id, role, server_id, conduit_id, customer_id)
        SELECT jsonb_agg(jsonb_build_object('assignmentId', id, 'role', role, 'serverId', server_id,
                                            'conduitId', conduit_id, 'customerId', customer_id) ORDER BY role, id)
          INTO roles FROM gone;
        IF roles IS NULL THEN RETURN OLD; END IF;
        INSERT INTO ${s}.audit_events (organization_id, actor_account_id, action, target_type, target_id, before, after)
        VALUES (NULL, nullif(current_setting('identity.actor_account_id', true), '')::uuid,
                'account.offboarded', 'Account', OLD.id::text,
                jsonb_build_object('accountId', OLD.id, 'portalRoles', roles), NULL);
        RETURN OLD;
      END $$`);
    await q.query(`CREATE TRIGGER customer_hierarchy_offboard_account BEFORE DELETE ON accounts.accounts
      FOR EACH ROW EXECUTE FUNCTION ${s}.offboard_account()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER customer_hierarchy_offboard_account ON accounts.accounts');
    await q.query('DROP FUNCTION customer_hierarchy.offboard_account()');
  }
}
