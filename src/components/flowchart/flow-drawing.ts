/** A drawing wider than its frame opens at its first question (top-down drawings start in the middle), not at a blank left edge. */
function centreOnFirstBox(frame: HTMLElement) {
  const first = frame.querySelector('g.node');
  if (first && frame.scrollWidth > frame.clientWidth) {
    const box = first.getBoundingClientRect();
    const view = frame.getBoundingClientRect();
    frame.scrollLeft += box.left + box.width / 2 - (view.left + view.width / 2);
  }
  frame.dataset.flowReady = 'true';
}

document.querySelectorAll<HTMLElement>('[data-flow-frame]').forEach(centreOnFirstBox);
