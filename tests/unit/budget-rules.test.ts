import { describe, expect, it } from 'vitest';
import {
  capsFor,
  checkBudgets,
  CONTENT_PAGE_JS_CAP,
  FIRST_SEARCH_CAP,
  firstScreen,
  foreignRequests,
  HELP_PAGE_JS_CAP,
  IMAGE_CAP,
  OVER_BUDGET_TODAY,
  pageAssets,
  pageKind,
  PRECACHE_CAP,
  resolveImport,
  scriptClosure,
  staticImports,
  TEXT_PAGE_HTML_CSS_CAP,
  type Exception,
  type SiteFigures,
} from '../../src/build-tools/budget-rules.ts';
import {
  BOOKLET,
  BOOKLET_LARGE_PRINT,
  DIRECTORY,
  FLOWCHART,
  HELP,
  SEARCH,
  TOPICS,
  agencyHref,
  flowchartDrawing,
  categoryHref,
  guideHref,
  helpNode,
  topicHref,
} from '../../src/lib/site/routes.ts';

const KB = 1024;

describe('which cap a page gets', () => {
  it('sorts pages by kind', () => {
    expect(pageKind('/')).toBe('text');
    expect(pageKind(guideHref('behind-with-rent'))).toBe('text');
    expect(pageKind(agencyHref('samaritans'))).toBe('text');
    expect(pageKind(topicHref('tenancy'))).toBe('text');
    expect(pageKind(HELP)).toBe('help');
    expect(pageKind(helpNode('emergency'))).toBe('help');
    expect(pageKind(FLOWCHART)).toBe('flowchart');
    expect(pageKind(BOOKLET_LARGE_PRINT)).toBe('booklet');
    expect(pageKind(DIRECTORY)).toBe('listing');
    expect(pageKind(categoryHref('crisis'))).toBe('listing');
  });

  it('gives text pages 14 KB of HTML + CSS and 4 KB of JavaScript; /help/ pages and /search/ (Preact islands) 12 KB of JavaScript', () => {
    expect(capsFor(TOPICS, [])).toEqual({ htmlCss: TEXT_PAGE_HTML_CSS_CAP, js: CONTENT_PAGE_JS_CAP });
    expect(TEXT_PAGE_HTML_CSS_CAP).toBe(14 * KB);
    expect(CONTENT_PAGE_JS_CAP).toBe(4 * KB);
    expect(capsFor(helpNode('emergency'), []).js).toBe(HELP_PAGE_JS_CAP);
    expect(HELP_PAGE_JS_CAP).toBe(12 * KB);
    expect(capsFor(SEARCH, []).js).toBe(HELP_PAGE_JS_CAP);
    expect(capsFor(DIRECTORY, []).js).toBe(CONTENT_PAGE_JS_CAP);
    expect(capsFor(BOOKLET, []).htmlCss).toBeGreaterThan(TEXT_PAGE_HTML_CSS_CAP);
  });

  it('holds a page over its cap at the figure in the exceptions list, by path or by prefix', () => {
    const ex: Exception[] = [
      { page: guideHref('long'), measure: 'htmlCss', cap: 16 * KB, why: 'test' },
      { page: `${HELP}*`, measure: 'js', cap: 15 * KB, why: 'test' },
    ];
    expect(capsFor(guideHref('long'), ex).htmlCss).toBe(16 * KB);
    expect(capsFor(guideHref('long'), ex).js).toBe(CONTENT_PAGE_JS_CAP);
    expect(capsFor(guideHref('other'), ex).htmlCss).toBe(TEXT_PAGE_HTML_CSS_CAP);
    expect(capsFor(helpNode('emergency'), ex).js).toBe(15 * KB);
  });

  it('every exception says why and is above the normal cap (else it should be removed)', () => {
    for (const e of OVER_BUDGET_TODAY) {
      expect(e.why.length, e.page).toBeGreaterThan(20);
      expect(e.cap, e.page).toBeGreaterThan(
        e.measure === 'js'
          ? e.page.startsWith(HELP)
            ? HELP_PAGE_JS_CAP
            : CONTENT_PAGE_JS_CAP
          : TEXT_PAGE_HTML_CSS_CAP,
      );
    }
  });

  it('keeps the site-wide caps', () => {
    expect(PRECACHE_CAP).toBe(3 * KB * KB);
    expect(FIRST_SEARCH_CAP).toBe(150 * KB);
  });
});

