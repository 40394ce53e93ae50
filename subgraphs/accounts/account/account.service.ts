import type { DataSource } from 'typeorm';
import { recordAudit } from '../../common/audit/audit.service';
import type { PasswordHasher } from '../../common/auth/passwords';
import type { Viewer } from '../../common/auth/tokens';
import { unlessTaken } from '../../common/db/errors';
import { DomainError, ErrorCode, ValidationError } from '../../common/errors';
import { optional, requireEmail, requireName, validateInput } from '../../common/validation';
import { AccountEntity } from './account.entity';
import type { SessionService, SessionTokens } from '../session/session.service';
import type { CheckReservation, LoginThrottle } from './login-throttle';
import { AccountsError, AccountsErrorCode } from '../accounts.errors';
import { requireAllowed, runAccessChange } from '../../common/access/kernel';
import { decideMembershipChange } from '../access/membership.access';
import { lockOrganization, organizationLockKey } from '../organization/organization.service';
import { allMembershipsOfAccount } from '../../common/contracts/accounts';

/** A signed-in account and its new session's tokens. */
export interface AuthResult extends SessionTokens {
  account: AccountEntity;
}

const MIN_PASSWORD = 8;
const MAX_PASSWORD = 200;

function requirePassword(field: string, value: unknown): string {
  if (typeof value !== 'string' || value.length < MIN_PASSWORD) {
    throw new ValidationError(field, `${field} must be at least ${MIN_PASSWORD} characters`);
  }
  if (value.length > MAX_PASSWORD)
    throw new ValidationError(field, `${field} must be at most ${MAX_PASSWORD} characters`);
  return value;
}

/** Sign-up, log-in and self-management of accounts (GA-1). */
export class AccountService {
  constructor(
    private readonly db: DataSource,
    private readonly sessions: SessionService,
    /** The process's bounded hashing queue (`passwordHasher(config.passwords)`). */
    private readonly hasher: PasswordHasher,
    private readonly throttle?: LoginThrottle,
  ) {}

  /**
   * One password check under the throttle: reserved before the hash, given back when right, and
   * given back untouched when the hash never ran (SERVICE_BUSY).
   */
  private async check(
    origin: { email: string; address: string },
    password: string,
    stored: string | undefined,
  ): Promise<{ ok: boolean; rehash: boolean }> {
    const reservation: CheckReservation | undefined = await this.throttle?.reserve(origin);
    let result: { ok: boolean; rehash: boolean };
    try {
      result = await this.hasher.verify(password, stored);
    } catch (err) {
      await reservation?.cancel();
      throw err;
    }
    if (result.ok) await reservation?.release();
    return result;
  }

  /** Creates an account and signs it in. E-mails are unique regardless of case. */
  async signUp(input: { email: string; name: string; password: string }): Promise<AuthResult> {
    const { email, name, password } = validateInput({
      email: () => requireEmail('email', input.email),
      name: () => requireName('name', input.name),
      password: () => requirePassword('password', input.password),
    });
    const passwordHash = await this.hasher.hash(password);
    const account = await unlessTaken(
      () =>
        this.db.transaction(async (manager) => {
          const inserted = await manager.insert(AccountEntity, { email, name, passwordHash });
          const id = inserted.identifiers[0]!.id as string;
          await recordAudit(manager, {
            organizationId: null,
            actorAccountId: id,
            action: 'account.signed_up',
            targetType: 'Account',
            targetId: id,
            after: { email, name },
          });
          return manager.findOneByOrFail(AccountEntity, { id });
        }),
      () =>
        new AccountsError(AccountsErrorCode.EMAIL_TAKEN, 'An account with this e-mail already exists', {
          field: 'email',
        }),
    );
    return { ...(await this.sessions.start(account.id)), account };
  }

