/** Offline support in the page: register the service worker, say when there is no
 * connection, and say when a newer version has taken over, without swapping the page under the
 * person. The next page they open is the new version (src/service-worker/sw.ts); Reload shows it here. */
import { SERVICE_WORKER } from '../../lib/site/offline-caches.ts';

function banner(el: HTMLElement | null, show: boolean) {
  if (el) el.hidden = !show;
}

function init() {
  const offline = document.querySelector<HTMLElement>('[data-offline-notice]');
  const update = document.querySelector<HTMLElement>('[data-update-notice]');
  const reload = document.querySelector<HTMLButtonElement>('[data-update-reload]');
  const sync = () => banner(offline, !navigator.onLine);
  window.addEventListener('online', sync);
  window.addEventListener('offline', sync);
  sync();

  // The development server (npm run dev) has no service worker: it is built with the site.
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const sw = navigator.serviceWorker;
  // The version this page was loaded with (none on the very first visit).
  const loadedWith = sw.controller;
  const newer = () => !!loadedWith && !!sw.controller && sw.controller !== loadedWith;
  // A newer version took over (in this tab or another): this page is the old one.
  sw.addEventListener('controllerchange', () => banner(update, newer()));
  reload?.addEventListener('click', () => window.location.reload());
  // Shown again from the back/forward cache after a newer version took over: load it again, so the
  // tab never shows the old version beside the new one. (The browser may tell a restored page of the
  // new version only after showing it, so the registration is asked too.)
  window.addEventListener('pageshow', (e) => {
    if (!e.persisted || !loadedWith) return;
    if (newer()) return window.location.reload();
    sw.getRegistration()
      .then((reg) => {
        if (reg?.active && reg.active !== loadedWith) window.location.reload();
      })
      .catch(() => undefined);
  });
  sw.register(SERVICE_WORKER).catch(() => {
    /* no offline support in this browser: the site still works online */
  });
}

init();
