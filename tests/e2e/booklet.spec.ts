/**
 * The printed booklet, as a reader holds it: `npm run booklet` makes the PDFs, then pdfinfo and
 * pdftotext (poppler-utils) read them back page by page. The booklet's print pages exist only in
 * the site that script builds for printing (the site's own build leaves them out), so they are
 * visited there, served as a host would, and pass the checks every page of the site passes.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { serveStatic } from '../../src/build-tools/static-server.ts';
import { readCrisis, readFolder, readLocal } from '../../src/build-tools/content-reader.ts';
import { BOOKLET_PAGES_VAR } from '../../src/build-tools/booklet-build.ts';
import { BUILD_COMMAND } from '../../src/build-tools/build-env.ts';
import {
  ACCESSIBILITY,
  BOOKLET,
  BOOKLET_EASY_READ,
  BOOKLET_LARGE_PRINT,
  PRIVACY,
  guideHref,
  helpNode,
} from '../../src/lib/site/routes.ts';
import {
  axeProblems,
  brokenLinks,
  distinctViolations,
  expectEssentialsWithoutScripts,
  htmlProblems,
  watchPolicy,
} from './page-checks.ts';
import { robotsOf } from './seo-checks.ts';
import { parse } from 'yaml';
import { easyPlain } from '../../src/lib/content/easy-read.ts';
import { builtPages } from './site.ts';

test.describe.configure({ mode: 'serial', timeout: 60_000 });

const SITE = 'https://guide.example.org/';
const OUT = mkdtempSync(join(tmpdir(), 'booklet-'));
/** Where the booklet script builds the site it prints (its --site option). */
const BUILT = join(OUT, 'site');
const pdf = (name: string) => join(OUT, `medway-${name}.pdf`);

function info(file: string) {
  const text = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(text)![1]);
  const [, w, h] = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(text)!;
  return { pages, width: Math.round(Number(w)), height: Math.round(Number(h)) };
}
const squash = (s: string) =>
  s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
const digits = (s: string) => s.replace(/\D/g, '');
/** The text of every page, in reading order. */
function pages(file: string): string[] {
  const n = info(file).pages;
  return Array.from({ length: n }, (_, i) =>
    execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), file, '-'], { encoding: 'utf8' }),
  );
}
const FOOTER = /Housing and mental health guide: Medway edition|Page \d+ of \d+/g;

/** The agencies of the Medway edition (national and local), straight from the content files. */
function editionAgencies(): { id: string; name: string; url?: string; phones: { number: string }[] }[] {
  return readFolder(process.cwd(), 'agencies', 'medway').map((f) => ({
    id: f.id,
    ...(f.data as { name: string; url?: string; phones: { number: string }[] }),
  }));
}

const texts: Record<string, string[]> = {};
/** The booklet's print pages. */
const PRINT_PAGES = [BOOKLET, BOOKLET_LARGE_PRINT, BOOKLET_EASY_READ];
/** The site built for printing, served with its host headers as a web host would. */
let site: Awaited<ReturnType<typeof serveStatic>>;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  execFileSync(process.execPath, ['scripts/booklet.ts', '--large-print', '--out', OUT, '--site', BUILT], {
    env: { ...process.env, SITE_URL: SITE },
    stdio: 'pipe',
  });
  for (const name of ['a5', 'a4', 'a4-large-print']) texts[name] = pages(pdf(name));
  site = await serveStatic(BUILT, { withHostHeaders: true });
});
test.afterAll(async () => site?.close());

test('makes A5 and A4 booklets and a large-print one, with sensible page counts', () => {
  for (const name of ['a5', 'a4', 'a4-large-print']) expect(existsSync(pdf(name)), `${name} booklet`).toBe(true);
  const a5 = info(pdf('a5'));
  const a4 = info(pdf('a4'));
  const large = info(pdf('a4-large-print'));
  // Page sizes in points: A5 is 420 x 595, A4 is 595 x 842 (rounded).
  const near = (got: { width: number; height: number }, w: number, h: number) =>
    Math.abs(got.width - w) <= 2 && Math.abs(got.height - h) <= 2;
  expect(near(a5, 420, 595), `A5 page size ${a5.width} x ${a5.height}`).toBe(true);
  expect(near(a4, 595, 842), `A4 page size ${a4.width} x ${a4.height}`).toBe(true);
  expect(near(large, 595, 842), `large print page size ${large.width} x ${large.height}`).toBe(true);
  // A folded A5 booklet needs whole sheets: four pages each.
  expect(a5.pages % 4).toBe(0);
  // 37 next-steps pages, each in full, with the edition's local steps, free routes and second needs:
  // the A5 booklet is about 192 pages and the large-print one about 184 (December 2026).
  for (const n of [a5.pages, a4.pages, large.pages]) {
    expect(n).toBeGreaterThanOrEqual(16);
    expect(n).toBeLessThanOrEqual(220);
  }
  expect(a5.pages).toBeGreaterThan(a4.pages);
  // Same content, bigger type: more pages.
  expect(large.pages).toBeGreaterThan(a4.pages * 1.3);
});

