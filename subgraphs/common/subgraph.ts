import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { DataSource } from 'typeorm';
import type { AccessContext } from './access/policy';
import { withActiveSession } from './auth/active-sessions';
import type { TokenService, Viewer } from './auth/tokens';
import type { Config, SubgraphName } from './config';
import { authenticate } from './context';
import { formatError } from './errors';
import { buildFederatedSubgraph, type SubgraphDefinition } from './federation/build-subgraph';
import { PEER_CALL, type PeerCall } from './federation/node-host';
import { trustedClientAddress } from './http/forwarded';
import { inputGuardPlugin } from './http/input-guard';
import { startGraphQLHttpServer, type IncomingRequest, type RunningServer } from './http/server';
import type { Logger } from './logger';
import { createDataSource } from './db/data-source';
import { costLimitPlugin, operationLimitRules, type OperationLimits } from './http/limits';
import { Tracing } from './telemetry/tracing';

/**
 * The operation limits of the configuration. Subgraphs get two more levels of depth: the gateway's query plans
 * wrap entity fields in `_entities { ... on Type }`, so a plan is deeper than the client operation it came from.
 */
export function limitsOf(config: Config, role: 'gateway' | 'subgraph' = 'gateway'): OperationLimits {
  const { maxDepth, maxAliases, maxRootFields, maxCost } = config.limits;
  return {
    maxDepth: role === 'subgraph' ? maxDepth + 2 : maxDepth,
    maxAliases,
    maxRootFields,
    maxCost,
    defaultListSize: 5,
  };
}

/** A request as a subgraph's context factory sees it: `clientAddress` is already the trusted one. */
export interface SubgraphRequest extends IncomingRequest {
  /** The gateway's signed `x-client-address`, else the socket's peer (see trustedClientAddress). */
  clientAddress: string;
}

/** What one subgraph process has to work with. */
export interface SubgraphDeps {
  db: DataSource;
  tokens: TokenService;
  config: Config;
  logger: Logger;
}

/** A subgraph, described once: the start script, schema emitter and tests all go through this. */
export interface SubgraphModule<Ctx extends AccessContext> {
  name: SubgraphName;
  /** The Postgres schema this subgraph owns and alone writes. */
  dbSchema: string;
  // TypeORM takes entity and migration classes as any constructors.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: Function[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: Function[];
  definition: SubgraphDefinition<Ctx>;
  /** Builds the per-request context: services are per process, loaders per request. */
  createContextFactory(deps: SubgraphDeps): (viewer: Viewer | null, req: SubgraphRequest) => Ctx;
  /** Loads demo data on an empty database. */
  seedDemo?(deps: SubgraphDeps): Promise<void>;
}

/** Creates the data source of a subgraph module (not yet initialised). */
export function dataSourceFor(
  module: SubgraphModule<AccessContext>,
  url: string,
  onError?: (m: string) => void,
  statementTimeoutMs?: number,
): DataSource {
  return createDataSource({
    url,
    statementTimeoutMs,
    schema: module.dbSchema,
    entities: module.entities,
    migrations: module.migrations,
    onError,
  });
}

/** Builds the schema and serves one subgraph over HTTP on `port` (0 picks a free port). */
export async function startSubgraph<Ctx extends AccessContext>(
  module: SubgraphModule<Ctx>,
  deps: SubgraphDeps,
  options: { port: number; enforcement?: boolean },
): Promise<RunningServer> {
  const schema = await buildFederatedSubgraph(module.definition, {
    enforcement: options.enforcement,
    peers: {
      urlOf: (name) => deps.config.subgraphUrls[name as SubgraphName],
      gatewaySecret: deps.config.gatewaySecret,
    },
  });
  const contextFor = module.createContextFactory(deps);
  const apollo = new ApolloServer<Ctx>({
    schema,
    formatError: formatError((err) => deps.logger.error({ err }, 'unexpected error')),
    includeStacktraceInErrorResponses: false,
    // Subgraphs answer the gateway (which plans with the committed supergraph), not explorers.
    introspection: deps.config.introspection,
    validationRules: operationLimitRules(limitsOf(deps.config, 'subgraph')),
    parseOptions: { maxTokens: deps.config.limits.maxTokens },
    // Subgraphs are reached through the gateway; Sandbox lives there. No inline traces: nothing reads them.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      inputGuardPlugin(),
      costLimitPlugin(limitsOf(deps.config, 'subgraph')),
    ],
  });
  return startGraphQLHttpServer<Ctx>({
    apollo,
    port: options.port,
    logger: deps.logger,
    bodyLimitBytes: deps.config.limits.bodyBytes,
    corsOrigins: deps.config.corsOrigins,
    exposeSqlCount: deps.config.nodeEnv !== 'production',
    maxResolvedObjects: deps.config.limits.maxResolvedObjects,
    tracing: Tracing.start(deps.config.tracing, `subgraph-${module.name}`),
    ready: async () => ((await deps.db.query('SELECT 1 AS ok')) as Array<{ ok: number }>)[0]?.ok === 1,
    context: async (req) => {
      // a valid signature is not enough; the token's session must still be active (read per request). This
      // also refuses a validly signed token of a deleted or never-created account: it has no active session.
      const { viewer, tokenError } = await withActiveSession(
        deps.db,
        await authenticate(req.headers.authorization, deps.tokens),
      );
      const ctx = contextFor(viewer, {
        ...req,
        clientAddress: trustedClientAddress(deps.config.gatewaySecret, req.headers, req.remoteAddress),
      });
      if (tokenError) ctx.tokenError = tokenError;
      // Only `node`/`nodes` read this: they ask the owner of a node, on the caller's behalf, whether it is visible.
      (ctx as unknown as Record<symbol, PeerCall>)[PEER_CALL] = {
        authorization: typeof req.headers.authorization === 'string' ? req.headers.authorization : undefined,
        requestId: req.requestId,
        clientAddress: trustedClientAddress(deps.config.gatewaySecret, req.headers, req.remoteAddress),
      };
      return ctx;
    },
  });
}
