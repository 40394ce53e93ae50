import type { TokenService, Viewer } from './auth/tokens';

/** Who a request is from: a verified viewer, or anonymous (with the reason when a token was sent but refused). */
export interface Authentication {
  viewer: Viewer | null;
  /** Set when an Authorization header was present but unusable; protected fields then say why they are refused. */
  tokenError?: string;
}

/**
 * Reads and verifies the bearer token of a request. No header: anonymous. A malformed, tampered or expired token
 * also makes the caller anonymous, marked with `tokenError`: public fields (logIn, signUp) keep working with a
 * stale header, and protected fields answer UNAUTHENTICATED with that reason (the enforcer reads it).
 */
export async function authenticate(
  authorization: string | string[] | undefined,
  tokens: TokenService,
): Promise<Authentication> {
  if (authorization === undefined || authorization === '') return { viewer: null };
  const value = Array.isArray(authorization) ? (authorization[0] ?? '') : authorization;
  const match = /^Bearer\s+([A-Za-z0-9._~+/=-]+)$/i.exec(value.trim());
  if (!match) return { viewer: null, tokenError: 'Authorization must be "Bearer <token>"' };
  try {
    return { viewer: await tokens.verify(match[1]) };
  } catch {
    return { viewer: null, tokenError: 'The token is invalid or expired; log in again' };
  }
}
