import { existsSync } from 'node:fs';
import path from 'node:path';
import type { PasswordHashingConfig } from './auth/passwords';
import { DEVELOPMENT_CORS_ORIGINS, isOriginPattern } from './http/cors';

/** Names of the subgraphs, in the order they are started and composed. */
export const SUBGRAPH_NAMES = ['accounts', 'product-roles', 'department-groups', 'customer-hierarchy'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

/** The gateway's engines: Hive Gateway's runtime with Hive Router's Rust query planner (default), or @apollo/gateway. */
export const GATEWAY_ENGINES = ['hive-router', 'apollo'] as const;
export type GatewayEngineName = (typeof GATEWAY_ENGINES)[number];

/** Samplers of the OpenTelemetry specification's `OTEL_TRACES_SAMPLER`. */
export const TRACE_SAMPLERS = [
  'always_on',
  'always_off',
  'traceidratio',
  'parentbased_always_on',
  'parentbased_always_off',
  'parentbased_traceidratio',
] as const;
export type TraceSamplerName = (typeof TRACE_SAMPLERS)[number];

/** OpenTelemetry tracing, from the specification's standard variables; absent when tracing is off (the default). */
export interface TracingConfig {
  /** Where spans go: OTLP over HTTP, JSON encoding (`…/v1/traces`). */
  endpoint: string;
  /** Extra headers of every export (e.g. a collector's API key). */
  headers: Record<string, string>;
  /** `OTEL_SERVICE_NAME`; unset, each process names itself (`gateway`, `subgraph-accounts`, …). */
  serviceName: string | undefined;
  /** `OTEL_RESOURCE_ATTRIBUTES`, added to every span's resource. */
  resourceAttributes: Record<string, string>;
  sampler: TraceSamplerName;
  /** The ratio of the `traceidratio` samplers, 0…1. */
  samplerRatio: number;
}

/** Typed configuration, read once from the environment and validated at boot. */
export interface Config {
  nodeEnv: 'development' | 'production' | 'test';
  /** Folder for the embedded database, generated keys and other local state. */
  dataDir: string;
  /** External Postgres; when unset, an embedded server is started in `dataDir`. */
  databaseUrl: string | undefined;
  embeddedPostgresPort: number;
  gatewayPort: number;
  /** What plans and runs operations at the gateway. */
  gatewayEngine: GatewayEngineName;
  subgraphPorts: Record<SubgraphName, number>;
  /** Where the gateway reaches each subgraph (overrides the URL in the supergraph). */
  subgraphUrls: Record<SubgraphName, string>;
  jwt: {
    issuer: string;
    audience: string;
    ttlSeconds: number;
    /** PKCS8 PEM; only the accounts subgraph signs. Generated into dataDir in development when unset. */
    privateKeyPem: string | undefined;
    /** SPKI PEM; every subgraph and the gateway verify with it. */
    publicKeyPem: string | undefined;
  };
  /** a session (a log-in and its rotating refresh tokens) ends this long after the log-in, refreshed or not. */
  sessions: {
    refreshTokenTtlSeconds: number;
  };
  /**
   * Shared by the gateway and every subgraph: the gateway signs the forwarded client address with it (HMAC), and
   * subgraphs believe `x-client-address` only when the signature verifies. Generated into dataDir in development.
   */
  gatewaySecret: string | undefined;
  /** Load demo data when the database has no accounts yet. */
  seedDemoData: boolean;
  limits: {
    bodyBytes: number;
    maxDepth: number;
    maxAliases: number;
    maxRootFields: number;
    maxCost: number;
    maxTokens: number;
    subgraphTimeoutMs: number;
    /** Objects (fields and list items) one subgraph request may resolve before it is stopped. */
    maxResolvedObjects: number;
    /** Postgres statement_timeout of the subgraphs' connections. */
    statementTimeoutMs: number;
  };
  /** Introspection and the Sandbox landing page at the gateway: on in development, off in production unless set. */
  introspection: boolean;
  sandbox: boolean;
  /** Browser origins allowed to call the gateway and subgraphs (CORS); `*` stands for any port or one subdomain label. */
  corsOrigins: string[];
  /**
   * Field-level access enforcement. Only the authorization benchmark turns it off, through
   * BENCH_ONLY_DISABLE_ACCESS_ENFORCEMENT; production refuses to start without it.
   */
  accessEnforcement: boolean;
  /** Failed log-ins before an e-mail or a client address is refused for `lockoutSeconds`. */
  loginAbuse: {
    maxFailuresPerAccount: number;
    maxFailuresPerAddress: number;
    windowSeconds: number;
    lockoutSeconds: number;
  };
  /** scrypt cost and the bounded queue in front of it (see PasswordHasher). */
  passwords: PasswordHashingConfig;
  logLevel: string;
  /** OpenTelemetry traces (gateway → subgraphs → PostgreSQL); undefined: off, nothing is created. */
  tracing: TracingConfig | undefined;
}

/** Raised at boot when a variable is missing or malformed; the message names the variable. */
export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function int(env: Env, name: string, fallback: number, min = 1, max = 65535): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function oneOf<T extends string>(env: Env, name: string, values: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(values as readonly string[]).includes(raw))
    throw new ConfigError(`${name} must be one of ${values.join(', ')}, got "${raw}"`);
  return raw as T;
}

