/**
 * Size budgets over the built site: `npm run budgets` (after `npm run build`; `npm test` runs it
 * after both builds). Checks dist/ and, when it is there, dist-bradford/; or the folders given as
 * arguments. Fails naming each page and figure over its cap; prints a table when all fit.
 * The caps and the rules are in src/build-tools/budget-rules.ts.
 */
import { existsSync, globSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  checkBudgets,
  foreignRequests,
  pageAssets,
  scriptClosure,
  type SiteFigures,
} from '../src/build-tools/budget-rules.ts';
import { precacheList } from '../src/lib/site/offline-copy.ts';

const args = process.argv.slice(2);
const sites = args.length ? args : ['dist', 'dist-bradford'].filter((d) => existsSync(d));
if (!sites.length || !existsSync(sites[0])) {
  console.error('budgets: dist/ is missing. Fix: run npm run build first (npm test does).');
  process.exit(1);
}

function files(dir: string): string[] {
  return globSync('**/*', { cwd: dir, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

function measureSite(dir: string): SiteFigures {
  const sizes = new Map<string, number>();
  /** Bytes sent for a file by a server that compresses: gzip, or the file itself if it is already compressed. */
  const sent = (sitePath: string): number => {
    const cached = sizes.get(sitePath);
    if (cached !== undefined) return cached;
    const file = join(dir, decodeURIComponent(sitePath));
    const size = existsSync(file)
      ? Math.min(statSync(file).size, gzipSync(readFileSync(file), { level: 9 }).length)
      : 0;
    sizes.set(sitePath, size);
    return size;
  };
  const read = (sitePath: string) => {
    const file = join(dir, decodeURIComponent(sitePath));
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  };
  const all = files(dir);
  const sitePathOf = (file: string) => `/${relative(dir, file).split('\\').join('/')}`;

  const pages = all
    .filter((f) => f.endsWith('.html'))
    .map((file) => {
      const sitePath = sitePathOf(file);
      const path = sitePath.endsWith('/index.html') ? sitePath.slice(0, -'index.html'.length) : sitePath;
      const html = readFileSync(file, 'utf8');
      const { stylesheets, scripts, inlineScripts, images } = pageAssets(html);
      const htmlCss = gzipSync(html, { level: 9 }).length + stylesheets.reduce((s, href) => s + sent(href), 0);
      // Scripts written into the page count here too (they are also part of its HTML).
      const inline = inlineScripts.length ? gzipSync(inlineScripts.join('\n'), { level: 9 }).length : 0;
      const js = inline + scriptClosure(scripts, read).reduce((s, src) => s + sent(src), 0);
      // Images of this site (the flowchart's drawings): each file's size; those shown at once count in the first screen.
      const own = images.filter((i) => i.src.startsWith('/') && !i.src.startsWith('//'));
      return { path, htmlCss, js, images: own.map((i) => ({ src: i.src, bytes: sent(i.src), lazy: i.lazy })) };
    })
    .sort((a, b) => a.path.localeCompare(b.path));

  // The offline copy: every file the service worker precaches, as stored on the phone.
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  const precache = precacheList(sw).reduce((sum, file) => sum + statSync(join(dir, file)).size, 0);

  // The first search: Pagefind's script, its worker, the entry file, the language's wasm and
  // metadata, the filters (the search page shows them), the largest index chunk and the ten
  // largest result fragments (one query loads at most one chunk and a page of results).
  const pf = (f: string) => `/pagefind/${f}`;
  const entry = JSON.parse(read(pf('pagefind-entry.json')) ?? '{"languages":{}}') as {
    languages: Record<string, { hash: string; wasm?: string }>;
  };
  const lang = Object.values(entry.languages)[0];
  const inFolder = (folder: string, ext: string) =>
    existsSync(join(dir, 'pagefind', folder))
      ? readdirSync(join(dir, 'pagefind', folder))
          .filter((f) => f.endsWith(ext))
          .map((f) => pf(`${folder}/${f}`))
      : [];
  const bySize = (xs: string[]) => xs.sort((a, b) => sent(b) - sent(a));
  const searchFiles = [
    pf('pagefind.js'),
    pf('pagefind-worker.js'),
    pf('pagefind-entry.json'),
    ...(lang ? [pf(`wasm.${lang.wasm ?? 'unknown'}.pagefind`), pf(`pagefind.${lang.hash}.pf_meta`)] : []),
    ...inFolder('filter', '.pf_filter'),
    ...bySize(inFolder('index', '.pf_index')).slice(0, 1),
    ...bySize(inFolder('fragment', '.pf_fragment')).slice(0, 10),
  ];
  const firstSearch = searchFiles.reduce((s, f) => s + sent(f), 0);

  // Requests to other sites, from every page, stylesheet and script (the booklet included).
  const foreign: string[] = [];
  for (const file of all) {
    const type = file.endsWith('.html')
      ? 'html'
      : file.endsWith('.css')
        ? 'css'
        : file.endsWith('.js') && !file.endsWith('.map')
          ? 'js'
          : undefined;
    if (!type) continue;
    for (const url of foreignRequests(readFileSync(file, 'utf8'), type)) foreign.push(`${sitePathOf(file)}: ${url}`);
  }
  return { site: dir, pages, precache, firstSearch, foreign };
}

const { failures, table } = checkBudgets(sites.map(measureSite));
if (failures.length) {
  console.error(`Size budgets broken (${failures.length}):\n`);
  for (const f of failures) console.error(`  ${f}`);
  console.error(
    '\nThe caps are in src/build-tools/budget-rules.ts. Fix the page; hold it at its figure in OVER_BUDGET_TODAY only with a reason.',
  );
  process.exit(1);
}
console.log('Size budgets: all pages fit (compressed sizes; the largest of each kind).\n');
for (const line of table) console.log(line);
