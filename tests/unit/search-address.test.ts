import { describe, expect, it } from 'vitest';
import { anyFilter, knownFilters, searchStateFrom, withSearch } from '../../src/lib/site/search-address.ts';

const PAGE = 'https://guide.example/search/';

describe('searchStateFrom', () => {
  it('reads the words and every ticked filter from the address', () => {
    expect(searchStateFrom('?q=rent+arrears&type=Service&topic=Keeping+your+home&topic=Crisis+help')).toEqual({
      words: 'rent arrears',
      filters: { type: ['Service'], topic: ['Keeping your home', 'Crisis help'] },
    });
  });

  it('leaves out what is not a search: unknown names, empty, repeated and overlong values', () => {
    expect(
      searchStateFrom(
        `?q=debt&colour=red&type=&type=Service&type=Service&audience=${'x'.repeat(201)}&utm_source=leaflet`,
      ),
    ).toEqual({
      words: 'debt',
      filters: { type: ['Service'] },
    });
  });

  it('gives an empty search for an address with none, and reads a broken %-escape as the characters typed', () => {
    expect(searchStateFrom('')).toEqual({ words: '', filters: {} });
    expect(searchStateFrom('?q=100%&type=Service')).toEqual({ words: '100%', filters: { type: ['Service'] } });
  });
});

describe('withSearch', () => {
  it('writes the words and filters in a fixed order, and reads back the same search', () => {
    const state = { words: ' notice ', filters: { topic: ['Keeping your home'], type: ['Guide page', 'Service'] } };
    const address = withSearch(PAGE, state);
    expect(address).toBe(`${PAGE}?q=notice&type=Guide+page&type=Service&topic=Keeping+your+home`);
    expect(searchStateFrom(new URL(address).search)).toEqual({
      words: 'notice',
      filters: { type: ['Guide page', 'Service'], topic: ['Keeping your home'] },
    });
  });

  it('replaces an earlier search, keeps the rest of the address, and clears to a bare address', () => {
    const earlier = `${PAGE}?q=old&type=Service&kiosk=1#results`;
    expect(withSearch(earlier, { words: 'new', filters: {} })).toBe(`${PAGE}?kiosk=1&q=new#results`);
    expect(withSearch(`${PAGE}?q=old&type=Service`, { words: '', filters: {} })).toBe(PAGE);
  });
});

describe('knownFilters and anyFilter', () => {
  const available = { type: { Service: 12, 'Guide page': 9 }, topic: { 'Keeping your home': 4 } };

  it('drops a filter the search index does not have (an old or mistyped link), keeping the rest', () => {
    expect(knownFilters({ type: ['Service', 'Leaflet'], topic: ['Renamed topic'] }, available)).toEqual({
      type: ['Service'],
    });
  });

  it('gives back the very same filters when all are known, so the search is not run again', () => {
    const chosen = { type: ['Service'], topic: ['Keeping your home'] };
    expect(knownFilters(chosen, available)).toBe(chosen);
  });

  it('says whether anything is ticked', () => {
    expect(anyFilter({})).toBe(false);
    expect(anyFilter({ type: [] })).toBe(false);
    expect(anyFilter({ topic: ['Keeping your home'] })).toBe(true);
  });
});
