/**
 * Build step: the booklet's print pages, only in a build made to be printed (BOOKLET_PAGES=1,
 * which `npm run booklet` sets; see src/build-tools/booklet-build.ts). The site's own build leaves them
 * out: they repeat the whole guide and directory on one page, and only the printer reads them.
 */
import type { AstroIntegration } from 'astro';
import { BOOKLET_PAGES } from '../build-tools/booklet-build.ts';

export function bookletPages(options: { include: boolean }): AstroIntegration {
  return {
    name: 'guide:booklet-pages',
    hooks: {
      'astro:config:setup': ({ injectRoute, logger }) => {
        if (!options.include) return;
        for (const page of BOOKLET_PAGES)
          injectRoute({ pattern: page.path, entrypoint: page.entrypoint, prerender: true });
        logger.info(`booklet pages added: ${BOOKLET_PAGES.map((p) => p.path).join(', ')}`);
      },
    },
  };
}
