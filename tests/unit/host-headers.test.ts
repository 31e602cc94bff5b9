import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../src/build-tools/host-headers.ts';
import { CSP_FILES_HEADER, CSP_HEADER, HSTS_HEADER, PERMISSIONS_POLICY } from '../../src/lib/site/csp-policy.ts';
import { FLOWCHART, flowchartDrawing, guideHref } from '../../src/lib/site/routes.ts';

const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
/** Each policy of a header value (a host that joins several rules' policies sends them separated by commas). */
const policies = (value: string | undefined) => (value ?? '').split(',').map((p) => p.trim());
/** A document may run script when no policy it gets forbids it (default-src or script-src 'none', or a sandbox). */
const mayRunScript = (value: string | undefined) =>
  !policies(value).some((p) => /(^|;\s*)(default-src|script-src) 'none'/.test(p) || /(^|;\s*)sandbox(;|$)/.test(p));

/** Files that are not pages, which a browser shows as a document when opened at their own address. */
const FILES = [
  flowchartDrawing('flowchart-1a2b3c4d5e6f.svg'),
  '/favicon.svg',
  '/sitemap-index.xml',
  '/open-data/services.json',
  '/pagefind/pagefind-entry.json',
  '/robots.txt',
  '/manifest.webmanifest',
  '/icons/icon-192.png',
];

describe('the host headers (public/_headers)', () => {
  it('send the policy a <meta> cannot carry, on every page and script', () => {
    for (const path of ['/', guideHref('crisis'), '/404.html', '/_astro/x.js', '/sw.js']) {
      expect(headersFor(rules, path)['content-security-policy']).toBe(CSP_HEADER);
    }
    expect(CSP_HEADER).toContain("frame-ancestors 'none'");
    expect(CSP_HEADER).not.toMatch(/script-src|style-src|unsafe/);
  });

  it('let no drawing or other file that is not a page run script when opened at its own address', () => {
    for (const path of FILES) {
      expect(mayRunScript(headersFor(rules, path)['content-security-policy']), path).toBe(false);
      expect(policies(headersFor(rules, path)['content-security-policy']), path).toContain(CSP_FILES_HEADER);
    }
    // Even on a host where the later rule replaces the earlier one instead of joining them.
    expect(mayRunScript(CSP_FILES_HEADER)).toBe(false);
    expect(CSP_FILES_HEADER).toMatch(/^default-src 'none';/);
    expect(CSP_FILES_HEADER).not.toMatch(/script-src|unsafe-eval|'self' 'unsafe/);
    // A drawing keeps its own styles, and nothing frames it.
    expect(CSP_FILES_HEADER).toContain("style-src 'unsafe-inline'");
    expect(CSP_FILES_HEADER).toContain("frame-ancestors 'none'");
  });

  it('leave pages, the service worker and the search worker the policy they run under', () => {
    for (const path of [
      '/',
      guideHref('crisis'),
      '/sw.js',
      '/pagefind/pagefind-worker.js',
      '/pagefind/pagefind.js',
      '/pagefind/wasm.en.pagefind',
      '/_astro/x.js',
    ]) {
      const csp = headersFor(rules, path)['content-security-policy'];
      expect(csp, path).toBe(CSP_HEADER);
      expect(mayRunScript(csp), path).toBe(true);
    }
  });

  it('ask browsers to use only HTTPS from now on, on every address', () => {
    for (const path of ['/', guideHref('crisis'), '/sw.js', ...FILES])
      expect(headersFor(rules, path)['strict-transport-security'], path).toBe(HSTS_HEADER);
    expect(Number(/max-age=(\d+)/.exec(HSTS_HEADER)?.[1])).toBeGreaterThanOrEqual(31_536_000);
  });

  it('cache hashed files for a year, and never the service worker or the pages', () => {
    expect(headersFor(rules, '/_astro/Search.abc123.js')['cache-control']).toContain('immutable');
    expect(headersFor(rules, flowchartDrawing('flowchart-1a2b3c4d5e6f.svg'))['cache-control']).toContain('immutable');
    expect(headersFor(rules, FLOWCHART)['cache-control']).toBe('no-cache');
    expect(headersFor(rules, '/sw.js')['cache-control']).toBe('no-cache');
    expect(headersFor(rules, guideHref('crisis'))['cache-control']).toBe('no-cache');
    expect(headersFor(rules, '/')['cache-control']).toBe('no-cache');
    expect(headersFor(rules, '/404.html')['cache-control']).toBe('no-cache');
  });
});

describe('reading a _headers file as a host does', () => {
  it('joins the values of a header that several matching rules set, with commas', () => {
    const two = parseHeadersFile('/*\n  X-Robots-Tag: noindex\n/static/*\n  X-Robots-Tag: nosnippet\n');
    expect(headersFor(two, '/static/a.css')['x-robots-tag']).toBe('noindex, nosnippet');
    expect(headersFor(two, '/a/')['x-robots-tag']).toBe('noindex');
  });
});

describe('the server settings in deploy/ (the files docs/deploy.md points to)', () => {
  it.each([['deploy/Caddyfile'], ['deploy/nginx.conf']])('%s sends the same policies and HSTS as _headers', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(CSP_HEADER);
    expect(text).toContain(CSP_FILES_HEADER);
    expect(text).toContain(HSTS_HEADER);
  });

  it.each([['deploy/Caddyfile'], ['deploy/nginx.conf'], ['public/_headers']])(
    '%s lets the site itself, and nothing else, ask for the device’s location (for Nearest first)',
    (file) => {
      const text = readFileSync(file, 'utf8');
      expect(text).toContain(PERMISSIONS_POLICY);
      expect(text).not.toContain('geolocation=()');
    },
  );

  it('docs/deploy.md points to them rather than holding a copy that could drift', () => {
    const doc = readFileSync('docs/deploy.md', 'utf8');
    expect(doc).toContain('../deploy/Caddyfile');
    expect(doc).toContain('../deploy/nginx.conf');
    expect(doc).not.toMatch(/^\s*(root \* |add_header )/m);
  });
});
