import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { TokenService } from '../subgraphs/common/auth/tokens';
import type { Config, SubgraphName } from '../subgraphs/common/config';
import { authenticate } from '../subgraphs/common/context';
import { formatError } from '../subgraphs/common/errors';
import { operationLimitRules } from '../subgraphs/common/http/limits';
import { startGraphQLHttpServer, type RunningServer } from '../subgraphs/common/http/server';
import { limitsOf } from '../subgraphs/common/subgraph';
import type { Logger } from '../subgraphs/common/logger';
import { schemaDir } from '../subgraphs/common/paths';
import { AuthForwardingDataSource } from './auth-forwarding.data-source';
import type { GatewayContext } from './gateway.context';
import { frontDoor } from './front-door';

/** The committed supergraph the gateway serves (static: no schema polling, no registry). */
export const supergraphPath = (): string => path.join(schemaDir(), 'supergraph.graphql');

/** Starts the Apollo gateway over the committed supergraph, with Sandbox as the landing page in development. */
export async function startGateway(options: {
  config: Config;
  tokens: TokenService;
  logger: Logger;
  port: number;
  /** Where each subgraph is; defaults to the config (which defaults to localhost ports). */
  subgraphUrls?: Partial<Record<string, string>>;
  supergraphSdl?: string;
}): Promise<RunningServer> {
  const { config, tokens, logger } = options;
  const supergraphSdl = options.supergraphSdl ?? readFileSync(supergraphPath(), 'utf8');
  const timeoutMs = config.limits.subgraphTimeoutMs;
  const door = frontDoor(supergraphSdl);
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) =>
      new AuthForwardingDataSource({
        url: options.subgraphUrls?.[name] ?? config.subgraphUrls[name as SubgraphName] ?? url,
        // A slow subgraph costs its own fields an error after the timeout, never the whole response.
        fetcher: ((input: string, init: RequestInit) =>
          fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) })) as never,
      }),
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
      config.sandbox
        ? ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false, document: SANDBOX_EXAMPLE })
        : ApolloServerPluginLandingPageDisabled(),
    ],
  });
  return startGraphQLHttpServer<GatewayContext>({
    apollo,
    port: options.port,
    logger,
    bodyLimitBytes: config.limits.bodyBytes,
    corsOrigins: config.corsOrigins,
    ready: async () => true,
    context: async (req) => {
      const authorization = typeof req.headers.authorization === 'string' ? req.headers.authorization : undefined;
      // A refused token is still forwarded: each subgraph reaches the same verdict itself and says why per field.
      const { tokenError } = await authenticate(authorization, tokens);
      return { authorization, requestId: req.requestId, clientAddress: req.remoteAddress, tokenError };
    },
  });
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
