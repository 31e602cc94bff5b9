/**
 * Saving this page for offline: stores the page and the files it loaded in the saved-pages cache.
 * Loaded only when someone presses "Save this page for offline" (save-offline.ts).
 */
import { OFFLINE_CACHES } from '../../lib/site/offline-caches.ts';
import { filesToSave } from '../../lib/site/offline-copy.ts';

/** The files from this site that the page loaded: styles, scripts, icons and images. */
function pageResources(): string[] {
  const fromDom = [
    ...document.querySelectorAll<HTMLLinkElement | HTMLScriptElement | HTMLImageElement>(
      'link[rel~="stylesheet"][href], link[rel~="modulepreload"][href], link[rel~="icon"][href], script[src], img[src]',
    ),
  ].map((el) => ('href' in el && el.href ? el.href : (el as HTMLScriptElement | HTMLImageElement).src));
  const loaded = performance.getEntriesByType('resource').map((e) => e.name);
  return [...fromDom, ...loaded];
}

/** Saves the page and everything it needs, or nothing: throws if any file cannot be fetched. */
export async function savePage(): Promise<void> {
  const cache = await caches.open(OFFLINE_CACHES.saved);
  const urls = filesToSave(window.location.href, pageResources());
  // Fetch everything first, so a page is never half saved.
  const responses = await Promise.all(
    urls.map(async (url) => {
      // With no connection, a page already on the device (visited) can still be saved.
      const res = await fetch(url, { credentials: 'same-origin' }).catch(
        async () => (await caches.match(url)) ?? Promise.reject(new Error(url)),
      );
      if (!res.ok) throw new Error(`${url}: ${res.status}`);
      return [url, res] as const;
    }),
  );
  await Promise.all(responses.map(([url, res]) => cache.put(url, res)));
}