test('makes an easy read booklet on A4: Help now with its numbers, then every outcome in easy read', () => {
  const file = pdf('a4-easy-read');
  expect(existsSync(file)).toBe(true);
  // A4 in points (595 x 842), to within rounding.
  const { width, height } = info(file);
  expect(Math.abs(width - 595)).toBeLessThanOrEqual(2);
  expect(Math.abs(height - 842)).toBeLessThanOrEqual(2);
  const text = squash(pages(file).join(' '));
  expect(text).toContain('Help now');
  expect(text).toContain('999');
  const tree = parse(readFileSync('content/tree.yaml', 'utf8')) as {
    nodes: { type: string; easy?: { title?: string } }[];
  };
  for (const n of tree.nodes.filter((x) => x.type === 'outcome'))
    expect(text, n.easy!.title).toContain(squash(easyPlain(n.easy!.title!)));
  expect(text).toContain('Mulberry Symbols');
});

test('every contents entry gives the page where that heading is printed', async ({ page }) => {
  await page.goto(site.base + BOOKLET);
  const entries = await page.locator('.b-toc a').allTextContents();
  expect(entries.length).toBeGreaterThan(10);
  const partStarts = await page.locator('.b-part > h2, .b-inside-cover h2').allTextContents();
  for (const [name, all] of Object.entries(texts)) {
    // The contents follow the cover and the inside cover.
    const contentsText = squash(all.slice(2, 6).join(' '));
    expect(contentsText, `${name}: contents heading`).toMatch(/^Contents/);
    for (const entry of entries.map(squash)) {
      const m = new RegExp(`${entry.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (\\d+)`).exec(contentsText);
      expect(m, `${name}: "${entry}" is in the contents with a page number`).not.toBeNull();
      const n = Number(m![1]);
      expect(n, `${name}: "${entry}" page`).toBeGreaterThanOrEqual(2);
      const printed = squash(all[n - 1]!.replace(FOOTER, ''));
      expect(printed, `${name}: page ${n} shows "${entry}"`).toContain(entry);
      if (partStarts.map(squash).includes(entry) && entry !== 'Need help now?') {
        expect(printed.startsWith(entry), `${name}: "${entry}" starts page ${n}`).toBe(true);
      }
    }
  }
});

test('each situation\'s next steps in the booklet start with "Do this first" and list the same services in the same order as its page', async ({
  page,
}) => {
  await page.goto(site.base + BOOKLET);
  const booklet = await page.locator('.b-outcome').evaluateAll((articles) =>
    articles.map((a) => ({
      id: a.id.replace(/^outcome-/, ''),
      title: a.querySelector('h3')?.textContent?.trim(),
      action: a.querySelector('.b-first__action')?.textContent?.trim(),
      first: [...a.querySelectorAll('.b-first .b-contacts__name')].map((n) => n.textContent?.trim()),
      restTitle: a.querySelector('.b-rest h4')?.textContent?.trim(),
      rest: [...a.querySelectorAll('.b-rest .b-contacts__name')].map((n) => n.textContent?.trim()),
    })),
  );
  expect(booklet.length).toBeGreaterThan(10);
  for (const b of booklet) {
    await page.goto(site.base + helpNode(b.id));
    const screen = await page.locator('article.outcome').evaluate((a) => ({
      title: a.querySelector('h1')?.textContent?.trim(),
      action: a.querySelector('.first-step__action')?.textContent?.trim(),
      // In the content's order: on screen, "Do this first" may put who answers now first (a printout has no "now").
      first: [...a.querySelectorAll<HTMLElement>('.first-step__contact')]
        .map((li, i) => ({ li, order: Number(li.dataset.contentOrder ?? i) }))
        .sort((x, y) => x.order - y.order)
        .map(({ li }) => li.querySelector('.first-step__name > a')?.textContent?.trim()),
      restTitle: a.querySelector('#who-to-contact')?.textContent?.trim(),
      rest: [...a.querySelectorAll('section[aria-labelledby="who-to-contact"] .agency-card__name')].map((n) =>
        n.textContent?.trim(),
      ),
    }));
    expect(b, `booklet and screen: ${b.id}`).toEqual({ id: b.id, ...screen });
    expect(b.action, `${b.id}: the first step`).toBeTruthy();
  }
});

