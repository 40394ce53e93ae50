import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import * as httpTransport from '@graphql-mesh/transport-http';
import {
  GraphQLError,
  getOperationAST,
  parse,
  type ASTVisitor,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { isAsyncIterable } from '@graphql-tools/utils';
import type { Config } from '../subgraphs/common/config';
import { authenticate } from '../subgraphs/common/context';
import { ErrorCode } from '../subgraphs/common/errors';
import type { TokenService } from '../subgraphs/common/auth/tokens';
import { FORWARDED, forwardedHeaders } from '../subgraphs/common/http/forwarded';
import { inputRefusal } from '../subgraphs/common/http/input-guard';
import { costRefusal, operationLimitRules, type OperationLimits } from '../subgraphs/common/http/limits';
import { noteOperationName, type GraphQLEngine } from '../subgraphs/common/http/server';
import type { RequestObservation } from '../subgraphs/common/http/metrics';
import type { Logger } from '../subgraphs/common/logger';
import { endFetch, startFetch, type RequestTrace } from '../subgraphs/common/telemetry/tracing';
import { TRACEPARENT } from '../subgraphs/common/telemetry/traceparent';
import type { FrontDoor } from './front-door';

/** What our HTTP layer hands the runtime per request (merged into its GraphQL context). */
interface HiveServerContext {
  requestId: string;
  clientAddress: string;
  authorization?: string;
  tokenError?: string;
  /** The request's server span when tracing is on: each subgraph fetch becomes its child. */
  trace?: RequestTrace;
  /** The request log line's and metrics' record of this request (no AsyncLocalStorage on this engine). */
  observation: RequestObservation;
}

/** Options of the Hive Gateway engine. */
export interface HiveEngineOptions {
  config: Config;
  tokens: TokenService;
  logger: Logger;
  /** The supergraph with this deployment's subgraph URLs already in it. */
  supergraphSdl: string;
  limits: OperationLimits;
  door: FrontDoor;
  /** The Sandbox page for GET requests that prefer HTML; undefined turns the landing page off. */
  landingPageHtml?: () => Promise<string>;
  /** The Rust query planner of Hive Router (default), or Hive Gateway's own JavaScript planner (benchmark only). */
  planner?: 'rust' | 'javascript';
}

const CSRF_HEADERS = ['x-apollo-operation-name', 'apollo-require-preflight'];
const SIMPLE_CONTENT_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

/** Apollo Server's rule, kept: a request a browser would send without a preflight must not run an operation. */
function csrfRefusal(headers: Record<string, string | string[] | undefined>): string | undefined {
  const contentType = headers['content-type'];
  if (typeof contentType === 'string') {
    const essence = contentType.split(';')[0].trim().toLowerCase();
    if (essence && !SIMPLE_CONTENT_TYPES.includes(essence)) return undefined;
  }
  if (CSRF_HEADERS.some((h) => typeof headers[h] === 'string' && headers[h] !== '')) return undefined;
  return (
    `This operation has been blocked as a potential Cross-Site Request Forgery (CSRF). Please either specify a ` +
    `'content-type' header (with a type that is not one of ${SIMPLE_CONTENT_TYPES.join(', ')}) or provide a ` +
    `non-empty value for one of the following headers: ${CSRF_HEADERS.join(', ')}\n`
  );
}

function jsonError(status: number, message: string, code: string) {
  return {
    status,
    headers: [['content-type', 'application/json; charset=utf-8']] as Array<[string, string]>,
    body: JSON.stringify({ errors: [{ message, extensions: { code } }] }),
  };
}

/** Introspection off (production): one error per introspection field asked, as Apollo Server reports it. */
function noIntrospection(ctx: ValidationContext): ASTVisitor {
  return {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type')
        ctx.reportError(
          new GraphQLError('GraphQL introspection is not allowed here; set INTROSPECTION=true to enable it', {
            nodes: [node],
          }),
        );
    },
  };
}

const isVariableError = (e: { message: string; extensions?: Record<string, unknown> }) =>
  e.extensions?.code === undefined && /^Variable "\$[^"]+" /.test(e.message);

/** Validation and parse errors carry the codes Apollo Server gives them, so clients branch the same on every engine. */
function withCode(error: GraphQLError, code: string): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, code, http: { status: 400 } },
  });
}

/**
 * Masks what nobody meant a client to see, as `formatError` does on the Apollo engine: a GraphQL error keeps its
 * message and code (subgraph errors arrive as GraphQL errors with their own codes); anything else is logged and
 * becomes INTERNAL_SERVER_ERROR.
 */
function maskError(logger: Logger) {
  return (error: unknown): Error => {
    if (error instanceof GraphQLError) {
      const original = error.originalError;
      const code = error.extensions?.code;
      if (
        !original ||
        original instanceof GraphQLError ||
        (code !== undefined && code !== ErrorCode.INTERNAL_SERVER_ERROR)
      )
        return error;
      logger.error({ err: original }, 'unexpected error');
      return new GraphQLError('Internal server error', {
        path: error.path,
        extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
      });
    }
    logger.error({ err: error }, 'unexpected error');
    return new GraphQLError('Internal server error', { extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } });
  };
}

