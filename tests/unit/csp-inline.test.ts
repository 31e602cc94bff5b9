import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashInlineStyles, hoistBodyStyles } from '../../src/build-tools/csp-inline.ts';

const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
const page = (body: string) =>
  `<!doctype html><html><head><meta http-equiv="content-security-policy" content="default-src 'self'; style-src 'self' 'sha256-abc='"></head><body>${body}</body></html>`;
const policy = (html: string) => /content="([^"]*)"/.exec(html)![1].replace(/&#39;/g, "'");

describe('inline styles and the Content-Security-Policy', () => {
  it('adds the exact hash of each style="" attribute, with unsafe-hashes, and of each SVG <style>', () => {
    const out = policy(
      hashInlineStyles(page('<span style="background:#d4351c"></span><svg><style>#a&gt;p{fill:red}</style></svg>')),
    );
    expect(out).toContain(`'unsafe-hashes' ${hash('background:#d4351c')}`);
    expect(out).toContain(hash('#a>p{fill:red}'));
    expect(out).not.toContain('unsafe-inline');
    expect(out).toContain("default-src 'self'");
  });
  it("keeps only the hashes of the page's own styles, so other pages' styles do not make every page longer", () => {
    const own = '.a{color:red}';
    const out = policy(hashInlineStyles(page(`<style>${own}</style><p>Hello</p>`)));
    expect(out).toContain(hash(own));
    expect(out).not.toContain("'sha256-abc='");
    expect(policy(hashInlineStyles(page('<p>Hello</p>')))).toMatch(/style-src 'self'(;|$)/);
    expect(policy(hashInlineStyles(page('<p>Hello</p>')))).not.toContain('sha256');
  });
  it('leaves a page without a policy as it was', () => {
    const html = '<!doctype html><html><head></head><body><style>.a{}</style></body></html>';
    expect(hashInlineStyles(html)).toBe(html);
  });
  it('moves a <style> from the body into the head once, and leaves SVG styles alone', () => {
    const island = '<style>astro-island{display:contents}</style>';
    const out = hoistBodyStyles(
      page(`<p>${island}<astro-island></astro-island></p><div>${island}</div><svg><style>.x{}</style></svg>`),
    );
    expect(out.indexOf(island)).toBeLessThan(out.indexOf('</head>'));
    expect(out.split(island)).toHaveLength(2);
    expect(out).toContain('<svg><style>.x{}</style></svg>');
  });
});
