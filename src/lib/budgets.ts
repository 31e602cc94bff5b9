/**
 * Size budgets for the built site (checked by `npm run budgets` over dist/): what each page costs
 * a person on an old phone with little data. The caps, which page gets which, what a page loads,
 * and which addresses would be requests to another site are decided here; scripts/budgets.ts
 * reads the files and measures them.
 */
import { BOOKLET, DIRECTORY, FLOWCHART, HELP, SEARCH, guideHref } from './routes.ts';

const KB = 1024;
/** A size in KB, as bytes (the exceptions below are written in KB with one decimal, as printed). */
const kb = (n: number) => Math.round(n * KB);

/** Compressed (gzip) HTML plus CSS of a text page: fits the first round trip of a connection. */
export const TEXT_PAGE_HTML_CSS_CAP = 14 * KB;
/** Compressed JavaScript a content page loads. */
export const CONTENT_PAGE_JS_CAP = 4 * KB;
/** Compressed JavaScript of the step-by-step guide's pages (/help/) and of /search/: their islands need Preact. */
export const HELP_PAGE_JS_CAP = 12 * KB;
/**
 * Everything the service worker saves for offline use (uncompressed, as stored on the phone).
 * Whatever the content: the essentials are saved on the first visit, the rest as it is visited (src/lib/offline-copy.ts).
 */
export const PRECACHE_CAP = 2 * KB * KB;
/** What the first search downloads: Pagefind's entry files and one index chunk. */
export const FIRST_SEARCH_CAP = 150 * KB;

export type PageKind = 'text' | 'help' | 'booklet' | 'flowchart' | 'listing';

/**
 * Pages that are not text pages have their own stated cap for HTML + CSS:
 * - the booklet holds the whole guide on one page, to be printed (never sent to a phone's
 *   offline copy);
 * - the flowchart is the whole decision tree drawn as SVG;
 * - listings (the directory, its categories and the search page's A to Z) grow with the directory.
 */
export const OWN_HTML_CSS_CAPS: Record<Exclude<PageKind, 'text' | 'help'>, { cap: number; why: string }> = {
  booklet: { cap: 100 * KB, why: 'the whole guide on one page, made to be printed (about 63 KB today)' },
  flowchart: { cap: 60 * KB, why: 'the whole decision tree drawn as SVG (about 41 KB today)' },
  listing: { cap: 20 * KB, why: 'lists every service or page, so it grows with the directory (about 11 KB today)' },
};

export interface Exception {
  /** A page path, or a prefix ending in "*" for a group of pages. */
  page: string;
  measure: 'htmlCss' | 'js';
  /** Today's figure, rounded up: the cap until the page is fixed. */
  cap: number;
  /** Why it is over and what would bring it to the normal cap. */
  why: string;
}

/**
 * Pages over their normal cap today, each held at today's figure until it is fixed. Keep this
 * list short: a page comes off it as soon as it fits its kind's cap.
 */
export const OVER_BUDGET_TODAY: readonly Exception[] = [
  // The longest guide page. Target 14 KB: split it (what to ask the council / what happens next).
  // Held 0.3 KB higher since the design tokens: the shared stylesheet grew 0.1 KB and every page's
  // CSP lists four more style hashes (0.2 KB that does not compress).
  { page: guideHref('asking-the-council-for-help'), measure: 'htmlCss', cap: kb(16.7), why: 'the longest guide page; target 14 KB by splitting it in two' },
];

/** What kind of page a path is, for its caps. */
export function pageKind(path: string): PageKind {
  if (path.startsWith(BOOKLET)) return 'booklet';
  if (path === FLOWCHART) return 'flowchart';
  if (path === DIRECTORY || path.startsWith(DIRECTORY) || path === SEARCH) return 'listing';
  if (path === HELP || path.startsWith(HELP)) return 'help';
  return 'text';
}

function exceptionFor(path: string, measure: Exception['measure'], exceptions: readonly Exception[]): Exception | undefined {
  // A group ("/help/*") covers only pages of its own kind: not the flowchart under /help/.
  const inGroup = (prefix: string) => path.startsWith(prefix) && pageKind(path) === pageKind(prefix);
  return exceptions.find((e) => e.measure === measure && (e.page.endsWith('*') ? inGroup(e.page.slice(0, -1)) : e.page === path));
}

export interface PageCaps {
  htmlCss: number;
  js: number;
  /** Set when the page is held at today's figure instead of its kind's cap. */
  htmlCssException?: Exception;
  jsException?: Exception;
}

