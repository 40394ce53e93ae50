import type { MigrationInterface, QueryRunner } from 'typeorm';
import { auditTableSql } from '../../common/audit/audit-event.entity';

/**
 * The product catalogue as this migration first loaded it, frozen here: a migration holds its data and never
 * imports live code, so editing catalogue/product-catalogue.ts cannot change what an applied migration did.
 * A later change to the catalogue is a new migration (a contract test compares the database with the file).
 */
const INITIAL_CATALOGUE: ReadonlyArray<{
  key: string;
  name: string;
  secondaryRoles: string[];
  companyRoles: boolean;
  permissions: Record<string, string>;
  operatorPermissions: string[];
}> = [
  {
    key: 'accounts',
    name: 'Accounts',
    secondaryRoles: [],
    companyRoles: false,
    permissions: {
      'users.manage': 'Permission management: add, edit, deactivate and reactivate users of the product',
      'roles.manage': 'Permission management: add, edit and delete roles of the product',
    },
    operatorPermissions: [],
  },
  {
    key: 'livechat',
    name: 'LiveChat',
    secondaryRoles: ['administrator', 'normal'],
    companyRoles: false,
    permissions: {
      'dashboard.view': 'Realtime dashboard',
      'customers.view': 'Customer profiles',
      'inbox.use': 'Inbox: tags, send e-mail',
      'conversations.live': 'Live conversation, transfer a chat',
      'visitors.block': 'Blocked visitors',
      'callbacks.manage': 'Callbacks',
      'history.view': 'Conversation history',
      'history.export': 'Conversation history: export to Excel and PDF',
      'reports.view': 'Conversation reports, agent report, general analytics',
      'working_hours.manage': 'Working hours',
      'widget.manage': 'Widget management: pre-chat survey, translations, typing preview',
      'shortcuts.manage': 'Chat shortcuts',
      'notifications.manage': 'Notifications',
      'integrations.manage': 'Integrations: Messenger, WhatsApp, Instagram, e-mail, Viber, Telegram',
      'chatbot.manage': 'Chatbot: events, conditions, actions',
      'automatic_rules.manage': 'Automatic rules',
      'users.manage': 'Permission management: add, edit, deactivate and reactivate users of the product',
      'roles.manage': 'Permission management: add, edit and delete roles of the product',
    },
    operatorPermissions: [
      'dashboard.view',
      'customers.view',
      'inbox.use',
      'conversations.live',
      'callbacks.manage',
      'history.view',
      'shortcuts.manage',
    ],
  },
  {
    key: 'chatbot',
    name: 'ChatBot',
    secondaryRoles: ['OWNER', 'ADMINISTRATOR', 'MANAGER', 'DESIGNER'],
    companyRoles: true,
    permissions: {
      'users.manage': 'Permission management: add, edit, deactivate and reactivate users of the product',
      'roles.manage': 'Permission management: add, edit and delete roles of the product',
    },
    operatorPermissions: [],
  },
  {
    key: 'helpdesk',
    name: 'HelpDesk',
    secondaryRoles: ['administrator', 'agent'],
    companyRoles: false,
    permissions: {
      'tickets.view': 'View tickets',
      'tickets.reply': 'Reply to tickets',
      'tickets.manage': 'Assign, merge and close tickets',
      'reports.view': 'Reports',
      'users.manage': 'Permission management: add, edit, deactivate and reactivate users of the product',
      'roles.manage': 'Permission management: add, edit and delete roles of the product',
    },
    operatorPermissions: ['tickets.view', 'tickets.reply'],
  },
  {
    key: 'knowledgebase',
    name: 'KnowledgeBase',
    secondaryRoles: ['administrator', 'editor', 'viewer'],
    companyRoles: false,
    permissions: {
      'articles.view': 'Read articles',
      'articles.edit': 'Write and edit articles',
      'articles.publish': 'Publish articles',
      'users.manage': 'Permission management: add, edit, deactivate and reactivate users of the product',
      'roles.manage': 'Permission management: add, edit and delete roles of the product',
    },
    operatorPermissions: ['articles.view', 'articles.edit'],
  },
];

