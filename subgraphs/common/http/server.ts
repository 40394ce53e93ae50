import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { requestScope, type RequestStats } from '../db/data-source';
import { ErrorCode, type CommonErrorCode } from '../errors';
import type { Logger } from '../logger';
import { endRequest, type RequestTrace, type Tracing } from '../telemetry/tracing';
import { handleCors, originMatcher } from './cors';
import { GraphQLMetrics, observationPlugin, requestObservation, type RequestObservation } from './metrics';
import { serveStatic, type StaticSite } from './static-site';

/** What the context factory gets from an HTTP request. */
export interface IncomingRequest {
  headers: http.IncomingHttpHeaders;
  requestId: string;
  remoteAddress: string;
  /** The request's server span when tracing is on: the gateway makes its subgraph fetches children of it. */
  trace?: RequestTrace;
}

/** A GraphQL request as the HTTP layer hands it to an engine: body read within the limit, JSON already checked. */
export interface EngineRequest extends IncomingRequest {
  method: string;
  url: URL;
  /** The body as received (POST only). */
  rawBody: string | undefined;
  /** The parsed JSON body, or the raw text when the content type is not JSON. */
  body: unknown;
  /** What the request log line, metrics and span report of this request; an engine fills in the operation. */
  observation: RequestObservation;
}

/** An engine's answer. */
export interface EngineResponse {
  status: number;
  headers: Iterable<[string, string]>;
  body: string | AsyncIterable<string>;
}

/** A GraphQL engine behind the shared HTTP server (Apollo Server, or the Hive Gateway runtime at the gateway). */
export interface GraphQLEngine {
  handle(req: EngineRequest): Promise<EngineResponse>;
  stop(): Promise<void>;
  /**
   * False when the engine needs no AsyncLocalStorage (it takes `observation` from the request and has no SQL to
   * count): the server then runs it outside any store. On Node 20 an AsyncLocalStorage in use puts a hook on every
   * promise of the process, which the Hive runtime, built of promises, pays on each request.
   */
  asyncContext?: boolean;
}

/** Options of the HTTP server shared by the gateway and every subgraph. */
export interface HttpServerOptions {
  engine: GraphQLEngine;
  port: number;
  host?: string;
  /** Readiness probe (database reachable, supergraph loaded); liveness is the process answering at all. */
  ready?: () => Promise<boolean>;
  bodyLimitBytes?: number;
  /** Adds `x-sql-statements` to responses: the statements this request sent to Postgres (N+1 checks). */
  exposeSqlCount?: boolean;
  /** Objects one request may resolve (counted by the access enforcer); unset: no budget. */
  maxResolvedObjects?: number;
  /** Browser origins allowed cross-origin (CORS); none when empty or unset. */
  corsOrigins?: readonly string[];
  /** Serves Prometheus metrics on `/metrics` (default on). */
  metrics?: boolean;
  /** OpenTelemetry: a server span per GraphQL request (absent: tracing off). Shut down when the server closes. */
  tracing?: Tracing;
  /** Built web pages served beside /graphql (the gateway's console at `/console`). */
  staticSites?: readonly StaticSite[];
  logger: Logger;
}

/** Options of the Apollo Server flavour (every subgraph, and the gateway's `apollo` engine). */
export interface GraphQLHttpOptions<Ctx extends BaseContext> extends Omit<HttpServerOptions, 'engine'> {
  apollo: ApolloServer<Ctx>;
  context: (req: IncomingRequest) => Promise<Ctx>;
}

/** A started server. */
export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

function errorBody(message: string, code: CommonErrorCode) {
  return { errors: [{ message, extensions: { code } }] };
}

function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      reject(Object.assign(new Error('too large'), { status: 413 }));
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(Object.assign(new Error('too large'), { status: 413 }));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Records the resolved operation's name (`anonymous` when it has none) and type for the request log line, metrics
 * and the request's span.
 */
export function noteOperationName(
  name: string | null | undefined,
  type?: string,
  observation: RequestObservation | undefined = requestObservation.getStore(),
): void {
  const stats = requestScope.getStore();
  if (stats && name) stats.operationName = name;
  if (observation && observation.operationName === undefined) observation.operationName = name ?? 'anonymous';
  if (observation && type && observation.operationType === undefined) observation.operationType = type;
}

