/** Offline support in the page: register the service worker, say when there is no
 * connection, and offer a newer version without swapping pages under the person. */

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

  if (!('serviceWorker' in navigator) || document.documentElement.dataset.noServiceWorker) return;
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading) window.location.reload();
  });
  navigator.serviceWorker
    .register('/sw.js')
    .then((reg) => {
      const offer = (worker: ServiceWorker | null) => {
        if (!worker || !navigator.serviceWorker.controller) return;
        banner(update, true);
        reload?.addEventListener('click', () => {
          reloading = true;
          worker.postMessage({ type: 'SKIP_WAITING' });
        });
      };
      if (reg.waiting) offer(reg.waiting);
      reg.addEventListener('updatefound', () => {
        const worker = reg.installing;
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed') offer(worker);
        });
      });
    })
    .catch(() => {
      /* no offline support in this browser: the site still works online */
    });
}

init();
