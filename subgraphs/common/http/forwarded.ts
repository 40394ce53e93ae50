import { createHmac, timingSafeEqual } from 'node:crypto';
import type http from 'node:http';

/** Headers a gateway adds to every subgraph request; subgraphs believe `x-client-address` only when signed. */
export const FORWARDED = {
  requestId: 'x-request-id',
  clientAddress: 'x-client-address',
  signature: 'x-gateway-signature',
} as const;

/** How long a signature stays good: clocks of one deployment agree to well within this. */
const MAX_SKEW_SECONDS = 300;

function mac(secret: string, timestamp: string, requestId: string, clientAddress: string): Buffer {
  return createHmac('sha256', secret).update(`${timestamp}\n${requestId}\n${clientAddress}`).digest();
}

/**
 * The forwarded facts a gateway sends to a subgraph: the request id, the client's address, and an HMAC-SHA256 over
 * both (and a timestamp) with the shared GATEWAY_SECRET. Engine-neutral on purpose: the Apollo gateway's data source
 * calls it, and so can any other engine's subgraph-request hook.
 */
export function forwardedHeaders(
  secret: string,
  facts: { requestId: string; clientAddress: string },
  now: number = Date.now(),
): Record<string, string> {
  const timestamp = String(Math.floor(now / 1000));
  return {
    [FORWARDED.requestId]: facts.requestId,
    [FORWARDED.clientAddress]: facts.clientAddress,
    [FORWARDED.signature]: `t=${timestamp},v1=${mac(secret, timestamp, facts.requestId, facts.clientAddress).toString('base64url')}`,
  };
}

const one = (value: string | string[] | undefined): string | undefined =>
  typeof value === 'string' ? value : undefined;

/**
 * The client address a subgraph counts a request against: the gateway's `x-client-address` when its signature
 * verifies with our secret, otherwise the socket's peer (a direct caller cannot choose whose address it spends).
 */
export function trustedClientAddress(
  secret: string | undefined,
  headers: http.IncomingHttpHeaders,
  socketAddress: string,
  now: number = Date.now(),
): string {
  const claimed = one(headers[FORWARDED.clientAddress]);
  const signature = one(headers[FORWARDED.signature]);
  const requestId = one(headers[FORWARDED.requestId]) ?? '';
  if (!secret || !claimed || !signature) return socketAddress;
  const match = /^t=(\d{1,12}),v1=([A-Za-z0-9_-]{43})$/.exec(signature);
  if (!match) return socketAddress;
  const [, timestamp = '', given = ''] = match;
  if (Math.abs(now / 1000 - Number(timestamp)) > MAX_SKEW_SECONDS) return socketAddress;
  const expected = mac(secret, timestamp, requestId, claimed);
  const actual = Buffer.from(given, 'base64url');
  return actual.length === expected.length && timingSafeEqual(actual, expected) ? claimed : socketAddress;
}
