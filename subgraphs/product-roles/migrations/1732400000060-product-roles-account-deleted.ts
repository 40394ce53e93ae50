import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * for product roles when an account is deleted (accounts' `deleteAccount`): the memberships' own cascade
 * already ended its product users and company users, and its pending invitations in those organizations
 * (`offboard_member`). An invitation may also name an account that is not a member yet (CB-3: accepting joins it);
 * those are revoked here in the same transaction, one `company_invitation.revoked` event each (reason
 * `account.deleted`), so no company lists a pending invitation of an account that no longer exists. The trigger is
 * this domain's own, on the accounts table it may read; it writes only this schema.
 */
export class ProductRolesAccountDeleted1732400000060 implements MigrationInterface {
  name = 'ProductRolesAccountDeleted1732400000060';

  async up(q: QueryRunner): Promise<void> {
    const s = 'product_roles';
    await q.query(`CREATE FUNCTION ${s}.revoke_invitations_of_deleted_account() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        WITH revoked AS (
          UPDATE ${s}.chatbot_invitations SET status = 'REVOKED'
          WHERE account_id = OLD.id AND status = 'PENDING'
          RETURNING id, organization_id, email, role)
        INSERT INTO ${s}.audit_events (organization_id, actor_account_id, action, target_type, target_id, before, after)
        SELECT organization_id, nullif(current_setting('identity.actor_account_id', true), '')::uuid,
               'company_invitation.revoked', 'CompanyInvitation', id::text,
               jsonb_build_object('status', 'PENDING', 'email', email, 'role', role, 'reason', 'account.deleted'),
               jsonb_build_object('status', 'REVOKED', 'email', email, 'role', role)
        FROM revoked;
        RETURN OLD;
      END $$`);
    await q.query(`CREATE TRIGGER product_roles_revoke_invitations_of_deleted_account BEFORE DELETE ON accounts.accounts
      FOR EACH ROW EXECUTE FUNCTION ${s}.revoke_invitations_of_deleted_account()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER product_roles_revoke_invitations_of_deleted_account ON accounts.accounts');
    await q.query('DROP FUNCTION product_roles.revoke_invitations_of_deleted_account()');
  }
}
