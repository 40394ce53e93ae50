/** What the gateway keeps of a request: the token to forward and the request id to carry. */
export interface GatewayContext {
  authorization?: string;
  requestId?: string;
}
