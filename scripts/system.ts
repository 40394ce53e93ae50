import type { ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import type { AccessContext } from '../subgraphs/common/access/policy';
import { TokenService } from '../subgraphs/common/auth/tokens';
import type { Config } from '../subgraphs/common/config';
import { migrate } from '../subgraphs/common/db/data-source';
import { startEmbeddedPostgres } from '../subgraphs/common/db/embedded';
import type { Logger } from '../subgraphs/common/logger';
import { dataSourceFor, type SubgraphModule } from '../subgraphs/common/subgraph';

/** The database the system runs on: an external one from DATABASE_URL, or an embedded one in the data folder. */
export async function startDatabase(
  config: Config,
  log?: (line: string) => void,
): Promise<{ url: string; stop(): Promise<void> }> {
  if (config.databaseUrl) return { url: config.databaseUrl, stop: () => Promise.resolve() };
  return startEmbeddedPostgres({ dir: path.join(config.dataDir, 'postgres'), port: config.embeddedPostgresPort, log });
}

/** Applies every subgraph's migrations in dependency order, then (optionally) loads demo data. */
export async function prepareDatabase(
  url: string,
  modules: ReadonlyArray<SubgraphModule<AccessContext>>,
  options: { config: Config; logger: Logger; seed: boolean },
): Promise<void> {
  const tokens = await TokenService.fromConfig(options.config.jwt);
  for (const module of modules) {
    const db = dataSourceFor(module, url, (m) => options.logger.error(m));
    await db.initialize();
    try {
      const applied = await migrate(db);
      if (applied.length) options.logger.info({ subgraph: module.name, applied }, 'migrations applied');
      if (options.seed && module.seedDemo)
        await module.seedDemo({ db, tokens, config: options.config, logger: options.logger });
    } finally {
      await db.destroy();
    }
  }
}

/** A TCP port free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** Polls a health or readiness URL until it answers 2xx; fails early if the process behind it exits. */
export async function waitUntilReady(
  url: string,
  options: { child?: ChildProcess; timeoutMs?: number } = {},
): Promise<void> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const child = options.child;
    if (child && child.exitCode !== null) throw new Error(`${url}: process exited with code ${child.exitCode}`);
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} not ready after ${timeoutMs / 1000}s`);
}
