import { AsyncLocalStorage } from 'node:async_hooks';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ErrorCode } from '../errors';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/** What one GraphQL request reveals to logs and metrics; filled by the Apollo plugin, read when the response ends. */
export interface RequestObservation {
  /** The operation's name, `anonymous`, or undefined when no operation was resolved (parse or validation failure). */
  operationName?: string;
  /** `query`, `mutation` or `subscription`, once resolved (for the request's span). */
  operationType?: string;
  /** `extensions.code` of every error of the response. */
  errorCodes: string[];
}

/** The observation of the request being served (AsyncLocalStorage: Apollo's hooks run inside the request). */
export const requestObservation = new AsyncLocalStorage<RequestObservation>();

const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
/** Distinct operation names one process labels metrics with; the rest count as `other` (clients choose names). */
const MAX_OPERATION_LABELS = 200;
const MAX_CODE_LABELS = 50;

/**
 * Prometheus metrics of one GraphQL server (a registry per server, so several servers in one process, as in tests,
 * never collide): requests, errors by `extensions.code`, and latency, each by operation name.
 */
export class GraphQLMetrics {
  readonly registry = new Registry();
  private readonly requests: Counter<'operation' | 'status'>;
  private readonly errors: Counter<'operation' | 'code'>;
  private readonly duration: Histogram<'operation'>;
  private readonly operations = new Set<string>();
  private readonly codes = new Set<string>();

  constructor(options: { defaultMetrics?: boolean } = {}) {
    this.requests = new Counter({
      name: 'graphql_requests_total',
      help: 'GraphQL HTTP requests by operation name and HTTP status',
      labelNames: ['operation', 'status'],
      registers: [this.registry],
    });
    this.errors = new Counter({
      name: 'graphql_errors_total',
      help: 'GraphQL errors in responses by extensions.code and operation name',
      labelNames: ['operation', 'code'],
      registers: [this.registry],
    });
    this.duration = new Histogram({
      name: 'graphql_request_duration_seconds',
      help: 'GraphQL request latency from the first byte read to the response end, by operation name',
      labelNames: ['operation'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
    if (options.defaultMetrics !== false) collectDefaultMetrics({ register: this.registry });
  }

  /** Records one finished GraphQL request. */
  record(observation: RequestObservation, status: number, seconds: number): void {
    const operation = this.operationLabel(observation.operationName);
    this.requests.inc({ operation, status: String(status) });
    this.duration.observe({ operation }, seconds);
    for (const code of observation.errorCodes) this.errors.inc({ operation, code: this.codeLabel(code) });
  }

  /** The text exposition format Prometheus scrapes. */
  async exposition(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }

  private operationLabel(name: string | undefined): string {
    if (name === undefined) return '(none)';
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATION_LABELS) return 'other';
    this.operations.add(name);
    return name;
  }

  private codeLabel(code: string): string {
    if (this.codes.has(code)) return code;
    if (this.codes.size >= MAX_CODE_LABELS) return 'other';
    this.codes.add(code);
    return code;
  }
}

/** The label-safe form of a client-chosen operation name. */
export function operationNameOf(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  return OPERATION_NAME.test(name) ? name : 'invalid_name';
}

const codeOf = (error: unknown): string => {
  const code = (error as { extensions?: Record<string, unknown> } | null)?.extensions?.code;
  return typeof code === 'string' && code ? code : ErrorCode.INTERNAL_SERVER_ERROR;
};

/**
 * Fills the request's observation from Apollo's hooks: the resolved operation's name and every response error's code,
 * including requests refused before execution (a token refused while building the context, a malformed request).
 */
export function observationPlugin<Ctx extends BaseContext>(): ApolloServerPlugin<Ctx> {
  const current = () => requestObservation.getStore();
  return {
    contextCreationDidFail({ error }) {
      current()?.errorCodes.push(codeOf(error));
      return Promise.resolve();
    },
    invalidRequestWasReceived({ error }) {
      current()?.errorCodes.push(codeOf(error));
      return Promise.resolve();
    },
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ operationName, operation }) {
          const observation = current();
          if (observation) {
            observation.operationName = operationNameOf(operationName ?? operation?.name?.value);
            observation.operationType = operation?.operation;
          }
          return Promise.resolve();
        },
        // The response as sent: its errors carry their final codes (after formatError and the gateway's merging).
        willSendResponse({ response }) {
          const observation = current();
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          if (observation) for (const error of errors) observation.errorCodes.push(codeOf(error));
          return Promise.resolve();
        },
      });
    },
  };
}
