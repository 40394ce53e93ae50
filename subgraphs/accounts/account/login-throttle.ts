import type { DataSource } from 'typeorm';
import type { Config } from '../../common/config';
import { DomainError, ErrorCode } from '../../common/errors';

/** What a log-in attempt is counted against. */
export interface LoginOrigin {
  email: string;
  address: string;
}

/**
 * Refuses log-ins for a while after repeated failures for one e-mail or from one client address. Counters live
 * in Postgres, so they hold across restarts and replicas. Locking per e-mail lets a stranger lock a victim out
 * for `lockoutSeconds`; that is the usual price of stopping online guessing, and the lockout is short.
 */
export class LoginThrottle {
  constructor(
    private readonly db: DataSource,
    private readonly limits: Config['loginAbuse'],
  ) {}

  private keys(origin: LoginOrigin): Array<{ key: string; max: number }> {
    const keys = [{ key: `account:${origin.email}`, max: this.limits.maxFailuresPerAccount }];
    if (origin.address) keys.push({ key: `address:${origin.address}`, max: this.limits.maxFailuresPerAddress });
    return keys;
  }

  /** Throws TOO_MANY_ATTEMPTS while the e-mail or the address is locked. */
  async assertAllowed(origin: LoginOrigin): Promise<void> {
    const rows: Array<{ retry: number }> = await this.db.query(
      `SELECT ceil(extract(epoch FROM max(locked_until) - now()))::int AS retry FROM accounts.login_attempts
       WHERE key = ANY($1) AND locked_until > now()`,
      [this.keys(origin).map((k) => k.key)],
    );
    const retry = rows[0]?.retry;
    if (retry && retry > 0) {
      throw new DomainError(ErrorCode.TOO_MANY_ATTEMPTS, 'Too many failed log-ins; try again later', {
        retryAfterSeconds: retry,
      });
    }
  }

  /** Counts a failure against the e-mail and the address; the counter that reaches its limit locks. */
  async recordFailure(origin: LoginOrigin): Promise<void> {
    for (const { key, max } of this.keys(origin)) {
      await this.db.query(
        `INSERT INTO accounts.login_attempts AS a (key, failures, window_started, locked_until)
         VALUES ($1, 1, now(), CASE WHEN $2 <= 1 THEN now() + make_interval(secs => $4) END)
         ON CONFLICT (key) DO UPDATE SET
           failures = CASE WHEN a.window_started < now() - make_interval(secs => $3) THEN 1 ELSE a.failures + 1 END,
           window_started = CASE WHEN a.window_started < now() - make_interval(secs => $3) THEN now() ELSE a.window_started END,
           locked_until = CASE
             WHEN (CASE WHEN a.window_started < now() - make_interval(secs => $3) THEN 1 ELSE a.failures + 1 END) >= $2
             THEN now() + make_interval(secs => $4) ELSE a.locked_until END`,
        [key, max, this.limits.windowSeconds, this.limits.lockoutSeconds],
      );
    }
  }

  /** A successful log-in clears the e-mail's counter (not the address's: one right guess does not excuse many). */
  async recordSuccess(origin: LoginOrigin): Promise<void> {
    await this.db.query('DELETE FROM accounts.login_attempts WHERE key = $1', [`account:${origin.email}`]);
  }
}
