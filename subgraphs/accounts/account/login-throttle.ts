import type { DataSource } from 'typeorm';
import type { Config } from '../../common/config';
import { AccountsError, AccountsErrorCode } from '../accounts.errors';

class Refused extends Error {}

/** What a password check is counted against. */
export interface LoginOrigin {
  email: string;
  address: string;
}

/** A reservation taken before a password check. */
export interface CheckReservation {
  /** The password was right: the e-mail's counter is cleared, the address's reservation given back. */
  release(): Promise<void>;
  /** No check ran after all (the hashing queue was full): every counter gets its reservation back. */
  cancel(): Promise<void>;
}

/**
 * At most N password checks per e-mail and per client address per window, under any concurrency.
 *
 * A check is *reserved* before the password is hashed: one statement per key increments the key's counter only
 * while it is under its limit (`INSERT … ON CONFLICT DO UPDATE … WHERE failures < max RETURNING`), and Postgres
 * runs that under the row's lock, so 50 parallel guesses get exactly N reservations and 50 − N refusals. The
 * reservation that reaches the limit locks the key for `lockoutSeconds`. A right password gives its reservation
 * back (the e-mail's counter is cleared; the address's decremented), so only failures use up the allowance.
 *
 * Counters live in Postgres, so they hold across restarts and replicas. Locking per e-mail lets a stranger lock a
 * victim out for `lockoutSeconds`; that is the usual price of stopping online guessing, and the lockout is short.
 */
export class LoginThrottle {
  constructor(
    private readonly db: DataSource,
    private readonly limits: Config['loginAbuse'],
  ) {}

  private keys(origin: LoginOrigin): Array<{ key: string; max: number }> {
    const keys = [{ key: `account:${origin.email}`, max: this.limits.maxFailuresPerAccount }];
    if (origin.address) keys.push({ key: `address:${origin.address}`, max: this.limits.maxFailuresPerAddress });
    // One order for every transaction, so two reservations never wait on each other's rows (no deadlock).
    return keys.sort((a, b) => a.key.localeCompare(b.key));
  }

  /**
   * Reserves one password check against the e-mail and the address, or throws TOO_MANY_ATTEMPTS (with
   * `retryAfterSeconds`) without reserving anything. Commits before returning: a check that fails later stays
   * counted even if the caller's own transaction rolls back.
   */
  async reserve(origin: LoginOrigin): Promise<CheckReservation> {
    const keys = this.keys(origin);
    let refused: string | undefined;
    await this.db
      .transaction(async (manager) => {
        for (const { key, max } of keys) {
          // A counter restarts when its window has passed or its lockout has ended; otherwise it moves only while
          // under the limit and not locked. The row lock of ON CONFLICT serializes concurrent reservations.
          const rows: unknown[] = await manager.query(
            `INSERT INTO accounts.login_attempts AS a (key, failures, window_started, locked_until)
             VALUES ($1, 1, now(), CASE WHEN $2 <= 1 THEN now() + make_interval(secs => $4) END)
             ON CONFLICT (key) DO UPDATE SET
               failures = CASE WHEN a.window_started < now() - make_interval(secs => $3) OR a.locked_until <= now()
                               THEN 1 ELSE a.failures + 1 END,
               window_started = CASE WHEN a.window_started < now() - make_interval(secs => $3) OR a.locked_until <= now()
                                     THEN now() ELSE a.window_started END,
               locked_until = CASE
                 WHEN (CASE WHEN a.window_started < now() - make_interval(secs => $3) OR a.locked_until <= now()
                            THEN 1 ELSE a.failures + 1 END) >= $2
                 THEN now() + make_interval(secs => $4) END
             WHERE a.locked_until IS NULL OR a.locked_until <= now()
             RETURNING failures`,
            [key, max, this.limits.windowSeconds, this.limits.lockoutSeconds],
          );
          if (rows.length === 0) {
            // Roll back the keys reserved before this one: a refused check reserves nothing.
            refused = key;
            throw new Refused();
          }
        }
      })
      .catch((err: unknown) => {
        if (!(err instanceof Refused)) throw err;
      });
    if (refused !== undefined) {
      const [row] = await this.db.query<Array<{ retry: number | null }>>(
        `SELECT greatest(1, ceil(extract(epoch FROM locked_until - now())))::int AS retry
         FROM accounts.login_attempts WHERE key = $1`,
        [refused],
      );
      throw new AccountsError(AccountsErrorCode.TOO_MANY_ATTEMPTS, 'Too many failed password checks; try again later', {
        retryAfterSeconds: row?.retry ?? this.limits.lockoutSeconds,
      });
    }
    let settled = false;
    return {
      cancel: async () => {
        if (settled) return;
        settled = true;
        await this.giveBack(keys);
      },
      release: async () => {
        if (settled) return;
        settled = true;
        // The e-mail's counter is cleared (its owner proved the password); the address keeps its other failures.
        await this.db.query('DELETE FROM accounts.login_attempts WHERE key = $1', [`account:${origin.email}`]);
        await this.giveBack(keys.filter((k) => k.key.startsWith('address:')));
      },
    };
  }

  private async giveBack(keys: Array<{ key: string; max: number }>): Promise<void> {
    for (const { key, max } of keys) {
      await this.db.query(
        `UPDATE accounts.login_attempts SET failures = greatest(failures - 1, 0),
           locked_until = CASE WHEN failures - 1 < $2 THEN NULL ELSE locked_until END
         WHERE key = $1`,
        [key, max],
      );
    }
  }
}
