/**
 * The printed booklet: prints the booklet page of a site built for printing (BOOKLET_PAGES=1) to
 * PDF in Chromium, reads back which page each part landed on, writes those numbers into the
 * contents and cross-references, pads a folded A5 booklet to a multiple of four pages, and prints
 * again until nothing moves.
 */
import { chromium, type Page } from 'playwright';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { chromiumLaunchOptions } from './browser.ts';
import { serveStatic } from './static-server.ts';
import { movedAnchors, notesPagesNeeded } from '../lib/present/booklet-model.ts';
import { COLOURS } from '../lib/design-tokens.ts';
import { BOOKLET, BOOKLET_EASY_READ, BOOKLET_LARGE_PRINT } from '../lib/site/routes.ts';

export interface BookletVariant {
  /** Used in the file name, e.g. "a5". */
  name: string;
  format: 'A5' | 'A4';
  path: typeof BOOKLET | typeof BOOKLET_LARGE_PRINT | typeof BOOKLET_EASY_READ;
  /** Pad to a multiple of four pages with notes pages, for folding. */
  fold: boolean;
  largePrint: boolean;
}

export const VARIANTS: BookletVariant[] = [
  { name: 'a5', format: 'A5', path: BOOKLET, fold: true, largePrint: false },
  { name: 'a4', format: 'A4', path: BOOKLET, fold: false, largePrint: false },
  { name: 'a4-large-print', format: 'A4', path: BOOKLET_LARGE_PRINT, fold: false, largePrint: true },
  // Easy read, in large type: made with the large print one (--large-print).
  { name: 'a4-easy-read', format: 'A4', path: BOOKLET_EASY_READ, fold: false, largePrint: true },
];

export interface BookletResult {
  variant: BookletVariant;
  pdf: Buffer;
  pages: number;
  /** Page number of each part of the booklet that the contents or a cross-reference names. */
  pageOf: Record<string, number>;
  passes: number;
}

/** Which page each named destination (an element a link in the PDF points at) is on, counting from 1. */
async function readDestinations(pdf: Uint8Array): Promise<{ pages: number; pageOf: Record<string, number> }> {
  const doc = await getDocument({ data: pdf, useSystemFonts: false, verbosity: 0 }).promise;
  try {
    const dests = (await doc.getDestinations()) as Record<string, unknown[]>;
    const pageOf: Record<string, number> = {};
    for (const [name, dest] of Object.entries(dests)) {
      const ref = dest?.[0];
      if (ref && typeof ref === 'object') pageOf[name] = (await doc.getPageIndex(ref as never)) + 1;
    }
    return { pages: doc.numPages, pageOf };
  } finally {
    await doc.destroy();
  }
}

const footer = (edition: string, large: boolean) =>
  `<div style="width:100%;font-family:system-ui,Arial,sans-serif;font-size:${large ? 12 : 8}pt;color:${COLOURS.mutedPrint};padding:0 12mm;display:flex;justify-content:space-between">` +
  `<span>Housing and mental health guide: ${edition} edition</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;

async function printOnce(page: Page, v: BookletVariant, edition: string) {
  const pdf = await page.pdf({
    format: v.format,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: footer(edition, v.largePrint),
    margin: { top: '14mm', bottom: v.largePrint ? '20mm' : '17mm', left: '12mm', right: '12mm' },
    outline: true,
    tagged: true,
  });
  return { pdf, ...(await readDestinations(new Uint8Array(pdf))) };
}

async function printVariant(page: Page, base: string, v: BookletVariant): Promise<BookletResult> {
  await page.goto(base + v.path, { waitUntil: 'load' });
  const { edition, wanted } = await page.evaluate(() => ({
    edition: document.documentElement.dataset.editionName ?? '',
    wanted: [...new Set([...document.querySelectorAll<HTMLElement>('[data-page-of]')].map((e) => e.dataset.pageOf!))],
  }));
  let previous: Record<string, number> = {};
  for (let pass = 1; pass <= 5; pass++) {
    const out = await printOnce(page, v, edition);
    const missing = wanted.filter((a) => !out.pageOf[a]);
    if (missing.length)
      throw new Error(`The booklet has page references to parts that were not printed: ${missing.join(', ')}`);
    const pageOf = Object.fromEntries(wanted.map((a) => [a, out.pageOf[a]!]));
    const notes = v.fold ? notesPagesNeeded(out.pages) : 0;
    if (pass > 1 && movedAnchors(previous, pageOf).length === 0 && notes === 0) {
      return { variant: v, pdf: out.pdf, pages: out.pages, pageOf, passes: pass };
    }
    previous = pageOf;
    await page.evaluate(
      ({ pageOf, notes }) => {
        for (const el of document.querySelectorAll<HTMLElement>('[data-page-of]'))
          el.textContent = String(pageOf[el.dataset.pageOf!] ?? '');
        document.documentElement.dataset.paged = '';
        // Add notes pages before the back cover so a folded booklet has whole sheets.
        // The page has one hidden notes page: show it first, then add copies after the last one.
        for (let i = 0; i < notes; i++) {
          const all = document.querySelectorAll<HTMLElement>('[data-notes]');
          const first = all[0];
          if (!first) break;
          if (!first.classList.contains('is-shown')) {
            first.classList.add('is-shown');
            continue;
          }
          const copy = first.cloneNode(true) as HTMLElement;
          copy.removeAttribute('id');
          all[all.length - 1]!.after(copy);
        }
      },
      { pageOf, notes },
    );
  }
  throw new Error(`The page numbers of the ${v.name} booklet did not settle after 5 passes.`);
}

/** Print each variant from a built site folder. */
export async function makeBooklets(
  siteDir: string,
  variants: BookletVariant[],
): Promise<{ edition: string; results: BookletResult[] }> {
  const { base, close } = await serveStatic(siteDir);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage({ locale: 'en-GB', timezoneId: 'Europe/London' });
    await page.goto(base + BOOKLET);
    const edition = (await page.evaluate(() => document.documentElement.dataset.edition)) ?? '';
    if (!edition) throw new Error(`${siteDir} has no booklet page: build it with npm run booklet.`);
    const results: BookletResult[] = [];
    for (const v of variants) results.push(await printVariant(page, base, v));
    return { edition, results };
  } finally {
    await browser.close();
    await close();
  }
}
