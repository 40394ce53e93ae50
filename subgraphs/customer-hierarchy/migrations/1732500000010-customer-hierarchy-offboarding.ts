import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * X-6 / GA-11 for the reseller hierarchy: when an account's membership of a customer's organization ends
 * (removeOrganizationMember, leaveOrganization, or the account deleted), in the same transaction
 * - its portal role assignments scoped to that customer (CUSTOMER_ADMIN, CUSTOMER_TECHNICAL, the contacts) end, and
 * - that customer leaves the customer lists of its SALES_REP / CUSTOMER_MANAGER assignments,
 * with one `member.offboarded` event naming what was removed (role names, the customer's name); none when nothing was.
 * Re-adding the account restores nothing: the rows are gone.
 *
 * A customer-scoped portal role belongs to a person of the customer, so it requires membership of the customer's
 * organization (a deferred constraint trigger refuses one without it, SQLSTATE 23514); otherwise a grant on the
 * customer would exist that removal cannot see. Existing customer-scoped holders join as plain MEMBERs through
 * accounts' published `join_organization`. Portal staff above the customer (ROOT, SUPPORT, CONDUIT_ADMIN, SALES_REP,
 * CUSTOMER_MANAGER) act through reach, not membership, and are not members of each customer's organization.
 *
 * Frozen: the SQL here is this migration's own; it reads accounts only through its published tables and functions.
 */
export class CustomerHierarchyOffboarding1732500000010 implements MigrationInterface {
  name = 'CustomerHierarchyOffboarding1732500000010';

  async up(q: QueryRunner): Promise<void> {
    const s = 'customer_hierarchy';
    await q.query(`CREATE FUNCTION ${s}.offboard_member() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        k record;
        roles jsonb;
        assigned jsonb;
      BEGIN
        SELECT c.id, o.name INTO k FROM ${s}.customers c
          LEFT JOIN accounts.organization_directory o ON o.organization_id = c.organization_id
          WHERE c.organization_id = OLD.organization_id;
        IF NOT FOUND THEN RETURN NULL; END IF;
        WITH gone AS (
          DELETE FROM ${s}.portal_role_assignments
          WHERE customer_id = k.id AND account_id = OLD.account_id RETURNING id, role)
        SELECT jsonb_agg(jsonb_build_object('assignmentId', id, 'role', role) ORDER BY role, id) INTO roles FROM gone;
        WITH gone AS (
          DELETE FROM ${s}.portal_assignment_customers pc USING ${s}.portal_role_assignments a
          WHERE pc.assignment_id = a.id AND pc.customer_id = k.id AND a.account_id = OLD.account_id
          RETURNING a.id, a.role)
        SELECT jsonb_agg(jsonb_build_object('assignmentId', id, 'role', role) ORDER BY role, id) INTO assigned FROM gone;
        IF roles IS NULL AND assigned IS NULL THEN RETURN NULL; END IF;
        INSERT INTO ${s}.audit_events (organization_id, actor_account_id, action, target_type, target_id, before, after)
        VALUES (OLD.organization_id, nullif(current_setting('identity.actor_account_id', true), '')::uuid,
                'member.offboarded', 'Account', OLD.account_id::text,
                jsonb_build_object('accountId', OLD.account_id, 'customerId', k.id, 'customer', k.name,
                                   'portalRoles', coalesce(roles, '[]'::jsonb),
                                   'customerAssignments', coalesce(assigned, '[]'::jsonb)),
                NULL);
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER customer_hierarchy_offboard_member AFTER DELETE ON accounts.memberships
      FOR EACH ROW EXECUTE FUNCTION ${s}.offboard_member()`);

    // Existing customer-scoped holders become members (plain MEMBER), so the trigger sees them.
    await q.query(`SELECT accounts.join_organization(c.organization_id, a.account_id, NULL,
        'customer-hierarchy: a customer-scoped portal role requires membership')
      FROM ${s}.portal_role_assignments a JOIN ${s}.customers c ON c.id = a.customer_id
      WHERE NOT EXISTS (SELECT 1 FROM accounts.membership_roles m
                        WHERE m.organization_id = c.organization_id AND m.account_id = a.account_id)`);
    await q.query(`CREATE FUNCTION ${s}.customer_role_needs_membership() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.customer_id IS NULL THEN RETURN NULL; END IF;
        IF NOT EXISTS (SELECT 1 FROM ${s}.portal_role_assignments a
                       WHERE a.id = NEW.id AND a.customer_id IS NOT NULL) THEN RETURN NULL; END IF;
        IF NOT EXISTS (SELECT 1 FROM ${s}.customers c JOIN accounts.membership_roles m
                         ON m.organization_id = c.organization_id AND m.account_id = NEW.account_id
                       WHERE c.id = NEW.customer_id) THEN
          RAISE EXCEPTION 'a customer-scoped portal role requires membership of the customer''s organization'
            USING ERRCODE = 'check_violation';
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE CONSTRAINT TRIGGER portal_role_needs_membership
      AFTER INSERT OR UPDATE OF account_id, customer_id ON ${s}.portal_role_assignments
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ${s}.customer_role_needs_membership()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER portal_role_needs_membership ON customer_hierarchy.portal_role_assignments');
    await q.query('DROP FUNCTION customer_hierarchy.customer_role_needs_membership()');
    await q.query('DROP TRIGGER customer_hierarchy_offboard_member ON accounts.memberships');
    await q.query('DROP FUNCTION customer_hierarchy.offboard_member()');
  }
}
