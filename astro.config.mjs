// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { contentCheck } from './src/integrations/content-check.ts';
import { searchIndex } from './src/integrations/search.ts';
import { cspInlineStyles } from './src/integrations/csp.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { rehypeMermaidCached } from './src/build-tools/rehype-mermaid-cached.ts';
import { selectedEdition } from './src/lib/edition.ts';
import { CSP_DIRECTIVES } from './src/lib/csp.ts';
import { KIOSK_BOOT_SCRIPT, scriptHash } from './src/lib/kiosk-boot.ts';

const edition = selectedEdition(process.env);

export default defineConfig({
  output: 'static',
  // The booklet builds into its own folder so it never disturbs a running preview of dist/.
  outDir: process.env.OUT_DIR || './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // The site never loads anything from another origin; prefetching is off to save data.
  prefetch: false,
  devToolbar: { enabled: false },
  // A strict Content-Security-Policy in every page: Astro hashes the scripts and styles it bundles;
  // the one inline script (kiosk styling before first paint) is allowed by its hash.
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { hashes: [scriptHash(KIOSK_BOOT_SCRIPT)] },
    },
  },
  markdown: {
    // ```mermaid blocks in guide pages become inline SVG at build time (kept in content/drawings/).
    processor: unified({ rehypePlugins: [rehypeMermaidCached] }),
    syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid', 'math'] },
  },
  // The search index is built from the finished pages, then the service worker precaches everything.
  integrations: [contentCheck({ edition }), preact(), mdx(), cspInlineStyles(), searchIndex(), serviceWorker({ edition })],
});
