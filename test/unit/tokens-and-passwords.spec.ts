import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SignJWT, importPKCS8 } from 'jose';
import {
  hashPassword,
  OWASP_SCRYPT,
  paramsOf,
  PasswordHasher,
  verifyPassword,
} from '../../subgraphs/common/auth/passwords';
import { DomainError } from '../../subgraphs/common/errors';
import { TokenService, ensureDevKeys } from '../../subgraphs/common/auth/tokens';
import { loadConfig } from '../../subgraphs/common/config';

const ID = '0b5e1c1e-8f1f-4a4e-9c55-7d7f2f0a1b2c';
const SID = '5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6';

async function keys(dir = mkdtempSync(path.join(os.tmpdir(), 'keys-'))) {
  return (await ensureDevKeys(loadConfig({ DATA_DIR: dir }))).jwt;
}

describe('access tokens', () => {
  it('round-trips an account id and its session id (X-9), and says when the token expires', async () => {
    const jwt = await keys();
    const tokens = await TokenService.fromConfig(jwt);
    const before = Date.now();
    const issued = await tokens.issue(ID, SID);
    expect(await tokens.verify(issued.token)).toEqual({ accountId: ID, sessionId: SID });
    // JWT times are whole seconds: the issuing second plus the lifetime.
    const after = Date.now();
    expect(issued.expiresAt.getTime()).toBeGreaterThan(before - 1000 + jwt.ttlSeconds * 1000);
    expect(issued.expiresAt.getTime()).toBeLessThanOrEqual(after + jwt.ttlSeconds * 1000);
    expect(issued.expiresAt.getTime() % 1000).toBe(0);
  });

  it('rejects a well-signed token without a session: it could never be revoked', async () => {
    const jwt = await keys();
    const tokens = await TokenService.fromConfig(jwt);
    const key = await importPKCS8(jwt.privateKeyPem!, 'EdDSA');
    const claims = new SignJWT({}).setProtectedHeader({ alg: 'EdDSA' }).setSubject(ID).setIssuer(jwt.issuer);
    const noSession = await claims.setAudience(jwt.audience).setExpirationTime('5m').sign(key);
    await expect(tokens.verify(noSession)).rejects.toThrow();
    const badSession = await new SignJWT({ sid: 'not-a-session' })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setSubject(ID)
      .setIssuer(jwt.issuer)
      .setAudience(jwt.audience)
      .setExpirationTime('5m')
      .sign(key);
    await expect(tokens.verify(badSession)).rejects.toThrow();
  });

  it('rejects a token signed by another key', async () => {
    const ours = await TokenService.fromConfig(await keys());
    const theirs = await TokenService.fromConfig(await keys());
    await expect(ours.verify((await theirs.issue(ID, SID)).token)).rejects.toThrow();
  });

  it('rejects a tampered token', async () => {
    const tokens = await TokenService.fromConfig(await keys());
    const [h, p, s] = (await tokens.issue(ID, SID)).token.split('.');
    const forged = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(p!, 'base64url').toString()), sub: ID.replace('0b', 'ff') }),
    ).toString('base64url');
    await expect(tokens.verify(`${h}.${forged}.${s}`)).rejects.toThrow();
  });

  it('rejects an expired token and one for another audience', async () => {
    const jwt = await keys();
    const tokens = await TokenService.fromConfig(jwt);
    const key = await importPKCS8(jwt.privateKeyPem!, 'EdDSA');
    const base = () =>
      new SignJWT({ sid: SID }).setProtectedHeader({ alg: 'EdDSA' }).setSubject(ID).setIssuer(jwt.issuer);
    const expired = await base().setAudience(jwt.audience).setIssuedAt(1).setExpirationTime(2).sign(key);
    const otherAudience = await base().setAudience('someone-else').setExpirationTime('5m').sign(key);
    await expect(tokens.verify(expired)).rejects.toThrow();
    await expect(tokens.verify(otherAudience)).rejects.toThrow();
  });

  it('answers a token verified moments ago from memory, but never past its expiry', async () => {
    const jwt = await keys();
    const tokens = await TokenService.fromConfig(jwt);
    const issued = await tokens.issue(ID, SID);
    const issuedAt = issued.expiresAt.getTime() - jwt.ttlSeconds * 1000;
    expect(await tokens.verify(issued.token, issuedAt)).toEqual({ accountId: ID, sessionId: SID });
    // Remembered: the same verdict a second later.
    expect(await tokens.verify(issued.token, issuedAt + 1000)).toEqual({ accountId: ID, sessionId: SID });
    // At its expiry the remembered verdict does not count: refused exactly as without memory.
    await expect(tokens.verify(issued.token, issued.expiresAt.getTime())).rejects.toThrow();
    // A short-lived token: remembered at most until its own exp, not the cache's 30 s.
    const key = await importPKCS8(jwt.privateKeyPem!, 'EdDSA');
    const exp = Math.floor(Date.now() / 1000) + 5;
    const short = await new SignJWT({ sid: SID })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setSubject(ID)
      .setIssuer(jwt.issuer)
      .setAudience(jwt.audience)
      .setExpirationTime(exp)
      .sign(key);
    expect(await tokens.verify(short, exp * 1000 - 4000)).toEqual({ accountId: ID, sessionId: SID });
    await expect(tokens.verify(short, exp * 1000)).rejects.toThrow();
  });

  it('keeps generated development keys across restarts', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'keys-'));
    expect((await keys(dir)).publicKeyPem).toBe((await keys(dir)).publicKeyPem);
  });

  it('generates one gateway secret per data folder in development, shared by every process', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'keys-'));
    const first = (await ensureDevKeys(loadConfig({ DATA_DIR: dir }))).gatewaySecret;
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect((await ensureDevKeys(loadConfig({ DATA_DIR: dir }))).gatewaySecret).toBe(first);
  });
});

