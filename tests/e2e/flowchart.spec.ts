/**
 * The flowchart for professionals: on a large screen each drawing fits the window with its words
 * at a readable size; on a phone each reads top-down at its own size in a frame that moves sideways;
 * the whole drawing opens fitted to the screen and zooms and pans by buttons, keyboard, mouse and touch.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { FLOWCHART, helpNode } from '../../src/lib/routes.ts';

/** The smallest word in a drawing, in CSS pixels as shown: its font size times the drawing's scale on screen. */
async function smallestText(svg: Locator): Promise<number> {
  return svg.evaluate((el) => {
    const s = el as SVGSVGElement;
    const scale = s.getBoundingClientRect().width / s.viewBox.baseVal.width;
    const sizes = [...s.querySelectorAll('text, tspan')]
      .filter((t) => (t.textContent ?? '').trim() !== '')
      .map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
    return Math.min(...sizes);
  });
}

const sectionDrawings = (page: Page) => page.locator('.flow-section svg[aria-roledescription]');
const whole = (page: Page) => page.locator('[data-flowchart-whole]');
const zoomScale = async (page: Page) => Number(await whole(page).locator('[data-zoomable]').getAttribute('data-zoom-scale'));
const contentBox = (page: Page) => whole(page).locator('[data-zoomable-content] svg').boundingBox();

async function openWhole(page: Page) {
  await whole(page).locator('summary').click();
  await expect(whole(page).locator('[data-zoomable]')).toHaveAttribute('data-zoom-ready', 'true');
}

test.describe('on a large screen (1280×800)', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('every drawing fits the window and its words are at least 12px', async ({ page }) => {
    await page.goto(FLOWCHART);
    const drawings = await sectionDrawings(page).all();
    expect(drawings.length).toBeGreaterThan(3);
    const windowWidth = await page.evaluate(() => document.documentElement.clientWidth);
    for (const [i, d] of drawings.entries()) {
      const box = (await d.boundingBox())!;
      expect(box.x, `drawing ${i + 1} starts off the screen`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `drawing ${i + 1} is wider than the window`).toBeLessThanOrEqual(windowWidth);
      expect(await smallestText(d), `drawing ${i + 1} has words smaller than 12px`).toBeGreaterThanOrEqual(12);
    }
    // The page itself never scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(windowWidth);
  });

  test('the drawings use more than the text column: the first is wider than the words above it', async ({ page }) => {
    await page.goto(FLOWCHART);
    const text = (await page.locator('.lede').boundingBox())!;
    const first = (await sectionDrawings(page).first().boundingBox())!;
    expect(first.width).toBeGreaterThan(text.width * 1.3);
  });

  test('the whole drawing opens fitted to the screen', async ({ page }) => {
    await page.goto(FLOWCHART);
    await openWhole(page);
    const win = (await whole(page).locator('[data-zoomable-window]').boundingBox())!;
    const svg = (await contentBox(page))!;
    expect(win.height).toBeLessThanOrEqual(800);
    expect(svg.x).toBeGreaterThanOrEqual(win.x - 1);
    expect(svg.y).toBeGreaterThanOrEqual(win.y - 1);
    expect(svg.x + svg.width).toBeLessThanOrEqual(win.x + win.width + 1);
    expect(svg.y + svg.height).toBeLessThanOrEqual(win.y + win.height + 1);
    // It fills the window one way or the other, so nothing is wasted.
    expect(Math.max(svg.width / win.width, svg.height / win.height)).toBeGreaterThan(0.95);
  });

  test('zoom by buttons and keyboard, fit again with 0', async ({ page }) => {
    await page.goto(FLOWCHART);
    await openWhole(page);
    const fitted = await zoomScale(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => zoomScale(page)).toBeGreaterThan(fitted);
    await page.getByRole('button', { name: 'Fit to screen' }).click();
    await expect.poll(() => zoomScale(page)).toBeCloseTo(fitted, 5);

    const win = whole(page).locator('[data-zoomable-window]');
    await win.focus();
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await expect.poll(() => zoomScale(page)).toBeGreaterThan(fitted * 1.5);
    const before = (await contentBox(page))!;
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await contentBox(page))!.x).toBeLessThan(before.x - 30);
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await contentBox(page))!.y).toBeLessThan(before.y - 30);
    await page.keyboard.press('-');
    await expect.poll(() => zoomScale(page)).toBeLessThan(fitted * 1.5);
    await page.keyboard.press('0');
    await expect.poll(() => zoomScale(page)).toBeCloseTo(fitted, 5);
  });

  test('drag with the mouse to move around, and a box in the drawing still opens its step', async ({ page }) => {
    await page.goto(FLOWCHART);
    await openWhole(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    const win = (await whole(page).locator('[data-zoomable-window]').boundingBox())!;
    const before = (await contentBox(page))!;
    await page.mouse.move(win.x + win.width / 2, win.y + win.height / 2);
    await page.mouse.down();
    await page.mouse.move(win.x + win.width / 2 - 150, win.y + win.height / 2 - 80, { steps: 5 });
    await page.mouse.up();
    const after = (await contentBox(page))!;
    expect(after.x).toBeLessThan(before.x - 100);
    expect(after.y).toBeLessThan(before.y - 50);

    await page.getByRole('button', { name: 'Fit to screen' }).click();
    const start = whole(page)
      .locator('a')
      .filter({ hasText: /emergency help/i })
      .first();
    await start.click();
    await expect(page).toHaveURL(/\/help\/emergency\/$/);
  });
});

