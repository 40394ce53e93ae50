import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13, seed 004 ("Customer Admin: manages user and group activity"): groups and broadcast groups have members,
 * the customer's end users. A member row goes with its group or its end user (ON DELETE CASCADE; the deleting
 * change audits what it ended). That both belong to the same customer is checked by the service under the
 * customer's lock.
 */
export class CustomerHierarchyGroupMembers1732500000050 implements MigrationInterface {
  name = 'CustomerHierarchyGroupMembers1732500000050';

  async up(q: QueryRunner): Promise<void> {
    const s = 'customer_hierarchy';
    for (const [table, groups] of [
      ['group_members', 'groups'],
      ['broadcast_group_members', 'broadcast_groups'],
    ] as const) {
      await q.query(`CREATE TABLE ${s}.${table} (
        group_id uuid NOT NULL REFERENCES ${s}.${groups} (id) ON DELETE CASCADE,
        end_user_id uuid NOT NULL REFERENCES ${s}.end_users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY (group_id, end_user_id)
      )`);
      await q.query(`CREATE INDEX ${table}_end_user ON ${s}.${table} (end_user_id)`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE customer_hierarchy.broadcast_group_members');
    await q.query('DROP TABLE customer_hierarchy.group_members');
  }
}
