/**
 * knip finds unused files, exports and dependencies (`npm run knip`, part of `npm test`).
 * Its Astro plugin already reads astro.config.mjs, src/pages/** and src/content.config.ts.
 */
import { globSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { KnipConfig } from 'knip';

/**
 * Modules loaded by address with `import url from 'later:./module.ts'` (src/build-tools/load-later.ts)
 * are built as files of their own, so each is a starting point. knip cannot follow that import itself.
 */
function laterModules(): string[] {
  const found = new Set<string>();
  for (const file of globSync('src/**/*.{ts,tsx,astro}')) {
    for (const m of readFileSync(file, 'utf8').matchAll(/^import \w+ from 'later:([^']+)';$/gm)) {
      found.add(
        relative('.', join(dirname(file), m[1]))
          .split('\\')
          .join('/'),
      );
    }
  }
  return [...found].sort();
}

const config: KnipConfig = {
  entry: [
    // Added as pages by src/integrations/booklet-pages.ts (the print build only).
    'src/print-pages/**/*.astro',
    'src/integrations/*.ts',
    'src/service-worker/sw.ts',
    'scripts/*.ts',
    'tests/**/*.ts',
    // The content editor's page script, served by scripts/edit.ts (npm run edit), never built into the site.
    'src/editor/*.js',
    ...laterModules(),
  ],
  // The guide's words (MDX and YAML) are content, checked by npm run check:content, not code.
  ignore: ['content/**'],
  // `later:` is the loader's prefix for a module of this project, not a package.
  ignoreDependencies: ['later'],
  // Poppler's command-line tools, installed on the system (the booklet's PDF checks).
  ignoreBinaries: ['pdfinfo', 'pdftotext', 'pdftoppm'],
};

export default config;
