import { describe, expect, it } from 'vitest';
import {
  azView,
  directoryCategories,
  directoryView,
  letterOf,
  paginate,
  uniqueServices,
  type DirectoryItem,
} from '../../src/lib/directory/directory.ts';
import { directoryCategory, directoryLetter, directoryLetterAnchor } from '../../src/lib/site/routes.ts';

const service = (id: string, name: string, local: boolean, categories = ['crisis']): DirectoryItem => ({
  id,
  name,
  local,
  categories,
});

/** n national crisis services named "Service 0001"… and m local ones named "Local 0001"…. */
function many(national: number, local = 0): DirectoryItem[] {
  const pad = (i: number) => String(i + 1).padStart(4, '0');
  return [
    ...Array.from({ length: national }, (_, i) => service(`s${pad(i)}`, `Service ${pad(i)}`, false)),
    ...Array.from({ length: local }, (_, i) => service(`l${pad(i)}`, `Local ${pad(i)}`, true)),
  ];
}

describe('a directory category', () => {
  const today = [
    service('samaritans', 'Samaritans', false),
    service('safe-haven', 'Medway Safe Haven', true),
    service('shout', 'Shout', false),
    service('crisis-line', 'Kent and Medway crisis line', true),
    service('foodbank', 'Medway Foodbank', true, ['food-and-essentials']),
  ];

  it('lists this area’s services first, then national ones, each A to Z', () => {
    const view = directoryView(today, 'crisis', 25);
    expect(view.count).toBe(4);
    expect(view.pages).toHaveLength(1);
    expect(view.pages[0].sections.map((s) => [s.place, s.items.map((a) => a.name)])).toEqual([
      ['local', ['Kent and Medway crisis line', 'Medway Safe Haven']],
      ['national', ['Samaritans', 'Shout']],
    ]);
  });

  it('keeps a short category on one page at the category’s own address', () => {
    const view = directoryView(today, 'crisis', 25);
    expect(view.href).toBe(directoryCategory('crisis'));
    expect(view.pages.map((p) => p.href)).toEqual([directoryCategory('crisis')]);
  });

  it('leaves out a section the page has none of', () => {
    const view = directoryView([service('samaritans', 'Samaritans', false)], 'crisis', 25);
    expect(view.pages[0].sections.map((s) => s.place)).toEqual(['national']);
  });

  it('splits a long category into pages, each no longer than the page size, every service once', () => {
    const view = directoryView(many(4990, 10), 'crisis', 25);
    expect(view.pages).toHaveLength(200);
    expect(view.pages.map((p) => p.href).slice(0, 3)).toEqual([1, 2, 3].map((n) => directoryCategory('crisis', n)));
    for (const p of view.pages) expect(p.sections.reduce((n, s) => n + s.items.length, 0)).toBeLessThanOrEqual(25);
    const ids = view.pages.flatMap((p) => p.sections.flatMap((s) => s.items.map((a) => a.id)));
    expect(new Set(ids).size).toBe(5000);
    // The area's own services come first, so the first page starts with them.
    expect(view.pages[0].sections.map((s) => [s.place, s.items.length])).toEqual([
      ['local', 10],
      ['national', 15],
    ]);
  });

  it('lists a service once when an edition replaces a national entry with its own', () => {
    const view = directoryView(
      [service('shelter', 'Shelter', false), service('shelter', 'Shelter (local office)', true)],
      'crisis',
      25,
    );
    expect(view.count).toBe(1);
    expect(view.pages[0].sections).toEqual([
      { place: 'local', items: [service('shelter', 'Shelter (local office)', true)] },
    ]);
  });

  it('counts only the categories that have services, in the taxonomy’s order', () => {
    expect(directoryCategories(today).map((c) => [c.id, c.count, c.href])).toEqual([
      ['crisis', 4, directoryCategory('crisis')],
      ['food-and-essentials', 1, directoryCategory('food-and-essentials')],
    ]);
  });

  it('refuses a page size that is not a whole number of at least 1', () => {
    expect(() => paginate([1, 2], 0)).toThrow(/at least 1/);
    expect(paginate([], 5)).toEqual([[]]);
  });
});

describe('the A to Z list', () => {
  it('stays on the directory page, by letter, when every service fits', () => {
    const az = azView(
      [
        service('b', 'Bravo', false),
        service('a2', 'alpha two', true),
        service('a1', 'Alpha', false),
        service('n', '111 line', false),
      ],
      100,
    );
    expect(az.onOnePage).toBe(true);
    expect(az.letters.map((l) => [l.letter, l.href, l.pages.length, l.pages[0].items.map((a) => a.name)])).toEqual([
      ['0–9', directoryLetterAnchor('0-9'), 1, ['111 line']],
      ['A', directoryLetterAnchor('a'), 1, ['Alpha', 'alpha two']],
      ['B', directoryLetterAnchor('b'), 1, ['Bravo']],
    ]);
  });

  it('gives each letter its own pages when the list is long, reaching every service by plain links', () => {
    const az = azView(many(4000, 1000), 200);
    expect(az.onOnePage).toBe(false);
    expect(az.letters.map((l) => l.letter)).toEqual(['L', 'S']);
    const s = az.letters[1];
    expect(s.href).toBe(directoryLetter('s'));
    expect(s.pages.map((p) => p.href).slice(0, 2)).toEqual([directoryLetter('s'), directoryLetter('s', 2)]);
    expect(s.pages).toHaveLength(20);
    const ids = az.letters.flatMap((l) => l.pages.flatMap((p) => p.items.map((a) => a.id)));
    expect(new Set(ids).size).toBe(5000);
  });

  it('files names under their first letter without accents', () => {
    expect(letterOf('Émergence')).toEqual({ letter: 'E', slug: 'e' });
    expect(letterOf(' shout')).toEqual({ letter: 'S', slug: 's' });
    expect(letterOf('999')).toEqual({ letter: '0–9', slug: '0-9' });
  });

  it('sorts names as people read them', () => {
    expect(
      uniqueServices([service('b', 'b', false), service('a', 'A', false), service('c', 'C', false)]).map((a) => a.id),
    ).toEqual(['a', 'b', 'c']);
  });
});
