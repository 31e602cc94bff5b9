import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../src/lib/host-headers.ts';
import { CSP_HEADER } from '../../src/lib/csp.ts';
import { FLOWCHART, flowchartDrawing, guideHref } from '../../src/lib/routes.ts';

const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));

describe('the host headers (public/_headers)', () => {
  it('send the policy a <meta> cannot carry, on every address', () => {
    for (const path of ['/', guideHref('crisis'), '/_astro/x.js', '/sw.js']) {
      expect(headersFor(rules, path)['content-security-policy']).toBe(CSP_HEADER);
    }
    expect(CSP_HEADER).toContain("frame-ancestors 'none'");
    expect(CSP_HEADER).not.toMatch(/script-src|style-src|unsafe/);
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
