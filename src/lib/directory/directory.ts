/**
 * What the directory pages show, worked out from the services alone (no Astro): which services a
 * category lists and in what order, how a long list splits into pages, and the A to Z list by letter.
 * A list that fits on one page stays on one page, with no page links.
 */
import { CATEGORIES, type CategoryId } from '../taxonomy.ts';
import { directoryCategory, directoryLetter, directoryLetterAnchor } from '../site/routes.ts';

/**
 * How many services a page lists, so that no directory page passes 100 KB of HTML however many
 * services there are (about 5,000 is the aim): service cards on a category's pages, and name links
 * on a letter's page of the A to Z list. `npm run bench:scale` measures the largest page.
 */
export const CATEGORY_PAGE_SIZE = 25;
export const AZ_PAGE_SIZE = 300;

/** What the directory needs to know about a service (pages may carry more, e.g. the whole entry). */
export interface DirectoryItem {
  id: string;
  name: string;
  /** A service of this edition's area (its own folder), rather than a national one. */
  local: boolean;
  categories: readonly string[];
}

/** Where a service works, as the directory groups them: this edition's area, or across England. */
type Place = 'local' | 'national';

interface DirectorySection<T> {
  place: Place;
  items: T[];
}

export interface DirectoryPage<T> {
  /** 1 for the first page. */
  number: number;
  href: string;
  /** The page's services, this area's first; a section is left out when the page has none of it. */
  sections: DirectorySection<T>[];
}

export interface CategoryView<T> {
  id: CategoryId;
  title: string;
  summary: string;
  count: number;
  href: string;
  pages: DirectoryPage<T>[];
}

export interface LetterPage<T> {
  number: number;
  href: string;
  items: T[];
}

export interface Letter<T> {
  /** As shown: "A", or "0–9" for names that start with a number or a sign. */
  letter: string;
  /** In addresses and ids: "a", or "0-9". */
  slug: string;
  count: number;
  /** Where the letter's list starts: a part of the directory page, or the letter's own page. */
  href: string;
  pages: LetterPage<T>[];
}

export interface AzView<T> {
  /** Every service fits on the directory page itself: letters link to parts of that page. */
  onOnePage: boolean;
  count: number;
  letters: Letter<T>[];
}

const collator = new Intl.Collator('en-GB');
/** A to Z as people in England expect; names that differ only in ways the collator ignores keep a fixed order. */
const byName = (a: { name: string }, b: { name: string }) =>
  collator.compare(a.name, b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * Every service once, in A to Z order. When two files give a service the same id, this area's own
 * one is kept (an edition can replace a national entry with a local one).
 */
export function uniqueServices<T extends DirectoryItem>(items: readonly T[]): T[] {
  const kept = new Map<string, T>();
  for (const item of items) {
    const before = kept.get(item.id);
    if (!before || (item.local && !before.local)) kept.set(item.id, item);
  }
  return [...kept.values()].sort(byName);
}

/** Splits a list into pages of at most `size` (at least one page, even when the list is empty). */
export function paginate<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`A directory page size must be a whole number of at least 1, not ${size}.`);
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length ? pages : [[]];
}

/** A category's services: this area's first, then national ones, each A to Z, split into pages. */
export function directoryView<T extends DirectoryItem>(
  items: readonly T[],
  category: CategoryId,
  pageSize: number,
): CategoryView<T> {
  const inCategory = uniqueServices(items).filter((a) => a.categories.includes(category));
  const ordered = [...inCategory.filter((a) => a.local), ...inCategory.filter((a) => !a.local)];
  const pages = paginate(ordered, pageSize).map((list, i) => ({
    number: i + 1,
    href: directoryCategory(category, i + 1),
    sections: (['local', 'national'] as const)
      .map((place) => ({ place, items: list.filter((a) => a.local === (place === 'local')) }))
      .filter((s) => s.items.length > 0),
  }));
  return { id: category, ...CATEGORIES[category], count: inCategory.length, href: directoryCategory(category), pages };
}

/** The categories that have services, in the taxonomy's order, with how many each has. */
export function directoryCategories(
  items: readonly DirectoryItem[],
): { id: CategoryId; title: string; summary: string; count: number; href: string }[] {
  const all = uniqueServices(items);
  return (Object.keys(CATEGORIES) as CategoryId[])
    .map((id) => ({
      id,
      ...CATEGORIES[id],
      count: all.filter((a) => a.categories.includes(id)).length,
      href: directoryCategory(id),
    }))
    .filter((c) => c.count > 0);
}

/** The letter a name is listed under: its first letter without accents, or "0–9" for anything else. */
export function letterOf(name: string): { letter: string; slug: string } {
  const first = name.trim().normalize('NFD').charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? { letter: first, slug: first.toLowerCase() } : { letter: '0–9', slug: '0-9' };
}

/**
 * Every service A to Z, by letter. When all of them fit in `pageSize`, the list is on the
 * directory page itself; otherwise each letter has its own pages of at most `pageSize`.
 */
export function azView<T extends DirectoryItem>(items: readonly T[], pageSize: number): AzView<T> {
  const all = uniqueServices(items);
  const onOnePage = all.length <= pageSize;
  const groups = new Map<string, { letter: string; slug: string; items: T[] }>();
  for (const item of all) {
    const { letter, slug } = letterOf(item.name);
    const group = groups.get(slug) ?? { letter, slug, items: [] };
    group.items.push(item);
    groups.set(slug, group);
  }
  const letters = [...groups.values()]
    .sort((a, b) => (a.slug === '0-9' ? -1 : b.slug === '0-9' ? 1 : a.slug.localeCompare(b.slug)))
    .map(({ letter, slug, items: list }) => ({
      letter,
      slug,
      count: list.length,
      href: onOnePage ? directoryLetterAnchor(slug) : directoryLetter(slug),
      pages: paginate(list, onOnePage ? Math.max(list.length, 1) : pageSize).map((page, i) => ({
        number: i + 1,
        href: onOnePage ? directoryLetterAnchor(slug) : directoryLetter(slug, i + 1),
        items: page,
      })),
    }));
  return { onOnePage, count: all.length, letters };
}
