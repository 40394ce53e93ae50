import type { RequestTrace } from '../subgraphs/common/telemetry/tracing';

/** What the gateway keeps of a request: the token to forward and the request id to carry. */
export interface GatewayContext {
  authorization?: string;
  requestId?: string;
  /** The client's address as the gateway saw it, for per-address limits in subgraphs (e.g. log-in abuse). */
  clientAddress?: string;
  /** Why the caller's token was refused: the request runs anonymous, and protected fields are refused. */
  tokenError?: string;
  /** The request's server span when tracing is on: each subgraph fetch becomes its child. */
  trace?: RequestTrace;
}
