import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SignJWT, importPKCS8 } from 'jose';
import { hashPassword, verifyPassword } from '../../subgraphs/common/auth/passwords';
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

  it('keeps generated development keys across restarts', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'keys-'));
    expect((await keys(dir)).publicKeyPem).toBe((await keys(dir)).publicKeyPem);
  });
});

describe('password hashing', () => {
  it('verifies the right password only, and never stores it in clear', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash).not.toContain('correct horse');
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
    expect(await verifyPassword('wrong horse battery', hash)).toBe(false);
    expect(await verifyPassword('anything', 'not-a-hash')).toBe(false);
  });

  it('salts: the same password hashes differently', async () => {
    expect(await hashPassword('same password')).not.toBe(await hashPassword('same password'));
  });
});
