/** A drawing wider than its frame opens at its first question (top-down drawings start in the middle), not at a blank left edge. */
function centreOnFirstBox(frame: HTMLElement) {
  // The first link box is the first question; the image's size is known before it loads, so this needs no waiting.
  const first = frame.querySelector('[data-drawing-links] a');
  if (first && frame.scrollWidth > frame.clientWidth) {
    const box = first.getBoundingClientRect();
    const view = frame.getBoundingClientRect();
    frame.scrollLeft += box.left + box.width / 2 - (view.left + view.width / 2);
  }
  frame.dataset.flowReady = 'true';
}

document.querySelectorAll<HTMLElement>('[data-flow-frame]').forEach(centreOnFirstBox);

/**
 * The drawings follow the page into the offline copy: with the service worker in charge (the page
 * is kept as it is visited), the drawings not yet shown are fetched once the page is idle, through
 * the worker, which keeps them. Not when the person has asked to save data.
 */
function keepDrawingsForOffline() {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  if (!navigator.serviceWorker?.controller || connection?.saveData) return;
  const waiting = [
    ...document.querySelectorAll<HTMLImageElement>('img[data-flow-image], img[data-zoomable-image]'),
  ].filter((img) => !(img.complete && img.naturalWidth > 0));
  for (const img of waiting) void fetch(img.src).catch(() => undefined);
}

const whenIdle = (fn: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(fn) : setTimeout(fn, 1));
if (document.readyState === 'complete') whenIdle(keepDrawingsForOffline);
else window.addEventListener('load', () => whenIdle(keepDrawingsForOffline), { once: true });
