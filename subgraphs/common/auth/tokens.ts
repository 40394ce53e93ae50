import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  exportPKCS8,
  exportSPKI,
  generateKeyPair,
  importPKCS8,
  importSPKI,
  jwtVerify,
  SignJWT,
  type KeyLike,
} from 'jose';
import type { Config } from '../config';

const ALG = 'EdDSA';

/** The caller a subgraph has verified from the bearer token. */
export interface Viewer {
  accountId: string;
  /** The session (`sid` claim) the token was issued in; absent only for viewers built in code (seeds, tests). */
  sessionId?: string;
}

/** An issued access token and when it expires. */
export interface IssuedToken {
  token: string;
  expiresAt: Date;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** How long a verified token is remembered (never past its `exp`), and how many are. */
const VERIFIED_TTL_MS = 30_000;
const VERIFIED_MAX = 10_000;

/**
 * Tokens whose signature, issuer, audience and claims were verified, by token string: a bounded LRU of what cannot
 * change for a given string (the key pair is fixed for the process). An entry ends at the token's `exp` at the latest,
 * so an expired token is refused exactly as without the cache. Only successes are kept: a refused token is checked
 * again every time, and nobody fills the cache without validly signed tokens. Whether the token's session is still
 * active is NOT here: that is read from the database on every request (X-9, `withActiveSession`).
 */
class VerifiedTokens {
  private readonly entries = new Map<string, { viewer: Required<Viewer>; until: number }>();

  get(token: string, now: number): Required<Viewer> | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    this.entries.delete(token);
    if (now >= entry.until) return undefined;
    this.entries.set(token, entry); // most recently used last
    return entry.viewer;
  }

  set(token: string, viewer: Required<Viewer>, expSeconds: number, now: number): void {
    const until = Math.min(expSeconds * 1000, now + VERIFIED_TTL_MS);
    if (until <= now) return;
    if (this.entries.size >= VERIFIED_MAX) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(token, { viewer, until });
  }
}

/**
 * Signs and verifies access tokens. Tokens carry only the account id and the session id: roles are read per request
 * and whether the session is still active is read per request too (X-9, `requireActiveSession`).
 */
export class TokenService {
  private readonly verified = new VerifiedTokens();

  private constructor(
    private readonly config: Config['jwt'],
    private readonly publicKey: KeyLike,
    private readonly privateKey: KeyLike | undefined,
  ) {}

  /** Builds the service from PEM keys in the config; `privateKeyPem` is only needed where tokens are issued. */
  static async fromConfig(jwt: Config['jwt']): Promise<TokenService> {
    if (!jwt.publicKeyPem) throw new Error('JWT_PUBLIC_KEY is not set (run ensureDevKeys first in development)');
    const publicKey = await importSPKI(jwt.publicKeyPem, ALG);
    const privateKey = jwt.privateKeyPem ? await importPKCS8(jwt.privateKeyPem, ALG) : undefined;
    return new TokenService(jwt, publicKey, privateKey);
  }

  /** Issues a short-lived token for an account within one of its sessions. */
  async issue(accountId: string, sessionId: string): Promise<IssuedToken> {
    if (!this.privateKey) throw new Error('this process has no JWT_PRIVATE_KEY and cannot issue tokens');
    const issuedAt = Math.floor(Date.now() / 1000);
    const expiresAt = issuedAt + this.config.ttlSeconds;
    const token = await new SignJWT({ sid: sessionId })
      .setProtectedHeader({ alg: ALG })
      .setSubject(accountId)
      .setIssuer(this.config.issuer)
      .setAudience(this.config.audience)
      .setIssuedAt(issuedAt)
      .setExpirationTime(expiresAt)
      .sign(this.privateKey);
    return { token, expiresAt: new Date(expiresAt * 1000) };
  }

  /**
   * Verifies signature, issuer, audience and expiry, and that the token names a session; throws on any failure.
   * Whether that session is still active is the caller's database read (`requireActiveSession`). A token verified in
   * the last seconds is answered from memory (`VerifiedTokens`: same verdict, never past its expiry).
   */
  async verify(token: string, now: number = Date.now()): Promise<Required<Viewer>> {
    const known = this.verified.get(token, now);
    if (known) return { ...known };
    const { payload } = await jwtVerify(token, this.publicKey, {
      algorithms: [ALG],
      issuer: this.config.issuer,
      audience: this.config.audience,
      requiredClaims: ['sub', 'exp', 'sid'],
      currentDate: new Date(now),
    });
    if (typeof payload.sub !== 'string' || !UUID.test(payload.sub)) throw new Error('bad subject');
    // A token without a session could never be revoked: refused, even when its signature is good.
    if (typeof payload.sid !== 'string' || !UUID.test(payload.sid)) throw new Error('bad session');
    const viewer = { accountId: payload.sub, sessionId: payload.sid };
    this.verified.set(token, viewer, payload.exp!, now);
    return { ...viewer };
  }
}

/**
 * Development convenience: when no keys are configured, generate an Ed25519 pair once into the data folder
 * and return the config with them, so every process started from it shares the same keys.
 */
export async function ensureDevKeys(config: Config): Promise<Config> {
  config = ensureDevGatewaySecret(config);
  if (config.jwt.publicKeyPem) return config;
  if (config.nodeEnv === 'production') throw new Error('JWT_PUBLIC_KEY is required in production');
  const dir = path.join(config.dataDir, 'keys');
  const privPath = path.join(dir, 'jwt-private.pem');
  const pubPath = path.join(dir, 'jwt-public.pem');
  if (!existsSync(privPath) || !existsSync(pubPath)) {
    mkdirSync(dir, { recursive: true });
    const { privateKey, publicKey } = await generateKeyPair(ALG, { crv: 'Ed25519', extractable: true });
    writeFileSync(privPath, await exportPKCS8(privateKey), { mode: 0o600 });
    writeFileSync(pubPath, await exportSPKI(publicKey));
  }
  return {
    ...config,
    jwt: { ...config.jwt, privateKeyPem: readFileSync(privPath, 'utf8'), publicKeyPem: readFileSync(pubPath, 'utf8') },
  };
}

/** Development: the gateway's signing secret, generated once into the data folder and shared by every process. */
function ensureDevGatewaySecret(config: Config): Config {
  if (config.gatewaySecret) return config;
  if (config.nodeEnv === 'production') throw new Error('GATEWAY_SECRET is required in production');
  const file = path.join(config.dataDir, 'keys', 'gateway-secret');
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  }
  return { ...config, gatewaySecret: readFileSync(file, 'utf8').trim() };
}
