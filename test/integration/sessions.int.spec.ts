import { createHash } from 'node:crypto';
import type { SubgraphDeps } from '../../subgraphs/common/subgraph';
import { withActiveSession } from '../../subgraphs/common/auth/active-sessions';
import type { Viewer } from '../../subgraphs/common/auth/tokens';
import { accountsFactory, outcome, PASSWORD, useAccounts } from '../support/factories';

const ctx = useAccounts();
let deps: SubgraphDeps;
let f: ReturnType<typeof accountsFactory>;
beforeAll(() => {
  ({ deps, f } = ctx);
});

/** What every subgraph asks before trusting a verified token: 'OK', or 'UNAUTHENTICATED' (the caller is anonymous). */
const sessionCheck = async (viewer: Viewer) => {
  const auth = await withActiveSession(deps.db, { viewer });
  if (auth.viewer) return 'OK';
  expect(auth.tokenError).toBe('This session has ended; log in again');
  return 'UNAUTHENTICATED';
};
const viewerOf = (r: { account: { id: string }; sessionId: string }): Viewer => ({
  accountId: r.account.id,
  sessionId: r.sessionId,
});

describe('X-9: sessions', () => {
  it('issues a session id in the access token, a refresh token and both expiry times at log-in', async () => {
    const a = await f.account('login');
    const before = Date.now();
    const r = await f.services.accounts.logIn({ email: a.email, password: PASSWORD });
    const after = Date.now();
    expect(await deps.tokens.verify(r.token)).toEqual({ accountId: a.id, sessionId: r.sessionId });
    expect(r.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // JWT times are whole seconds: the expiry is the issuing second plus the lifetime.
    expect(r.expiresAt.getTime()).toBeLessThanOrEqual(after + deps.config.jwt.ttlSeconds * 1000);
    expect(r.expiresAt.getTime()).toBeGreaterThan(before - 1000 + (deps.config.jwt.ttlSeconds - 1) * 1000);
    const lifetime = r.refreshTokenExpiresAt.getTime() - before;
    expect(Math.abs(lifetime - deps.config.sessions.refreshTokenTtlSeconds * 1000)).toBeLessThan(5_000);
    expect(await sessionCheck(viewerOf(r))).toBe('OK');
  });

  it('stores refresh tokens hashed (SHA-256), never in clear', async () => {
    const a = await f.account('hashed');
    const rows: Array<{ hash: Buffer }> = await deps.db.query(
      `SELECT t.token_hash AS hash FROM accounts.refresh_tokens t JOIN accounts.sessions s ON s.id = t.session_id
       WHERE s.account_id = $1`,
      [a.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].hash.equals(createHash('sha256').update(a.refreshToken).digest())).toBe(true);
    const [{ n }] = await deps.db.query(
      `SELECT count(*)::int AS n FROM accounts.refresh_tokens WHERE encode(token_hash, 'escape') LIKE '%' || $1 || '%'`,
      [a.refreshToken],
    );
    expect(n).toBe(0);
  });

  it('rotates: a refresh answers new tokens of the same session, and the used refresh token stops working', async () => {
    const a = await f.account('rotate');
    const first = await f.services.sessions.refresh(a.refreshToken);
    expect(first.sessionId).toBe(a.viewer.sessionId);
    expect(first.account.id).toBe(a.id);
    expect(first.refreshToken).not.toBe(a.refreshToken);
    expect(await deps.tokens.verify(first.token)).toEqual({ accountId: a.id, sessionId: a.viewer.sessionId });
    const second = await f.services.sessions.refresh(first.refreshToken);
    expect(second.sessionId).toBe(a.viewer.sessionId);
    // The session's end is fixed at log-in: refreshing never extends it.
    expect(second.refreshTokenExpiresAt.getTime()).toBe(first.refreshTokenExpiresAt.getTime());
    expect(await sessionCheck(a.viewer)).toBe('OK');
  });

  it('reuse of a rotated refresh token ends the whole family: every token of that session, and is audited', async () => {
    const a = await f.account('reuse');
    const other = await f.services.accounts.logIn({ email: a.email, password: PASSWORD });
    const rotated = await f.services.sessions.refresh(a.refreshToken);
    // An attacker (or a stale copy) presents the old token again.
    expect(await outcome(f.services.sessions.refresh(a.refreshToken))).toBe('UNAUTHENTICATED');
    // The legitimate holder's newer tokens die with it...
    expect(await outcome(f.services.sessions.refresh(rotated.refreshToken))).toBe('UNAUTHENTICATED');
    expect(await sessionCheck(a.viewer)).toBe('UNAUTHENTICATED');
    // ...but the account's other session (another device) is not that family.
    expect(await sessionCheck(viewerOf(other))).toBe('OK');
    expect(await outcome(f.services.sessions.refresh(other.refreshToken))).toBe('OK');
    const audit: Array<{ action: string; after: { accountId: string } }> = await deps.db.query(
      `SELECT action, after FROM accounts.audit_events WHERE target_type = 'Session' AND target_id = $1`,
      [a.viewer.sessionId],
    );
    expect(audit).toEqual([{ action: 'session.refresh_token_reused', after: { accountId: a.id, revoked: true } }]);
  });

  it('lets exactly one of concurrent refreshes with the same token win; the others end the session', async () => {
    const a = await f.account('race');
    const results = await Promise.all(
      Array.from({ length: 6 }, () => outcome(f.services.sessions.refresh(a.refreshToken))),
    );
    expect(results.filter((r) => r === 'OK')).toHaveLength(1);
    expect(results.filter((r) => r === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(await sessionCheck(a.viewer)).toBe('UNAUTHENTICATED');
  });

  it('refuses unknown refresh tokens with UNAUTHENTICATED and malformed ones with BAD_USER_INPUT', async () => {
    expect(await outcome(f.services.sessions.refresh('x'.repeat(43)))).toBe('UNAUTHENTICATED');
    expect(await outcome(f.services.sessions.refresh(''))).toBe('BAD_USER_INPUT');
    expect(await outcome(f.services.sessions.refresh('x'.repeat(201)))).toBe('BAD_USER_INPUT');
    expect(await outcome(f.services.sessions.refresh(42))).toBe('BAD_USER_INPUT');
  });

  it('ends a session at its absolute lifetime, refreshed or not', async () => {
    const a = await f.account('lifetime');
    await deps.db.query(`UPDATE accounts.sessions SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      a.viewer.sessionId,
    ]);
    expect(await outcome(f.services.sessions.refresh(a.refreshToken))).toBe('UNAUTHENTICATED');
    expect(await sessionCheck(a.viewer)).toBe('UNAUTHENTICATED');
  });

  it('logOut ends this session only; allSessions ends every session of the account', async () => {
    const a = await f.account('logout');
    const second = await f.services.accounts.logIn({ email: a.email, password: PASSWORD });
    const third = await f.services.accounts.logIn({ email: a.email, password: PASSWORD });
    expect(await f.services.sessions.logOut(a.viewer)).toBe(1);
    expect(await sessionCheck(a.viewer)).toBe('UNAUTHENTICATED');
    expect(await outcome(f.services.sessions.refresh(a.refreshToken))).toBe('UNAUTHENTICATED');
    expect(await sessionCheck(viewerOf(second))).toBe('OK');
    // Logging out twice ends nothing more.
    expect(await f.services.sessions.logOut(a.viewer)).toBe(0);
    expect(await f.services.sessions.logOut(viewerOf(second), { allSessions: true })).toBe(2);
    expect(await sessionCheck(viewerOf(second))).toBe('UNAUTHENTICATED');
    expect(await sessionCheck(viewerOf(third))).toBe('UNAUTHENTICATED');
    expect(await outcome(f.services.sessions.refresh(third.refreshToken))).toBe('UNAUTHENTICATED');
  });

  it("never lets one account's log-out end another's session, even with a borrowed session id", async () => {
    const a = await f.account('victim');
    const b = await f.account('other');
    expect(await f.services.sessions.logOut({ accountId: b.id, sessionId: a.viewer.sessionId })).toBe(0);
    expect(await sessionCheck(a.viewer)).toBe('OK');
    // A token's session must also belong to the token's account.
    expect(await sessionCheck({ accountId: b.id, sessionId: a.viewer.sessionId })).toBe('UNAUTHENTICATED');
  });

  it("a password change ends the account's other sessions and keeps the one that changed it", async () => {
    const a = await f.account('password');
    const other = await f.services.accounts.logIn({ email: a.email, password: PASSWORD });
    const bystander = await f.account('bystander');
    await f.services.accounts.updateMe(a.viewer, { password: 'new password 123', currentPassword: PASSWORD });
    expect(await sessionCheck(a.viewer)).toBe('OK');
    expect(await sessionCheck(viewerOf(other))).toBe('UNAUTHENTICATED');
    expect(await outcome(f.services.sessions.refresh(other.refreshToken))).toBe('UNAUTHENTICATED');
    expect(await outcome(f.services.sessions.refresh(a.refreshToken))).toBe('OK');
    expect(await sessionCheck(bystander.viewer)).toBe('OK');
    // A name change is not a credential change: sessions stay.
    const again = await f.services.accounts.logIn({ email: a.email, password: 'new password 123' });
    await f.services.accounts.updateMe(a.viewer, { name: 'Renamed' });
    expect(await sessionCheck(viewerOf(again))).toBe('OK');
    // A wrong current password changes nothing, sessions included.
    expect(
      await outcome(f.services.accounts.updateMe(a.viewer, { password: 'another one 456', currentPassword: 'wrong' })),
    ).toBe('INVALID_CREDENTIALS');
    expect(await sessionCheck(viewerOf(again))).toBe('OK');
  });

  it('removal from an organization does not end sessions (access is re-read per request); removal of the account does', async () => {
    const o = await f.organization();
    await f.services.memberships.removeMember(o.owner.viewer, { organizationId: o.org.id, accountId: o.member.id });
    expect(await sessionCheck(o.member.viewer)).toBe('OK');
    // No API deletes accounts yet; the table's cascade is what ends the sessions of a deleted account.
    const loner = await f.account('deleted');
    await deps.db.query('DELETE FROM accounts.accounts WHERE id = $1', [loner.id]);
    expect(await sessionCheck(loner.viewer)).toBe('UNAUTHENTICATED');
    expect(await outcome(f.services.sessions.refresh(loner.refreshToken))).toBe('UNAUTHENTICATED');
    const [{ n }] = await deps.db.query('SELECT count(*)::int AS n FROM accounts.sessions WHERE account_id = $1', [
      loner.id,
    ]);
    expect(n).toBe(0);
  });

  it('refuses a viewer without a session id (tokens always carry one)', async () => {
    const a = await f.account('nosid');
    expect(await sessionCheck({ accountId: a.id })).toBe('UNAUTHENTICATED');
  });

  it('prunes sessions that ended more than a week ago at the next log-in', async () => {
    const a = await f.account('prune');
    await f.services.sessions.logOut(a.viewer);
    await deps.db.query(`UPDATE accounts.sessions SET revoked_at = now() - interval '8 days' WHERE id = $1`, [
      a.viewer.sessionId,
    ]);
    await f.services.accounts.logIn({ email: a.email, password: PASSWORD });
    const rows = await deps.db.query('SELECT id FROM accounts.sessions WHERE id = $1', [a.viewer.sessionId]);
    expect(rows).toEqual([]);
  });
});