test('every local step, the duty-to-refer route and every local guide paragraph of the edition are printed', () => {
  const local = readLocal(process.cwd(), 'medway');
  const wanted = [
    ...Object.values(local?.outcomes ?? {}).flatMap((o) => o.steps.map((s) => s.text)),
    ...Object.values(local?.guides ?? {}).flatMap((g) => g.map((p) => p.text)),
    ...(local?.council.duty_to_refer ? ['How to refer in Medway', local.council.duty_to_refer.how] : []),
  ];
  for (const [name, all] of Object.entries(texts)) {
    const printed = squash(all.join(' ').replace(FOOTER, ''));
    for (const text of wanted) expect(printed, `${name}: "${text}"`).toContain(squash(text));
  }
});

test("each situation's next steps in the booklet have the same parts, in the same order, as its page printed", async ({
  page,
}) => {
  await page.goto(site.base + BOOKLET);
  const booklet = await page.locator('.b-outcome').evaluateAll((articles) =>
    articles.map((a) => ({
      id: a.id.replace(/^outcome-/, ''),
      parts: [...a.querySelectorAll('h4')].map((h) => h.textContent?.trim()),
    })),
  );
  expect(booklet.length).toBeGreaterThan(10);
  for (const b of booklet) {
    await page.goto(site.base + helpNode(b.id));
    // What the page prints: its headings, less those only for the screen ("Find out more", the sources).
    const parts = await page
      .locator('article.outcome h2')
      .evaluateAll((hs) => hs.filter((h) => !h.closest('.no-print')).map((h) => h.textContent?.trim()));
    expect(b.parts, `booklet and page: ${b.id}`).toEqual(parts);
  }
});

test('every service of the edition is in the directory, with its numbers on the same page as its name', () => {
  for (const [name, all] of Object.entries(texts)) {
    const whole = squash(all.join(' '));
    for (const a of editionAgencies()) {
      expect(whole, `${name}: ${a.name}`).toContain(squash(a.name));
      for (const p of a.phones ?? [])
        expect(digits(whole), `${name}: ${a.name} ${p.number}`).toContain(digits(p.number));
      // The directory entry (name, numbers, opening hours) is printed whole on one page.
      if (a.phones?.length) {
        const whole = all.some(
          (t) =>
            squash(t).includes(squash(a.name)) &&
            digits(t).includes(digits(a.phones[0]!.number)) &&
            /Opening\s+hours/.test(t),
        );
        expect(whole, `${name}: ${a.name}'s directory entry is on one page`).toBe(true);
      }
    }
  }
});

test('"Need help now?" with every crisis number is inside the front cover and on the back', () => {
  const crisis = readCrisis(process.cwd());
  const agencies = new Map(editionAgencies().map((a) => [a.id, a]));
  const numbers = crisis.tiers.flatMap((t) =>
    t.agencies.flatMap((id) => agencies.get(id)!.phones.map((p) => p.number)),
  );
  expect(numbers.length).toBeGreaterThanOrEqual(4);
  for (const [name, all] of Object.entries(texts)) {
    for (const [where, text] of [
      ['inside cover', all[1]!],
      ['back cover', all[all.length - 1]!],
    ] as const) {
      expect(text, `${name} ${where}`).toContain('Need help now?');
      for (const n of numbers) expect(digits(text), `${name} ${where}: ${n}`).toContain(digits(n));
    }
  }
});

test('the booklet says who publishes it, where to report wrong information, and where to read the accessibility statement and privacy notice', () => {
  const email = /content_email: (\S+)/.exec(readFileSync('content/editions/medway/edition.yaml', 'utf8'))![1]!;
  for (const [name, all] of Object.entries(texts)) {
    const page = all.find((t) => t.includes('About this guide'));
    expect(page, name).toBeDefined();
    const about = page!.replace(/\s/g, '');
    expect(about, name).toContain(`guide.example.org${ACCESSIBILITY.slice(0, -1)}`);
    expect(about, name).toContain(`guide.example.org${PRIVACY.slice(0, -1)}`);
    expect(about, name).toContain(email);
  }
});