/** `extensions.code` of every error of a JSON GraphQL response (empty when it is not one). */
function errorCodesOf(body: string): string[] {
  try {
    const parsed = JSON.parse(body) as { errors?: Array<{ extensions?: { code?: unknown } }> };
    return (parsed.errors ?? []).map((e) => (typeof e.extensions?.code === 'string' ? e.extensions.code : 'UNKNOWN'));
  } catch {
    return [];
  }
}

/** An Apollo plugin that puts the operation name into the request log line. */
const operationNameForLog: ApolloServerPlugin<BaseContext> = {
  requestDidStart: () =>
    Promise.resolve({
      didResolveOperation: ({ operationName }) => {
        noteOperationName(operationName);
        return Promise.resolve();
      },
    }),
};

/** Runs Apollo Server as an engine of the shared HTTP server. Call after `apollo.start()`. */
export function apolloEngine<Ctx extends BaseContext>(
  apollo: ApolloServer<Ctx>,
  context: (req: IncomingRequest) => Promise<Ctx>,
): GraphQLEngine {
  apollo.addPlugin(operationNameForLog);
  return {
    handle: async (req) => {
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method, headers, search: req.url.search, body: req.body },
        context: () => context(req),
      });
      return {
        status: response.status ?? 200,
        headers: response.headers,
        body: response.body.kind === 'complete' ? response.body.string : response.body.asyncIterator,
      };
    },
    stop: () => apollo.stop(),
  };
}

/**
 * Serves Apollo Server over node:http (see `serveGraphQL`): every subgraph, and the gateway's `apollo` engine.
 */
export async function startGraphQLHttpServer<Ctx extends BaseContext>(
  options: GraphQLHttpOptions<Ctx>,
): Promise<RunningServer> {
  const { apollo, context, ...rest } = options;
  // Plugins must be added before start: the observation plugin feeds metrics and the request log line.
  apollo.addPlugin(observationPlugin<Ctx>());
  const engine = apolloEngine(apollo, context);
  await apollo.start();
  return serveGraphQL({ ...rest, engine });
}

/**
 * Serves a GraphQL engine over node:http with health (`/health`), readiness (`/ready`), CORS, a request id carried
 * in `x-request-id`, a body size limit, one JSON log line per request and per-request SQL statement counting. Our
 * own handler rather than each engine's, so these concerns live in one place for every process.
 */
