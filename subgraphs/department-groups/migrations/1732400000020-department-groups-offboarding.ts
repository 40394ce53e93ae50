import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * X-6, GA-11: removing a member (or a member leaving) ends, in the same transaction, every grant of that account
 * in that organization here: its user-group memberships (which make it an operator) and its department-group
 * assignments. A trigger on `accounts.memberships` deletes them and writes ONE `member.offboarded` audit event
 * naming what was removed (group names, not only ids), with the actor the access kernel names in
 * `identity.actor_account_id`; no event when nothing was removed. Deferred foreign keys make the database refuse
 * any such row of a non-member at commit (e.g. an operator created while the membership is being removed), so
 * re-adding the account gives a plain member and nothing else. Rows of former members (kept before, ignored by
 * the facts) are deleted first. Frozen: this migration holds its SQL and imports no live code.
 */
export class DepartmentGroupsOffboarding1732400000020 implements MigrationInterface {
  name = 'DepartmentGroupsOffboarding1732400000020';

  async up(q: QueryRunner): Promise<void> {
    const s = 'department_groups';
    const statements = [
      ...['user_group_members', 'operator_department_groups'].flatMap((t) => [
        `DELETE FROM ${s}.${t} x WHERE NOT EXISTS (
           SELECT 1 FROM accounts.memberships m WHERE m.organization_id = x.organization_id AND m.account_id = x.account_id)`,
        `ALTER TABLE ${s}.${t} ADD CONSTRAINT ${t}_membership FOREIGN KEY (organization_id, account_id)
           REFERENCES accounts.memberships (organization_id, account_id) DEFERRABLE INITIALLY DEFERRED`,
      ]),
      `CREATE FUNCTION ${s}.offboard_member() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        groups jsonb;
        department_groups jsonb;
      BEGIN
        WITH gone AS (
          DELETE FROM ${s}.user_group_members m
          WHERE m.organization_id = OLD.organization_id AND m.account_id = OLD.account_id
          RETURNING m.user_group_id)
        SELECT coalesce(jsonb_agg(jsonb_build_object('id', g.id, 'name', g.name) ORDER BY g.name), '[]'::jsonb)
          INTO groups
          FROM gone JOIN ${s}.user_groups g ON g.id = gone.user_group_id;
        WITH gone AS (
          DELETE FROM ${s}.operator_department_groups d
          WHERE d.organization_id = OLD.organization_id AND d.account_id = OLD.account_id
          RETURNING d.department_group_id)
        SELECT coalesce(jsonb_agg(jsonb_build_object('id', g.id, 'name', g.name, 'number', g.number) ORDER BY g.number), '[]'::jsonb)
          INTO department_groups
          FROM gone JOIN ${s}.department_groups g ON g.id = gone.department_group_id;
        IF groups <> '[]'::jsonb OR department_groups <> '[]'::jsonb THEN
          INSERT INTO ${s}.audit_events (organization_id, actor_account_id, action, target_type, target_id, before, after)
          VALUES (OLD.organization_id, nullif(current_setting('identity.actor_account_id', true), '')::uuid,
                  'member.offboarded', 'Account', OLD.account_id::text,
                  jsonb_build_object('operator', groups <> '[]'::jsonb, 'userGroups', groups,
                                     'departmentGroups', department_groups),
                  NULL);
        END IF;
        RETURN NULL;
      END $$`,
      `CREATE TRIGGER department_groups_offboard_member AFTER DELETE ON accounts.memberships
         FOR EACH ROW EXECUTE FUNCTION ${s}.offboard_member()`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER department_groups_offboard_member ON accounts.memberships');
    await q.query('DROP FUNCTION department_groups.offboard_member()');
    for (const t of ['user_group_members', 'operator_department_groups'])
      await q.query(`ALTER TABLE department_groups.${t} DROP CONSTRAINT ${t}_membership`);
  }
}
