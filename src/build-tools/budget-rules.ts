/**
 * Size budgets for the built site (checked by `npm run budgets` over dist/): what each page costs
 * a person on an old phone with little data. The caps, which page gets which, what a page loads,
 * and which addresses would be requests to another site are decided here; scripts/budgets.ts
 * reads the files and measures them.
 */
import { BOOKLET, DIRECTORY, FLOWCHART, HELP, SEARCH } from '../lib/site/routes.ts';

const KB = 1024;
/** Compressed (gzip) HTML plus CSS of a text page: fits the first round trip of a connection. */
export const TEXT_PAGE_HTML_CSS_CAP = 14 * KB;
/** Compressed JavaScript a content page loads. */
export const CONTENT_PAGE_JS_CAP = 4 * KB;
/** Compressed JavaScript of the step-by-step guide's pages (/help/) and of /search/: their islands need Preact. */
export const HELP_PAGE_JS_CAP = 12 * KB;
/**
 * Compressed size of each image file a page shows (the flowchart's drawings are SVG files). The
 * images a page shows at once (not loading="lazy") also count in its HTML + CSS cap: its first screen.
 */
export const IMAGE_CAP = 16 * KB;
/**
 * Everything the service worker saves for offline use (uncompressed, as stored on the phone).
 * Whatever the content: the essentials are saved on the first visit, the rest as it is visited (src/lib/site/offline-copy.ts).
 * 3 MB, up from 2 MB when the easy read way through was added (its 37 pages, Help now and pictures,
 * about 0.85 MB, 2.5 MB in all): someone who reads easy read needs it offline as much as anyone.
 * Sent compressed, the first visit downloads about a quarter of this.
 */
export const PRECACHE_CAP = 3 * KB * KB;
/** What the first search downloads: Pagefind's entry files and one index chunk. */
export const FIRST_SEARCH_CAP = 150 * KB;

export type PageKind = 'text' | 'help' | 'booklet' | 'flowchart' | 'listing';

/**
 * Pages that are not text pages have their own stated cap for HTML + CSS:
 * - the booklet holds the whole guide on one page, to be printed (only a build for printing has
 *   it, see booklet-build.ts: check it with npm run budgets -- .booklet-site);
 * - the flowchart shows the decision tree drawn in parts: each drawing is its own SVG file, the
 *   first shown at once (it counts here), the others as they come near the screen (each under IMAGE_CAP);
 * - listings (the directory, its categories and the search page's A to Z) grow with the directory.
 */
const OWN_HTML_CSS_CAPS: Record<Exclude<PageKind, 'text' | 'help'>, { cap: number; why: string }> = {
  booklet: { cap: 100 * KB, why: 'the whole guide on one page, made to be printed (about 63 KB today)' },
  flowchart: {
    cap: 24 * KB,
    why: 'the page, its styles and its first drawing, shown at once (about 20 KB today; the other drawings load as they are reached)',
  },
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
  {
    page: HELP,
    measure: 'js',
    cap: 12.1 * KB,
    why: 'the script every page shares grew past 12 KB (about 62 bytes over) when it took the easy read addresses and their tab key; moving those alone saves about 32 bytes, so getting back under means moving the addresses and storage keys that only other pages use out of src/lib/site/routes.ts and storage.ts into modules of their own',
  },
];

/** What kind of page a path is, for its caps. */
export function pageKind(path: string): PageKind {
  if (path.startsWith(BOOKLET)) return 'booklet';
  if (path === FLOWCHART) return 'flowchart';
  if (path === DIRECTORY || path.startsWith(DIRECTORY) || path === SEARCH) return 'listing';
  if (path === HELP || path.startsWith(HELP)) return 'help';
  return 'text';
}