test('nothing is wider than an A5 page, so the printer never shrinks the type to fit', async ({ page }) => {
  // An A5 page less its side margins (148 mm - 2 x 12 mm) at 96 px an inch. One wider line (a long web
  // address, say) makes Chromium scale every page down, and the 11 pt type prints at about 8 pt.
  const width = Math.floor(((148 - 24) / 25.4) * 96);
  await page.setViewportSize({ width, height: 900 });
  await page.emulateMedia({ media: 'print' });
  for (const path of PRINT_PAGES) {
    await page.goto(site.base + path);
    const wide = await page.evaluate(() => {
      const w = document.documentElement.clientWidth;
      return [...document.querySelectorAll('main *')]
        .filter((e) => e.getBoundingClientRect().right > w + 1)
        .map((e) => `${e.tagName.toLowerCase()}: ${(e.textContent ?? '').trim().slice(0, 60)}`)
        .slice(0, 5);
    });
    expect(wide, `${path}: wider than the page`).toEqual([]);
  }
});

test('every page shows its page number and the edition', () => {
  for (const [name, all] of Object.entries(texts)) {
    all.forEach((text, i) => {
      expect(text, `${name} page ${i + 1}`).toContain(`Page ${i + 1} of ${all.length}`);
      expect(text, `${name} page ${i + 1}`).toContain('Medway edition');
    });
  }
});

test('every heading is on the same page as the start of what it introduces', async ({ page }) => {
  await page.goto(site.base + BOOKLET);
  // For each heading: the first words of the text it introduces (skipping its one-line summary
  // and any drawing, whose labels pdftotext reads in no fixed order). A service's name is left
  // out: its entry is never split, and the same name is printed in lists without a heading.
  const pairs = await page.locator('main :is(h2, h3, h4, h5):not(.b-agency__name)').evaluateAll((hs) =>
    hs.map((h) => {
      const squash = (s: string) =>
        s
          .replace(/[\u2018\u2019]/g, "'")
          .replace(/\s+/g, ' ')
          .trim();
      let el = h.nextElementSibling;
      while (
        el &&
        (el.matches('.b-category__summary, .b-lede, .b-flow__hint, .b-urgency') ||
          el.querySelector('svg') ||
          !squash(el.textContent ?? ''))
      )
        el = el.nextElementSibling;
      return { heading: squash(h.textContent ?? ''), follows: el ? squash(el.textContent ?? '').slice(0, 18) : '' };
    }),
  );
  const follows = new Map<string, string[]>();
  for (const { heading, follows: f } of pairs) if (f) follows.set(heading, [...(follows.get(heading) ?? []), f]);
  expect(follows.get('Crisis and emotional support'), 'a directory heading introduces its first service').toBeDefined();
  for (const [name, all] of Object.entries(texts)) {
    all.forEach((text, i) => {
      const lines = text.replace(FOOTER, '').split('\n').map(squash).filter(Boolean);
      lines.forEach((line, j) => {
        // A heading is a whole line, or two lines where it wraps.
        const heading = follows.has(line)
          ? line
          : follows.has(`${lines[j - 1]} ${line}`)
            ? `${lines[j - 1]} ${line}`
            : undefined;
        if (!heading) return;
        // Checked at the foot of the page only (two lines or fewer after it): the same words can
        // also be a label in a drawing or a name in a list higher up.
        if (lines.length - j > 3) return;
        if (/^\d+$/.test(lines[j + 1] ?? '')) return; // an entry in the contents, with its page number
        const rest = lines.slice(j + 1).join(' ');
        const ok = follows.get(heading)!.some((f) => rest.includes(f));
        expect(
          ok,
          `${name}: page ${i + 1} ends its "${heading}" section before what it introduces ("${follows.get(heading)![0]}…")`,
        ).toBe(true);
      });
    });
  }
});

test('no page is left almost empty', () => {
  for (const [name, all] of Object.entries(texts)) {
    all.forEach((text, i) => {
      const lines = text.replace(FOOTER, '').split('\n').map(squash).filter(Boolean);
      if (lines.length === 1 && lines[0] === 'Notes') return; // a page to write on
      expect(lines.length, `${name}: page ${i + 1} has only "${lines.join(' / ')}"`).toBeGreaterThanOrEqual(3);
    });
  }
});

