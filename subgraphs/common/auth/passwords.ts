import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { DomainError, ErrorCode } from '../errors';

const scrypt = (password: string, salt: Buffer, keylen: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) =>
    scryptCb(password, salt, keylen, options, (err, key) => (err ? reject(err) : resolve(key))),
  );

/** scrypt cost parameters; a stored hash carries its own. */
export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/** OWASP's current minimum for scrypt (Password Storage Cheat Sheet): N=2^17, r=8, p=1, about 128 MiB per hash. */
export const OWASP_SCRYPT: ScryptParams = { N: 1 << 17, r: 8, p: 1 };
const KEYLEN = 32;
// scrypt needs 128·N·r bytes; node refuses anything over `maxmem` (32 MiB by default), so it is set per hash.
const maxmemOf = (params: ScryptParams) => 128 * params.N * params.r + 1024 * 1024;

/** Hashes a password with scrypt and a random salt (no queue: callers go through a PasswordHasher). */
export async function hashPassword(password: string, params: ScryptParams = OWASP_SCRYPT): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, KEYLEN, { ...params, maxmem: maxmemOf(params) });
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** The parameters a stored hash was made with, or null for a malformed one. */
export function paramsOf(stored: string): ScryptParams | null {
  const [scheme, n, r, p, saltB64, keyB64] = stored.split('$');
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  if (scheme !== 'scrypt' || !saltB64 || !keyB64) return null;
  // Refuse parameters we would never have written: a corrupt row must not allocate gigabytes.
  if (![params.N, params.r, params.p].every(Number.isInteger) || params.N < 2 || params.N > 1 << 20) return null;
  if (params.r < 1 || params.r > 32 || params.p < 1 || params.p > 16) return null;
  return params;
}

/** Constant-time check of a password against a stored hash; false for a malformed hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const params = paramsOf(stored);
  if (!params) return false;
  const [, , , , saltB64 = '', keyB64 = ''] = stored.split('$');
  const expected = Buffer.from(keyB64, 'base64');
  const actual = await scrypt(password, Buffer.from(saltB64, 'base64'), expected.length, {
    ...params,
    maxmem: maxmemOf(params),
  });
  return timingSafeEqual(actual, expected);
}

/** How a process hashes passwords: the cost, and how many hashes may run and wait at once. */
export interface PasswordHashingConfig {
  /** log2 of scrypt's N: 17 (OWASP) by default; lower only when NODE_ENV=test. */
  log2N: number;
  /** Hashes computed at once (each holds a libuv thread and 128·N·r bytes). */
  concurrency: number;
  /** Hashes allowed to wait for a slot; beyond this a request is refused at once with SERVICE_BUSY. */
  queue: number;
}

/**
 * A bounded gate in front of password hashing. Every hash a request needs (log-in, sign-up, password change) takes
 * a slot; when every slot is busy and the waiting line is full, the request is refused at once (SERVICE_BUSY with
 * `retryAfterSeconds`) instead of queueing without end. So however many failed log-ins arrive, a valid one waits
 * for at most `ceil((concurrency + queue) / concurrency)` hash times before its own hash starts.
 */
export class PasswordHasher {
  readonly params: ScryptParams;
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  private dummy: Promise<string> | undefined;

  constructor(readonly config: PasswordHashingConfig) {
    this.params = { N: 2 ** config.log2N, r: OWASP_SCRYPT.r, p: OWASP_SCRYPT.p };
  }

  /** Hashes at the configured cost, through the gate. */
  hash(password: string): Promise<string> {
    return this.gated(() => hashPassword(password, this.params));
  }

  /**
   * Checks a password through the gate. With no stored hash (unknown e-mail) it checks against a dummy hash of the
   * same cost, so timing tells nothing. `rehash` is true when the stored hash is weaker than the current cost.
   */
  async verify(password: string, stored: string | undefined): Promise<{ ok: boolean; rehash: boolean }> {
    this.dummy ??= hashPassword(randomBytes(16).toString('hex'), this.params);
    const hash = stored ?? (await this.dummy);
    const ok = await this.gated(() => verifyPassword(password, hash));
    const params = paramsOf(hash);
    const rehash =
      stored !== undefined &&
      ok &&
      !!params &&
      (params.N < this.params.N || params.r !== this.params.r || params.p !== this.params.p);
    return { ok: ok && stored !== undefined, rehash };
  }

  /** Hashes currently computing and waiting (for tests and metrics). */
  load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  private async gated<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.config.concurrency) {
      if (this.waiting.length >= this.config.queue) {
        throw new DomainError(ErrorCode.SERVICE_BUSY, 'Too many password checks in progress; try again shortly', {
          retryAfterSeconds: 1,
        });
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running += 1;
    }
    try {
      return await work();
    } finally {
      // Hand the slot straight to the next waiter (running stays the same), or free it.
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }
}

const hashers = new Map<string, PasswordHasher>();

/** The process's one hasher for a configuration: the gate only bounds anything if every caller shares it. */
export function passwordHasher(config: PasswordHashingConfig): PasswordHasher {
  const key = `${config.log2N}/${config.concurrency}/${config.queue}`;
  let hasher = hashers.get(key);
  if (!hasher) hashers.set(key, (hasher = new PasswordHasher(config)));
  return hasher;
}