export async function serveGraphQL(options: HttpServerOptions): Promise<RunningServer> {
  const { engine, logger } = options;
  const limit = options.bodyLimitBytes ?? 1_000_000;
  const corsAllowed = originMatcher(options.corsOrigins ?? []);
  const metrics = options.metrics === false ? undefined : new GraphQLMetrics();
  const { tracing } = options;
  // Whether requests run inside the AsyncLocalStorage stores (see GraphQLEngine.asyncContext).
  const inContext = engine.asyncContext !== false;

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse, stats: RequestStats) => {
    const incomingId = req.headers['x-request-id'];
    const requestId = typeof incomingId === 'string' && REQUEST_ID.test(incomingId) ? incomingId : randomUUID();
    res.setHeader('x-request-id', requestId);
    const started = process.hrtime.bigint();
    const url = new URL(req.url ?? '/', 'http://localhost');
    const observation: RequestObservation = { errorCodes: [] };
    if (tracing && url.pathname === '/graphql' && req.method !== 'OPTIONS') {
      const { span, trace } = tracing.startRequest({
        method: req.method ?? 'GET',
        path: url.pathname,
        headers: req.headers,
        clientAddress: req.socket.remoteAddress ?? '',
      });
      stats.trace = trace;
      // 'close' comes after 'finish', or alone when the caller hung up first.
      res.once('close', () =>
        endRequest(span, {
          status: res.writableFinished ? res.statusCode : undefined,
          operationName: observation.operationName ?? stats.operationName ?? undefined,
          operationType: observation.operationType,
          errorCodes: observation.errorCodes,
        }),
      );
    }
    res.once('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const graphql = url.pathname === '/graphql' && req.method !== 'OPTIONS';
      if (graphql) metrics?.record(observation, res.statusCode, seconds);
      // One structured line per request; the gateway forwards its request id, so one id follows a request everywhere.
      // Probes and scrapes come constantly: they log at debug, so they never drown real traffic.
      const background = ['/health', '/ready', '/metrics'].includes(url.pathname);
      logger[background ? 'debug' : 'info'](
        {
          requestId,
          method: req.method,
          path: url.pathname,
          status: res.statusCode,
          ms: seconds * 1e3,
          ...(graphql ? { operationName: observation.operationName ?? stats.operationName ?? null } : {}),
          ...(observation.errorCodes.length ? { errors: observation.errorCodes } : {}),
        },
        'request',
      );
    });
    if (handleCors(req, res, corsAllowed)) return;
    if (url.pathname === '/health') return sendJson(res, 200, { status: 'ok' });
    if (url.pathname === '/metrics' && metrics) {
      const { contentType, body } = await metrics.exposition();
      res.writeHead(200, { 'content-type': contentType });
      return res.end(body);
    }
    if (url.pathname === '/ready') {
      const ok = await (options.ready?.() ?? Promise.resolve(true)).catch(() => false);
      return sendJson(res, ok ? 200 : 503, { status: ok ? 'ready' : 'not ready' });
    }
    for (const site of options.staticSites ?? []) if (serveStatic(site, req, res, url.pathname)) return;
    if (url.pathname === '/') {
      res.writeHead(302, { location: '/graphql' });
      return res.end();
    }
    if (url.pathname !== '/graphql')
      return sendJson(res, 404, errorBody('Not found: use /graphql', ErrorCode.NOT_FOUND));

    let body: unknown = undefined;
    let raw: string | undefined;
    if (req.method === 'POST') {
      try {
        raw = await readBody(req, limit);
      } catch (err) {
        const status = (err as { status?: number }).status ?? 400;
        observation.errorCodes.push(status === 413 ? ErrorCode.PAYLOAD_TOO_LARGE : ErrorCode.BAD_REQUEST);
        return sendJson(
          res,
          status,
          errorBody(
            status === 413 ? `Request body exceeds ${limit} bytes` : 'Could not read the request body',
            status === 413 ? ErrorCode.PAYLOAD_TOO_LARGE : ErrorCode.BAD_REQUEST,
          ),
        );
      }
      const contentType = req.headers['content-type'] ?? '';
      if (contentType.startsWith('application/json') || contentType.startsWith('application/graphql-response+json')) {
        try {
          body = JSON.parse(raw);
        } catch {
          observation.errorCodes.push(ErrorCode.BAD_REQUEST);
          return sendJson(res, 400, errorBody('Request body is not valid JSON', ErrorCode.BAD_REQUEST));
        }
      } else {
        body = raw;
      }
    }

    // When the caller hangs up first (the gateway's timeout), the request's remaining resolvers stop (budget.ts).
    const aborted = new AbortController();
    res.once('close', () => {
      if (!res.writableFinished) aborted.abort();
    });
    stats.signal = aborted.signal;
    const run = <T>(fn: () => Promise<T>) => (inContext ? requestObservation.run(observation, fn) : fn());
    const response = await run(() =>
      engine.handle({
        method: (req.method ?? 'GET').toUpperCase(),
        url,
        headers: req.headers,
        rawBody: raw,
        body,
        requestId,
        remoteAddress: req.socket.remoteAddress ?? '',
        trace: stats.trace,
        observation,
      }),
    );
    // An engine without Apollo's observation plugin (the gateway's Hive runtime) still reports its error codes.
    if (observation.errorCodes.length === 0 && typeof response.body === 'string' && response.body.includes('"errors"'))
      observation.errorCodes.push(...errorCodesOf(response.body));
    for (const [key, value] of response.headers) res.setHeader(key, key === 'vary' ? `${value}, Origin` : value); // keep CORS's Vary: Origin
    if (options.exposeSqlCount) res.setHeader('x-sql-statements', String(stats.sqlStatements));
    res.statusCode = response.status;
    if (typeof response.body === 'string') return res.end(response.body);
    for await (const chunk of response.body) res.write(chunk);
    res.end();
  };

  const server = http.createServer((req, res) => {
    const stats: RequestStats = { sqlStatements: 0, resolved: 0, maxResolved: options.maxResolvedObjects };
    (inContext ? requestScope.run(stats, () => handle(req, res, stats)) : handle(req, res, stats)).catch(
      (err: unknown) => {
        logger.error({ err }, 'request failed');
        if (!res.headersSent) sendJson(res, 500, errorBody('Internal server error', ErrorCode.INTERNAL_SERVER_ERROR));
        else res.end();
      },
    );
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '0.0.0.0', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://localhost:${port}/graphql`,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        // Keep-alive clients (the gateway's pool, a load generator) may never hang up: after a short grace period
        // for in-flight requests, cut what is left so shutdown always finishes.
        setTimeout(() => server.closeAllConnections(), 2_000).unref();
      });
      await engine.stop();
      await tracing?.shutdown();
    },
  };
}
