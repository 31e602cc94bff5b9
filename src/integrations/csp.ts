/**
 * Build step: after the pages are written, styles Astro left in the body move into <head>, and
 * each page's Content-Security-Policy also allows the exact inline styles that page has (see
 * src/build-tools/csp-inline.ts). Runs before the search index
 * and the service worker, which read the finished pages.
 */
import type { AstroIntegration } from 'astro';
import { globSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashInlineStyles, hoistBodyStyles } from '../build-tools/csp-inline.ts';

function htmlFiles(dir: string): string[] {
  return globSync('**/*.html', { cwd: dir }).map((f) => join(dir, f));
}

export function cspInlineStyles(): AstroIntegration {
  return {
    name: 'guide:csp-inline-styles',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        let changed = 0;
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const next = hashInlineStyles(hoistBodyStyles(html));
          if (next !== html) {
            writeFileSync(file, next);
            changed++;
          }
        }
        logger.info(`inline styles tidied and hashed into the policy of ${changed} page${changed === 1 ? '' : 's'}`);
      },
    },
  };
}
