// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import mdx from '@astrojs/mdx';
import { contentCheck } from './src/integrations/content-check.ts';
import { selectedEdition } from './src/lib/edition.ts';

const edition = selectedEdition(process.env);

export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // The site never loads anything from another origin; prefetching is off to save data.
  prefetch: false,
  devToolbar: { enabled: false },
  integrations: [contentCheck({ edition }), preact(), mdx()],
  vite: { define: { 'import.meta.env.EDITION': JSON.stringify(edition) } },
});
