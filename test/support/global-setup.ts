import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureDevKeys } from '../../subgraphs/common/auth/tokens';
import { loadConfig } from '../../subgraphs/common/config';
import { createLogger } from '../../subgraphs/common/logger';
import { SUBGRAPHS } from '../../subgraphs/registry';
import { freePort, prepareDatabase, startDatabase } from '../../scripts/system';

/**
 * Starts the test database once for the whole run: an embedded Postgres in a temporary folder (or the server
 * at TEST_DATABASE_URL), with every subgraph's migrations applied. Tests make their own data with factories.
 */
export default async function globalSetup(): Promise<void> {
  // Each tier that needs the database declares this setup; Jest runs it once per such project in one process.
  if ((globalThis as { __TEST_DATABASE__?: unknown }).__TEST_DATABASE__) return;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'identity-test-'));
  const external = process.env.TEST_DATABASE_URL;
  const config = await ensureDevKeys(
    loadConfig({
      NODE_ENV: 'test',
      DATA_DIR: dataDir,
      DATABASE_URL: external ?? '',
      EMBEDDED_POSTGRES_PORT: String(await freePort()),
    }),
  );
  const database = await startDatabase(config);
  await prepareDatabase(database.url, SUBGRAPHS, { config, logger: createLogger('test-setup', 'silent'), seed: false });
  process.env.NODE_ENV = 'test';
  // Every test runs from 127.0.0.1: only the tests of log-in abuse itself may trip the per-address limit.
  process.env.LOGIN_MAX_FAILURES_PER_ADDRESS = '100000';
  // Tests only: scrypt at 2^12 instead of OWASP's 2^17 (config refuses this outside NODE_ENV=test), and a long
  // hashing queue, since factories sign up accounts in parallel. Tests of the queue build their own hasher.
  process.env.PASSWORD_SCRYPT_LOG2N = '12';
  process.env.PASSWORD_HASH_QUEUE = '10000';
  process.env.DATA_DIR = dataDir;
  process.env.DATABASE_URL = database.url;
  process.env.JWT_PRIVATE_KEY = config.jwt.privateKeyPem;
  process.env.JWT_PUBLIC_KEY = config.jwt.publicKeyPem;
  process.env.GATEWAY_SECRET = config.gatewaySecret;
  (globalThis as { __TEST_DATABASE__?: { stop(): Promise<void> } }).__TEST_DATABASE__ = database;
}
