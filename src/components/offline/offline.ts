/** Offline support in the page: register the service worker, say when there is no
 * connection, and offer a newer version without swapping pages under the person. */
import { SERVICE_WORKER, SKIP_WAITING } from '../../lib/offline-caches.ts';

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
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading) window.location.reload();
  });
  navigator.serviceWorker
    .register(SERVICE_WORKER)
    .then((reg) => {
      const offer = () => {
        if (!navigator.serviceWorker.controller) return;
        banner(update, true);
      };
      // Reload: if the new version is still waiting, let it take over (every open tab then runs it) and reload
      // when it has; if another tab already let it take over, this tab only needs to load the page again.
      reload?.addEventListener('click', () => {
        const waiting = reg.waiting;
        if (waiting && waiting.state === 'installed') {
          reloading = true;
          waiting.postMessage({ type: SKIP_WAITING });
        } else {
          window.location.reload();
        }
      });
      if (reg.waiting) offer();
      reg.addEventListener('updatefound', () => {
        const worker = reg.installing;
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed') offer();
        });
      });
    })
    .catch(() => {
      /* no offline support in this browser: the site still works online */
    });
}

init();