function pem(env: Env, name: string): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  // Allow one-line values with literal \n, as .env files and compose files carry them.
  const value = raw.includes('\\n') ? raw.replace(/\\n/g, '\n') : raw;
  if (!value.includes('-----BEGIN')) throw new ConfigError(`${name} must be a PEM key`);
  return value;
}

function secret(env: Env, name: string): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  if (raw.length < 32) throw new ConfigError(`${name} must be at least 32 characters (e.g. openssl rand -hex 32)`);
  return raw;
}

function origins(env: Env, name: string, fallback: readonly string[]): string[] {
  const raw = env[name];
  if (raw === undefined) return [...fallback];
  const list = raw
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  const bad = list.find((o) => !isOriginPattern(o));
  if (bad !== undefined)
    throw new ConfigError(
      `${name} must be a comma-separated list of origins like https://app.example.com, got "${bad}"`,
    );
  return list;
}

/** `key=value,key2=value2` as the OpenTelemetry specification writes headers and resource attributes. */
function keyValues(env: Env, name: string): Record<string, string> {
  const raw = env[name];
  const out: Record<string, string> = {};
  if (raw === undefined || raw.trim() === '') return out;
  for (const pair of raw.split(',')) {
    const at = pair.indexOf('=');
    const key = pair.slice(0, at).trim();
    if (at < 1 || !key) throw new ConfigError(`${name} must be a comma-separated list of key=value, got "${raw}"`);
    try {
      out[key] = decodeURIComponent(pair.slice(at + 1).trim());
    } catch {
      throw new ConfigError(`${name}: the value of "${key}" is not valid percent-encoding`);
    }
  }
  return out;
}

function httpUrl(name: string, raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name} must be an http:// or https:// URL, got "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new ConfigError(`${name} must be an http:// or https:// URL, got "${raw}"`);
  return raw;
}

/**
 * OpenTelemetry tracing from the specification's variables. Off unless asked for: `OTEL_TRACES_EXPORTER=otlp`, or an
 * OTLP endpoint (`OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`, or `OTEL_EXPORTER_OTLP_ENDPOINT` + `/v1/traces`).
 * `OTEL_SDK_DISABLED=true` or `OTEL_TRACES_EXPORTER=none` turn it off whatever else is set.
 */