  /**
   * Checks credentials; one generic error for an unknown e-mail or a wrong password, in the same time. At most N
   * checks per e-mail and per address per window, reserved before hashing (TOO_MANY_ATTEMPTS beyond). A hash
   * made at an older, cheaper cost is replaced by one at the current cost once the password is proven.
   */
  async logIn(input: { email: string; password: string }, from: { address?: string } = {}): Promise<AuthResult> {
    const email = typeof input.email === 'string' ? input.email.trim().toLowerCase().slice(0, 254) : '';
    const password = typeof input.password === 'string' ? input.password.slice(0, MAX_PASSWORD + 1) : '';
    const account = await this.db
      .getRepository(AccountEntity)
      .createQueryBuilder('a')
      .addSelect('a.passwordHash')
      .where('a.email = :email', { email })
      .getOne();
    const { ok, rehash } = await this.check({ email, address: from.address ?? '' }, password, account?.passwordHash);
    if (!account || !ok) throw new AccountsError(AccountsErrorCode.INVALID_CREDENTIALS, 'E-mail or password is wrong');
    if (rehash) await this.upgradeHash(account.id, account.passwordHash, password);
    const { passwordHash: _secret, ...rest } = account;
    return { ...(await this.sessions.start(account.id)), account: rest as AccountEntity };
  }

  /** Replaces a proven password's old-cost hash, unless the password changed meanwhile; a busy queue skips it. */
  private async upgradeHash(accountId: string, old: string, password: string): Promise<void> {
    let upgraded: string;
    try {
      upgraded = await this.hasher.hash(password);
    } catch (err) {
      if (err instanceof DomainError && err.code === ErrorCode.SERVICE_BUSY) return; // next log-in upgrades it
      throw err;
    }
    await this.db.query('UPDATE accounts.accounts SET password_hash = $1 WHERE id = $2 AND password_hash = $3', [
      upgraded,
      accountId,
      old,
    ]);
  }

