import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { FetcherResponse } from '@apollo/utils.fetcher';
import type { Span } from '@opentelemetry/api';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../subgraphs/common/errors';
import { forwardedHeaders } from '../subgraphs/common/http/forwarded';
import { endFetch, startFetch } from '../subgraphs/common/telemetry/tracing';
import { TRACEPARENT } from '../subgraphs/common/telemetry/traceparent';
import type { GatewayContext } from './gateway.context';

/**
 * Forwards the caller's bearer token, the request id and the client's address to each subgraph. Subgraphs verify
 * the token themselves: the gateway's own check is only a fast, clear rejection, never trusted downstream. The
 * address and request id go out signed with GATEWAY_SECRET (`forwardedHeaders`), the only way a subgraph believes
 * an address other than its socket peer's. When tracing is on, each subgraph request is a client span of the
 * gateway's request span, and carries its `traceparent`.
 */
export class AuthForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  /** The fetch span of each request being sent (process → willSendRequest see the same request object). */
  private readonly spans = new WeakMap<object, { span: Span; traceparent: string }>();

  constructor(
    private readonly subgraph: string,
    config: ConstructorParameters<typeof RemoteGraphQLDataSource<GatewayContext>>[0],
    private readonly gatewaySecret: string | undefined,
  ) {
    super(config);
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const requestTrace = (options.context as Partial<GatewayContext> | undefined)?.trace;
    if (!requestTrace) return super.process(options);
    const fetch = startFetch(requestTrace, this.subgraph, this.url ?? '');
    this.spans.set(options.request, fetch);
    try {
      const response = await super.process(options);
      endFetch(fetch.span, { status: 200 });
      return response;
    } catch (error) {
      endFetch(fetch.span, { error });
      throw error;
    }
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (!request.http) return;
    const fetch = this.spans.get(request);
    if (fetch) request.http.headers.set(TRACEPARENT, fetch.traceparent);
    const { authorization, requestId = '', clientAddress = '' } = context as Partial<GatewayContext>;
    if (authorization) request.http.headers.set('authorization', authorization);
    if (this.gatewaySecret && clientAddress) {
      // Always overwritten: a client cannot choose the address its log-in attempts are counted against.
      for (const [name, value] of Object.entries(forwardedHeaders(this.gatewaySecret, { requestId, clientAddress })))
        request.http.headers.set(name, value);
    } else if (requestId) request.http.headers.set('x-request-id', requestId);
  }

  /**
   * A subgraph's refusal (4xx) reaches the client as the subgraph's own first error and code (e.g. a variable the
   * gateway's opaque JSONObject scalar let through and the subgraph refused), never as "400: Bad Request" with the
   * subgraph's URL and body attached.
   */
  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    const body = await this.parseBody(response).catch(() => undefined);
    const first = (body as { errors?: Array<{ message?: unknown; extensions?: { code?: unknown } }> } | undefined)
      ?.errors?.[0];
    const code =
      typeof first?.extensions?.code === 'string'
        ? first.extensions.code
        : response.status === 401
          ? ErrorCode.UNAUTHENTICATED
          : response.status < 500
            ? ErrorCode.BAD_USER_INPUT
            : ErrorCode.SUBGRAPH_UNAVAILABLE;
    const message =
      typeof first?.message === 'string' ? first.message.slice(0, 500) : `Subgraph answered ${response.status}`;
    return new GraphQLError(message, { extensions: { code } });
  }
}
