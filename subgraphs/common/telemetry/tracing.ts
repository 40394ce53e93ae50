import {
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
  type AttributeValue,
  type Context,
  type Span,
  type Tracer,
} from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import {
  AlwaysOffSampler,
  AlwaysOnSampler,
  BatchSpanProcessor,
  NodeTracerProvider,
  ParentBasedSampler,
  TraceIdRatioBasedSampler,
  type NodeTracerConfig,
  type Sampler,
} from '@opentelemetry/sdk-trace-node';
import type { TracingConfig } from '../config';
import { ErrorCode } from '../errors';
import { formatTraceparent, parseTraceparent, TRACEPARENT } from './traceparent';

/** The span a request's work hangs under, and the tracer that makes its children (SQL, subgraph fetches). */
export interface RequestTrace {
  tracer: Tracer;
  context: Context;
}

/** What a finished GraphQL request tells its server span. */
export interface RequestOutcome {
  /** HTTP status; undefined when the caller hung up before the response was complete. */
  status: number | undefined;
  operationName?: string;
  operationType?: string;
  errorCodes: readonly string[];
}

/** Codes that mean the server failed (the span's status is ERROR); the others are the caller's or a rule's answer. */
const SERVER_FAULTS = new Set<string>([
  ErrorCode.INTERNAL_SERVER_ERROR,
  ErrorCode.SUBGRAPH_UNAVAILABLE,
  ErrorCode.QUERY_TIMEOUT,
]);
const MAX_SQL_TEXT = 2_000;

let providersStarted = 0;
/** How many tracer providers (each with its OTLP exporter) this process has started: 0 while tracing is off. */
export const tracingProvidersStarted = (): number => providersStarted;

function samplerOf(config: TracingConfig): Sampler {
  const ratio = new TraceIdRatioBasedSampler(config.samplerRatio);
  switch (config.sampler) {
    case 'always_on':
      return new AlwaysOnSampler();
    case 'always_off':
      return new AlwaysOffSampler();
    case 'traceidratio':
      return ratio;
    case 'parentbased_always_off':
      return new ParentBasedSampler({ root: new AlwaysOffSampler() });
    case 'parentbased_traceidratio':
      return new ParentBasedSampler({ root: ratio });
    default:
      return new ParentBasedSampler({ root: new AlwaysOnSampler() });
  }
}

type Resource = NonNullable<NodeTracerConfig['resource']>;

/**
 * A fixed set of resource attributes (service.name and OTEL_RESOURCE_ATTRIBUTES). Written here because the SDK's own
 * `@opentelemetry/resources` is not a dependency of this project (only nested inside the SDK's packages).
 */
function staticResource(attributes: Attributes): Resource {
  return {
    attributes,
    merge(other) {
      return staticResource({ ...attributes, ...(other?.attributes ?? {}) });
    },
    getRawAttributes: () => Object.entries(attributes),
  };
}

/**
 * OpenTelemetry tracing of one server (the gateway or a subgraph): a server span per GraphQL request, continued from
 * the caller's `traceparent`, with child spans for what the request does (subgraph fetches, SQL statements). Spans
 * are batched and exported over OTLP/HTTP (JSON). Nothing is registered globally: each server carries its own
 * provider, so several servers in one process (the tests) stay apart, each under its own service name.
 */
export class Tracing {
  private constructor(
    private readonly provider: NodeTracerProvider,
    readonly tracer: Tracer,
  ) {}

  /** The tracing of a server named `serviceName`, or undefined when tracing is not configured (nothing is created). */
  static start(config: TracingConfig | undefined, serviceName: string): Tracing | undefined {
    if (!config) return undefined;
    const exporter = new OTLPTraceExporter({ url: config.endpoint, headers: config.headers });
    const provider = new NodeTracerProvider({
      resource: staticResource({
        ...config.resourceAttributes,
        'service.name': config.serviceName ?? serviceName,
      }),
      sampler: samplerOf(config),
      spanProcessors: [new BatchSpanProcessor(exporter)],
    });
    providersStarted += 1;
    return new Tracing(provider, provider.getTracer('identity-permissions'));
  }

  /**
   * Opens the server span of one GraphQL request over HTTP: its parent is the caller's `traceparent` (the gateway's
   * fetch span, at a subgraph), or none. Ends with `endRequest`.
   */
  startRequest(req: { method: string; path: string; headers: Record<string, unknown>; clientAddress: string }): {
    span: Span;
    trace: RequestTrace;
  } {
    const remote = parseTraceparent(req.headers[TRACEPARENT] as string | undefined);
    const parent = remote ? trace.setSpanContext(ROOT_CONTEXT, remote) : ROOT_CONTEXT;
    const span = this.tracer.startSpan(
      `${req.method} ${req.path}`,
      {
        kind: SpanKind.SERVER,
        attributes: {
          'http.request.method': req.method,
          'url.path': req.path,
          'url.scheme': 'http',
          'client.address': req.clientAddress,
        },
      },
      parent,
    );
    return { span, trace: { tracer: this.tracer, context: trace.setSpan(parent, span) } };
  }

