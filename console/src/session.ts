/**
 * The signed-in session: the access token lives in memory only; the refresh token in sessionStorage, so a reload of
 * the tab keeps the session and closing the tab ends it. The token is refreshed a minute before it expires.
 */
export interface Session {
  token: string;
  expiresAt: string;
  refreshToken: string;
  accountId: string;
  name: string | null;
}

const REFRESH_KEY = 'console.refreshToken';
let current: Session | null = null;
const listeners = new Set<(s: Session | null) => void>();

/** The session in use, or null when signed out. */
export function currentSession(): Session | null {
  return current;
}

/** Replaces the session (null signs out) and tells the listeners. */
export function setSession(next: Session | null): void {
  current = next;
  if (next) sessionStorage.setItem(REFRESH_KEY, next.refreshToken);
  else sessionStorage.removeItem(REFRESH_KEY);
  for (const l of listeners) l(next);
}

/** The refresh token kept for this tab, if any. */
export function storedRefreshToken(): string | null {
  return sessionStorage.getItem(REFRESH_KEY);
}

/** Calls `listener` on every change of session; returns the unsubscribe. */
export function onSession(listener: (s: Session | null) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Milliseconds until the session should be refreshed: one minute before expiry, at least one second. */
export function refreshDelay(session: Session, now: number = Date.now()): number {
  return Math.max(1_000, Date.parse(session.expiresAt) - now - 60_000);
}
