import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 9, item 3: a LiveChat permission that gates nothing is not offered. Department-groups makes
 * `conversations.live`, `inbox.use` and `history.view` control live chat (and product-roles makes `users.manage`
 * and `roles.manage` control LiveChat's users and roles); the others controlled nothing in this system, so they
 * leave the livechat catalogue, its default Operator subset and every existing custom role. Frozen: the list is
 * this migration's data, not an import of the live catalogue.
 */
const REMOVED = [
  'automatic_rules.manage',
  'callbacks.manage',
  'chatbot.manage',
  'customers.view',
  'dashboard.view',
  'history.export',
  'integrations.manage',
  'notifications.manage',
  'reports.view',
  'shortcuts.manage',
  'visitors.block',
  'widget.manage',
  'working_hours.manage',
];

export class LivechatPermissionsThatGate1732400000021 implements MigrationInterface {
  name = 'LivechatPermissionsThatGate1732400000021';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `UPDATE product_roles.products
       SET permissions = permissions - $1::text[],
           operator_permissions = ARRAY(SELECT p FROM unnest(operator_permissions) p WHERE p <> ALL($1::text[]) ORDER BY p)
       WHERE key = 'livechat'`,
      [REMOVED],
    );
    await q.query(
      `UPDATE product_roles.product_custom_roles
       SET permissions = ARRAY(SELECT p FROM unnest(permissions) p WHERE p <> ALL($1::text[]) ORDER BY p)
       WHERE product = 'livechat' AND permissions && $1::text[]`,
      [REMOVED],
    );
  }

  async down(): Promise<void> {
    // Removed permissions are not restored: roles that held them are not known any more.
  }
}
