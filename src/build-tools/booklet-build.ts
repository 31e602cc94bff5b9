/**
 * Whether a build makes the booklet's print pages (BOOKLET and BOOKLET_LARGE_PRINT). They hold
 * the whole guide and the whole directory on one page each, so only the build that is printed
 * makes them: `npm run booklet` sets BOOKLET_PAGES=1. The site itself never has them.
 */
import { BOOKLET, BOOKLET_EASY_READ, BOOKLET_LARGE_PRINT } from '../lib/site/routes.ts';

/** The environment variable that adds the booklet pages to a build: 1 (or true) to add them. */
export const BOOKLET_PAGES_VAR = 'BOOKLET_PAGES';

/** The booklet's print pages: the address, and the page file under src/ that makes it. */
export const BOOKLET_PAGES = [
  { path: BOOKLET, entrypoint: 'src/print-pages/BookletPage.astro' },
  { path: BOOKLET_LARGE_PRINT, entrypoint: 'src/print-pages/LargePrintPage.astro' },
  { path: BOOKLET_EASY_READ, entrypoint: 'src/print-pages/EasyReadBookletPage.astro' },
] as const;

/** True when the build should make the booklet pages; a value that is not yes or no stops the build. */
export function buildsBookletPages(env: Record<string, string | undefined>): boolean {
  const raw = (env[BOOKLET_PAGES_VAR] ?? '').trim().toLowerCase();
  if (raw === '' || raw === '0' || raw === 'false') return false;
  if (raw === '1' || raw === 'true') return true;
  throw new Error(
    `${BOOKLET_PAGES_VAR}=${env[BOOKLET_PAGES_VAR]}: use ${BOOKLET_PAGES_VAR}=1 to build the booklet pages, or leave it unset.`,
  );
}
