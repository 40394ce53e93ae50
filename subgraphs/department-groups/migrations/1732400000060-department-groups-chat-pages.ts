import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13: `Organization.chats` is a Relay connection paged by a keyset. Chats get a monotonic `seq` (existing
 * chats numbered in creation order) and the index (organization_id, seq) a page walks, and (department_id, seq)
 * for a page filtered by department. Frozen: this migration holds its SQL and imports no live code.
 */
export class DepartmentGroupsChatPages1732400000060 implements MigrationInterface {
  name = 'DepartmentGroupsChatPages1732400000060';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE department_groups.chats ADD COLUMN seq bigint');
    await q.query(`UPDATE department_groups.chats c SET seq = n.seq
      FROM (SELECT id, row_number() OVER (ORDER BY created_at, id) AS seq FROM department_groups.chats) n WHERE n.id = c.id`);
    await q.query('CREATE SEQUENCE department_groups.chats_seq OWNED BY department_groups.chats.seq');
    await q.query(
      `SELECT setval('department_groups.chats_seq', COALESCE((SELECT max(seq) FROM department_groups.chats), 0) + 1, false)`,
    );
    await q.query(
      `ALTER TABLE department_groups.chats ALTER COLUMN seq SET DEFAULT nextval('department_groups.chats_seq'), ALTER COLUMN seq SET NOT NULL`,
    );
    await q.query('CREATE INDEX chats_organization_page ON department_groups.chats (organization_id, seq)');
    await q.query('CREATE INDEX chats_department_page ON department_groups.chats (department_id, seq)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX department_groups.chats_department_page');
    await q.query('DROP INDEX department_groups.chats_organization_page');
    await q.query('ALTER TABLE department_groups.chats DROP COLUMN seq');
  }
}
