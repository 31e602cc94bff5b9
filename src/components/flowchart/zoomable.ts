/** Zoom and pan for each [data-zoomable] drawing: fitted to its window when it first shows, then by buttons, keys, wheel, drag and pinch. */
import Panzoom, { type PanzoomObject } from '@panzoom/panzoom';
import { fitToWindow, keyAction, ZOOM_LIMITS, ZOOM_STEP } from '../../lib/present/zoom.ts';

function setUp(root: HTMLElement) {
  const win = root.querySelector<HTMLElement>('[data-zoomable-window]');
  const content = root.querySelector<HTMLElement>('[data-zoomable-content]');
  const image = content?.querySelector<HTMLImageElement>('[data-zoomable-image]');
  const controls = root.querySelector<HTMLElement>('[data-zoomable-controls]');
  if (!win || !content || !image || !controls) return;
  root.classList.add('is-ready');
  controls.hidden = false;
  // The drawing's size is written on the image, so it is known before the image loads.
  const drawing = { width: Number(image.getAttribute('width')), height: Number(image.getAttribute('height')) };
  // Made when the drawing first has room (now, or when its <details> opens), so it starts fitted.
  let pz: PanzoomObject | undefined;
  const windowSize = () => ({ width: win.clientWidth, height: win.clientHeight });

  const fit = () => {
    if (!pz) return;
    const s = fitToWindow(windowSize(), drawing);
    pz.zoom(s.scale, { animate: false, force: true });
    pz.pan(s.x, s.y, { animate: false, force: true });
    root.dataset.zoomScale = String(s.scale);
  };
  const zoomBy = (factor: number) => {
    if (!pz) return;
    // Zoom about the middle of the window, so what is in view stays in view.
    const scale = pz.getScale();
    const next = Math.min(ZOOM_LIMITS.max, Math.max(ZOOM_LIMITS.min, scale * factor));
    const { x, y } = pz.getPan();
    const cx = win.clientWidth / 2;
    const cy = win.clientHeight / 2;
    pz.zoom(next, { animate: false });
    pz.pan(x + cx / next - cx / scale, y + cy / next - cy / scale, { animate: false });
    root.dataset.zoomScale = String(next);
  };

  for (const b of root.querySelectorAll<HTMLButtonElement>('[data-zoom]')) {
    b.addEventListener('click', () => {
      const what = b.dataset.zoom;
      if (what === 'fit') fit();
      else zoomBy(what === 'in' ? ZOOM_STEP : 1 / ZOOM_STEP);
    });
  }
  win.addEventListener('keydown', (e) => {
    if (e.target !== win || e.altKey || e.ctrlKey || e.metaKey) return;
    const action = keyAction(e.key);
    if (!action) return;
    e.preventDefault();
    if ('zoom' in action) {
      if (action.zoom === 'fit') fit();
      else zoomBy(action.zoom === 'in' ? ZOOM_STEP : 1 / ZOOM_STEP);
    } else if (pz) {
      const scale = pz.getScale();
      pz.pan(action.pan.dx / scale, action.pan.dy / scale, { relative: true, animate: false });
    }
  });
  win.addEventListener(
    'wheel',
    (e) => {
      // The wheel scrolls the page as usual; with Ctrl (or a trackpad pinch) it zooms the drawing.
      if (!e.ctrlKey || !pz) return;
      pz.zoomWithWheel(e);
    },
    { passive: false },
  );

  // Fit when the drawing first has room: now if it is showing, or when its <details> opens.
  const details = root.closest('details');
  const start = () => {
    // A closed <details> is not measured at all, so opening the page costs no layout work here.
    if (pz || (details && !details.open) || win.clientWidth === 0) return;
    const s = fitToWindow(windowSize(), drawing);
    pz = Panzoom(content, {
      origin: '0 0',
      minScale: ZOOM_LIMITS.min,
      maxScale: ZOOM_LIMITS.max,
      step: ZOOM_STEP - 1,
      startScale: s.scale,
      startX: s.x,
      startY: s.y,
      canvas: true,
      cursor: 'grab',
    });
    root.dataset.zoomScale = String(s.scale);
    // The library puts the drawing in place on its next turn and paints it on the frame after; say it is ready then.
    setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(() => (root.dataset.zoomReady = 'true'))));
  };
  details?.addEventListener('toggle', () => {
    if (!details.open) return;
    start();
    // Bring the buttons and the whole window into view, so the drawing is seen fitted and can be dragged at once.
    root.scrollIntoView({ block: 'start' });
  });
  start();
}

document.querySelectorAll<HTMLElement>('[data-zoomable]').forEach(setUp);
