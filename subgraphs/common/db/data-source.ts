import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, type Logger, type MixedList, type EntitySchema } from 'typeorm';
import type { RequestTrace } from '../telemetry/tracing';
import { TracedClient } from './traced-client';

/** Per-request statistics and budget, attributed through AsyncLocalStorage. */
export interface RequestStats {
  sqlStatements: number;
  /** Objects resolved so far (fields and list items the enforcer saw); see `chargeResolved`. */
  resolved?: number;
  /** The most objects one request may resolve; unset: no budget (the gateway). */
  maxResolved?: number;
  /** Set once the budget was exceeded or the caller left: every later field resolves to null at once. */
  stopped?: boolean;
  /** Aborted when the caller hangs up (the gateway gave up): remaining resolvers stop. */
  signal?: AbortSignal;
  /** The operation the request ran, once the GraphQL engine has resolved it (for the request log line). */
  operationName?: string | null;
  /** The request's server span when tracing is on: SQL statements become its children (`TracedClient`). */
  trace?: RequestTrace;
}

/** The request scope the HTTP layer opens around each request; the DB logger counts into it. */
export const requestScope = new AsyncLocalStorage<RequestStats>();

/** Counts every statement sent to Postgres into the current request scope; logs only errors. */
class CountingLogger implements Logger {
  constructor(private readonly onError: (message: string) => void) {}
  logQuery(): void {
    const stats = requestScope.getStore();
    if (stats) stats.sqlStatements += 1;
  }
  logQueryError(error: string | Error, query: string): void {
    this.onError(`${String(error)} in: ${query.slice(0, 500)}`);
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

/** Options for one subgraph's connection: it owns exactly one Postgres schema. */
export interface SubgraphDataSourceOptions {
  url: string;
  schema: string;
  // TypeORM's own option types: entity classes and migration classes are any constructors.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type, @typescript-eslint/no-explicit-any
  entities: MixedList<Function | string | EntitySchema<any>>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  poolSize?: number;
  /** Postgres `statement_timeout` of every pooled connection: no single statement of a request runs longer. */
  statementTimeoutMs?: number;
  onError?: (message: string) => void;
}

/** Creates (not yet initialised) the TypeORM data source of a subgraph. Migrations only, never synchronize. */
export function createDataSource(options: SubgraphDataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logger: new CountingLogger(options.onError ?? (() => undefined)),
    extra: {
      max: options.poolSize ?? 10,
      application_name: `subgraph-${options.schema}`,
      // Every statement goes through one client class: a span per statement while a traced request runs.
      Client: TracedClient,
      ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
    },
  });
}

/**
 * Creates the subgraph's schema if needed and applies its pending migrations, under an advisory lock so that
 * several replicas starting at once migrate one at a time.
 */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const schema = (dataSource.options as { schema: string }).schema;
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    // Waiting for another replica's migrations is not a slow request: no statement timeout on this session.
    await lock.query('SET statement_timeout = 0');
    await lock.query('SELECT pg_advisory_lock(hashtext($1))', [`migrate:${schema}`]);
    await lock.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await lock.query('SELECT pg_advisory_unlock(hashtext($1))', [`migrate:${schema}`]).catch(() => undefined);
    await lock.release();
  }
}
