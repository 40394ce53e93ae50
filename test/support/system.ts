import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { startGateway } from '../../gateway/gateway';
import type { AccessContext } from '../../subgraphs/common/access/policy';
import { TokenService } from '../../subgraphs/common/auth/tokens';
import { loadConfig, type Config } from '../../subgraphs/common/config';
import type { RunningServer } from '../../subgraphs/common/http/server';
import { createLogger } from '../../subgraphs/common/logger';
import { dataSourceFor, startSubgraph, type SubgraphDeps, type SubgraphModule } from '../../subgraphs/common/subgraph';
import { SUBGRAPHS } from '../../subgraphs/registry';
import { fromGlobalId } from '../../subgraphs/common/federation/global-id';
import { Client } from 'pg';
import { prepareDatabase } from '../../scripts/system';

/** The configuration global setup left in the environment (test database, keys), with `env` on top. */
export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({ ...process.env, ...env });
}

/** Dependencies of one subgraph against the test database; call `close()` after the tests. */
export async function subgraphDeps(
  module: SubgraphModule<AccessContext>,
  config: Config = testConfig(),
): Promise<SubgraphDeps & { close(): Promise<void> }> {
  const db: DataSource = dataSourceFor(module, config.databaseUrl!, undefined, config.limits.statementTimeoutMs);
  await db.initialize();
  const tokens = await TokenService.fromConfig(config.jwt);
  return { db, tokens, config, logger: createLogger('test', 'silent'), close: () => db.destroy() };
}

/** The whole system in this process: every subgraph and the gateway on free ports. */
export interface TestSystem {
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  deps: Record<string, SubgraphDeps>;
  close(): Promise<void>;
}

/**
 * Starts every subgraph and the gateway over the committed supergraph, each on a free port. `env` adds variables to
 * the test configuration of every process (e.g. OpenTelemetry's); `consoleDir` serves a built console at /console.
 */
export async function startTestSystem(
  options: { env?: Record<string, string>; consoleDir?: string } = {},
): Promise<TestSystem> {
  const config = testConfig(options.env);
  const servers: RunningServer[] = [];
  const closers: Array<() => Promise<void>> = [];
  const subgraphUrls: Record<string, string> = {};
  const deps: Record<string, SubgraphDeps> = {};
  const close = async () => {
    for (const s of servers.reverse()) await s.close();
    for (const c of closers) await c();
  };
  try {
    for (const module of SUBGRAPHS) {
      const d = await subgraphDeps(module, config);
      closers.push(() => d.close());
      deps[module.name] = d;
      const server = await startSubgraph(module, d, { port: 0 });
      servers.push(server);
      subgraphUrls[module.name] = server.url;
    }
    // Subgraphs started on free ports learn their peers' URLs now (the Node host asks a node's owner).
    for (const d of Object.values(deps)) Object.assign(d.config.subgraphUrls, subgraphUrls);
    const gateway = await startGateway({
      config,
      tokens: await TokenService.fromConfig(config.jwt),
      logger: createLogger('test-gateway', 'silent'),
      port: 0,
      subgraphUrls,
      consoleDir: options.consoleDir ?? false,
    });
    servers.push(gateway);
    return { gatewayUrl: gateway.url, subgraphUrls, deps, close };
  } catch (err) {
    // A half-started system would keep jest alive: stop what did start.
    await close();
    throw err;
  }
}

/** A GraphQL response as tests read it. */
export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  data?: T | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
}

/** Posts one operation over HTTP, with a bearer token when given. */
export async function gql<T = Record<string, any>>( // eslint-disable-line @typescript-eslint/no-explicit-any
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GqlResponse<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Omit<GqlResponse<T>, 'status' | 'headers'>;
  return { status: res.status, headers: res.headers, ...body };
}

/** Error codes of a response, in order. */
export const codes = (res: GqlResponse): unknown[] => (res.errors ?? []).map((e) => e.extensions?.code);

/** A unique e-mail for a factory-made account. */
export const uniqueEmail = (prefix = 'user'): string => `${prefix}-${randomUUID().slice(0, 8)}@example.test`;

/**
 * Opens one subgraph's dependencies for a test file (beforeAll) and closes them (afterAll). Read `.current`
 * inside tests.
 */
export function useSubgraphDeps(module: SubgraphModule<AccessContext>): { current: SubgraphDeps } {
  const holder = {} as { current: SubgraphDeps & { close(): Promise<void> } };
  beforeAll(async () => {
    holder.current = await subgraphDeps(module);
  });
  afterAll(() => holder.current.close());
  return holder;
}

/**
 * A response's data with every Relay connection (an object with `edges`) replaced by the list of its nodes, so a
 * test written against a plain list reads a connection the same way (page info and totalCount are dropped).
 */
export function flattenConnections<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => flattenConnections(v)) as T;
  if (value && typeof value === 'object') {
    const edges = (value as { edges?: unknown }).edges;
    if (Array.isArray(edges)) return edges.map((e: { node: unknown }) => flattenConnections(e.node)) as T;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, flattenConnections(v)])) as T;
  }
  return value;
}

/** The raw database id inside a global id the API returned (tests comparing with rows they made directly). */
export function rawId(id: unknown): string {
  const decoded = fromGlobalId(id);
  if (!decoded) throw new Error(`not a global id: ${String(id)}`);
  return decoded.rawId;
}

/**
 * A result with every global id the API answered turned back into its raw id: for integration tests that run one
 * subgraph's schema and compare with the rows they made (the e2e tests check the global ids themselves).
 */
export function rawIds<T>(value: T): T {
  if (typeof value === 'string') return (fromGlobalId(value)?.rawId ?? value) as T;
  if (Array.isArray(value)) return value.map(rawIds) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rawIds(v)])) as T;
  return value;
}

/**
 * The whole system over a database of its own holding the demo data (`npm start`'s, seeded by the subgraphs' own
 * `seedDemo`), for tests that sign in as the demo people: a new database on the test server, migrated and seeded,
 * dropped again by `close()`.
 */
export async function startDemoSystem(options: { consoleDir?: string } = {}): Promise<TestSystem> {
  const base = new URL(testConfig().databaseUrl!);
  const name = `demo_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const admin = new Client({ connectionString: base.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base.toString());
  url.pathname = `/${name}`;
  const env = { DATABASE_URL: url.toString() };
  const config = testConfig(env);
  await prepareDatabase(url.toString(), SUBGRAPHS, { config, logger: createLogger('demo-seed', 'silent'), seed: true });
  const sys = await startTestSystem({ env, consoleDir: options.consoleDir });
  return {
    ...sys,
    close: async () => {
      await sys.close();
      const drop = new Client({ connectionString: base.toString() });
      await drop.connect();
      await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await drop.end();
    },
  };
}
