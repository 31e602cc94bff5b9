import { existsSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { describe, expect, it } from 'vitest';
import { bookletPages } from '../../src/integrations/booklet-pages.ts';
import { BOOKLET_PAGES_VAR, buildsBookletPages } from '../../src/build-tools/booklet-build.ts';
import { BOOKLET, BOOKLET_EASY_READ, BOOKLET_LARGE_PRINT } from '../../src/lib/site/routes.ts';

/** The routes the integration adds when Astro sets up the build. */
function injectedBy(integration: AstroIntegration): { pattern: string; entrypoint: string | URL }[] {
  const routes: { pattern: string; entrypoint: string | URL }[] = [];
  const setup = integration.hooks['astro:config:setup'] as (o: unknown) => void;
  setup({
    injectRoute: (r: { pattern: string; entrypoint: string | URL }) => routes.push(r),
    logger: { info: () => {} },
  });
  return routes;
}

describe('the booklet pages are built only for printing', () => {
  it('the site’s own build (no variable, empty, 0 or false) has no booklet pages', () => {
    for (const value of [undefined, '', '0', 'false', ' FALSE ']) {
      const include = buildsBookletPages({ [BOOKLET_PAGES_VAR]: value });
      expect(include, String(value)).toBe(false);
      expect(injectedBy(bookletPages({ include }))).toEqual([]);
    }
    expect(buildsBookletPages({})).toBe(false);
  });

  it('a build for printing (BOOKLET_PAGES=1) has the booklet, the large print booklet and the easy read booklet', () => {
    for (const value of ['1', 'true', 'TRUE'])
      expect(buildsBookletPages({ [BOOKLET_PAGES_VAR]: value }), value).toBe(true);
    const routes = injectedBy(bookletPages({ include: buildsBookletPages({ [BOOKLET_PAGES_VAR]: '1' }) }));
    expect(routes.map((r) => r.pattern)).toEqual([BOOKLET, BOOKLET_LARGE_PRINT, BOOKLET_EASY_READ]);
    for (const r of routes) expect(existsSync(String(r.entrypoint)), String(r.entrypoint)).toBe(true);
  });

  it('a value that is not yes or no stops the build with the fix, instead of quietly leaving the pages out', () => {
    expect(() => buildsBookletPages({ [BOOKLET_PAGES_VAR]: 'yes please' })).toThrow(`${BOOKLET_PAGES_VAR}=1`);
  });
});