function tracingConfig(env: Env): TracingConfig | undefined {
  if (bool(env, 'OTEL_SDK_DISABLED', false)) return undefined;
  const exporter = env.OTEL_TRACES_EXPORTER?.trim();
  if (exporter && exporter !== 'otlp' && exporter !== 'none')
    throw new ConfigError(`OTEL_TRACES_EXPORTER must be otlp or none, got "${exporter}"`);
  const tracesEndpoint = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || undefined;
  const baseEndpoint = env.OTEL_EXPORTER_OTLP_ENDPOINT || undefined;
  if (exporter === 'none' || (exporter !== 'otlp' && !tracesEndpoint && !baseEndpoint)) return undefined;
  for (const name of ['OTEL_EXPORTER_OTLP_TRACES_PROTOCOL', 'OTEL_EXPORTER_OTLP_PROTOCOL']) {
    const protocol = env[name];
    if (protocol && protocol !== 'http/json')
      throw new ConfigError(`${name} must be http/json (spans are exported as OTLP/HTTP JSON), got "${protocol}"`);
  }
  const endpoint = tracesEndpoint
    ? httpUrl('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', tracesEndpoint)
    : `${httpUrl('OTEL_EXPORTER_OTLP_ENDPOINT', baseEndpoint ?? 'http://localhost:4318').replace(/\/+$/, '')}/v1/traces`;
  const sampler = oneOf(env, 'OTEL_TRACES_SAMPLER', TRACE_SAMPLERS, 'parentbased_always_on');
  const ratioRaw = env.OTEL_TRACES_SAMPLER_ARG;
  const samplerRatio = ratioRaw === undefined || ratioRaw === '' ? 1 : Number(ratioRaw);
  if (!(samplerRatio >= 0 && samplerRatio <= 1))
    throw new ConfigError(`OTEL_TRACES_SAMPLER_ARG must be a ratio from 0 to 1, got "${ratioRaw}"`);
  const headersVariable = env.OTEL_EXPORTER_OTLP_TRACES_HEADERS
    ? 'OTEL_EXPORTER_OTLP_TRACES_HEADERS'
    : 'OTEL_EXPORTER_OTLP_HEADERS';
  return {
    endpoint,
    headers: keyValues(env, headersVariable),
    serviceName: env.OTEL_SERVICE_NAME?.trim() || undefined,
    resourceAttributes: keyValues(env, 'OTEL_RESOURCE_ATTRIBUTES'),
    sampler,
    samplerRatio,
  };
}

