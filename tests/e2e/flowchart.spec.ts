/**
 * The flowchart for professionals: on a large screen each drawing fits the window with its words
 * at a readable size; on a phone each reads top-down at its own size in a frame that moves sideways;
 * the whole drawing opens fitted to the screen and zooms and pans by buttons, keyboard, mouse and touch.
 * Each drawing is its own SVG file shown as an image, with its boxes as links laid over it.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { FLOWCHART, helpNode } from '../../src/lib/site/routes.ts';

/**
 * The smallest word in a drawing, in CSS pixels as shown: the smallest font size of its words (read
 * from the drawing's file, opened on its own so its styles apply) times the drawing's scale on screen.
 */
async function smallestText(img: Locator): Promise<number> {
  const own = await img.page().context().newPage();
  await own.goto((await img.getAttribute('src'))!);
  const smallest = await own.evaluate(() =>
    Math.min(
      ...[...document.querySelectorAll('text, tspan, p, span')]
        .filter((t) => (t.textContent ?? '').trim() !== '')
        .map((t) => parseFloat(getComputedStyle(t).fontSize)),
    ),
  );
  await own.close();
  const scale = await img.evaluate((el) => el.getBoundingClientRect().width / Number(el.getAttribute('width')));
  return smallest * scale;
}

const sectionDrawings = (page: Page) => page.locator('.flow-section img[data-flow-image]');
const sectionLinks = (page: Page) => page.locator('.flow-section [data-drawing-links]');
const whole = (page: Page) => page.locator('[data-flowchart-whole]');
const zoomScale = async (page: Page) =>
  Number(await whole(page).locator('[data-zoomable]').getAttribute('data-zoom-scale'));
const contentBox = (page: Page) => whole(page).locator('[data-zoomable-content] img').boundingBox();

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

  test('each drawing reads top-down at a readable size, in a frame that moves sideways, not the page', async ({
    page,
  }) => {
    await page.goto(FLOWCHART);
    const links = await sectionLinks(page).all();
    for (const [i, d] of (await sectionDrawings(page).all()).entries()) {
      expect(await smallestText(d), `drawing ${i + 1}`).toBeGreaterThanOrEqual(12);
      // Top-down: the question box is above every other box.
      const tops = await links[i]!.evaluate((el) =>
        [...el.querySelectorAll('a')].map((n) => n.getBoundingClientRect().top),
      );
      expect(Math.min(...tops.slice(1)), `drawing ${i + 1} does not start at the top`).toBeGreaterThan(tops[0]!);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  test('each drawing opens at its first question, not at a blank edge', async ({ page }) => {
    await page.goto(FLOWCHART);
    const frames = await page.locator('[data-flow-frame]').all();
    for (const [i, frame] of frames.entries()) {
      await expect(frame).toHaveAttribute('data-flow-ready', 'true');
      const first = frame.locator('[data-drawing-links] a').first();
      const box = (await first.boundingBox())!;
      const view = (await frame.boundingBox())!;
      expect(box.x, `drawing ${i + 1}: first question is off to the left`).toBeGreaterThanOrEqual(view.x);
      expect(box.x + box.width, `drawing ${i + 1}: first question is off to the right`).toBeLessThanOrEqual(
        view.x + view.width,
      );
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

test('a box in a drawing is a link to that step, with a plain href that search engines and every browser follow', async ({
  page,
}) => {
  await page.goto(FLOWCHART);
  const link = sectionLinks(page)
    .first()
    .locator(`a[href="${helpNode('danger')}"]`);
  await expect(link).toHaveCount(1);
  await expect(link).toHaveAttribute('xlink:href', helpNode('danger'));
  await link.locator('rect').click();
  await expect(page).toHaveURL(new RegExp(`${helpNode('danger')}$`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('with the keyboard, the boxes are links named by their words, and Enter opens the step', async ({ page }) => {
  await page.goto(FLOWCHART);
  const link = sectionLinks(page).first().getByRole('link', { name: 'In danger now?' });
  await expect(link).toHaveAttribute('href', helpNode('danger'));
  await link.focus();
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${helpNode('danger')}$`));
});

test('each drawing is its own SVG file, named by its content; the first loads with the page, the rest as they are reached', async ({
  page,
}) => {
  const drawings: string[] = [];
  page.on('response', (r) => {
    if (r.url().endsWith('.svg') && r.url().includes(FLOWCHART)) drawings.push(r.url());
  });
  await page.goto(FLOWCHART);
  // No drawing is written into the page itself: Mermaid's styles come once, inside each file.
  await expect(page.locator('svg[aria-roledescription]')).toHaveCount(0);
  const images = await page.locator('img[data-flow-image], img[data-zoomable-image]').all();
  expect(images.length).toBeGreaterThan(4);
  for (const [i, img] of images.entries()) {
    expect(await img.getAttribute('src')).toMatch(/\/flowchart-[0-9a-f]{12}\.svg$/);
    expect(await img.getAttribute('loading')).toBe(i === 0 ? 'eager' : 'lazy');
    expect(Number(await img.getAttribute('width'))).toBeGreaterThan(100);
  }
  await expect.poll(() => images[0]!.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  // The whole drawing, folded away, is not fetched.
  const wholeSrc = await whole(page).locator('img').getAttribute('src');
  expect(drawings.some((u) => u.endsWith(wholeSrc!))).toBe(false);
  // Scrolled to, each section's drawing shows.
  for (const img of images.slice(1, -1)) {
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  }
  const res = await page.request.get(wholeSrc!);
  expect(res.headers()['content-type']).toContain('image/svg+xml');
});

test('the link boxes lie over the boxes in the drawing', async ({ page, browser }) => {
  await page.goto(FLOWCHART);
  const img = sectionDrawings(page).first();
  const src = (await img.getAttribute('src'))!;
  // Where the overlay puts each link, as a share of the drawing's size.
  const overlay = await sectionLinks(page)
    .first()
    .evaluate((svg) => {
      const frame = svg.getBoundingClientRect();
      return [...svg.querySelectorAll('a')].map((a) => {
        const r = a.getBoundingClientRect();
        return {
          href: a.getAttribute('href'),
          x: (r.left - frame.left) / frame.width,
          y: (r.top - frame.top) / frame.height,
          w: r.width / frame.width,
        };
      });
    });
  // Where the drawing itself has them: the file opened on its own, where its links are live.
  const context = await browser.newContext();
  const own = await context.newPage();
  await own.goto(src);
  const drawn = await own.evaluate(() => {
    const svg = document.querySelector('svg')!.getBoundingClientRect();
    return [...document.querySelectorAll('a')].map((a) => {
      const r = (a.querySelector('.label-container') ?? a).getBoundingClientRect();
      return {
        href: a.getAttribute('href'),
        x: (r.left - svg.left) / svg.width,
        y: (r.top - svg.top) / svg.height,
        w: r.width / svg.width,
      };
    });
  });
  await context.close();
  expect(overlay.map((o) => o.href)).toEqual(drawn.map((d) => d.href));
  for (const [i, o] of overlay.entries()) {
    expect(o.x, `${o.href}`).toBeCloseTo(drawn[i]!.x, 2);
    expect(o.y, `${o.href}`).toBeCloseTo(drawn[i]!.y, 2);
    expect(o.w, `${o.href}`).toBeCloseTo(drawn[i]!.w, 2);
  }
});
