import { describe, expect, it } from 'vitest';
import { fitToWindow, keyAction, PAN_STEP, ZOOM_LIMITS } from '../../src/lib/present/zoom.ts';

/** Where the drawing's corners land on screen: the library scales, then moves by (x, y) in drawing units. */
const onScreen = (s: { scale: number; x: number; y: number }, d: { width: number; height: number }) => ({
  left: s.scale * s.x,
  top: s.scale * s.y,
  right: s.scale * (s.x + d.width),
  bottom: s.scale * (s.y + d.height),
});

describe('fitting the whole flowchart to the window', () => {
  it('a drawing wider than the window fits its width and is centred top to bottom', () => {
    const d = { width: 2400, height: 1200 };
    const s = fitToWindow({ width: 1200, height: 800 }, d);
    expect(s.scale).toBeCloseTo(0.5);
    const box = onScreen(s, d);
    expect(box.left).toBeCloseTo(0);
    expect(box.right).toBeCloseTo(1200);
    expect(box.top).toBeCloseTo(100);
    expect(box.bottom).toBeCloseTo(700);
  });
  it('a tall drawing fits its height and is centred side to side', () => {
    const d = { width: 600, height: 1600 };
    const box = onScreen(fitToWindow({ width: 1000, height: 800 }, d), d);
    expect(box.top).toBeCloseTo(0);
    expect(box.bottom).toBeCloseTo(800);
    expect(box.left).toBeCloseTo(350);
    expect(box.right).toBeCloseTo(650);
  });
  it('a small drawing is not blown up past its own size', () => {
    expect(fitToWindow({ width: 1000, height: 800 }, { width: 300, height: 200 }).scale).toBe(1);
  });
  it('a huge drawing on a phone stops at the smallest zoom', () => {
    expect(fitToWindow({ width: 300, height: 400 }, { width: 20000, height: 20000 }).scale).toBe(ZOOM_LIMITS.min);
  });
  it('a window with no size yet (a closed section) gives the drawing at its own size', () => {
    expect(fitToWindow({ width: 0, height: 0 }, { width: 2000, height: 1000 })).toEqual({ scale: 1, x: 0, y: 0 });
  });
});

describe('keys on the drawing', () => {
  it('+ and - zoom, 0 fits, arrows move the drawing the other way so the view moves with the arrow', () => {
    expect(keyAction('+')).toEqual({ zoom: 'in' });
    expect(keyAction('=')).toEqual({ zoom: 'in' });
    expect(keyAction('-')).toEqual({ zoom: 'out' });
    expect(keyAction('0')).toEqual({ zoom: 'fit' });
    expect(keyAction('ArrowRight')).toEqual({ pan: { dx: -PAN_STEP, dy: 0 } });
    expect(keyAction('ArrowUp')).toEqual({ pan: { dx: 0, dy: PAN_STEP } });
  });
  it('other keys (Tab, Enter) are left alone so links in the drawing still work', () => {
    expect(keyAction('Tab')).toBeNull();
    expect(keyAction('Enter')).toBeNull();
  });
});
