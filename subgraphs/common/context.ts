import type { TokenService, Viewer } from './auth/tokens';
import { DomainError, ErrorCode } from './errors';

/** Reads and verifies the bearer token of a request. No header: anonymous. A bad token: UNAUTHENTICATED. */
export async function viewerFromAuthorization(
  authorization: string | string[] | undefined,
  tokens: TokenService,
): Promise<Viewer | null> {
  if (authorization === undefined || authorization === '') return null;
  const value = Array.isArray(authorization) ? (authorization[0] ?? '') : authorization;
  const match = /^Bearer\s+([A-Za-z0-9._~+/=-]+)$/i.exec(value.trim());
  if (!match) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Authorization must be "Bearer <token>"');
  try {
    return await tokens.verify(match[1]!);
  } catch {
    throw new DomainError(ErrorCode.UNAUTHENTICATED, 'The token is invalid or expired; log in again');
  }
}