export function capsFor(path: string, exceptions: readonly Exception[] = OVER_BUDGET_TODAY): PageCaps {
  const kind = pageKind(path);
  const htmlCssException = exceptionFor(path, 'htmlCss', exceptions);
  const jsException = exceptionFor(path, 'js', exceptions);
  const htmlCss = kind === 'text' || kind === 'help' ? TEXT_PAGE_HTML_CSS_CAP : OWN_HTML_CSS_CAPS[kind].cap;
  const js = kind === 'help' || kind === 'flowchart' || path === SEARCH ? HELP_PAGE_JS_CAP : CONTENT_PAGE_JS_CAP;
  // An exception only ever raises a page's cap (a group such as /help/* never lowers the flowchart's).
  return {
    htmlCss: Math.max(htmlCss, htmlCssException?.cap ?? 0),
    js: Math.max(js, jsException?.cap ?? 0),
    ...(htmlCssException ? { htmlCssException } : {}),
    ...(jsException ? { jsException } : {}),
  };
}

/**
 * What a page loads when it opens: its stylesheets, its scripts and its islands' code, and the
 * text of the scripts written into the page itself (data blocks such as JSON-LD are not scripts).
 */
export function pageAssets(html: string): { stylesheets: string[]; scripts: string[]; inlineScripts: string[] } {
  const stylesheets: string[] = [];
  const scripts: string[] = [];
  const inlineScripts: string[] = [];
  for (const [, open, body] of html.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script>/gi)) {
    const type = attr(open, 'type');
    if (!attr(open, 'src') && body.trim() && (!type || /^(module|text\/javascript)$/i.test(type))) inlineScripts.push(body);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    if (/\brel="?stylesheet"?/i.test(tag)) {
      const href = attr(tag, 'href');
      if (href) stylesheets.push(href);
    }
  }
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attr(tag, 'src');
    if (src) scripts.push(src);
  }
  for (const [tag] of html.matchAll(/<astro-island\b[^>]*>/gi)) {
    for (const name of ['component-url', 'renderer-url', 'before-hydration-url']) {
      const url = attr(tag, name);
      if (url) scripts.push(url);
    }
  }
  return { stylesheets: unique(stylesheets), scripts: unique(scripts), inlineScripts };
}

