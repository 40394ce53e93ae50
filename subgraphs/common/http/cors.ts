import type http from 'node:http';

/** Origins the development defaults allow: a console on any localhost port, and Apollo Sandbox / Studio. */
export const DEVELOPMENT_CORS_ORIGINS: readonly string[] = [
  'http://localhost:*',
  'http://127.0.0.1:*',
  'https://studio.apollographql.com',
  'https://sandbox.embed.apollographql.com',
];

/** Request headers a browser may send cross-origin: what our clients and Apollo Sandbox use. */
const ALLOWED_HEADERS =
  'authorization, content-type, accept, apollo-require-preflight, x-apollo-operation-name, x-request-id';

/** A configured origin: exact (`https://app.example.com`), or `*` for any port (or none) or one leading subdomain label. */
const ORIGIN_PATTERN = /^https?:\/\/(\*\.)?[a-z0-9.-]+(:(\d{1,5}|\*))?$/i;

/** True when `value` is a valid CORS_ORIGINS entry. */
export function isOriginPattern(value: string): boolean {
  return ORIGIN_PATTERN.test(value);
}

const escape = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** Compiles origin patterns into one test; an empty list allows no cross-origin caller. */
export function originMatcher(patterns: readonly string[]): (origin: string) => boolean {
  const regexes = patterns.map((pattern) => {
    const [, scheme, wildcardLabel, host, port] = /^(https?:\/\/)(\*\.)?([^:]+)(?::(.+))?$/.exec(
      pattern.toLowerCase(),
    )!;
    const portPart = port === undefined ? '' : port === '*' ? '(:\\d{1,5})?' : `:${port}`;
    return new RegExp(`^${escape(scheme)}${wildcardLabel ? '[a-z0-9-]+\\.' : ''}${escape(host)}${portPart}$`);
  });
  return (origin) => {
    const o = origin.toLowerCase();
    return regexes.some((r) => r.test(o));
  };
}

/**
 * Applies CORS to one request. Allowed origins get `Access-Control-Allow-Origin` (the origin itself, never `*`, since
 * callers send an Authorization header). Returns true when the request was a preflight and has been answered (204).
 */
export function handleCors(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  allowed: (origin: string) => boolean,
): boolean {
  const origin = req.headers.origin;
  const ok = typeof origin === 'string' && allowed(origin);
  if (ok) {
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('access-control-expose-headers', 'x-request-id');
  }
  // Caches must not hand one origin's answer to another.
  res.setHeader('vary', 'Origin');
  const preflight = req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined;
  if (!preflight) return false;
  // A disallowed origin gets a 204 with no Access-Control-* headers: the browser then refuses the real request.
  res.writeHead(
    204,
    ok
      ? {
          'access-control-allow-methods': 'GET, POST, OPTIONS',
          'access-control-allow-headers': ALLOWED_HEADERS,
          'access-control-max-age': '600',
        }
      : {},
  );
  res.end();
  return true;
}
