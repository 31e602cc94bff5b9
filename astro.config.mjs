// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { contentCheck } from './src/integrations/content-check.ts';
import { searchIndex } from './src/integrations/search.ts';
import { cspInlineStyles } from './src/integrations/csp.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { bookletPages } from './src/integrations/booklet-pages.ts';
import { buildsBookletPages } from './src/build-tools/booklet-build.ts';
import { rehypeMermaidCached } from './src/build-tools/rehype-mermaid-cached.ts';
import sitemap from '@astrojs/sitemap';
import { selectedEdition } from './src/lib/edition.ts';
import { editionSiteAddress } from './src/build-tools/site-address.ts';
import { pageIndexing } from './src/lib/site/indexing.ts';
import { CSP_DIRECTIVES } from './src/lib/site/csp-policy.ts';
import { BOOT_SCRIPT, scriptHash } from './src/lib/kiosk/boot-script.ts';
import { EVERY_PAGE_CHUNK, loadLater, PREACT_CHUNK } from './src/build-tools/load-later.ts';
import { quietAstroDirectiveWarnings } from './src/build-tools/quiet-warnings.ts';
import { contentCacheDir } from './src/build-tools/content-root.ts';

const edition = selectedEdition(process.env);
// The edition's public address. Without one the build is a draft: every page says noindex,
// robots.txt disallows everything and no sitemap is written (see src/lib/site/indexing.ts).
const site = editionSiteAddress(edition);

export default defineConfig({
  output: 'static',
  // A build from another content folder (CONTENT_ROOT) keeps its content cache apart, so it never
  // reuses an entry that points into another copy (src/build-tools/content-root.ts).
  ...(contentCacheDir() ? { cacheDir: contentCacheDir() } : {}),
  ...(site ? { site } : {}),
  // The booklet builds into its own folder so it never disturbs a running preview of dist/.
  outDir: process.env.OUT_DIR || './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // The site never loads anything from another origin; prefetching is off to save data.
  prefetch: false,
  devToolbar: { enabled: false },
  // Scripts are never written into the page: as files they are downloaded once and then cached
  // (and saved offline) for every page, instead of being sent again inside each page's HTML.
  // Everything else (small stylesheets) keeps the usual rule.
  // Code needed only sometimes (kiosk mode, saving a page, printing) is imported as 'later:./file.ts'
  // and loaded by its address when needed; every page's own script is one file (src/build-tools/load-later.ts).
  vite: {
    // quietAstroDirectiveWarnings: no bundler warning for each guide page about Astro's own MDX directive.
    plugins: [loadLater(), quietAstroDirectiveWarnings()],
    build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) },
    environments: {
      client: {
        build: { rolldownOptions: { output: { codeSplitting: { groups: [EVERY_PAGE_CHUNK, PREACT_CHUNK] } } } },
      },
    },
  },
  // A strict Content-Security-Policy in every page: Astro hashes the scripts and styles it bundles;
  // the one inline script (kiosk styling, and keeping a page closed after leaving, before first paint) is allowed by its hash.
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { hashes: [scriptHash(BOOT_SCRIPT)] },
    },
  },
  markdown: {
    // ```mermaid blocks in guide pages become inline SVG at build time (kept in content/drawings/).
    processor: unified({ rehypePlugins: [rehypeMermaidCached] }),
    // No syntax highlighting: guide pages hold no code, and leaving the highlighter out keeps the build lighter.
    syntaxHighlight: false,
  },
  // The search index is built from the finished pages, then the service worker precaches everything.
  // The sitemap lists only the pages search engines may list (the same rule as each page's robots tag).
  integrations: [
    contentCheck({ edition }),
    // The booklet's print pages, only when the build is for printing (BOOKLET_PAGES=1, set by npm run booklet).
    bookletPages({ include: buildsBookletPages(process.env) }),
    // Preact components are the .tsx files. Naming them keeps the Preact plugin's Babel step off
    // every other TypeScript file, which Vite compiles itself (about a second of every build).
    preact({ include: [/\.tsx$/] }),
    mdx(),
    ...(site ? [sitemap({ filter: (page) => pageIndexing(page, site).indexable })] : []),
    cspInlineStyles(),
    searchIndex(),
    serviceWorker({ edition }),
  ],
});