test.describe('on a phone (320×640)', () => {
  test.use({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });

  test('each drawing reads top-down at a readable size, in a frame that moves sideways, not the page', async ({ page }) => {
    await page.goto(FLOWCHART);
    for (const [i, d] of (await sectionDrawings(page).all()).entries()) {
      expect(await smallestText(d), `drawing ${i + 1}`).toBeGreaterThanOrEqual(12);
      // Top-down: the question box is above every other box.
      const tops = await d.evaluate((el) => [...el.querySelectorAll('g.node')].map((n) => n.getBoundingClientRect().top));
      expect(Math.min(...tops.slice(1)), `drawing ${i + 1} does not start at the top`).toBeGreaterThan(tops[0]!);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  test('each drawing opens at its first question, not at a blank edge', async ({ page }) => {
    await page.goto(FLOWCHART);
    const frames = await page.locator('[data-flow-frame]').all();
    for (const [i, frame] of frames.entries()) {
      await expect(frame).toHaveAttribute('data-flow-ready', 'true');
      const first = frame.locator('g.node').first();
      const box = (await first.boundingBox())!;
      const view = (await frame.boundingBox())!;
      expect(box.x, `drawing ${i + 1}: first question is off to the left`).toBeGreaterThanOrEqual(view.x);
      expect(box.x + box.width, `drawing ${i + 1}: first question is off to the right`).toBeLessThanOrEqual(view.x + view.width);
    }
  });

  test('the whole drawing opens fitted, and pinching with two fingers zooms it', async ({ page }) => {
    await page.goto(FLOWCHART);
    await openWhole(page);
    const win = (await whole(page).locator('[data-zoomable-window]').boundingBox())!;
    const svg = (await contentBox(page))!;
    expect(svg.x + svg.width).toBeLessThanOrEqual(win.x + win.width + 1);
    const fitted = await zoomScale(page);
    await whole(page).locator('[data-zoomable-window]').scrollIntoViewIfNeeded();
    const box = (await whole(page).locator('[data-zoomable-window]').boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', d: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints:
          type === 'touchEnd'
            ? []
            : [
                { x: cx - d, y: cy, id: 1 },
                { x: cx + d, y: cy, id: 2 },
              ],
      });
    await touch('touchStart', 20);
    for (const d of [40, 60, 80, 100]) await touch('touchMove', d);
    await touch('touchEnd', 0);
    await expect.poll(async () => (await contentBox(page))!.width).toBeGreaterThan(svg.width * 1.5);
    expect(fitted).toBeGreaterThan(0);
  });
});

test('without JavaScript the whole drawing still shows, fitted to the page width', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(FLOWCHART);
  await whole(page).locator('summary').click();
  const svg = (await contentBox(page))!;
  expect(svg.width).toBeGreaterThan(600);
  expect(svg.x + svg.width).toBeLessThanOrEqual(1280);
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeHidden();
  await context.close();
});

test('printed, the drawings fit the paper and the whole-drawing controls are left out', async ({ page }) => {
  await page.goto(FLOWCHART);
  await page.emulateMedia({ media: 'print' });
  await expect(whole(page)).toBeHidden();
  for (const d of await sectionDrawings(page).all()) {
    const box = (await d.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual((await page.viewportSize())!.width);
  }
});

test('a box in a drawing is a link to that step, with a plain href that search engines and every browser follow', async ({ page }) => {
  await page.goto(FLOWCHART);
  const link = sectionDrawings(page)
    .first()
    .locator(`a[href="${helpNode('danger')}"]`);
  await expect(link).toHaveCount(1);
  await expect(link).toHaveAttribute('xlink:href', helpNode('danger'));
  await link.locator('g, rect, text').first().click();
  await expect(page).toHaveURL(new RegExp(`${helpNode('danger')}$`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