/** The modules a script imports at once (static imports); dynamic import() loads later, on demand. */
export function staticImports(js: string): string[] {
  const out: string[] = [];
  for (const m of js.matchAll(/\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g)) out.push(m[1]);
  for (const m of js.matchAll(/\bexport\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+)["']/g)) out.push(m[1]);
  return unique(out);
}

/** A module's address from the module that imports it (both site paths such as /_astro/x.js). */
export function resolveImport(fromPath: string, spec: string): string {
  return new URL(spec, `http://site${fromPath}`).pathname;
}

/** Every script a page loads when it opens, following static imports, each once. */
export function scriptClosure(entries: readonly string[], read: (path: string) => string | undefined): string[] {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const text = read(path);
    if (text === undefined) return;
    for (const spec of staticImports(text)) if (!/^https?:\/\//.test(spec)) visit(resolveImport(path, spec));
  };
  entries.forEach(visit);
  return [...seen];
}

/**
 * Addresses in built files that would make the browser fetch something from another site by
 * itself: src, srcset, stylesheets, icons and other <link>s, CSS url() and @import, and fetch(),
 * import() and workers in scripts. Links people choose to follow (<a href>, a form's action)
 * are not requests, nor is <link rel="canonical">, which browsers never fetch.
 */
export function foreignRequests(text: string, type: 'html' | 'css' | 'js'): string[] {
  const out: string[] = [];
  const abs = (u: string | undefined) => (u && /^(https?:)?\/\//i.test(u.trim()) ? [u.trim()] : []);
  if (type === 'html') {
    for (const [tag, name] of text.matchAll(/<([a-z][\w-]*)\b[^>]*>/gi)) {
      const el = name.toLowerCase();
      if (el === 'a' || el === 'form') continue;
      out.push(...abs(attr(tag, 'src')), ...abs(attr(tag, 'data')), ...abs(attr(tag, 'poster')));
      for (const part of (attr(tag, 'srcset') ?? '').split(',')) out.push(...abs(part.trim().split(/\s+/)[0]));
      if (el === 'link' && !/\brel="?(canonical|alternate|me|author|license)"?/i.test(tag)) out.push(...abs(attr(tag, 'href')));
    }
    for (const m of text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) out.push(...foreignRequests(m[1], 'css'));
    for (const m of text.matchAll(/<script\b(?![^>]*\btype="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/gi)) out.push(...foreignRequests(m[1], 'js'));
  } else if (type === 'css') {
    for (const m of text.matchAll(/url\(\s*["']?([^"')\s]+)/gi)) out.push(...abs(m[1]));
    for (const m of text.matchAll(/@import\s+["']([^"']+)["']/gi)) out.push(...abs(m[1]));
  } else {
    const re =
      /\b(?:fetch|import|importScripts|Worker|SharedWorker|EventSource|WebSocket|sendBeacon)\s*\(\s*["'`]((?:https?:)?\/\/[^"'`]+)["'`]|\.src\s*=\s*["'`]((?:https?:)?\/\/[^"'`]+)["'`]/g;
    for (const m of text.matchAll(re)) out.push(m[1] ?? m[2]);
  }
  return unique(out);
}

export interface PageFigures {
  path: string;
  htmlCss: number;
  js: number;
}

export interface SiteFigures {
  /** The built folder, e.g. dist or dist-bradford. */
  site: string;
  pages: PageFigures[];
  precache: number;
  firstSearch: number;
  /** Where each request to another site would come from: "file: address". */
  foreign: string[];
}

export interface BudgetResult {
  failures: string[];
  /** Lines of the table printed when everything fits. */
  table: string[];
}

const inKb = (n: number) => `${(n / KB).toFixed(1)} KB`;

/** Checks the figures against the budgets: every failure names the site, the page and the figure. */
export function checkBudgets(sites: readonly SiteFigures[], exceptions: readonly Exception[] = OVER_BUDGET_TODAY): BudgetResult {
  const failures: string[] = [];
  const table = ['| site | measure | largest | page | cap |', '|---|---|---:|---|---:|'];
  for (const s of sites) {
    for (const p of s.pages) {
      const caps = capsFor(p.path, exceptions);
      if (p.htmlCss > caps.htmlCss) {
        failures.push(
          `${s.site}${p.path}: HTML + CSS is ${inKb(p.htmlCss)} compressed, over its cap of ${inKb(caps.htmlCss)} (${pageKind(p.path)} page${caps.htmlCssException ? ', held at its figure in OVER_BUDGET_TODAY' : ''})`,
        );
      }
      if (p.js > caps.js) {
        failures.push(
          `${s.site}${p.path}: JavaScript is ${inKb(p.js)} compressed, over its cap of ${inKb(caps.js)} (${pageKind(p.path)} page${caps.jsException ? ', held at its figure in OVER_BUDGET_TODAY' : ''})`,
        );
      }
    }
    const kinds: { label: string; of: (p: PageFigures) => boolean }[] = [
      { label: 'text pages', of: (p) => pageKind(p.path) === 'text' },
      { label: `${HELP} pages`, of: (p) => pageKind(p.path) === 'help' },
      { label: 'listings', of: (p) => pageKind(p.path) === 'listing' },
      { label: 'flowchart', of: (p) => pageKind(p.path) === 'flowchart' },
      { label: 'booklet', of: (p) => pageKind(p.path) === 'booklet' },
    ];
    for (const { label, of } of kinds) {
      const group = s.pages.filter(of);
      if (!group.length) continue;
      for (const measure of ['htmlCss', 'js'] as const) {
        const worst = group.reduce((a, b) => (b[measure] > a[measure] ? b : a));
        const cap = capsFor(worst.path, exceptions)[measure];
        table.push(`| ${s.site} | ${label}: ${measure === 'htmlCss' ? 'HTML + CSS' : 'JavaScript'} | ${inKb(worst[measure])} | ${worst.path} | ${inKb(cap)} |`);
      }
    }
    if (s.precache > PRECACHE_CAP)
      failures.push(`${s.site}: the offline copy (service worker precache) is ${inKb(s.precache)}, over its cap of ${inKb(PRECACHE_CAP)}`);
    if (s.firstSearch > FIRST_SEARCH_CAP)
      failures.push(`${s.site}: the first search downloads ${inKb(s.firstSearch)}, over its cap of ${inKb(FIRST_SEARCH_CAP)}`);
    for (const f of s.foreign) failures.push(`${s.site}: a request to another site: ${f}`);
    table.push(`| ${s.site} | offline copy (precache) | ${inKb(s.precache)} | | ${inKb(PRECACHE_CAP)} |`);
    table.push(`| ${s.site} | first search | ${inKb(s.firstSearch)} | | ${inKb(FIRST_SEARCH_CAP)} |`);
    table.push(`| ${s.site} | requests to other sites | ${s.foreign.length} | | 0 |`);
  }
  return { failures, table };
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? decodeEntities(m[1] ?? m[2] ?? m[3] ?? '') : undefined;
}

function decodeEntities(s: string): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
