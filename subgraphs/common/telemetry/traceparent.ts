import { isSpanContextValid, TraceFlags, type SpanContext } from '@opentelemetry/api';

/** The W3C Trace Context header that carries a trace from the gateway to the subgraphs. */
export const TRACEPARENT = 'traceparent';

const HEADER = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?$/;

/**
 * The remote parent a `traceparent` header names (W3C Trace Context level 1), or undefined when it is absent or
 * malformed (a bad header starts a new trace, it never fails the request). Version `ff` and all-zero ids are invalid;
 * a later version's extra fields are ignored, as the specification asks.
 */
export function parseTraceparent(value: string | string[] | undefined): SpanContext | undefined {
  if (typeof value !== 'string') return undefined;
  const match = HEADER.exec(value.trim());
  if (!match) return undefined;
  const [, version = '', traceId = '', spanId = '', flags = '', rest] = match;
  if (version === 'ff' || (version === '00' && rest !== undefined)) return undefined;
  const context: SpanContext = {
    traceId,
    spanId,
    traceFlags: parseInt(flags, 16) & TraceFlags.SAMPLED,
    isRemote: true,
  };
  return isSpanContextValid(context) ? context : undefined;
}

/** The `traceparent` header value that makes `context` the parent of the next hop's spans. */
export function formatTraceparent(context: SpanContext): string {
  const flags = (context.traceFlags & TraceFlags.SAMPLED).toString(16).padStart(2, '0');
  return `00-${context.traceId}-${context.spanId}-${flags}`;
}
