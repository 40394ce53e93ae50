import { rmSync } from 'node:fs';

/** Stops the test database and removes its temporary folder. */
export default async function globalTeardown(): Promise<void> {
  const database = (globalThis as { __TEST_DATABASE__?: { stop(): Promise<void> } }).__TEST_DATABASE__;
  // Declared by several tiers, so it may run more than once: the first run stops the database.
  (globalThis as { __TEST_DATABASE__?: unknown }).__TEST_DATABASE__ = undefined;
  await database?.stop();
  if (process.env.DATA_DIR?.includes('identity-test-')) rmSync(process.env.DATA_DIR, { recursive: true, force: true });
}
