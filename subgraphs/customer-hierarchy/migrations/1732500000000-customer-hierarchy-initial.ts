import type { MigrationInterface, QueryRunner } from 'typeorm';
import { auditTableSql } from '../../common/audit/audit-event.entity';

/**
 * The reseller hierarchy (ES-1…ES-5, X-3): servers > sales conduits > customers, portal role assignments with
 * their reach, each customer's workspace (departments, groups, broadcast groups, end users, feature keys, notes,
 * manual activation codes, external contacts, settings) and department associations.
 *
 * A customer IS an accounts organization (ES-1): `organization_id` is a federated link, not a foreign key across
 * schemas and not a copy (its name is read from `accounts.organization_directory`). Composite keys carry the
 * conduit and server down the tree so the database itself refuses an association across servers (ES-5) and a
 * billing state outside the machine (ES-4).
 */
export class CustomerHierarchyInitial1732500000000 implements MigrationInterface {
  name = 'CustomerHierarchyInitial1732500000000';

  async up(q: QueryRunner): Promise<void> {
    const s = 'customer_hierarchy';
    const name = (column = 'name') => `${column} text NOT NULL CHECK (length(btrim(${column})) BETWEEN 1 AND 100)`;
    const statements = [
      `CREATE TABLE ${s}.servers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        ${name()} UNIQUE,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`,
      `CREATE TABLE ${s}.sales_conduits (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        server_id uuid NOT NULL REFERENCES ${s}.servers (id),
        ${name()},
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        UNIQUE (server_id, name),
        UNIQUE (id, server_id)
      )`,
      // ES-4: the billing state machine's states; a demo (and only a demo) has an end date.
      `CREATE TABLE ${s}.customers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL UNIQUE,
        conduit_id uuid NOT NULL,
        server_id uuid NOT NULL,
        self_discovery boolean NOT NULL DEFAULT true,
        account_code text CHECK (account_code IS NULL OR length(btrim(account_code)) BETWEEN 1 AND 50),
        billing_state text NOT NULL DEFAULT 'DEMO' CHECK (billing_state IN ('DEMO', 'ACTIVE', 'DEACTIVATED', 'ARCHIVED')),
        non_billable boolean NOT NULL DEFAULT false,
        demo_ends_on date,
        client_side_recording boolean NOT NULL DEFAULT false,
        rtp_gateway_config jsonb CHECK (rtp_gateway_config IS NULL OR jsonb_typeof(rtp_gateway_config) = 'object'),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CHECK ((billing_state = 'DEMO') = (demo_ends_on IS NOT NULL)),
        FOREIGN KEY (conduit_id, server_id) REFERENCES ${s}.sales_conduits (id, server_id),
        UNIQUE (id, conduit_id, server_id)
      )`,
      `CREATE INDEX customers_conduit ON ${s}.customers (conduit_id)`,
      // ES-2: one row per role and reach; the scope columns a role needs, and no others.
      `CREATE TABLE ${s}.portal_role_assignments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL,
        role text NOT NULL CHECK (role IN ('ROOT', 'SUPPORT', 'CONDUIT_ADMIN', 'SALES_REP', 'CUSTOMER_MANAGER',
          'CUSTOMER_ADMIN', 'CUSTOMER_TECHNICAL', 'PRIMARY_CONTACT', 'BILLING_CONTACT')),
        server_id uuid REFERENCES ${s}.servers (id),
        conduit_id uuid REFERENCES ${s}.sales_conduits (id),
        customer_id uuid REFERENCES ${s}.customers (id),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CHECK (CASE
          WHEN role = 'ROOT' THEN server_id IS NULL AND conduit_id IS NULL AND customer_id IS NULL
          WHEN role = 'SUPPORT' THEN server_id IS NOT NULL AND conduit_id IS NULL AND customer_id IS NULL
          WHEN role IN ('CONDUIT_ADMIN', 'SALES_REP', 'CUSTOMER_MANAGER') THEN server_id IS NULL AND conduit_id IS NOT NULL AND customer_id IS NULL
          ELSE server_id IS NULL AND conduit_id IS NULL AND customer_id IS NOT NULL END)
      )`,
      `CREATE UNIQUE INDEX portal_role_assignments_unique ON ${s}.portal_role_assignments (account_id, role,
        coalesce(server_id, conduit_id, customer_id, '00000000-0000-0000-0000-000000000000'::uuid))`,
      `CREATE INDEX portal_role_assignments_conduit ON ${s}.portal_role_assignments (conduit_id)`,
      `CREATE INDEX portal_role_assignments_customer ON ${s}.portal_role_assignments (customer_id)`,
      // The customers assigned to a sales rep or customer manager (their customer-level reach, ES-2).
      `CREATE TABLE ${s}.portal_assignment_customers (
        assignment_id uuid NOT NULL REFERENCES ${s}.portal_role_assignments (id) ON DELETE CASCADE,
        customer_id uuid NOT NULL REFERENCES ${s}.customers (id),
        PRIMARY KEY (assignment_id, customer_id)
      )`,
      `CREATE INDEX portal_assignment_customers_customer ON ${s}.portal_assignment_customers (customer_id)`,
      // Each assignment with its reach resolved: the server and conduit it sits in, and its assigned customers.
      `CREATE VIEW ${s}.assignment_reach AS
        SELECT a.id, a.account_id, a.role, a.created_at,
               coalesce(a.server_id, cd.server_id, cu.server_id) AS server_id,
               coalesce(a.conduit_id, cu.conduit_id) AS conduit_id,
               a.customer_id,
               coalesce((SELECT array_agg(pc.customer_id::text ORDER BY pc.customer_id) FROM ${s}.portal_assignment_customers pc
                         WHERE pc.assignment_id = a.id), '{}') AS customer_ids
        FROM ${s}.portal_role_assignments a
        LEFT JOIN ${s}.sales_conduits cd ON cd.id = a.conduit_id
        LEFT JOIN ${s}.customers cu ON cu.id = a.customer_id`,
      `CREATE TABLE ${s}.departments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        customer_id uuid NOT NULL REFERENCES ${s}.customers (id),
        ${name()},
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        UNIQUE (customer_id, name),
        UNIQUE (id, customer_id)
      )`,
      `CREATE TABLE ${s}.groups (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        customer_id uuid NOT NULL REFERENCES ${s}.customers (id),
        ${name()},
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        UNIQUE (customer_id, name)
      )`,
      `CREATE TABLE ${s}.broadcast_groups (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        customer_id uuid NOT NULL REFERENCES ${s}.customers (id),
        ${name()},
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        UNIQUE (customer_id, name)
      )`,
      `CREATE TABLE ${s}.end_users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        customer_id uuid NOT NULL REFERENCES ${s}.customers (id),
        ${name()},
        email text NOT NULL CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 254),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        UNIQUE (customer_id, email)
      )`,
      `CREATE TABLE ${s}.end_user_feature_keys (
        end_user_id uuid NOT NULL REFERENCES ${s}.end_users (id) ON DELETE CASCADE,
        feature_key text NOT NULL CHECK (feature_key ~ '^[a-z][a-z0-9_]{0,49}$'),
        PRIMARY KEY (end_user_id, feature_key)
      )`,
      `CREATE TABLE ${s}.notes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        customer_id uuid NOT NULL REFERENCES ${s}.customers (id),
        body text NOT NULL CHECK (length(btrim(body)) BETWEEN 1 AND 2000),
        author_account_id uuid,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        updated_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`,
      `CREATE INDEX notes_customer ON ${s}.notes (customer_id, created_at)`,
      `CREATE TABLE ${s}.activation_codes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        customer_id uuid NOT NULL REFERENCES ${s}.customers (id),
        code text NOT NULL UNIQUE,
        ${name('label')},
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`,
      `CREATE INDEX activation_codes_customer ON ${s}.activation_codes (customer_id)`,
      `CREATE TABLE ${s}.external_contacts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        customer_id uuid NOT NULL REFERENCES ${s}.customers (id),
        position int NOT NULL,
        ${name()},
        email text,
        phone text,
        UNIQUE (customer_id, position)
      )`,
      // ES-5: the kind follows from where the two departments live, and both are on one server (composite keys).
      `CREATE TABLE ${s}.department_associations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        server_id uuid NOT NULL,
        department_a_id uuid NOT NULL,
        customer_a_id uuid NOT NULL,
        conduit_a_id uuid NOT NULL,
        department_b_id uuid NOT NULL,
        customer_b_id uuid NOT NULL,
        conduit_b_id uuid NOT NULL,
        kind text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CHECK (department_a_id < department_b_id),
        CHECK (kind = CASE WHEN customer_a_id = customer_b_id THEN 'INTRA_CUSTOMER'
                           WHEN conduit_a_id = conduit_b_id THEN 'INTER_CUSTOMER'
                           ELSE 'INTER_CONDUIT' END),
        UNIQUE (department_a_id, department_b_id),
        FOREIGN KEY (department_a_id, customer_a_id) REFERENCES ${s}.departments (id, customer_id) ON DELETE CASCADE,
        FOREIGN KEY (department_b_id, customer_b_id) REFERENCES ${s}.departments (id, customer_id) ON DELETE CASCADE,
        FOREIGN KEY (customer_a_id, conduit_a_id, server_id) REFERENCES ${s}.customers (id, conduit_id, server_id),
        FOREIGN KEY (customer_b_id, conduit_b_id, server_id) REFERENCES ${s}.customers (id, conduit_id, server_id)
      )`,
      `CREATE INDEX department_associations_customer_a ON ${s}.department_associations (customer_a_id)`,
      `CREATE INDEX department_associations_customer_b ON ${s}.department_associations (customer_b_id)`,
      `CREATE INDEX department_associations_department_b ON ${s}.department_associations (department_b_id)`,
      ...auditTableSql(s),
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'audit_events',
      'department_associations',
      'external_contacts',
      'activation_codes',
      'notes',
      'end_user_feature_keys',
      'end_users',
      'broadcast_groups',
      'groups',
      'departments',
      'portal_assignment_customers',
      'assignment_reach',
      'portal_role_assignments',
      'customers',
      'sales_conduits',
      'servers',
    ]) {
      await q.query(`DROP ${table === 'assignment_reach' ? 'VIEW' : 'TABLE'} customer_hierarchy.${table}`);
    }
  }
}
