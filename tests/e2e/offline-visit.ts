/**
 * The two steps of every offline test: wait until the service worker is active (it has saved the
 * essentials), then stop the site's server so only what it saved can load.
 */
import { expect, type Page } from '@playwright/test';
import type { serveStatic } from '../../src/build-tools/static-server.ts';

export type Server = Awaited<ReturnType<typeof serveStatic>>;

/** Waits until the page's service worker is active, which is when the first visit's copy is saved. */
export async function serviceWorkerActive(page: Page) {
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    if (reg.active?.state !== 'activated') await new Promise((r) => reg.active!.addEventListener('statechange', r));
  });
}

/** Stops the site's server: after this only what the service worker saved can load. */
export async function stopServer(own: Server) {
  own.server.closeAllConnections();
  await own.close();
  await expect
    .poll(async () =>
      fetch(`${own.base}/`).then(
        () => 'up',
        () => 'down',
      ),
    )
    .toBe('down');
}
