import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from './gateway.context';

/**
 * Forwards the caller's bearer token and the request id to each subgraph. Subgraphs verify the token
 * themselves: the gateway's own check is only a fast, clear rejection, never trusted downstream.
 */
export class AuthForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (!request.http) return;
    if ('authorization' in context && context.authorization)
      request.http.headers.set('authorization', context.authorization);
    if ('requestId' in context && context.requestId) request.http.headers.set('x-request-id', context.requestId);
    // Always overwritten: a client cannot choose the address its log-in attempts are counted against.
    if ('clientAddress' in context && context.clientAddress)
      request.http.headers.set('x-client-address', context.clientAddress);
  }

  /**
   * A subgraph refusing the request as a whole (401: the token's session has ended, X-9) is reported with the
   * subgraph's own message and code, never the default `extensions.response` (internal URL and raw body).
   */
  override async errorFromResponse(response: Response): Promise<GraphQLError> {
    const body = (await response.json().catch(() => null)) as {
      errors?: Array<{ message?: unknown; extensions?: { code?: unknown } }>;
    } | null;
    const first = body?.errors?.[0];
    const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : undefined;
    const message = typeof first?.message === 'string' ? first.message : `${response.status}: ${response.statusText}`;
    return new GraphQLError(message, {
      extensions: { code: code ?? (response.status === 401 ? 'UNAUTHENTICATED' : 'INTERNAL_SERVER_ERROR') },
    });
  }
}
