import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { TokenService } from '../subgraphs/common/auth/tokens';
import type { Config, GatewayEngineName, SubgraphName } from '../subgraphs/common/config';
import { authenticate } from '../subgraphs/common/context';
import { formatError } from '../subgraphs/common/errors';
import { inputGuardPlugin } from '../subgraphs/common/http/input-guard';
import { costLimitPlugin, operationLimitRules } from '../subgraphs/common/http/limits';
import { serveGraphQL, startGraphQLHttpServer, type RunningServer } from '../subgraphs/common/http/server';
import type { StaticSite } from '../subgraphs/common/http/static-site';
import { limitsOf } from '../subgraphs/common/subgraph';
import type { Logger } from '../subgraphs/common/logger';
import { projectRoot, schemaDir } from '../subgraphs/common/paths';
import { Tracing } from '../subgraphs/common/telemetry/tracing';
import { AuthForwardingDataSource } from './auth-forwarding.data-source';
import type { GatewayContext } from './gateway.context';
import { frontDoor } from './front-door';
import { hiveEngine } from './hive-gateway';

/** The committed supergraph the gateway serves (static: no schema polling, no registry). */
export const supergraphPath = (): string => path.join(schemaDir(), 'supergraph.graphql');

/** Where the gateway serves the admin console (issue 14). */
export const CONSOLE_PATH = '/console';

/** Options of `startGateway`. */
export interface GatewayOptions {
  config: Config;
  tokens: TokenService;
  logger: Logger;
  port: number;
  /** Where each subgraph is; defaults to the config (which defaults to localhost ports). */
  subgraphUrls?: Partial<Record<string, string>>;
  supergraphSdl?: string;
  /** Overrides `config.gatewayEngine` (the parity test runs both over the same subgraphs). */
  engine?: GatewayEngineName;
  /** The built console to serve at `/console` (default: dist/console when it has been built; false: none). */
  consoleDir?: string | false;
}

/**
 * Starts the gateway over the committed supergraph with the configured engine: Hive Gateway's runtime with Hive
 * Router's Rust query planner (default), or @apollo/gateway. Both sit behind the same node:http server and the
 * same front door, limits and token rule; Sandbox is the landing page in development.
 */
export async function startGateway(options: GatewayOptions): Promise<RunningServer> {
  const { config, logger } = options;
  const committed = options.supergraphSdl ?? readFileSync(supergraphPath(), 'utf8');
  const urlOf = (name: string, url: string) =>
    options.subgraphUrls?.[name] ?? config.subgraphUrls[name as SubgraphName] ?? url;
  const engine = options.engine ?? config.gatewayEngine;
  const door = frontDoor(committed);
  const server = {
    port: options.port,
    logger,
    bodyLimitBytes: config.limits.bodyBytes,
    corsOrigins: config.corsOrigins,
    ready: () => Promise.resolve(true),
    tracing: Tracing.start(config.tracing, 'gateway'),
    staticSites: consoleSites(options.consoleDir),
  };
  if (engine === 'apollo') return startApolloGateway(options, committed, urlOf, door, server);

  // The runtime reads subgraph URLs from the supergraph itself: put this deployment's in.
  const supergraphSdl = committed.replace(
    /@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g,
    (_m, name: string, url: string) => `@join__graph(name: "${name}", url: "${urlOf(name, url)}")`,
  );
  return serveGraphQL({
    ...server,
    engine: hiveEngine({
      config,
      tokens: options.tokens,
      logger,
      supergraphSdl,
      limits: limitsOf(config),
      door,
      landingPageHtml: config.sandbox ? await sandboxPage() : undefined,
    }),
  });
}

function startApolloGateway(
  options: GatewayOptions,
  supergraphSdl: string,
  urlOf: (name: string, url: string) => string,
  door: ReturnType<typeof frontDoor>,
  server: Omit<Parameters<typeof serveGraphQL>[0], 'engine'>,
): Promise<RunningServer> {
  const { config, tokens, logger } = options;
  const timeoutMs = config.limits.subgraphTimeoutMs;
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) =>
      new AuthForwardingDataSource(
        name,
        {
          url: urlOf(name, url!),
          // A slow subgraph costs its own fields an error after the timeout, never the whole response.
          fetcher: ((input: string, init: RequestInit) =>
            fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) })) as never,
        },
        config.gatewaySecret,
      ),
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError: formatError((err) => logger.error({ err }, 'unexpected error')),
    includeStacktraceInErrorResponses: false,
    introspection: config.introspection,
    validationRules: operationLimitRules(limitsOf(config)),
    parseOptions: { maxTokens: config.limits.maxTokens },
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    plugins: [
      inputGuardPlugin(),
      costLimitPlugin(limitsOf(config)),
      {
        // Before planning: one operation must be chosen, and a refused token fails fast unless something is public.
        requestDidStart: () =>
          Promise.resolve({
            didResolveOperation: ({ document, request, contextValue }) => {
              const refused = door.check(document, request.operationName, contextValue.tokenError);
              return refused ? Promise.reject(refused) : Promise.resolve();
            },
          }),
      },
      config.sandbox ? sandboxPlugin() : ApolloServerPluginLandingPageDisabled(),
    ],
  });
  return startGraphQLHttpServer<GatewayContext>({
    ...server,
    apollo,
    context: async (req) => {
      const authorization = typeof req.headers.authorization === 'string' ? req.headers.authorization : undefined;
      // A refused token is still forwarded: each subgraph reaches the same verdict itself and says why per field.
      const { tokenError } = await authenticate(authorization, tokens);
      return {
        authorization,
        requestId: req.requestId,
        clientAddress: req.remoteAddress,
        tokenError,
        trace: req.trace,
      };
    },
  });
}

const sandboxPlugin = () =>
  ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false, document: SANDBOX_EXAMPLE });

/** Apollo's own Sandbox page, rendered once, for engines that are not Apollo Server. */
async function sandboxPage(): Promise<() => Promise<string>> {
  const plugin = sandboxPlugin();
  const listener = await plugin.serverWillStart!({} as never);
  const page = await listener!.renderLandingPage!();
  const { html } = page;
  return typeof html === 'string' ? () => Promise.resolve(html) : html;
}

/** The operation Sandbox opens with: log in as the demo owner, then paste the token into the headers. */
const SANDBOX_EXAMPLE = `# 1. Log in (demo accounts are printed by npm start), copy the token.
# 2. In Headers add: Authorization: Bearer <token>
mutation LogIn {
  logIn(input: { email: "owner@demo.test", password: "demo-password" }) {
    token
    account { id name }
  }
}

query Me {
  me {
    name
    email
    memberships {
      role
      customRoles
      organization { id name members(first: 10) { totalCount edges { node { role account { name email } } } } }
    }
  }
}
`;

/** The console's built files, when there are any: `npm run build` (and so `npm start`) builds them. */
function consoleSites(dir: string | false | undefined): StaticSite[] {
  if (dir === false) return [];
  const folder = dir ?? path.join(projectRoot(), 'dist', 'console');
  return existsSync(path.join(folder, 'index.html')) ? [{ prefix: CONSOLE_PATH, dir: folder }] : [];
}
