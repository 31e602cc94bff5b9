/**
 * "Save this page for offline": shows the button where the browser can save pages, and says when
 * this page is saved already. The saving code (save-page.ts) loads only when the button is pressed.
 */
import { OFFLINE_CACHES, savedPageUrl } from '../../lib/site/offline-caches.ts';
import savePageModule from 'later:./save-page.ts';

const SAVED = 'Saved. This page will open on this device without a connection.';
const ALREADY = 'This page is saved on this device. It will open without a connection.';
const FAILED = 'This page could not be saved. Check you have a connection and try again.';

async function init() {
  const box = document.querySelector<HTMLElement>('[data-save-offline]');
  const button = box?.querySelector<HTMLButtonElement>('[data-save-offline-button]');
  const status = box?.querySelector<HTMLElement>('[data-save-offline-status]');
  if (!box || !button || !status || !('serviceWorker' in navigator) || !('caches' in window)) return;
  box.hidden = false;
  try {
    if (await (await caches.open(OFFLINE_CACHES.saved)).match(savedPageUrl(window.location.href)))
      status.textContent = ALREADY;
  } catch {
    /* the browser does not let this page use its storage: the button says so when pressed */
  }
  button.addEventListener('click', async () => {
    button.disabled = true;
    status.textContent = 'Saving…';
    try {
      const { savePage } = await (import(/* @vite-ignore */ savePageModule) as Promise<
        typeof import('./save-page.ts')
      >);
      await savePage();
      status.textContent = SAVED;
      box.dataset.saved = '';
    } catch {
      status.textContent = FAILED;
      delete box.dataset.saved;
    } finally {
      button.disabled = false;
    }
  });
  box.dataset.ready = '';
}

void init();