function exceptionFor(
  path: string,
  measure: Exception['measure'],
  exceptions: readonly Exception[],
): Exception | undefined {
  // A group ("/help/*") covers only pages of its own kind: not the flowchart under /help/.
  const inGroup = (prefix: string) => path.startsWith(prefix) && pageKind(path) === pageKind(prefix);
  return exceptions.find(
    (e) => e.measure === measure && (e.page.endsWith('*') ? inGroup(e.page.slice(0, -1)) : e.page === path),
  );
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
export function pageAssets(html: string): {
  stylesheets: string[];
  scripts: string[];
  inlineScripts: string[];
  images: { src: string; lazy: boolean }[];
} {
  const stylesheets: string[] = [];
  const images: { src: string; lazy: boolean }[] = [];
  for (const [tag] of html.matchAll(/<img\b[^>]*>/gi)) {
    const src = attr(tag, 'src');
    if (src && !images.some((i) => i.src === src))
      images.push({ src, lazy: attr(tag, 'loading')?.toLowerCase() === 'lazy' });
  }
  const scripts: string[] = [];
  const inlineScripts: string[] = [];
  for (const [, open, body] of html.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script>/gi)) {
    const type = attr(open, 'type');
    if (!attr(open, 'src') && body.trim() && (!type || /^(module|text\/javascript)$/i.test(type)))
      inlineScripts.push(body);
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
  return { stylesheets: unique(stylesheets), scripts: unique(scripts), inlineScripts, images };
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
      if (el === 'link' && !/\brel="?(canonical|alternate|me|author|license)"?/i.test(tag))
        out.push(...abs(attr(tag, 'href')));
    }
    for (const m of text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) out.push(...foreignRequests(m[1], 'css'));
    for (const m of text.matchAll(/<script\b(?![^>]*\btype="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/gi))
      out.push(...foreignRequests(m[1], 'js'));
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

/** An image a page shows: its file, its compressed size, and whether it waits until it is near the screen. */
interface PageImage {
  src: string;
  bytes: number;
  lazy: boolean;
}

export interface PageFigures {
  path: string;
  htmlCss: number;
  js: number;
  /** The images the page shows (<img>), if any. */
  images?: readonly PageImage[];
}

/** What a page sends before its first screen shows: its HTML and CSS and the images it shows at once (not lazy ones). */
export function firstScreen(p: PageFigures): number {
  return p.htmlCss + (p.images ?? []).filter((i) => !i.lazy).reduce((sum, i) => sum + i.bytes, 0);
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
export function checkBudgets(
  sites: readonly SiteFigures[],
  exceptions: readonly Exception[] = OVER_BUDGET_TODAY,
): BudgetResult {
  const failures: string[] = [];
  const table = ['| site | measure | largest | page | cap |', '|---|---|---:|---|---:|'];
  for (const s of sites) {
    for (const p of s.pages) {
      const caps = capsFor(p.path, exceptions);
      const first = firstScreen(p);
      if (first > caps.htmlCss) {
        const what = first > p.htmlCss ? 'HTML + CSS and the images it shows at once' : 'HTML + CSS';
        failures.push(
          `${s.site}${p.path}: ${what} is ${inKb(first)} compressed, over its cap of ${inKb(caps.htmlCss)} (${pageKind(p.path)} page${caps.htmlCssException ? ', held at its figure in OVER_BUDGET_TODAY' : ''})`,
        );
      }
      if (p.js > caps.js) {
        failures.push(
          `${s.site}${p.path}: JavaScript is ${inKb(p.js)} compressed, over its cap of ${inKb(caps.js)} (${pageKind(p.path)} page${caps.jsException ? ', held at its figure in OVER_BUDGET_TODAY' : ''})`,
        );
      }
    }
    const images = new Map<string, { bytes: number; page: string }>();
    for (const p of s.pages)
      for (const i of p.images ?? []) if (!images.has(i.src)) images.set(i.src, { bytes: i.bytes, page: p.path });
    for (const [src, i] of images) {
      if (i.bytes > IMAGE_CAP)
        failures.push(
          `${s.site}${src}: the image is ${inKb(i.bytes)} compressed, over its cap of ${inKb(IMAGE_CAP)} (shown on ${i.page})`,
        );
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
        const figure = (p: PageFigures) => (measure === 'htmlCss' ? firstScreen(p) : p.js);
        const worst = group.reduce((a, b) => (figure(b) > figure(a) ? b : a));
        const cap = capsFor(worst.path, exceptions)[measure];
        const name =
          measure === 'js'
            ? 'JavaScript'
            : firstScreen(worst) > worst.htmlCss
              ? 'HTML + CSS + images shown at once'
              : 'HTML + CSS';
        table.push(`| ${s.site} | ${label}: ${name} | ${inKb(figure(worst))} | ${worst.path} | ${inKb(cap)} |`);
      }
    }
    if (images.size) {
      const [src, largest] = [...images].reduce((a, b) => (b[1].bytes > a[1].bytes ? b : a));
      table.push(`| ${s.site} | largest image | ${inKb(largest.bytes)} | ${src} | ${inKb(IMAGE_CAP)} |`);
    }
    if (s.precache > PRECACHE_CAP)
      failures.push(
        `${s.site}: the offline copy (service worker precache) is ${inKb(s.precache)}, over its cap of ${inKb(PRECACHE_CAP)}`,
      );
    if (s.firstSearch > FIRST_SEARCH_CAP)
      failures.push(
        `${s.site}: the first search downloads ${inKb(s.firstSearch)}, over its cap of ${inKb(FIRST_SEARCH_CAP)}`,
      );
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