/**
 * Serves the supergraph with Hive Gateway's runtime and, by default, Hive Router's Rust query planner, behind our
 * node:http server (which already did CORS, the body limit, JSON checks, health and the request log). This engine
 * adds what Apollo Server did at the gateway: CSRF prevention, the landing page, token verification (fail fast),
 * operation limits, parse/validation codes, error masking, header forwarding and the per-subgraph timeout.
 */
export function hiveEngine(options: HiveEngineOptions): GraphQLEngine {
  const { config, tokens, logger, door } = options;
  const rules: ValidationRule[] = [
    ...operationLimitRules(options.limits),
    ...(config.introspection ? [] : [noIntrospection]),
  ];
  const timeoutMs = config.limits.subgraphTimeoutMs;
  const parsed = new Map<string, DocumentNode | GraphQLError>();
  /** Parses with the token limit; remembers the last documents (and syntax errors) by their text. */
  const parseCached = (source: string | { body: string }): DocumentNode => {
    const text = typeof source === 'string' ? source : source.body;
    let entry = parsed.get(text);
    if (!entry) {
      try {
        entry = parse(text, { maxTokens: config.limits.maxTokens });
      } catch (err) {
        // The parser recurses per nesting level: a literal nested thousands deep overflows its stack. Bad input.
        if (err instanceof RangeError)
          entry = new GraphQLError('The document is nested too deeply', {
            extensions: { code: ErrorCode.BAD_USER_INPUT },
          });
        else if (!(err instanceof GraphQLError)) throw err;
        else entry = withCode(err, ErrorCode.GRAPHQL_PARSE_FAILED);
      }
      if (parsed.size >= 1_000) parsed.delete(parsed.keys().next().value!);
      parsed.set(text, entry);
    }
    if (entry instanceof GraphQLError) throw entry;
    return entry;
  };
  const plugin: GatewayPlugin<HiveServerContext> = {
    onParse: (payload) => {
      const operationName = (payload.context as { params?: { operationName?: string | null } }).params?.operationName;
      const document = parseCached(payload.params.source as string | { body: string });
      // A literal nested thousands deep would overflow validation's recursion: refused as bad input first.
      const hostile = inputRefusal({}, document);
      if (hostile) throw hostile;
      // Which operation to run is settled here, before the runtime's own vaguer check; the token rule waits for
      // onExecute. Every request passes here, cached document or not.
      const unclear = door.check(document, operationName, undefined);
      if (unclear) throw unclear;
      payload.setParsedDocument(document);
    },
    onResultProcess: (payload) => {
      const { result } = payload;
      // Variables that do not fit their types are bad input (Apollo Server's BAD_USER_INPUT), not a code-less error.
      if (Array.isArray(result) || isAsyncIterable(result) || !result.errors?.length) return;
      if (!result.errors.some(isVariableError)) return;
      const errors = result.errors;
      payload.setResult({
        ...result,
        errors: errors.map((e) => (isVariableError(e) ? withCode(e, ErrorCode.BAD_USER_INPUT) : e)),
      });
    },
    onFetch: (payload) => {
      const { context, options } = payload;
      if (!('requestId' in context)) return; // the runtime's own fetches, not a client's operation
      // The request id, and the signature over it and the client address, are set here, outside the coalescing key:
      // the same caller's identical queries in flight at once still share one subgraph request (logged under the
      // first one's id, whose signature it carries). Per-request values in `propagateHeaders` would make every key
      // unique and turn coalescing off.
      const { requestId, clientAddress, trace } = context as unknown as HiveServerContext;
      // Traced: the fetch is a client span of the request's span, and the subgraph continues it (traceparent).
      const fetchSpan = trace
        ? startFetch(trace, payload.executionRequest?.subgraphName ?? payload.url, payload.url)
        : undefined;
      options.headers = {
        ...options.headers,
        ...(config.gatewaySecret && clientAddress
          ? forwardedHeaders(config.gatewaySecret, { requestId, clientAddress })
          : { [FORWARDED.requestId]: requestId }),
        ...(fetchSpan ? { [TRACEPARENT]: fetchSpan.traceparent } : {}),
      };
      // A slow subgraph costs its own fields an error after the timeout, never the whole response. Applied around the
      // final fetch, so no later hook's copy of the options can drop the signal.
      // One controller per fetch, aborted by the timeout or by the caller's own signal; the timer and the listener
      // go when the response's head arrives (a subgraph answers whole, so that is its answer). AbortSignal.any per
      // fetch, as before, cost measurable throughput on Node 20.
      const fetchFn = payload.fetchFn;
      payload.setFetchFn((url, init, ...rest) => {
        const controller = new AbortController();
        const timer = setTimeout(
          () => controller.abort(new DOMException('The subgraph did not answer in time', 'TimeoutError')),
          timeoutMs,
        );
        const outer = init?.signal;
        const onOuterAbort = () => controller.abort(outer?.reason);
        if (outer?.aborted) onOuterAbort();
        else outer?.addEventListener('abort', onOuterAbort, { once: true });
        const settle = () => {
          clearTimeout(timer);
          outer?.removeEventListener('abort', onOuterAbort);
        };
        return Promise.resolve(fetchFn(url, { ...init, signal: controller.signal }, ...rest)).then(
          (res) => {
            settle();
            if (fetchSpan) endFetch(fetchSpan.span, { status: res.status });
            return res;
          },
          (error: unknown) => {
            settle();
            if (fetchSpan) endFetch(fetchSpan.span, { error });
            throw error;
          },
        );
      });
    },
    onValidate: (payload) => {
      for (const rule of rules) payload.addValidationRule(rule);
      return (done) => {
        const errors = done.result as readonly GraphQLError[];
        if (errors.length) done.setResult(errors.map((e) => withCode(e, ErrorCode.GRAPHQL_VALIDATION_FAILED)));
      };
    },
    onExecute: ({ args, setResultAndStopExecution }) => {
      const { document, operationName, contextValue } = args as {
        document: DocumentNode;
        operationName?: string | null;
        contextValue: HiveServerContext;
      };
      const resolved = getOperationAST(document, operationName);
      noteOperationName(resolved?.name?.value, resolved?.operation, contextValue.observation);
      const refused = door.check(document, operationName, contextValue.tokenError);
      if (refused) return setResultAndStopExecution({ errors: [refused] });
      // Hostile input and the cost budget: the same rules the Apollo engine and every subgraph apply.
      const variables = (args as { variableValues?: Record<string, unknown> | null }).variableValues ?? {};
      const over =
        inputRefusal(variables, document) ??
        (resolved ? costRefusal(args.schema as GraphQLSchema, document, resolved, variables, options.limits) : null);
      if (over) return setResultAndStopExecution({ errors: [over] });
      return {
        // The GraphQL spec (and @apollo/gateway): once execution started, `data` is present, null when a non-null
        // root field failed. The runtime leaves it out then, which clients would read as a request error.
        onExecuteDone: ({ result, setResult }) => {
          if (!isAsyncIterable(result) && !('data' in result)) setResult({ data: null, ...result });
        },
      };
    },
  };
  const runtime = createGatewayRuntime<HiveServerContext>({
    supergraph: options.supergraphSdl,
    ...(options.planner === 'javascript' ? {} : { unifiedGraphHandler }),
    transports: { http: httpTransport },
    logging: false,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: false,
    requestId: false,
    maskedErrors: { maskError: maskError(logger) },
    propagateHeaders: {
      // The token as sent (each subgraph verifies it again) and the socket address the HTTP layer saw (a client
      // cannot choose the address its log-in attempts are counted against). Through this option, not a fetch hook:
      // the runtime coalesces identical in-flight subgraph queries, and only headers set here are part of what
      // "identical" means. Set later, two callers' identical queries would share one caller's answer.
      // The address goes out signed with GATEWAY_SECRET (forwardedHeaders, in onFetch: the signature covers the
      // request id, which must stay out of the key), the only way a subgraph believes an address other than its
      // socket peer's.
      fromClientToSubgraphs: ({ context }) => ({
        authorization: context.authorization,
        ...(config.gatewaySecret && context.clientAddress ? { [FORWARDED.clientAddress]: context.clientAddress } : {}),
      }),
    },
    plugins: () => [plugin],
  });

  return {
    // Everything per request travels in the runtime's context: no AsyncLocalStorage (see GraphQLEngine).
    asyncContext: false,
    handle: async (req) => {
      const prefersHtml = req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
      if (prefersHtml && options.landingPageHtml) {
        return { status: 200, headers: [['content-type', 'text/html']], body: await options.landingPageHtml() };
      }
      const csrf = csrfRefusal(req.headers);
      if (csrf) return jsonError(400, csrf, ErrorCode.BAD_REQUEST);
      if (req.method === 'POST' && typeof req.body === 'string')
        return jsonError(400, 'Send the operation as application/json', ErrorCode.BAD_REQUEST);
      if (Array.isArray(req.body)) return jsonError(400, 'Batched operations are not supported', ErrorCode.BAD_REQUEST);
      const authorization = typeof req.headers.authorization === 'string' ? req.headers.authorization : undefined;
      const { tokenError } = await authenticate(authorization, tokens);
      const headers = new Headers();
      for (const [key, value] of Object.entries(req.headers))
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      const context: HiveServerContext = {
        requestId: req.requestId,
        clientAddress: req.remoteAddress,
        authorization,
        tokenError,
        trace: req.trace,
        observation: req.observation,
      };
      const response = await runtime.fetch(
        `http://localhost${req.url.pathname}${req.url.search}`,
        { method: req.method, headers, body: req.method === 'POST' ? req.rawBody : undefined },
        context,
      );
      const body = await response.text();
      // A result without `data` is a request error (parse, validation): 400 as Apollo Server answers, where the
      // runtime follows GraphQL over HTTP's 200 for application/json clients.
      const status = response.status === 200 && body.startsWith('{"errors"') ? 400 : response.status;
      return { status, headers: response.headers, body };
    },
    stop: async () => {
      await runtime.dispose();
    },
  };
}
