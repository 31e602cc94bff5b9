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
