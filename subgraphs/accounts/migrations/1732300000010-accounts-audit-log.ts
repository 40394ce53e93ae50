import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * X-3, issue 9 item 6: the actor's name and e-mail are kept on every audit event, so an event outlives the actor's
 * membership and account. Accounts publishes `accounts.fill_audit_actor()`, a BEFORE INSERT trigger function that
 * copies them from its account directory; every domain's `audit_events` runs it (one mechanism for events written
 * by services and by SQL functions or triggers alike). And accounts' own published audit view `audit_log`, with
 * its keyset index (organization_id, created_at DESC, id DESC), read by the one audit read path.
 */
export class AccountsAuditLog1732300000010 implements MigrationInterface {
  name = 'AccountsAuditLog1732300000010';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION accounts.fill_audit_actor() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.actor_account_id IS NOT NULL AND NEW.actor_name IS NULL AND NEW.actor_email IS NULL THEN
          SELECT a.name, a.email INTO NEW.actor_name, NEW.actor_email
            FROM accounts.accounts a WHERE a.id = NEW.actor_account_id;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(
      `COMMENT ON FUNCTION accounts.fill_audit_actor() IS 'Published by the accounts subgraph for other subgraphs (contract)'`,
    );
    await q.query('ALTER TABLE accounts.audit_events ADD COLUMN actor_name text, ADD COLUMN actor_email text');
    await q.query(`UPDATE accounts.audit_events e SET actor_name = a.name, actor_email = a.email
      FROM accounts.accounts a WHERE a.id = e.actor_account_id`);
    await q.query(`CREATE TRIGGER audit_events_actor BEFORE INSERT ON accounts.audit_events
      FOR EACH ROW EXECUTE FUNCTION accounts.fill_audit_actor()`);
    await q.query(
      'CREATE INDEX audit_events_organization_time ON accounts.audit_events (organization_id, created_at DESC, id DESC)',
    );
    await q.query(`CREATE VIEW accounts.audit_log AS
      SELECT 'accounts'::text AS domain, id, organization_id, actor_account_id, actor_name, actor_email,
             action, target_type, target_id, before, after, created_at
      FROM accounts.audit_events`);
    await q.query(
      `COMMENT ON VIEW accounts.audit_log IS 'Published by the accounts subgraph for the audit read path (contract)'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP VIEW accounts.audit_log');
    await q.query('DROP INDEX accounts.audit_events_organization_time');
    await q.query('DROP TRIGGER audit_events_actor ON accounts.audit_events');
    await q.query('ALTER TABLE accounts.audit_events DROP COLUMN actor_name, DROP COLUMN actor_email');
    await q.query('DROP FUNCTION accounts.fill_audit_actor()');
  }
}
