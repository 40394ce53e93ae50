import { createHash, randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { recordAudit } from '../../common/audit/audit.service';
import type { TokenService, Viewer } from '../../common/auth/tokens';
import type { Config } from '../../common/config';
import type { Queryable } from '../../common/db/queryable';
import { DomainError, ErrorCode, ValidationError } from '../../common/errors';
import { AccountEntity } from '../account/account.entity';

/** What a client holds after signing in or refreshing: an access token, a refresh token, and when each ends. */
export interface SessionTokens {
  /** The access token (`sid` names the session). */
  token: string;
  expiresAt: Date;
  /** Opaque; only its SHA-256 is stored. Use once with `refreshSession`. */
  refreshToken: string;
  /** The session's absolute end: no refresh goes past it. */
  refreshTokenExpiresAt: Date;
  sessionId: string;
}

/** Why a session ended (kept on the row for support and forensics). */
export type RevocationReason = 'logged_out' | 'refresh_token_reused' | 'password_changed';

/** 32 random bytes: 256 bits, nothing to guess and nothing derived from the account. */
const newRefreshToken = (): string => randomBytes(32).toString('base64url');
const sha256 = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();
const MAX_REFRESH_TOKEN = 200;
/** Ended sessions (and their used refresh tokens) are kept this long for reuse detection and support, then pruned. */
const KEEP_ENDED_SESSIONS = '7 days';

interface RefreshRow {
  sessionId: string;
  accountId: string;
  used: boolean;
  active: boolean;
  expiresAt: Date;
}

/**
 * Sessions (X-9, OWASP ASVS V3): a log-in starts a session whose refresh tokens rotate on every use; reusing an
 * already-rotated token ends the whole session (someone else holds a copy). Access tokens name their session, and
 * every subgraph refuses them once it has ended (`requireActiveSession`).
 */
export class SessionService {
  constructor(
    private readonly db: DataSource,
    private readonly tokens: TokenService,
    private readonly config: Config['sessions'],
  ) {}

  /**
   * Starts a session for an account that just proved who it is (sign-up, log-in); one statement. Prunes the
   * account's sessions that ended more than a week ago, so the table grows with active sessions only.
   */
  async start(accountId: string, manager: Queryable = this.db): Promise<SessionTokens> {
    const refreshToken = newRefreshToken();
    const rows = (await manager.query(
      `WITH pruned AS (
         DELETE FROM accounts.sessions WHERE account_id = $1
           AND least(coalesce(revoked_at, 'infinity'), expires_at) < now() - interval '${KEEP_ENDED_SESSIONS}'),
       s AS (
         INSERT INTO accounts.sessions (account_id, expires_at) VALUES ($1, now() + make_interval(secs => $2))
         RETURNING id, expires_at),
       t AS (INSERT INTO accounts.refresh_tokens (token_hash, session_id) SELECT $3, id FROM s)
       SELECT id AS "sessionId", expires_at AS "expiresAt" FROM s`,
      [accountId, this.config.refreshTokenTtlSeconds, sha256(refreshToken)],
    )) as Array<{ sessionId: string; expiresAt: Date }>;
    const { sessionId, expiresAt } = rows[0];
    return this.tokensFor(accountId, sessionId, refreshToken, expiresAt);
  }

  /**
   * Rotates a refresh token: marks it used and returns a new access token and a new refresh token of the same
   * session. A token that was already used ends the session (reuse detection) and, like an unknown, expired or
   * ended one, answers UNAUTHENTICATED. Concurrent uses of one token are serialised by the row locks: one wins.
   */
  async refresh(refreshToken: unknown): Promise<SessionTokens & { account: AccountEntity }> {
    if (typeof refreshToken !== 'string' || refreshToken.length === 0 || refreshToken.length > MAX_REFRESH_TOKEN) {
      throw new ValidationError(
        'refreshToken',
        `refreshToken must be a refresh token (1 to ${MAX_REFRESH_TOKEN} characters)`,
      );
    }
    const next = newRefreshToken();
    const outcome = await this.db.transaction(async (manager) => {
      // Locks the token and its session: a concurrent rotation of the same token, or a reuse ending the session,
      // waits here and then sees the committed state.
      const rows = await manager.query<RefreshRow[]>(
        `SELECT t.session_id AS "sessionId", s.account_id AS "accountId", t.used_at IS NOT NULL AS used,
                (s.revoked_at IS NULL AND s.expires_at > now()) AS active, s.expires_at AS "expiresAt"
         FROM accounts.refresh_tokens t JOIN accounts.sessions s ON s.id = t.session_id
         WHERE t.token_hash = $1 FOR UPDATE OF t, s`,
        [sha256(refreshToken)],
      );
      const row = rows[0];
      if (!row) return { kind: 'unknown' as const };
      if (row.used) {
        if (row.active) {
          await this.revokeWhere(manager, 'id = $1', [row.sessionId], 'refresh_token_reused');
          await recordAudit(manager, {
            organizationId: null,
            actorAccountId: null,
            action: 'session.refresh_token_reused',
            targetType: 'Session',
            targetId: row.sessionId,
            after: { accountId: row.accountId, revoked: true },
          });
        }
        return { kind: 'reused' as const };
      }
      if (!row.active) return { kind: 'ended' as const };
      await manager.query(
        `WITH used AS (UPDATE accounts.refresh_tokens SET used_at = now() WHERE token_hash = $1)
         INSERT INTO accounts.refresh_tokens (token_hash, session_id) VALUES ($2, $3)`,
        [sha256(refreshToken), sha256(next), row.sessionId],
      );
      const account = await manager.findOneBy(AccountEntity, { id: row.accountId });
      return { kind: 'rotated' as const, row, account };
    });
    switch (outcome.kind) {
      case 'unknown':
        throw new DomainError(ErrorCode.UNAUTHENTICATED, 'The refresh token is unknown; log in again');
      case 'ended':
        throw new DomainError(ErrorCode.UNAUTHENTICATED, 'This session has ended; log in again');
      case 'reused':
        throw new DomainError(
          ErrorCode.UNAUTHENTICATED,
          'This refresh token was already used, so its session has been ended; log in again',
        );
    }
    if (!outcome.account) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'This account no longer exists');
    const { accountId, sessionId, expiresAt } = outcome.row;
    return { ...(await this.tokensFor(accountId, sessionId, next, expiresAt)), account: outcome.account };
  }

  /**
   * Ends the caller's current session, or with `allSessions` every session of its account. Returns how many ended.
   */
  async logOut(viewer: Viewer, input: { allSessions?: boolean | null } = {}): Promise<number> {
    if (input.allSessions) return this.revokeWhere(this.db, 'account_id = $1', [viewer.accountId], 'logged_out');
    if (!viewer.sessionId) return 0;
    return this.revokeWhere(this.db, 'id = $1 AND account_id = $2', [viewer.sessionId, viewer.accountId], 'logged_out');
  }

  /**
   * Ends every session of the account except `keepSessionId` (the one that made the change), in the caller's
   * transaction: a password change signs out everyone who might have had the old one.
   */
  revokeOthers(manager: EntityManager, accountId: string, keepSessionId: string | undefined): Promise<number> {
    return this.revokeWhere(
      manager,
      'account_id = $1 AND id IS DISTINCT FROM $2::uuid',
      [accountId, keepSessionId ?? null],
      'password_changed',
    );
  }

  private async revokeWhere(
    manager: Queryable,
    where: string,
    params: unknown[],
    reason: RevocationReason,
  ): Promise<number> {
    const result = (await manager.query(
      `UPDATE accounts.sessions SET revoked_at = now(), revoked_reason = $${params.length + 1}
       WHERE revoked_at IS NULL AND ${where} RETURNING id`,
      [...params, reason],
    )) as [unknown[], number] | unknown[];
    // TypeORM's postgres driver answers an UPDATE … RETURNING as [rows, affected].
    const rows = Array.isArray(result[0]) ? (result[0] as unknown[]) : (result as unknown[]);
    return rows.length;
  }

  private async tokensFor(
    accountId: string,
    sessionId: string,
    refreshToken: string,
    refreshTokenExpiresAt: Date,
  ): Promise<SessionTokens> {
    const access = await this.tokens.issue(accountId, sessionId);
    return {
      token: access.token,
      // An access token never outlives its session.
      expiresAt: access.expiresAt < refreshTokenExpiresAt ? access.expiresAt : refreshTokenExpiresAt,
      refreshToken,
      refreshTokenExpiresAt,
      sessionId,
    };
  }
}
