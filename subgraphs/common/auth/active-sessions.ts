import { isSessionActive } from '../contracts/accounts';
import type { Queryable } from '../db/queryable';
import type { Authentication } from '../context';

/** Why a signature-valid token is refused: its session is over. */
export const SESSION_ENDED = 'This session has ended; log in again';

/**
 * X-9: an access token stops working once its session is revoked, expired, or its account is gone. Every subgraph
 * calls this once per request that carries a verified token (one primary-key lookup on the accounts' published view
 * `active_sessions` through contracts/accounts.ts, in the request's own round trips), so a log-out, a detected
 * refresh-token reuse or a password change counts on the very next request everywhere, without waiting for the
 * token's 15 minutes. A caller whose session is over is treated like one with an expired token: anonymous, with the
 * reason for protected fields.
 */
export async function withActiveSession(db: Queryable, auth: Authentication): Promise<Authentication> {
  const { viewer } = auth;
  if (!viewer) return auth;
  if (viewer.sessionId && (await isSessionActive(db, viewer.sessionId, viewer.accountId))) return auth;
  return { viewer: null, tokenError: SESSION_ENDED };
}
