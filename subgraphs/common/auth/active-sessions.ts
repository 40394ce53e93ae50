import type { Viewer } from './tokens';
import { DomainError, ErrorCode } from '../errors';

/** Anything that runs SQL: a data source, an entity manager, a query runner. */
interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown[]>;
}

/**
 * X-9: an access token stops working once its session is revoked, expired, or its account is gone. Every subgraph
 * calls this once per request with a token (one primary-key lookup on the accounts' published view
 * `accounts.active_sessions`, in the request's own round trips), so a log-out, a detected refresh-token reuse or a
 * password change counts on the very next request everywhere, without waiting for the token's 15 minutes.
 */
export async function requireActiveSession(db: Queryable, viewer: Viewer): Promise<void> {
  const rows = viewer.sessionId
    ? await db.query('SELECT 1 FROM accounts.active_sessions WHERE session_id = $1 AND account_id = $2', [
        viewer.sessionId,
        viewer.accountId,
      ])
    : [];
  if (rows.length === 0) {
    throw new DomainError(ErrorCode.UNAUTHENTICATED, 'This session has ended; log in again');
  }
}