/** Reads and validates the configuration; throws ConfigError naming the bad variable. */
export function loadConfig(env: Env = process.env): Config {
  const nodeEnvRaw = env.NODE_ENV ?? 'development';
  if (!['development', 'production', 'test'].includes(nodeEnvRaw)) {
    throw new ConfigError(`NODE_ENV must be development, production or test, got "${nodeEnvRaw}"`);
  }
  const nodeEnv = nodeEnvRaw as Config['nodeEnv'];
  const databaseUrl = env.DATABASE_URL === '' ? undefined : env.DATABASE_URL;
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://');
  }
  const subgraphPorts: Record<SubgraphName, number> = {
    accounts: int(env, 'ACCOUNTS_PORT', 4001),
    'product-roles': int(env, 'PRODUCT_ROLES_PORT', 4002),
    'department-groups': int(env, 'DEPARTMENT_GROUPS_PORT', 4003),
    'customer-hierarchy': int(env, 'CUSTOMER_HIERARCHY_PORT', 4004),
  };
  const subgraphUrls = Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [
      name,
      env[`${name.toUpperCase().replace(/-/g, '_')}_URL`] || `http://localhost:${subgraphPorts[name]}/graphql`,
    ]),
  ) as Record<SubgraphName, string>;
  const config: Config = {
    nodeEnv,
    dataDir: path.resolve(env.DATA_DIR || '.data'),
    databaseUrl,
    embeddedPostgresPort: int(env, 'EMBEDDED_POSTGRES_PORT', 5433),
    gatewayPort: int(env, 'GATEWAY_PORT', 4000),
    gatewayEngine: oneOf(env, 'GATEWAY_ENGINE', GATEWAY_ENGINES, 'hive-router'),
    subgraphPorts,
    subgraphUrls,
    jwt: {
      issuer: env.JWT_ISSUER || 'identity-permissions',
      audience: env.JWT_AUDIENCE || 'identity-permissions',
      ttlSeconds: int(env, 'JWT_TTL_SECONDS', 900, 30, 86400),
      privateKeyPem: pem(env, 'JWT_PRIVATE_KEY'),
      publicKeyPem: pem(env, 'JWT_PUBLIC_KEY'),
    },
    sessions: {
      refreshTokenTtlSeconds: int(env, 'REFRESH_TOKEN_TTL_SECONDS', 30 * 86_400, 300, 365 * 86_400),
    },
    gatewaySecret: secret(env, 'GATEWAY_SECRET'),
    seedDemoData: bool(env, 'SEED_DEMO_DATA', nodeEnv !== 'production'),
    limits: {
      bodyBytes: int(env, 'MAX_BODY_BYTES', 1_000_000, 1_000, 100_000_000),
      maxDepth: int(env, 'MAX_QUERY_DEPTH', 12, 2, 100),
      maxAliases: int(env, 'MAX_ALIASES', 30, 0, 10_000),
      maxRootFields: int(env, 'MAX_ROOT_FIELDS', 20, 1, 1_000),
      maxCost: int(env, 'MAX_QUERY_COST', 50_000, 10, 100_000_000),
      maxTokens: int(env, 'MAX_QUERY_TOKENS', 20_000, 100, 10_000_000),
      subgraphTimeoutMs: int(env, 'SUBGRAPH_TIMEOUT_MS', 10_000, 50, 600_000),
      maxResolvedObjects: int(env, 'MAX_RESOLVED_OBJECTS', 50_000, 100, 100_000_000),
      statementTimeoutMs: int(env, 'PG_STATEMENT_TIMEOUT_MS', 5_000, 100, 3_600_000),
    },
    accessEnforcement: !bool(env, 'BENCH_ONLY_DISABLE_ACCESS_ENFORCEMENT', false),
    introspection: bool(env, 'INTROSPECTION', nodeEnv !== 'production'),
    sandbox: bool(env, 'SANDBOX', nodeEnv !== 'production'),
    corsOrigins: origins(env, 'CORS_ORIGINS', nodeEnv === 'production' ? [] : DEVELOPMENT_CORS_ORIGINS),
    loginAbuse: {
      maxFailuresPerAccount: int(env, 'LOGIN_MAX_FAILURES_PER_ACCOUNT', 5, 1, 1_000),
      maxFailuresPerAddress: int(env, 'LOGIN_MAX_FAILURES_PER_ADDRESS', 30, 1, 100_000),
      windowSeconds: int(env, 'LOGIN_FAILURE_WINDOW_SECONDS', 900, 1, 86_400),
      lockoutSeconds: int(env, 'LOGIN_LOCKOUT_SECONDS', 900, 1, 86_400),
    },
    passwords: {
      log2N: int(env, 'PASSWORD_SCRYPT_LOG2N', 17, 10, 20),
      concurrency: int(env, 'PASSWORD_HASH_CONCURRENCY', 2, 1, 64),
      queue: int(env, 'PASSWORD_HASH_QUEUE', 8, 0, 10_000),
    },
    logLevel: env.LOG_LEVEL || (nodeEnv === 'test' ? 'silent' : 'info'),
    tracing: tracingConfig(env),
  };
  // OWASP's minimum is the floor; only the test suite may hash cheaper (it signs up thousands of accounts).
  if (config.passwords.log2N < 17 && nodeEnv !== 'test') {
    throw new ConfigError("PASSWORD_SCRYPT_LOG2N below 17 (OWASP's scrypt minimum) is allowed only with NODE_ENV=test");
  }
  if (nodeEnv === 'production' && !config.accessEnforcement) {
    throw new ConfigError('BENCH_ONLY_DISABLE_ACCESS_ENFORCEMENT is for the benchmark and refused in production');
  }
  if (nodeEnv === 'production' && !config.jwt.publicKeyPem) {
    throw new ConfigError('JWT_PUBLIC_KEY is required in production (keys are generated only in development)');
  }
  if (nodeEnv === 'production' && !config.gatewaySecret) {
    throw new ConfigError('GATEWAY_SECRET is required in production (it is generated only in development)');
  }
  return config;
}

/** Loads `.env` from the working folder into process.env when present (already-set variables win). */
export function loadDotEnv(file = '.env'): void {
  if (existsSync(file)) process.loadEnvFile(file);
}
