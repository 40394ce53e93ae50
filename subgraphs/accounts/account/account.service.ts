import type { DataSource } from 'typeorm';
import { recordAudit } from '../../common/audit/audit.service';
import { DUMMY_HASH_PROMISE, hashPassword, verifyPassword } from '../../common/auth/passwords';
import type { Viewer } from '../../common/auth/tokens';
import { isUniqueViolation } from '../../common/db/errors';
import { DomainError, ErrorCode, ValidationError } from '../../common/errors';
import { requireEmail, requireName } from '../../common/validation';
import { AccountEntity } from './account.entity';
import type { SessionService, SessionTokens } from '../session/session.service';
import type { LoginThrottle } from './login-throttle';

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
  private dummyHash: Promise<string> | undefined;

  constructor(
    private readonly db: DataSource,
    private readonly sessions: SessionService,
    private readonly throttle?: LoginThrottle,
  ) {}

  /** Creates an account and signs it in. E-mails are unique regardless of case. */
  async signUp(input: { email: string; name: string; password: string }): Promise<AuthResult> {
    const email = requireEmail('email', input.email);
    const name = requireName('name', input.name);
    const password = requirePassword('password', input.password);
    const passwordHash = await hashPassword(password);
    try {
      const account = await this.db.transaction(async (manager) => {
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
      });
      return { ...(await this.sessions.start(account.id)), account };
    } catch (err) {
      if (isUniqueViolation(err))
        throw new DomainError(ErrorCode.EMAIL_TAKEN, 'An account with this e-mail already exists', { field: 'email' });
      throw err;
    }
  }

  /**
   * Checks credentials; one generic error for an unknown e-mail or a wrong password, in the same time. Repeated
   * failures for one e-mail or from one address are refused for a while (TOO_MANY_ATTEMPTS).
   */
  async logIn(input: { email: string; password: string }, from: { address?: string } = {}): Promise<AuthResult> {
    const email = typeof input.email === 'string' ? input.email.trim().toLowerCase().slice(0, 254) : '';
    const origin = { email, address: from.address ?? '' };
    await this.throttle?.assertAllowed(origin);
    const password = typeof input.password === 'string' ? input.password.slice(0, MAX_PASSWORD + 1) : '';
    const account = await this.db
      .getRepository(AccountEntity)
      .createQueryBuilder('a')
      .addSelect('a.passwordHash')
      .where('a.email = :email', { email })
      .getOne();
    this.dummyHash ??= DUMMY_HASH_PROMISE();
    const ok = await verifyPassword(password, account?.passwordHash ?? (await this.dummyHash));
    if (!account || !ok) {
      await this.throttle?.recordFailure(origin);
      throw new DomainError(ErrorCode.INVALID_CREDENTIALS, 'E-mail or password is wrong');
    }
    await this.throttle?.recordSuccess(origin);
    const { passwordHash: _secret, ...rest } = account;
    return { ...(await this.sessions.start(account.id)), account: rest as AccountEntity };
  }

  /**
   * A member manages itself (GA-6): its name, and its password given the current one. A new password ends the
   * account's other sessions; the session that changed it stays signed in.
   */
  async updateMe(
    viewer: Viewer,
    input: { name?: string | null; password?: string | null; currentPassword?: string | null },
  ): Promise<AccountEntity> {
    const changes: Partial<AccountEntity> = {};
    if (input.name !== undefined && input.name !== null) changes.name = requireName('name', input.name);
    if (input.password !== undefined && input.password !== null) {
      changes.passwordHash = await hashPassword(requirePassword('password', input.password));
    }
    if (Object.keys(changes).length === 0) throw new ValidationError('input', 'Give a name or a password to change');
    return this.db.transaction(async (manager) => {
      const current = await manager
        .getRepository(AccountEntity)
        .createQueryBuilder('a')
        .addSelect('a.passwordHash')
        .setLock('pessimistic_write')
        .where('a.id = :id', { id: viewer.accountId })
        .getOne();
      if (!current) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'This account no longer exists');
      if (changes.passwordHash) {
        const ok =
          typeof input.currentPassword === 'string' &&
          (await verifyPassword(input.currentPassword, current.passwordHash));
        if (!ok)
          throw new DomainError(ErrorCode.INVALID_CREDENTIALS, 'currentPassword is wrong', {
            field: 'currentPassword',
          });
      }
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
}