  /** Flushes what is batched and stops exporting (server shutdown). */
  async shutdown(): Promise<void> {
    await this.provider.shutdown();
  }
}

/** Closes a request's server span with what the request came to: operation, status, error codes. */
export function endRequest(span: Span, outcome: RequestOutcome): void {
  const { status, operationName, operationType, errorCodes } = outcome;
  if (operationName) {
    span.setAttribute('graphql.operation.name', operationName);
    span.updateName(operationType ? `${operationType} ${operationName}` : operationName);
  }
  if (operationType) span.setAttribute('graphql.operation.type', operationType);
  if (errorCodes.length) span.setAttribute('graphql.error.codes', [...new Set(errorCodes)]);
  if (status === undefined) {
    span.setAttribute('error.type', 'aborted');
    span.setStatus({ code: SpanStatusCode.ERROR, message: 'the caller hung up before the response was complete' });
  } else {
    span.setAttribute('http.response.status_code', status);
    const fault = errorCodes.find((c) => SERVER_FAULTS.has(c));
    if (status >= 500 || fault) {
      span.setAttribute('error.type', fault ?? String(status));
      span.setStatus({ code: SpanStatusCode.ERROR, message: fault ?? `HTTP ${status}` });
    }
  }
  span.end();
}

/**
 * A client span around one gateway → subgraph request, and the `traceparent` header that makes the subgraph's server
 * span its child. End it with `endFetch`.
 */
export function startFetch(
  requestTrace: RequestTrace,
  subgraph: string,
  url: string,
): { span: Span; traceparent: string } {
  const target = URL.canParse(url) ? new URL(url) : undefined;
  const attributes: Attributes = {
    'http.request.method': 'POST',
    'url.full': url,
    'gateway.upstream.subgraph.name': subgraph,
  };
  if (target) {
    attributes['server.address'] = target.hostname;
    attributes['server.port'] = Number(target.port || (target.protocol === 'https:' ? 443 : 80));
  }
  const span = requestTrace.tracer.startSpan(
    `subgraph ${subgraph}`,
    { kind: SpanKind.CLIENT, attributes },
    requestTrace.context,
  );
  return { span, traceparent: formatTraceparent(span.spanContext()) };
}

/** Ends a subgraph fetch span with its HTTP status, or the error that stopped it. */
export function endFetch(span: Span, outcome: { status?: number; error?: unknown }): void {
  if (outcome.status !== undefined) span.setAttribute('http.response.status_code', outcome.status);
  if (outcome.error !== undefined || (outcome.status ?? 0) >= 500) {
    const error = outcome.error;
    span.setAttribute('error.type', error instanceof Error ? error.name : String(outcome.status));
    if (error instanceof Error) span.recordException(error);
    span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : undefined });
  }
  span.end();
}

/** The first keyword of a statement (`SELECT`, `INSERT`, `WITH`, `BEGIN` …), the span's name. */
function operationOf(sql: string): string {
  return /^\s*([A-Za-z]+)/.exec(sql)?.[1]?.toUpperCase() ?? 'SQL';
}

/** A client span for one SQL statement of a request (PostgreSQL semantic conventions; parameters never recorded). */
export function startSql(
  requestTrace: RequestTrace,
  sql: string,
  connection: { database?: string; host?: string; port?: number },
): Span {
  const operation = operationOf(sql);
  const attributes: Record<string, AttributeValue> = {
    'db.system.name': 'postgresql',
    'db.operation.name': operation,
    'db.query.text': sql.length > MAX_SQL_TEXT ? `${sql.slice(0, MAX_SQL_TEXT)}…` : sql,
  };
  if (connection.database) attributes['db.namespace'] = connection.database;
  if (connection.host) attributes['server.address'] = connection.host;
  if (connection.port) attributes['server.port'] = connection.port;
  return requestTrace.tracer.startSpan(operation, { kind: SpanKind.CLIENT, attributes }, requestTrace.context);
}

/** Ends a SQL span with the rows it returned, or the PostgreSQL error (SQLSTATE) that failed it. */
export function endSql(span: Span, outcome: { rows?: number | null; error?: unknown }): void {
  if (typeof outcome.rows === 'number') span.setAttribute('db.response.returned_rows', outcome.rows);
  if (outcome.error !== undefined) {
    const code = (outcome.error as { code?: unknown }).code;
    if (typeof code === 'string') span.setAttribute('db.response.status_code', code);
    span.setAttribute('error.type', typeof code === 'string' ? code : 'Error');
    if (outcome.error instanceof Error) span.recordException(outcome.error);
    span.setStatus({ code: SpanStatusCode.ERROR });
  }
  span.end();
}
