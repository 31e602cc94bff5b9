/**
 * Fitting a drawing to a window: the scale and offset that show all of it, centred, and the steps of
 * zooming in and out by keyboard or button. Pure, so the flowchart's zoom can be tested without a browser.
 */
export interface Size {
  width: number;
  height: number;
}

/** A transform in the order the zoom library applies it: scale first, then move by (x, y) in the drawing's own units. */
export interface ZoomState {
  scale: number;
  x: number;
  y: number;
}

/** The smallest and largest zoom, relative to the drawing's own size. */
export const ZOOM_LIMITS = { min: 0.1, max: 4 } as const;
/** One press of "Zoom in" or "+" makes the drawing this many times larger. */
export const ZOOM_STEP = 1.25;
/** One press of an arrow key moves the drawing this many screen pixels. */
export const PAN_STEP = 60;

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

/** The whole drawing in the window, as large as fits and centred; never larger than its own size. */
export function fitToWindow(window: Size, drawing: Size): ZoomState {
  if (window.width <= 0 || window.height <= 0 || drawing.width <= 0 || drawing.height <= 0)
    return { scale: 1, x: 0, y: 0 };
  const scale = clamp(
    Math.min(window.width / drawing.width, window.height / drawing.height, 1),
    ZOOM_LIMITS.min,
    ZOOM_LIMITS.max,
  );
  return {
    scale,
    x: (window.width - drawing.width * scale) / (2 * scale),
    y: (window.height - drawing.height * scale) / (2 * scale),
  };
}

/** What a key does to the drawing, or null if the key is not one of ours. */
export function keyAction(key: string): { zoom: 'in' | 'out' | 'fit' } | { pan: { dx: number; dy: number } } | null {
  switch (key) {
    case '+':
    case '=':
      return { zoom: 'in' };
    case '-':
    case '_':
      return { zoom: 'out' };
    case '0':
      return { zoom: 'fit' };
    case 'ArrowLeft':
      return { pan: { dx: PAN_STEP, dy: 0 } };
    case 'ArrowRight':
      return { pan: { dx: -PAN_STEP, dy: 0 } };
    case 'ArrowUp':
      return { pan: { dx: 0, dy: PAN_STEP } };
    case 'ArrowDown':
      return { pan: { dx: 0, dy: -PAN_STEP } };
    default:
      return null;
  }
}
