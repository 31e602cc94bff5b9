/**
 * The printed booklet: where each link in the content points on paper, the booklet's anchors,
 * and the page arithmetic the booklet script needs. Pure: no DOM, no Astro.
 */
import { absoluteUrl, printedAddress } from './site-url.ts';

/** The anchor of each part of the booklet, so contents and cross-references can find it. */
export const anchors = {
  crisis: 'need-help-now',
  contents: 'contents',
  flowchart: 'where-do-i-go',
  flowSection: (id: string) => `flow-${id}`,
  outcomes: 'your-next-steps',
  outcome: (id: string) => `outcome-${id}`,
  guides: 'guide-pages',
  guide: (id: string) => `guide-${id}`,
  directory: 'directory',
  category: (id: string) => `category-${id}`,
  service: (id: string) => `service-${id}`,
  notes: 'notes',
  back: 'back-cover',
} as const;

export interface BookletIndex {
  guides: ReadonlySet<string>;
  services: ReadonlySet<string>;
  outcomes: ReadonlySet<string>;
  categories: ReadonlySet<string>;
}

/** How a link from the site reads on paper. */
export type PrintedLink =
  /** Another part of the booklet: print "(page N)" and link to it inside the PDF. */
  | { kind: 'page'; anchor: string }
  /** A web address to type in: print it after the link text. */
  | { kind: 'address'; address: string; url: string }
  /** Nothing useful to add (a phone number, or a page of the site with no known address). */
  | { kind: 'plain' };

/** Where a link in the guide's content goes in the booklet. `site` is the edition's public address, if known. */
export function printedLink(href: string, index: BookletIndex, site?: string): PrintedLink {
  if (/^(tel|sms):/i.test(href)) return { kind: 'plain' };
  if (/^mailto:/i.test(href)) return { kind: 'address', address: printedAddress(href), url: href };
  if (/^https?:\/\//i.test(href)) {
    if (site && href.startsWith(site)) return printedLink(`/${href.slice(site.length)}`, index, site);
    return { kind: 'address', address: printedAddress(href), url: href };
  }
  const path = href.split(/[?#]/)[0] ?? '';
  const [section, id] = path.split('/').filter(Boolean);
  if (section === 'guide' && id && index.guides.has(id)) return { kind: 'page', anchor: anchors.guide(id) };
  if (section === 'services' && id && index.services.has(id)) return { kind: 'page', anchor: anchors.service(id) };
  if (section === 'directory' && id && index.categories.has(id)) return { kind: 'page', anchor: anchors.category(id) };
  if (section === 'directory' && !id) return { kind: 'page', anchor: anchors.directory };
  if (section === 'help' && id && index.outcomes.has(id)) return { kind: 'page', anchor: anchors.outcome(id) };
  if (section === 'help') return { kind: 'page', anchor: anchors.flowchart };
  if (site && path.startsWith('/')) {
    const url = absoluteUrl(site, path);
    return { kind: 'address', address: printedAddress(url), url };
  }
  return { kind: 'plain' };
}

/** Blank "Notes" pages to add so a folded booklet has a whole number of sheets (4 pages each). */
export function notesPagesNeeded(pages: number, multiple = 4): number {
  if (!Number.isInteger(pages) || pages < 1) throw new Error(`A booklet cannot have ${pages} pages.`);
  return (multiple - (pages % multiple)) % multiple;
}

/** The earliest and latest "checked" dates in the content, for the cover. */
export function checkedRange(dates: readonly string[]): { from: string; to: string } {
  const sorted = dates.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
  if (!sorted.length) throw new Error('No checked dates were found in the content.');
  return { from: sorted[0]!, to: sorted[sorted.length - 1]! };
}

/**
 * Compare two passes of page numbers: the anchors whose page changed. The booklet is finished
 * when filling in the numbers no longer moves anything.
 */
export function movedAnchors(before: Record<string, number>, after: Record<string, number>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => before[k] !== after[k]).sort();
}