test('the cover has the edition, the date checked and a QR code to the online guide', () => {
  const cover = squash(texts.a5![0]!);
  expect(cover).toContain('Medway edition');
  expect(cover).toMatch(/checked (on|between) \d{1,2} \w+ 20\d\d/);
  expect(cover).toContain('guide.example.org');
  const html = readFileSync(join(BUILT, 'booklet', 'index.html'), 'utf8');
  expect(html).toMatch(/<svg role="img" aria-label="QR code: the online guide[^"]*guide\.example\.org"/);
  // Links become something you can use on paper: web addresses to type, and page numbers.
  // (pdftotext drops a hyphen where an address wraps at one, so hyphens are ignored.)
  const whole = squash(texts.a4!.join(' ')).replace(/[ -]/g, '');
  for (const a of editionAgencies().filter((a) => a.url)) {
    expect(whole, `${a.name}'s website`).toContain(
      a
        .url!.replace(/^https?:\/\//, '')
        .replace(/\/$/, '')
        .replace(/-/g, ''),
    );
  }
  expect(squash(texts.a4!.join(' '))).toMatch(/“Staying safe online” \(page \d+\)/);
});

test('without a site address the booklet says it is a draft instead of printing wrong QR codes', async ({ page }) => {
  test.setTimeout(180_000);
  const draft = join(OUT, 'draft-site');
  const env: Record<string, string | undefined> = { ...process.env, OUT_DIR: draft, [BOOKLET_PAGES_VAR]: '1' };
  delete env.SITE_URL;
  execFileSync(process.execPath, [...BUILD_COMMAND, '--silent'], { env, stdio: 'pipe' });
  const own = await serveStatic(draft);
  try {
    await page.goto(own.base + BOOKLET);
    await expect(page.locator('[data-draft]')).toContainText('Draft: the address of the online guide is not set');
    await expect(page.locator('svg.qr')).toHaveCount(0);
  } finally {
    await own.close();
  }
});

test('printing a site without booklet pages stops with a one-line message', () => {
  // The site's own build (dist/) has no booklet pages.
  const run = spawnSync(process.execPath, ['scripts/booklet.ts', '--no-build', '--site', 'dist', '--out', OUT], {
    encoding: 'utf8',
  });
  expect(run.status).not.toBe(0);
  const message = run.stderr.trim();
  expect(message).toMatch(/^booklet: dist\/ has no booklet pages .* Fix: run npm run booklet without --no-build/);
  expect(message.split('\n')).toHaveLength(1);
});

// The print pages pass the checks every page of the site passes (every-page, html-valid, phone-size, csp and seo specs).

test('the print pages pass axe (WCAG 2.2 A and AA) and load nothing from other sites', async ({ page }) => {
  // The whole guide on one page: axe needs longer there.
  test.setTimeout(240_000);
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(site.base) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  for (const path of PRINT_PAGES) {
    await page.goto(site.base + path);
    expect(await axeProblems(page), path).toEqual([]);
  }
  expect(foreign).toEqual([]);
});

test('the print pages work with JavaScript off: heading, crisis help and quick exit', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of PRINT_PAGES) {
    await page.goto(site.base + path);
    await expectEssentialsWithoutScripts(page);
  }
  await context.close();
});

test('the print pages are valid HTML and every link on them leads to a page of the site and an id on it', async () => {
  expect(await htmlProblems(BUILT, PRINT_PAGES)).toEqual([]);
  const { broken, checked } = brokenLinks(BUILT, builtPages(BUILT), PRINT_PAGES);
  expect(checked).toBeGreaterThan(0);
  expect(broken).toEqual([]);
});

test('the print pages do not scroll sideways on a 320px screen', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  for (const path of PRINT_PAGES) {
    await page.goto(site.base + path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${path} is ${overflow}px too wide`).toBeLessThanOrEqual(0);
  }
  await context.close();
});

test('the print pages keep to the Content-Security-Policy, on screen and when printed', async ({ browser }) => {
  test.setTimeout(90_000);
  const context = await browser.newContext();
  const violations = await watchPolicy(context);
  const page = await context.newPage();
  for (const media of ['screen', 'print'] as const) {
    await page.emulateMedia({ media });
    for (const path of PRINT_PAGES) {
      const res = await page.goto(site.base + path);
      expect(res?.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
      const meta = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(meta, path).toContain("default-src 'self'");
      expect(meta, path).not.toContain('unsafe-inline');
    }
  }
  expect(distinctViolations(violations)).toEqual([]);
  await context.close();
});

test('search engines never list the print pages, though the site built with them has an address', async ({ page }) => {
  // The build for printing has a site address (SITE_URL), so its guide pages may be listed: the print pages must not be.
  await page.goto(site.base + guideHref('behind-with-rent'));
  expect(await robotsOf(page)).toBe('index, follow');
  for (const path of PRINT_PAGES) {
    await page.goto(site.base + path);
    expect(await robotsOf(page), path).toBe('noindex');
  }
  const sitemaps = readdirSync(BUILT).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  expect(sitemaps.length).toBeGreaterThan(0);
  const listed = sitemaps.flatMap((f) =>
    [...readFileSync(join(BUILT, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!),
  );
  expect(listed).toContain(`${SITE}guide/behind-with-rent/`);
  expect(listed.filter((u) => u.startsWith(`${SITE}${BOOKLET.slice(1)}`))).toEqual([]);
});