describe('what a page loads', () => {
  const html = `<!doctype html><html><head>
    <link rel="stylesheet" href="/_astro/Page.css"><link rel="icon" href="/favicon.svg">
    <script type="module" src="/_astro/a.js"></script>
    <script>var kiosk = 1</script>
    <script type="application/ld+json">{"name":"x"}</script>
  </head><body><astro-island component-url="/_astro/Island.js" renderer-url="/_astro/client.js"></astro-island></body></html>`;

  it('finds stylesheets, scripts, islands and scripts written into the page', () => {
    const a = pageAssets(html);
    expect(a.stylesheets).toEqual(['/_astro/Page.css']);
    expect(a.scripts).toEqual(['/_astro/a.js', '/_astro/Island.js', '/_astro/client.js']);
    expect(a.inlineScripts).toEqual(['var kiosk = 1']);
  });

  it('finds the images a page shows, and which wait until they are near the screen', () => {
    const a = pageAssets(
      `<img src="/a.svg" alt="" width="10" height="10"><img src='/b.svg' loading="lazy" alt=""><img src="/a.svg" alt="">`,
    );
    expect(a.images).toEqual([
      { src: '/a.svg', lazy: false },
      { src: '/b.svg', lazy: true },
    ]);
    expect(pageAssets(html).images).toEqual([]);
  });

  it('follows static imports once, not dynamic ones', () => {
    const files: Record<string, string> = {
      '/_astro/a.js': 'import{t as e}from"./b.js";import"./c.js";e(()=>import("./later.js"))',
      '/_astro/b.js': 'import{x}from"./c.js";export{x as t}',
      '/_astro/c.js': 'export const x=1',
    };
    expect(staticImports(files['/_astro/a.js'])).toEqual(['./b.js', './c.js']);
    expect(resolveImport('/_astro/a.js', './b.js')).toBe('/_astro/b.js');
    expect(scriptClosure(['/_astro/a.js'], (p) => files[p]).sort()).toEqual([
      '/_astro/a.js',
      '/_astro/b.js',
      '/_astro/c.js',
    ]);
  });
});

describe('requests to other sites', () => {
  it('finds what a browser would fetch by itself, not links people click', () => {
    const html = `<a href="https://www.gov.uk/">GOV.UK</a><link rel="canonical" href="https://guide.example/x/">
      <form action="https://example.org/"></form>
      <img src="https://cdn.example/i.png"><img srcset="/a.png 1x, https://cdn.example/b.png 2x">
      <link rel="stylesheet" href="//fonts.example/f.css"><script src="https://cdn.example/s.js"></script>
      <style>body{background:url(https://cdn.example/bg.png)}</style>
      <script type="application/ld+json">{"url":"https://guide.example/"}</script>`;
    expect(foreignRequests(html, 'html').sort()).toEqual(
      [
        '//fonts.example/f.css',
        'https://cdn.example/b.png',
        'https://cdn.example/bg.png',
        'https://cdn.example/i.png',
        'https://cdn.example/s.js',
      ].sort(),
    );
  });

  it('finds fetches and imports in scripts and CSS, not other strings', () => {
    expect(
      foreignRequests(
        'fetch("https://api.example/x");const ns="http://www.w3.org/2000/svg";location.href="https://www.bbc.co.uk/"',
        'js',
      ),
    ).toEqual(['https://api.example/x']);
    expect(foreignRequests('@import "https://x.example/a.css"; a{background:url(/local.png)}', 'css')).toEqual([
      'https://x.example/a.css',
    ]);
  });
});

