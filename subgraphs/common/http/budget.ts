import type { GraphQLError } from 'graphql';
import { requestScope } from '../db/data-source';
import { ErrorCode, graphQLError, type CommonErrorCode } from '../errors';

/** Raised once per request when its budget is spent or its caller has gone; later fields resolve to null. */
function stop(code: CommonErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return graphQLError(code, message, extensions);
}

/**
 * Counts `n` resolved objects against the request's budget. Throws REQUEST_BUDGET_EXCEEDED the first time
 * the budget is over, REQUEST_ABORTED the first time the caller is found gone; returns false afterwards, so the
 * caller resolves null without working (one clear error, not one per remaining field). Outside a request scope
 * (unit tests, seeds) it always allows.
 */
export function chargeResolved(n: number): boolean {
  const stats = requestScope.getStore();
  if (!stats || stats.maxResolved === undefined) return true;
  if (stats.stopped) return false;
  if (stats.signal?.aborted) {
    stats.stopped = true;
    throw stop(ErrorCode.REQUEST_ABORTED, 'The caller stopped waiting; the rest of this request was not resolved');
  }
  stats.resolved = (stats.resolved ?? 0) + n;
  if (stats.resolved > stats.maxResolved) {
    stats.stopped = true;
    throw stop(
      ErrorCode.REQUEST_BUDGET_EXCEEDED,
      `The request would resolve more than ${stats.maxResolved} objects; ask for less (smaller pages, fewer levels)`,
      { limit: stats.maxResolved },
    );
  }
  return true;
}