const CHEAP = { N: 1 << 10, r: 8, p: 1 };

describe('password hashing', () => {
  it('verifies the right password only, and never stores it in clear', async () => {
    const hash = await hashPassword('correct horse battery', CHEAP);
    expect(hash).not.toContain('correct horse');
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
    expect(await verifyPassword('wrong horse battery', hash)).toBe(false);
    expect(await verifyPassword('anything', 'not-a-hash')).toBe(false);
  });

  it('salts: the same password hashes differently', async () => {
    expect(await hashPassword('same password', CHEAP)).not.toBe(await hashPassword('same password', CHEAP));
  });
});

describe('the password hasher', () => {
  it("hashes at OWASP's scrypt minimum by default (N=2^17, r=8, p=1)", async () => {
    expect(OWASP_SCRYPT).toEqual({ N: 2 ** 17, r: 8, p: 1 });
    const hasher = new PasswordHasher(loadConfig({}).passwords);
    expect(hasher.params).toEqual(OWASP_SCRYPT);
    const hash = await hasher.hash('correct horse battery');
    expect(paramsOf(hash)).toEqual(OWASP_SCRYPT);
    expect(await hasher.verify('correct horse battery', hash)).toEqual({ ok: true, rehash: false });
  });

  it('verifies an old N=2^15 hash and asks for it to be rehashed; a wrong password never is', async () => {
    const hasher = new PasswordHasher({ log2N: 17, concurrency: 1, queue: 1 });
    const old = await hashPassword('correct horse battery', { N: 2 ** 15, r: 8, p: 1 });
    expect(await hasher.verify('correct horse battery', old)).toEqual({ ok: true, rehash: true });
    expect(await hasher.verify('wrong horse battery', old)).toEqual({ ok: false, rehash: false });
  });

  it('checks an unknown e-mail against a dummy hash and never says yes', async () => {
    const hasher = new PasswordHasher({ log2N: 10, concurrency: 1, queue: 1 });
    expect(await hasher.verify('anything', undefined)).toEqual({ ok: false, rehash: false });
  });

  it('refuses at once with SERVICE_BUSY when every slot and the queue are taken, and never queues more', async () => {
    const hasher = new PasswordHasher({ log2N: 10, concurrency: 2, queue: 3 });
    const hash = await hasher.hash('x'.repeat(10));
    let maxWaiting = 0;
    let maxRunning = 0;
    const results = await Promise.all(
      Array.from({ length: 20 }, async () => {
        const p = hasher.verify('wrong password', hash);
        const { running, waiting } = hasher.load();
        maxRunning = Math.max(maxRunning, running);
        maxWaiting = Math.max(maxWaiting, waiting);
        try {
          await p;
          return 'checked';
        } catch (err) {
          expect(err).toBeInstanceOf(DomainError);
          expect((err as DomainError).details.retryAfterSeconds).toBeGreaterThan(0);
          return (err as DomainError).code;
        }
      }),
    );
    expect(results.filter((r) => r === 'checked')).toHaveLength(5);
    expect(results.filter((r) => r === 'SERVICE_BUSY')).toHaveLength(15);
    expect(maxRunning).toBe(2);
    expect(maxWaiting).toBe(3);
    expect(hasher.load()).toEqual({ running: 0, waiting: 0 });
    // Once the line has cleared, checks run again.
    expect((await hasher.verify('x'.repeat(10), hash)).ok).toBe(true);
  });
});
