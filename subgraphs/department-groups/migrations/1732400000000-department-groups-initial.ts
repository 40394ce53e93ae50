import type { MigrationInterface, QueryRunner } from 'typeorm';
import { auditTableSql } from '../../common/audit/audit-event.entity';

/**
 * Departments, department groups, user groups, module/function roles, operators' assignments, chats and audit
 * (LHC-1…LHC-5, X-3). Organization and account ids come from the accounts' published views; they are not
 * foreign keys across schemas, and every decision re-reads `accounts.membership_roles`.
 */
export class DepartmentGroupsInitial1732400000000 implements MigrationInterface {
  name = 'DepartmentGroupsInitial1732400000000';

  async up(q: QueryRunner): Promise<void> {
    const s = 'department_groups';
    const statements = [
      // `number` is the per-organization id the seed's limitations name, e.g. {"group":[2]} (LHC-5).
      `CREATE TABLE ${s}.departments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        number int NOT NULL CHECK (number > 0),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        UNIQUE (organization_id, number),
        UNIQUE (organization_id, name)
      )`,
      `CREATE TABLE ${s}.department_groups (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        number int NOT NULL CHECK (number > 0),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        UNIQUE (organization_id, number),
        UNIQUE (organization_id, name)
      )`,
      `CREATE TABLE ${s}.department_group_members (
        department_group_id uuid NOT NULL REFERENCES ${s}.department_groups (id) ON DELETE CASCADE,
        department_id uuid NOT NULL REFERENCES ${s}.departments (id) ON DELETE CASCADE,
        PRIMARY KEY (department_group_id, department_id)
      )`,
      `CREATE TABLE ${s}.user_groups (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
        required boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        UNIQUE (organization_id, name)
      )`,
      `CREATE INDEX user_groups_organization ON ${s}.user_groups (organization_id)`,
      `CREATE TABLE ${s}.user_group_work_with (
        user_group_id uuid NOT NULL REFERENCES ${s}.user_groups (id) ON DELETE CASCADE,
        work_with_group_id uuid NOT NULL REFERENCES ${s}.user_groups (id) ON DELETE CASCADE,
        PRIMARY KEY (user_group_id, work_with_group_id)
      )`,
      `CREATE TABLE ${s}.roles (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        UNIQUE (organization_id, name)
      )`,
      `CREATE TABLE ${s}.role_grants (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        role_id uuid NOT NULL REFERENCES ${s}.roles (id) ON DELETE CASCADE,
        position int NOT NULL,
        module text NOT NULL,
        function text NOT NULL,
        limitation jsonb CHECK (limitation IS NULL OR jsonb_typeof(limitation) = 'object'),
        UNIQUE (role_id, position)
      )`,
      `CREATE TABLE ${s}.user_group_roles (
        user_group_id uuid NOT NULL REFERENCES ${s}.user_groups (id) ON DELETE CASCADE,
        role_id uuid NOT NULL REFERENCES ${s}.roles (id) ON DELETE CASCADE,
        PRIMARY KEY (user_group_id, role_id)
      )`,
      `CREATE TABLE ${s}.user_group_members (
        user_group_id uuid NOT NULL REFERENCES ${s}.user_groups (id) ON DELETE CASCADE,
        organization_id uuid NOT NULL,
        account_id uuid NOT NULL,
        PRIMARY KEY (user_group_id, account_id)
      )`,
      `CREATE INDEX user_group_members_account ON ${s}.user_group_members (organization_id, account_id)`,
      `CREATE TABLE ${s}.operator_department_groups (
        department_group_id uuid NOT NULL REFERENCES ${s}.department_groups (id) ON DELETE CASCADE,
        organization_id uuid NOT NULL,
        account_id uuid NOT NULL,
        PRIMARY KEY (department_group_id, account_id)
      )`,
      `CREATE INDEX operator_department_groups_account ON ${s}.operator_department_groups (organization_id, account_id)`,
      `CREATE TABLE ${s}.chats (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        department_id uuid NOT NULL REFERENCES ${s}.departments (id) ON DELETE CASCADE,
        visitor_name text NOT NULL CHECK (length(btrim(visitor_name)) BETWEEN 1 AND 100),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`,
      `CREATE INDEX chats_department ON ${s}.chats (department_id)`,
      `CREATE TABLE ${s}.chat_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        chat_id uuid NOT NULL REFERENCES ${s}.chats (id) ON DELETE CASCADE,
        author_account_id uuid,
        body text NOT NULL CHECK (length(btrim(body)) BETWEEN 1 AND 2000),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`,
      `CREATE INDEX chat_messages_chat ON ${s}.chat_messages (chat_id, seq)`,
      ...auditTableSql(s),
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'audit_events',
      'chat_messages',
      'chats',
      'operator_department_groups',
      'user_group_members',
      'user_group_roles',
      'role_grants',
      'roles',
      'user_group_work_with',
      'user_groups',
      'department_group_members',
      'department_groups',
      'departments',
    ]) {
      await q.query(`DROP TABLE department_groups.${table}`);
    }
  }
}
