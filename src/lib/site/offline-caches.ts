import { OFFLINE } from './routes.ts';

/** The names of the caches that hold pages saved on this device, shared by the service worker and the pages. */
export const OFFLINE_CACHES = {
  /** Pages visited: kept as they are visited, the oldest dropped when there are many. */
  pages: 'guide-pages',
  /** Styles, scripts and search index files fetched as pages are visited. */
  files: 'guide-files',
  /** Pages saved with "Save this page for offline", and what they need: kept until the browser's data is cleared. */
  saved: 'guide-saved',
} as const;

/** The address a page is kept under in these caches: without its query or #fragment (filesToSave in offline-copy.ts). */
export function savedPageUrl(pageUrl: string): string {
  const page = new URL(pageUrl);
  return page.origin + page.pathname;
}

/** The service worker's address: built there (src/integrations/service-worker.ts) and registered from every page. */
export const SERVICE_WORKER = '/sw.js';

/** The page shown for an address that is not saved on this device when there is no connection. */
export const OFFLINE_PAGE = `${OFFLINE}index.html`;

/** The search index's entry file: it names the index files of one version of the guide (Pagefind writes it). */
export const SEARCH_ENTRY = '/pagefind/pagefind-entry.json';