/** Products, product users and custom roles (GA-8, GA-9, LC), chatbot companies and their resources (CB). */
export class ProductRolesInitial1732400000000 implements MigrationInterface {
  name = 'ProductRolesInitial1732400000000';

  async up(q: QueryRunner): Promise<void> {
    const s = 'product_roles';
    const statements = [
      `CREATE TABLE ${s}.products (
        key text PRIMARY KEY CHECK (key ~ '^[a-z][a-z0-9_-]*$'),
        name text NOT NULL,
        secondary_roles text[] NOT NULL,
        company_roles boolean NOT NULL DEFAULT false,
        permissions jsonb NOT NULL,
        operator_permissions text[] NOT NULL
      )`,
      // GA-8: each product at most once per organization.
      `CREATE TABLE ${s}.organization_products (
        organization_id uuid NOT NULL,
        product text NOT NULL REFERENCES ${s}.products (key),
        enabled_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        enabled_by uuid,
        PRIMARY KEY (organization_id, product)
      )`,
      `CREATE TABLE ${s}.product_custom_roles (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        product text NOT NULL,
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 60),
        permissions text[] NOT NULL,
        is_default boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        FOREIGN KEY (organization_id, product) REFERENCES ${s}.organization_products ON DELETE CASCADE
      )`,
      `CREATE UNIQUE INDEX product_custom_roles_name ON ${s}.product_custom_roles (organization_id, product, lower(name))`,
      // GA-9 secondary roles, LC-1 product users; chatbot rows hold the company role (CB-1).
      `CREATE TABLE ${s}.product_users (
        organization_id uuid NOT NULL,
        product text NOT NULL,
        account_id uuid NOT NULL,
        role text NOT NULL,
        custom_role_id uuid REFERENCES ${s}.product_custom_roles (id),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY (organization_id, product, account_id),
        FOREIGN KEY (organization_id, product) REFERENCES ${s}.organization_products ON DELETE CASCADE,
        -- GA-11: removing a member removes their roles in every product, in the same transaction.
        FOREIGN KEY (organization_id, account_id) REFERENCES accounts.memberships (organization_id, account_id) ON DELETE CASCADE
      )`,
      `CREATE INDEX product_users_account ON ${s}.product_users (account_id)`,
      `CREATE INDEX product_users_custom_role ON ${s}.product_users (custom_role_id)`,
      // CB-1: exactly one company owner; at most one here, and the service keeps at least one.
      `CREATE UNIQUE INDEX product_users_one_company_owner ON ${s}.product_users (organization_id) WHERE product = 'chatbot' AND role = 'OWNER'`,
      // CB-1, at commit: a company that exists has exactly one owner (removing the owner's membership fails).
      `CREATE FUNCTION ${s}.company_keeps_owner() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE org uuid := OLD.organization_id;
      BEGIN
        IF OLD.product <> 'chatbot' OR OLD.role <> 'OWNER' THEN RETURN NULL; END IF;
        IF EXISTS (SELECT 1 FROM ${s}.chatbot_companies WHERE organization_id = org)
           AND NOT EXISTS (SELECT 1 FROM ${s}.product_users WHERE organization_id = org AND product = 'chatbot' AND role = 'OWNER') THEN
          RAISE EXCEPTION 'That account owns the chatbot company of this organization; transfer company ownership first'
            USING ERRCODE = 'check_violation';
        END IF;
        RETURN NULL;
      END $$`,
      `CREATE CONSTRAINT TRIGGER product_users_company_owner AFTER UPDATE OR DELETE ON ${s}.product_users
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ${s}.company_keeps_owner()`,
      `CREATE TABLE ${s}.chatbot_companies (
        organization_id uuid PRIMARY KEY,
        product text NOT NULL DEFAULT 'chatbot' CHECK (product = 'chatbot'),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
        billing_plan text NOT NULL DEFAULT 'FREE' CHECK (billing_plan IN ('FREE', 'STARTER', 'BUSINESS', 'ENTERPRISE')),
        FOREIGN KEY (organization_id, product) REFERENCES ${s}.organization_products ON DELETE CASCADE
      )`,
      `CREATE TABLE ${s}.chatbot_projects (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES ${s}.chatbot_companies ON DELETE CASCADE,
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`,
      `CREATE TABLE ${s}.chatbot_agents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        project_id uuid NOT NULL REFERENCES ${s}.chatbot_projects ON DELETE CASCADE,
        name text NOT NULL,
        data jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`,
      `CREATE INDEX chatbot_agents_project ON ${s}.chatbot_agents (project_id)`,
      `CREATE TABLE ${s}.chatbot_agent_channels (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        agent_id uuid NOT NULL REFERENCES ${s}.chatbot_agents ON DELETE CASCADE,
        kind text NOT NULL,
        config jsonb NOT NULL DEFAULT '{}'
      )`,
      `CREATE INDEX chatbot_agent_channels_agent ON ${s}.chatbot_agent_channels (agent_id)`,
      `CREATE TABLE ${s}.chatbot_agent_scenarios (
        agent_id uuid PRIMARY KEY REFERENCES ${s}.chatbot_agents ON DELETE CASCADE,
        organization_id uuid NOT NULL,
        content jsonb NOT NULL
      )`,
      `CREATE TABLE ${s}.chatbot_intents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES ${s}.chatbot_companies ON DELETE CASCADE,
        name text NOT NULL,
        phrases text[] NOT NULL DEFAULT '{}'
      )`,
      `CREATE TABLE ${s}.chatbot_external_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES ${s}.chatbot_companies ON DELETE CASCADE,
        name text NOT NULL,
        url text NOT NULL
      )`,
      `CREATE TABLE ${s}.chatbot_invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES ${s}.chatbot_companies ON DELETE CASCADE,
        account_id uuid NOT NULL,
        email text NOT NULL,
        role text NOT NULL CHECK (role IN ('ADMINISTRATOR', 'MANAGER', 'DESIGNER')),
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'ACCEPTED', 'REVOKED')),
        invited_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`,
      // CB-3: one pending invitation per account and company.
      `CREATE UNIQUE INDEX chatbot_invitations_pending ON ${s}.chatbot_invitations (organization_id, account_id) WHERE status = 'PENDING'`,
      `CREATE INDEX chatbot_invitations_account ON ${s}.chatbot_invitations (account_id) WHERE status = 'PENDING'`,
      // Outgoing e-mail, written in the transaction of the change that sends it; a mailer drains it.
      `CREATE TABLE ${s}.outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient text NOT NULL,
        subject text NOT NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        sent_at timestamptz
      )`,
      ...auditTableSql(s),
    ];
    for (const sql of statements) await q.query(sql);
    for (const p of INITIAL_CATALOGUE) {
      await q.query(
        `INSERT INTO ${s}.products (key, name, secondary_roles, company_roles, permissions, operator_permissions) VALUES ($1, $2, $3, $4, $5, $6)`,
        [p.key, p.name, p.secondaryRoles, p.companyRoles, JSON.stringify(p.permissions), p.operatorPermissions],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    const tables = [
      'audit_events',
      'outbox',
      'chatbot_invitations',
      'chatbot_external_requests',
      'chatbot_intents',
      'chatbot_agent_scenarios',
      'chatbot_agent_channels',
      'chatbot_agents',
      'chatbot_projects',
      'chatbot_companies',
      'product_users',
      'product_custom_roles',
      'organization_products',
      'products',
    ];
    for (const t of tables) await q.query(`DROP TABLE product_roles.${t}`);
    await q.query('DROP FUNCTION product_roles.company_keeps_owner()');
  }
}