  /**
   * A member manages itself (GA-6): its name, and its password given the current one. A new password ends the
   * account's other sessions; the session that changed it stays signed in.
   */
  async updateMe(
    viewer: Viewer,
    input: { name?: string | null; password?: string | null; currentPassword?: string | null },
    from: { address?: string } = {},
  ): Promise<AccountEntity> {
    const changes: Partial<AccountEntity> = {};
    const checked = validateInput({
      name: () => optional(input.name, (v) => requireName('name', v)),
      password: () => optional(input.password, (v) => requirePassword('password', v)),
    });
    if (checked.name !== null) changes.name = checked.name;
    const newPassword = checked.password;
    if (!changes.name && newPassword === null)
      throw new ValidationError('input', 'Give a name or a password to change');
    let provenHash: string | undefined;
    if (newPassword !== null) {
      // The current password is checked under the same limit as log-in (same e-mail key), before any lock is taken:
      // a hash waits in the queue, and must not hold a row lock or a pooled connection while it does.
      const [row] = await this.db.query<Array<{ email: string; hash: string }>>(
        'SELECT email, password_hash AS hash FROM accounts.accounts WHERE id = $1',
        [viewer.accountId],
      );
      if (!row) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'This account no longer exists');
      const wrong = () =>
        new AccountsError(AccountsErrorCode.INVALID_CREDENTIALS, 'currentPassword is wrong', {
          field: 'currentPassword',
        });
      if (typeof input.currentPassword !== 'string') throw wrong();
      const current = input.currentPassword.slice(0, MAX_PASSWORD + 1);
      const { ok } = await this.check({ email: row.email, address: from.address ?? '' }, current, row.hash);
      if (!ok) throw wrong();
      provenHash = row.hash;
      changes.passwordHash = await this.hasher.hash(newPassword);
    }
    return this.db.transaction(async (manager) => {
      const current = await manager
        .getRepository(AccountEntity)
        .createQueryBuilder('a')
        .addSelect('a.passwordHash')
        .setLock('pessimistic_write')
        .where('a.id = :id', { id: viewer.accountId })
        .getOne();
      if (!current) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'This account no longer exists');
      // The password proven above must still be the one stored (a concurrent change wins; this one must re-prove).
      if (provenHash !== undefined && current.passwordHash !== provenHash)
        throw new AccountsError(AccountsErrorCode.INVALID_CREDENTIALS, 'currentPassword is wrong', {
          field: 'currentPassword',
        });
      await manager.update(AccountEntity, { id: viewer.accountId }, changes);
      if (changes.passwordHash) await this.sessions.revokeOthers(manager, viewer.accountId, viewer.sessionId);
      await recordAudit(manager, {
        organizationId: null,
        actorAccountId: viewer.accountId,
        action: 'account.updated',
        targetType: 'Account',
        targetId: viewer.accountId,
        before: changes.name ? { name: current.name } : {},
        after: {
          ...(changes.name ? { name: changes.name } : {}),
          ...(changes.passwordHash ? { passwordChanged: true } : {}),
        },
      });
      return manager.findOneByOrFail(AccountEntity, { id: viewer.accountId });
    });
  }

  /**
   * The account's owner removes it (X-9, X-6 across every organization at once), given its password. Refused with
   * OWNER_CANNOT_BE_REMOVED while it owns an organization (GA-11: transfer ownership first; the very rule of
   * leaveOrganization) and, by the reseller hierarchy's own trigger, while it holds ROOT (FORBIDDEN). Otherwise, in
   * one transaction under every one of its organizations' locks: each membership ends as a leave would (every domain
   * ends its grants by its own FK or trigger and audits `member.offboarded`; accounts audits `membership.left`), the
   * portal assignments above any customer end (customer-hierarchy's trigger on `accounts.accounts`), every session
   * ends with the row (ON DELETE CASCADE), and `account.deleted` is audited. The e-mail may sign up again; it gets
   * nothing back.
   */
  async deleteAccount(
    viewer: Viewer,
    input: { password?: string | null },
    from: { address?: string } = {},
  ): Promise<{ deletedAccountId: string }> {
    const [row] = await this.db.query<Array<{ email: string; hash: string }>>(
      'SELECT email, password_hash AS hash FROM accounts.accounts WHERE id = $1',
      [viewer.accountId],
    );
    if (!row) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'This account no longer exists');
    const wrong = () =>
      new AccountsError(AccountsErrorCode.INVALID_CREDENTIALS, 'password is wrong', { field: 'password' });
    if (typeof input.password !== 'string') throw wrong();
    const { ok } = await this.check(
      { email: row.email, address: from.address ?? '' },
      input.password.slice(0, MAX_PASSWORD + 1),
      row.hash,
    );
    if (!ok) throw wrong();
    const organizations = (await allMembershipsOfAccount(this.db, viewer.accountId)).map((m) => m.organizationId);
    // The account row, read under its lock (a change that references it, as adding it to an organization, waits).
    let account: { email: string; name: string; hash: string } | undefined;
    return runAccessChange(
      this.db,
      {
        viewer,
        organizationId: null,
        locks: organizations.map(organizationLockKey),
        lockRows: async (manager) => {
          for (const id of organizations) await lockOrganization(manager, id);
          [account] = await manager.query<Array<{ email: string; name: string; hash: string }>>(
            'SELECT email, name, password_hash AS hash FROM accounts.accounts WHERE id = $1 FOR UPDATE',
            [viewer.accountId],
          );
        },
        facts: (manager) => allMembershipsOfAccount(manager, viewer.accountId),
      },
      async ({ manager, facts }) => {
        // Joined another organization between the read and the locks: that one is not locked, so start over.
        if (facts.some((m) => !organizations.includes(m.organizationId)))
          throw new DomainError(ErrorCode.CONFLICT, 'Your memberships changed meanwhile; try again');
        for (const m of facts) requireAllowed(decideMembershipChange('leave', { actor: m, target: m }));
        // Deleted meanwhile by a request that won the locks: nothing is left to delete.
        if (!account) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'This account no longer exists');
        // The password proven above must still be the one stored (a concurrent change wins; this one must re-prove).
        if (account.hash !== row.hash) throw wrong();
        for (const m of facts) {
          await manager.query('DELETE FROM accounts.memberships WHERE id = $1', [m.membershipId]);
          await recordAudit(manager, {
            organizationId: m.organizationId,
            actorAccountId: viewer.accountId,
            action: 'membership.left',
            targetType: 'Membership',
            targetId: m.membershipId,
            before: {
              accountId: m.accountId,
              role: m.primaryRole,
              customRoles: [...m.customRoles].sort(),
              name: account.name,
              email: account.email,
              reason: 'account.deleted',
            },
          });
        }
        await recordAudit(manager, {
          organizationId: null,
          actorAccountId: viewer.accountId,
          action: 'account.deleted',
          targetType: 'Account',
          targetId: viewer.accountId,
          before: { email: account.email, name: account.name, organizationIds: organizations },
        });
        await manager.query('DELETE FROM accounts.accounts WHERE id = $1', [viewer.accountId]);
        return { deletedAccountId: viewer.accountId };
      },
    );
  }
}
