import { createReadStream, existsSync, statSync } from 'node:fs';
import type http from 'node:http';
import path from 'node:path';

/** A folder of built files served under a path prefix (the console at `/console`). */
export interface StaticSite {
  /** The URL path it answers, e.g. `/console`. */
  prefix: string;
  /** The folder with index.html and assets/. */
  dir: string;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

// The built page loads only its own scripts and styles and talks only to its own origin's /graphql.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * Answers a GET/HEAD under the site's prefix from its folder and returns true, or returns false when the path is not
 * the site's. A path that leaves the folder (`..`, encoded or not) is refused; unknown paths without an extension
 * get index.html (the single-page app routes them); hashed assets are cached for a year, index.html never.
 */
export function serveStatic(site: StaticSite, req: http.IncomingMessage, res: http.ServerResponse, pathname: string) {
  if (pathname !== site.prefix && !pathname.startsWith(`${site.prefix}/`)) return false;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' });
    res.end();
    return true;
  }
  if (pathname === site.prefix) {
    res.writeHead(301, { location: `${site.prefix}/` });
    res.end();
    return true;
  }
  const root = path.resolve(site.dir);
  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice(site.prefix.length + 1));
  } catch {
    return notFound(res);
  }
  if (relative.includes('\0')) return notFound(res);
  let file = path.resolve(root, relative || 'index.html');
  if (file !== root && !file.startsWith(root + path.sep)) return notFound(res);
  if (!existsSync(file) || !statSync(file).isFile()) {
    if (path.extname(relative)) return notFound(res);
    file = path.join(root, 'index.html');
    if (!existsSync(file)) return notFound(res);
  }
  const isIndex = path.basename(file) === 'index.html';
  res.writeHead(200, {
    'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'cache-control': isIndex ? 'no-cache' : 'public, max-age=31536000, immutable',
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  });
  if (req.method === 'HEAD') {
    res.end();
    return true;
  }
  createReadStream(file).pipe(res);
  return true;
}

function notFound(res: http.ServerResponse): true {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  res.end('Not found');
  return true;
}
