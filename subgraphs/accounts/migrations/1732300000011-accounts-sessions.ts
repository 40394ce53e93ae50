import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions. A session is one log-in: the family of its rotating refresh tokens, and the `sid` claim of every
 * access token issued in it. Refresh tokens are stored as their SHA-256 only. Revoking a session ends its refresh
 * tokens and, through the published view `accounts.active_sessions` every subgraph reads per request, its access
 * tokens. Deleting an account deletes its sessions.
 */
export class AccountsSessions1732300000011 implements MigrationInterface {
  name = 'AccountsSessions1732300000011';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE accounts.sessions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      account_id uuid NOT NULL REFERENCES accounts.accounts (id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      revoked_at timestamptz,
      revoked_reason text
    )`);
    await q.query('CREATE INDEX sessions_account_idx ON accounts.sessions (account_id)');
    await q.query(`CREATE TABLE accounts.refresh_tokens (
      token_hash bytea PRIMARY KEY,
      session_id uuid NOT NULL REFERENCES accounts.sessions (id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL DEFAULT now(),
      used_at timestamptz
    )`);
    await q.query('CREATE INDEX refresh_tokens_session_idx ON accounts.refresh_tokens (session_id)');
    await q.query(`CREATE VIEW accounts.active_sessions AS
      SELECT s.id AS session_id, s.account_id, s.expires_at FROM accounts.sessions s
      WHERE s.revoked_at IS NULL AND s.expires_at > now()`);
    await q.query(
      `COMMENT ON VIEW accounts.active_sessions IS 'Published by the accounts subgraph for other subgraphs (contract)'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP VIEW accounts.active_sessions');
    await q.query('DROP TABLE accounts.refresh_tokens');
    await q.query('DROP TABLE accounts.sessions');
  }
}
