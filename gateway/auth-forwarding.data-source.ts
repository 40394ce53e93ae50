import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
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
}