describe('checkBudgets', () => {
  const site = (over: Partial<SiteFigures> = {}): SiteFigures => ({
    site: 'dist',
    pages: [
      { path: '/', htmlCss: 5 * KB, js: 3 * KB },
      { path: HELP, htmlCss: 9 * KB, js: 11 * KB },
    ],
    precache: 2 * KB * KB,
    firstSearch: 100 * KB,
    foreign: [],
    ...over,
  });

  it('passes with a table when everything fits', () => {
    const r = checkBudgets([site()], []);
    expect(r.failures).toEqual([]);
    expect(r.table.join('\n')).toMatch(/\| dist \| text pages: HTML \+ CSS \| 5\.0 KB \| \/ \| 14\.0 KB \|/);
  });

  it('fails naming the page and the figure', () => {
    const r = checkBudgets([site({ pages: [{ path: guideHref('x'), htmlCss: 15 * KB, js: 5 * KB }] })], []);
    expect(r.failures).toEqual([
      'dist/guide/x/: HTML + CSS is 15.0 KB compressed, over its cap of 14.0 KB (text page)',
      'dist/guide/x/: JavaScript is 5.0 KB compressed, over its cap of 4.0 KB (text page)',
    ]);
  });

  it('counts the drawings a page shows at once in its first screen, not those that load as they are reached', () => {
    const first = { src: flowchartDrawing('flowchart-1.svg'), bytes: 7 * KB, lazy: false };
    const later = { src: flowchartDrawing('flowchart-2.svg'), bytes: 12 * KB, lazy: true };
    const page = { path: FLOWCHART, htmlCss: 13 * KB, js: 8 * KB, images: [first, later] };
    expect(firstScreen(page)).toBe(20 * KB);
    expect(checkBudgets([site({ pages: [page] })], []).failures).toEqual([]);
    expect(checkBudgets([site({ pages: [page] })], []).table.join('\n')).toContain(
      `| largest image | 12.0 KB | ${later.src} | 16.0 KB |`,
    );
    // The first drawing grows: the first screen is over the flowchart's cap of 24 KB.
    const heavier = { ...page, images: [{ ...first, bytes: 12 * KB }, later] };
    expect(checkBudgets([site({ pages: [heavier] })], []).failures).toEqual([
      'dist/help/flowchart/: HTML + CSS and the images it shows at once is 25.0 KB compressed, over its cap of 24.0 KB (flowchart page)',
    ]);
  });

  it('fails on any image file over its own cap, once however many pages show it', () => {
    expect(IMAGE_CAP).toBe(16 * KB);
    const big = { src: flowchartDrawing('flowchart-whole.svg'), bytes: 17 * KB, lazy: true };
    const pages = [
      { path: FLOWCHART, htmlCss: 13 * KB, js: 8 * KB, images: [big] },
      { path: '/other/', htmlCss: 5 * KB, js: 1 * KB, images: [big] },
    ];
    expect(checkBudgets([site({ pages })], []).failures).toEqual([
      `dist${big.src}: the image is 17.0 KB compressed, over its cap of 16.0 KB (shown on ${FLOWCHART})`,
    ]);
  });

  it('fails on the offline copy, the first search and any request to another site', () => {
    const r = checkBudgets(
      [site({ precache: 4 * KB * KB, firstSearch: 200 * KB, foreign: ['/index.html: https://cdn.example/x.js'] })],
      [],
    );
    expect(r.failures).toHaveLength(3);
    expect(r.failures[0]).toMatch(/offline copy .* 4096\.0 KB, over its cap of 3072\.0 KB/);
    expect(r.failures[1]).toMatch(/first search downloads 200\.0 KB/);
    expect(r.failures[2]).toContain('https://cdn.example/x.js');
  });
});
