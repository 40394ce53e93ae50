import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13: the organization's name is the one name of a chatbot company and of a customer (GA-2, ES-1). Accounts
 * publishes `accounts.rename_organization` so the other domains rename through accounts' own code: the same
 * organization row lock as `join_organization` and the accounts kernel, the same name rule as `renameOrganization`
 * (trimmed, 1–100 characters, no control characters; otherwise SQLSTATE 22023) and accounts' audit event
 * `organization.renamed` with before/after. Returns the stored (trimmed) name.
 */
export class AccountsRenameOrganization1732300000040 implements MigrationInterface {
  name = 'AccountsRenameOrganization1732300000040';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION accounts.rename_organization(p_organization uuid, p_name text, p_actor uuid, p_reason text)
      RETURNS text LANGUAGE plpgsql AS $$
      DECLARE v_old text; v_new text := btrim(coalesce(p_name, ''));
      BEGIN
        IF length(v_new) = 0 OR length(v_new) > 100 OR v_new ~ '[\\x01-\\x1f\\x7f]' THEN
          RAISE EXCEPTION 'name must be 1 to 100 characters without control characters' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        SELECT name INTO v_old FROM accounts.organizations WHERE id = p_organization FOR UPDATE;
        IF NOT FOUND THEN RAISE EXCEPTION 'no organization %', p_organization USING ERRCODE = 'no_data_found'; END IF;
        IF v_old IS DISTINCT FROM v_new THEN
          UPDATE accounts.organizations SET name = v_new WHERE id = p_organization;
          INSERT INTO accounts.audit_events (organization_id, actor_account_id, action, target_type, target_id, before, after)
            VALUES (p_organization, p_actor, 'organization.renamed', 'Organization', p_organization::text,
                    jsonb_build_object('name', v_old), jsonb_build_object('name', v_new, 'reason', p_reason));
        END IF;
        RETURN v_new;
      END $$`);
    await q.query(
      `COMMENT ON FUNCTION accounts.rename_organization(uuid, text, uuid, text) IS 'Published by the accounts subgraph for other subgraphs (contract)'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP FUNCTION accounts.rename_organization(uuid, text, uuid, text)');
  }
}
