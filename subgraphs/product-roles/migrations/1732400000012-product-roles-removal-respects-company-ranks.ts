import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * CB-5 whatever mutation carries it (issue 9 item 4): removing an organization member who is a chatbot company user
 * also removes them from the company (GA-11's cascade), so the removal must pass the company's own rule. Allowed
 * when the member leaves by themself, when the organization OWNER removes them (nobody outranks the owner), or when
 * the actor is an active company OWNER or ADMINISTRATOR and the member is an ADMINISTRATOR, MANAGER or DESIGNER.
 * Otherwise — an Accounts ADMINISTRATOR who is only a company DESIGNER, say — the removal is refused with SQLSTATE
 * 42501, which the access kernel reports as FORBIDDEN. The company OWNER's membership stays under CB-1's deferred
 * check (CONFLICT). The actor is the kernel's `identity.actor_account_id`; without one (no access change), nothing
 * is decided here.
 */
export class ProductRolesRemovalRespectsCompanyRanks1732400000012 implements MigrationInterface {
  name = 'ProductRolesRemovalRespectsCompanyRanks1732400000012';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION product_roles.removal_respects_company_ranks() RETURNS trigger
      LANGUAGE plpgsql AS $$
      DECLARE
        actor uuid := nullif(current_setting('identity.actor_account_id', true), '')::uuid;
        target_rank text;
        actor_rank text;
      BEGIN
        IF actor IS NULL OR actor = OLD.account_id THEN RETURN OLD; END IF;
        SELECT role INTO target_rank FROM product_roles.product_users
          WHERE organization_id = OLD.organization_id AND product = 'chatbot' AND account_id = OLD.account_id;
        IF target_rank IS NULL THEN RETURN OLD; END IF;
        IF EXISTS (SELECT 1 FROM accounts.memberships
                   WHERE organization_id = OLD.organization_id AND account_id = actor AND role = 'OWNER') THEN
          RETURN OLD;
        END IF;
        SELECT role INTO actor_rank FROM product_roles.product_users
          WHERE organization_id = OLD.organization_id AND product = 'chatbot' AND account_id = actor AND active;
        IF actor_rank IN ('OWNER', 'ADMINISTRATOR') AND target_rank IN ('ADMINISTRATOR', 'MANAGER', 'DESIGNER') THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'That member is a chatbot company %: only the company OWNER or an ADMINISTRATOR removes them (CB-5), or the organization owner', target_rank
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`CREATE TRIGGER product_roles_removal_respects_company_ranks BEFORE DELETE ON accounts.memberships
      FOR EACH ROW EXECUTE FUNCTION product_roles.removal_respects_company_ranks()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER product_roles_removal_respects_company_ranks ON accounts.memberships');
    await q.query('DROP FUNCTION product_roles.removal_respects_company_ranks()');
  }
}
