import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * X-3, issue 9 item 6: department_groups publishes its audit events as the view `department_groups.audit_log` (the columns every domain's
 * view has, read by the one audit read path in the accounts subgraph), with the keyset index (organization_id,
 * created_at DESC, id DESC) so a page costs O(page); and keeps the actor's name and e-mail on each event, filled at
 * insert by accounts' published `accounts.fill_audit_actor()` (events written by SQL triggers included), so an
 * event outlives the actor's membership and account. Existing events get them from the account directory.
 */
export class DepartmentGroupsAuditLog1732400000029 implements MigrationInterface {
  name = 'DepartmentGroupsAuditLog1732400000029';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE department_groups.audit_events ADD COLUMN actor_name text, ADD COLUMN actor_email text');
    await q.query(`UPDATE department_groups.audit_events e SET actor_name = d.name, actor_email = d.email
      FROM accounts.account_directory d WHERE d.account_id = e.actor_account_id`);
    await q.query(`CREATE TRIGGER audit_events_actor BEFORE INSERT ON department_groups.audit_events
      FOR EACH ROW EXECUTE FUNCTION accounts.fill_audit_actor()`);
    await q.query(
      'CREATE INDEX audit_events_organization_time ON department_groups.audit_events (organization_id, created_at DESC, id DESC)',
    );
    await q.query(`CREATE VIEW department_groups.audit_log AS
      SELECT 'department_groups'::text AS domain, id, organization_id, actor_account_id, actor_name, actor_email,
             action, target_type, target_id, before, after, created_at
      FROM department_groups.audit_events`);
    await q.query(
      `COMMENT ON VIEW department_groups.audit_log IS 'Published by the department_groups domain for the audit read path (contract)'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP VIEW department_groups.audit_log');
    await q.query('DROP INDEX department_groups.audit_events_organization_time');
    await q.query('DROP TRIGGER audit_events_actor ON department_groups.audit_events');
    await q.query('ALTER TABLE department_groups.audit_events DROP COLUMN actor_name, DROP COLUMN actor_email');
  }
}
