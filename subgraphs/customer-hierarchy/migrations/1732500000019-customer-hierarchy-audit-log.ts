import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * X-3, issue 9 item 6: customer_hierarchy publishes its audit events as the view `customer_hierarchy.audit_log` (the columns every domain's
 * view has, read by the one audit read path in the accounts subgraph), with the keyset index (organization_id,
 * created_at DESC, id DESC) so a page costs O(page); and keeps the actor's name and e-mail on each event, filled at
 * insert by accounts' published `accounts.fill_audit_actor()` (events written by SQL triggers included), so an
 * event outlives the actor's membership and account. Existing events get them from the account directory.
 */
export class CustomerHierarchyAuditLog1732500000019 implements MigrationInterface {
  name = 'CustomerHierarchyAuditLog1732500000019';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'ALTER TABLE customer_hierarchy.audit_events ADD COLUMN actor_name text, ADD COLUMN actor_email text',
    );
    await q.query(`UPDATE customer_hierarchy.audit_events e SET actor_name = d.name, actor_email = d.email
      FROM accounts.account_directory d WHERE d.account_id = e.actor_account_id`);
    await q.query(`CREATE TRIGGER audit_events_actor BEFORE INSERT ON customer_hierarchy.audit_events
      FOR EACH ROW EXECUTE FUNCTION accounts.fill_audit_actor()`);
    await q.query(
      'CREATE INDEX audit_events_organization_time ON customer_hierarchy.audit_events (organization_id, created_at DESC, id DESC)',
    );
    await q.query(`CREATE VIEW customer_hierarchy.audit_log AS
      SELECT 'customer_hierarchy'::text AS domain, id, organization_id, actor_account_id, actor_name, actor_email,
             action, target_type, target_id, before, after, created_at
      FROM customer_hierarchy.audit_events`);
    await q.query(
      `COMMENT ON VIEW customer_hierarchy.audit_log IS 'Published by the customer_hierarchy domain for the audit read path (contract)'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP VIEW customer_hierarchy.audit_log');
    await q.query('DROP INDEX customer_hierarchy.audit_events_organization_time');
    await q.query('DROP TRIGGER audit_events_actor ON customer_hierarchy.audit_events');
    await q.query('ALTER TABLE customer_hierarchy.audit_events DROP COLUMN actor_name, DROP COLUMN actor_email');
  }
}
