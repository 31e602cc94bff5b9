/**
 * A plain static web server for a built copy of the site, like a web host: the one way tests serve
 * the built site. Playwright starts it for each edition (scripts/serve.ts, see playwright.config.ts);
 * tests that must stop the server (offline) or need the host's _headers (CSP) start their own copy
 * on a free port. It serves dist/ exactly as built, with 404.html for missing pages, and sends
 * text (pages, styles, scripts, drawings, data) compressed with gzip when the browser accepts it,
 * as web hosts do: the size budgets and Lighthouse's figures assume it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersFor, parseHeadersFile } from './host-headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
};

/** The kinds of file a web host compresses. */
const COMPRESSED = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/;

/**
 * `withHostHeaders`: send the headers of the site's own _headers file, as a real host would.
 * `port`: listen on this port (a free one when left out).
 */
export function serveStatic(
  dir: string,
  options: { withHostHeaders?: boolean; port?: number } = {},
): Promise<{ server: Server; base: string; close: () => Promise<void> }> {
  const root = resolve(dir);
  const rules = options.withHostHeaders ? parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8')) : [];
  const server = createServer((req, res) => {
    let path: string;
    try {
      path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    } catch {
      res.writeHead(400).end('Bad request');
      return;
    }
    for (const [k, v] of Object.entries(headersFor(rules, path))) res.setHeader(k, v);
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(root) || !existsSync(file)) {
      const notFound = join(root, '404.html');
      res
        .writeHead(404, { 'content-type': TYPES['.html'] })
        .end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
      return;
    }
    if (!res.hasHeader('cache-control')) res.setHeader('cache-control', 'no-cache');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const body = readFileSync(file);
    if (COMPRESSED.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'Accept-Encoding' });
      res.end(gzipSync(body));
      return;
    }
    res.writeHead(200, { 'content-type': type, vary: 'Accept-Encoding' });
    res.end(body);
  });
  return new Promise((done) =>
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      done({ server, base: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) });
    }),
  );
}
