import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Failed log-in counters per e-mail and per client address, for refusing repeated guessing for a while. */
export class AccountsLoginAttempts1732300000003 implements MigrationInterface {
  name = 'AccountsLoginAttempts1732300000003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE accounts.login_attempts (
      key text PRIMARY KEY,
      failures int NOT NULL,
      window_started timestamptz NOT NULL,
      locked_until timestamptz
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE accounts.login_attempts');
  }
}
