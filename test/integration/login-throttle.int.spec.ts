import { AccountService } from '../../subgraphs/accounts/account/account.service';
import { LoginThrottle } from '../../subgraphs/accounts/account/login-throttle';
import { SessionService } from '../../subgraphs/accounts/session/session.service';
import { hashPassword, paramsOf, PasswordHasher, OWASP_SCRYPT } from '../../subgraphs/common/auth/passwords';
import type { SubgraphDeps } from '../../subgraphs/common/subgraph';
import { outcome, PASSWORD, useAccounts, type accountsFactory } from '../support/factories';

const ctx = useAccounts();
let deps: SubgraphDeps;
let f: ReturnType<typeof accountsFactory>;
beforeAll(() => {
  ({ deps, f } = ctx);
});

/** A hasher that counts the password checks that actually ran (the thing X-10 limits). */
class CountingHasher extends PasswordHasher {
  checks = 0;
  override async verify(password: string, stored: string | undefined) {
    const result = await super.verify(password, stored);
    this.checks += 1;
    return result;
  }
}

const LIMITS = { maxFailuresPerAccount: 5, maxFailuresPerAddress: 12, windowSeconds: 900, lockoutSeconds: 900 };

function service(hasher = new CountingHasher({ log2N: 10, concurrency: 2, queue: 1000 })) {
  return {
    hasher,
    accounts: new AccountService(
      deps.db,
      new SessionService(deps.db, deps.tokens, deps.config.sessions),
      hasher,
      new LoginThrottle(deps.db, LIMITS),
    ),
  };
}

const address = () => `198.51.100.${Math.floor(Math.random() * 250)}:${Math.random()}`;

describe('password checks per window, under concurrency (X-10)', () => {
  it('50 parallel wrong passwords for one account: exactly N are checked, the rest refused before hashing', async () => {
    const victim = await f.account('guessed');
    const { hasher, accounts } = service();
    const from = address();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        outcome(accounts.logIn({ email: victim.email, password: `wrong guess ${i}` }, { address: `${from}-${i}` })),
      ),
    );
    expect(hasher.checks).toBe(LIMITS.maxFailuresPerAccount);
    expect(results.filter((r) => r === 'INVALID_CREDENTIALS')).toHaveLength(LIMITS.maxFailuresPerAccount);
    expect(results.filter((r) => r === 'TOO_MANY_ATTEMPTS')).toHaveLength(50 - LIMITS.maxFailuresPerAccount);
    // Locked now, even with the right password, and without a check.
    expect(await outcome(accounts.logIn({ email: victim.email, password: PASSWORD }, { address: from }))).toBe(
      'TOO_MANY_ATTEMPTS',
    );
    expect(hasher.checks).toBe(LIMITS.maxFailuresPerAccount);
  });

  it('50 parallel guesses at different accounts from one address: exactly the address limit is checked', async () => {
    const { hasher, accounts } = service();
    const from = address();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        outcome(
          accounts.logIn({ email: `nobody-${i}-${from}@example.test`, password: 'wrong guess' }, { address: from }),
        ),
      ),
    );
    expect(hasher.checks).toBe(LIMITS.maxFailuresPerAddress);
    expect(results.filter((r) => r === 'TOO_MANY_ATTEMPTS')).toHaveLength(50 - LIMITS.maxFailuresPerAddress);
  });

  it('a right password gives its reservation back: failures below the limit do not accumulate across log-ins', async () => {
    const a = await f.account('forgetful');
    const { accounts } = service();
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < LIMITS.maxFailuresPerAccount - 1; i++)
        expect(await outcome(accounts.logIn({ email: a.email, password: `typo ${i}` }))).toBe('INVALID_CREDENTIALS');
      expect(await outcome(accounts.logIn({ email: a.email, password: PASSWORD }))).toBe('OK');
    }
  });

  it("updateMe's currentPassword shares the account's limit: 50 parallel wrong ones, exactly N checked", async () => {
    const a = await f.account('changer');
    const hashOf = async () =>
      (await deps.db.query('SELECT password_hash FROM accounts.accounts WHERE id = $1', [a.id]))[0].password_hash;
    const before = await hashOf();
    const { hasher, accounts } = service();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        outcome(
          accounts.updateMe(
            a.viewer,
            { password: 'a brand new password', currentPassword: `wrong ${i}` },
            { address: `${address()}-${i}` },
          ),
        ),
      ),
    );
    expect(hasher.checks).toBe(LIMITS.maxFailuresPerAccount);
    expect(results.filter((r) => r === 'TOO_MANY_ATTEMPTS')).toHaveLength(50 - LIMITS.maxFailuresPerAccount);
    // The log-in of that account is locked too: one budget per account, whichever door the guesses use.
    expect(await outcome(accounts.logIn({ email: a.email, password: PASSWORD }))).toBe('TOO_MANY_ATTEMPTS');
    expect(await hashOf()).toBe(before);
  });

  it('a full hashing queue refuses with SERVICE_BUSY and gives the reservation back (nothing was checked)', async () => {
    const a = await f.account('busy');
    const hasher = new CountingHasher({ log2N: 10, concurrency: 1, queue: 0 });
    const { accounts } = service(hasher);
    const results = await Promise.all(
      Array.from({ length: 4 }, () => outcome(accounts.logIn({ email: a.email, password: 'wrong password' }))),
    );
    expect(results.filter((r) => r === 'SERVICE_BUSY').length).toBeGreaterThan(0);
    const [row] = await deps.db.query('SELECT failures FROM accounts.login_attempts WHERE key = $1', [
      `account:${a.email}`,
    ]);
    expect(row.failures).toBe(hasher.checks);
  });
});

describe('hash upgrade', () => {
  it('an old N=2^15 hash is verified and replaced by an OWASP-cost hash at the next successful log-in', async () => {
    const a = await f.account('legacy');
    const old = await hashPassword(PASSWORD, { N: 2 ** 15, r: 8, p: 1 });
    await deps.db.query('UPDATE accounts.accounts SET password_hash = $1 WHERE id = $2', [old, a.id]);
    const { accounts } = service(new CountingHasher({ log2N: 17, concurrency: 1, queue: 10 }));
    const stored = async () =>
      (await deps.db.query('SELECT password_hash FROM accounts.accounts WHERE id = $1', [a.id]))[0].password_hash;

    expect(await outcome(accounts.logIn({ email: a.email, password: 'not the password' }))).toBe('INVALID_CREDENTIALS');
    expect(await stored()).toBe(old); // a wrong password upgrades nothing

    expect(await outcome(accounts.logIn({ email: a.email, password: PASSWORD }))).toBe('OK');
    const upgraded = await stored();
    expect(upgraded).not.toBe(old);
    expect(paramsOf(upgraded)).toEqual(OWASP_SCRYPT);
    expect(await outcome(accounts.logIn({ email: a.email, password: PASSWORD }))).toBe('OK');
    expect(await stored()).toBe(upgraded); // already current: not rehashed again
  });
});
