/**
 * What a search on /search/ keeps in its address: the words (?q=) and any filters ticked, each
 * filter by its name, once for each value (?q=rent&type=Service&topic=Keeping+your+home). With
 * them in the address, Back, Forward, reload and a shared link all show the same search.
 */

/** The address parameter for the words searched for. */
export const SEARCH_WORDS = 'q';

/** The filters people can tick, by the name the search index gives them (see src/layouts/Page.astro). */
export const SEARCH_FILTER_NAMES = ['type', 'topic', 'audience', 'category'] as const;
export type SearchFilterName = (typeof SEARCH_FILTER_NAMES)[number];

/** Values ticked, by filter name. */
export type ChosenFilters = Partial<Record<SearchFilterName, string[]>>;

/** The filters a page gives search besides its type (src/layouts/Page.astro), by the same names. */
export type PageFilters = Omit<ChosenFilters, 'type'>;

export interface SearchState {
  words: string;
  filters: ChosenFilters;
}

/** Longest value kept from an address: words or a filter value longer than this are not a real search. */
const LONGEST = 200;

const isFilterName = (name: string): name is SearchFilterName =>
  (SEARCH_FILTER_NAMES as readonly string[]).includes(name);

/**
 * The search an address holds. Anything else in it (an unknown parameter, an empty or overlong
 * value, a value given twice) is left out, so a mistyped or old link still shows a sensible search.
 */
export function searchStateFrom(query: string): SearchState {
  const params = new URLSearchParams(query);
  const words = (params.get(SEARCH_WORDS) ?? '').slice(0, LONGEST);
  const filters: ChosenFilters = {};
  for (const [name, raw] of params) {
    const value = raw.trim();
    if (!isFilterName(name) || !value || value.length > LONGEST) continue;
    const values = filters[name] ?? [];
    if (!values.includes(value)) filters[name] = [...values, value];
  }
  return { words, filters };
}

/**
 * An address with the given search in it, keeping its other parts (#fragment included). Filters are
 * written in the order of SEARCH_FILTER_NAMES, so the same search always has the same address.
 */
export function withSearch(address: string, { words, filters }: SearchState): string {
  const url = new URL(address);
  url.searchParams.delete(SEARCH_WORDS);
  for (const name of SEARCH_FILTER_NAMES) url.searchParams.delete(name);
  const trimmed = words.trim();
  if (trimmed) url.searchParams.set(SEARCH_WORDS, trimmed);
  for (const name of SEARCH_FILTER_NAMES) for (const value of filters[name] ?? []) url.searchParams.append(name, value);
  return url.href;
}

/** Whether any filter is ticked. */
export const anyFilter = (filters: ChosenFilters): boolean =>
  Object.values(filters).some((values) => values && values.length > 0);

/**
 * The ticked filters that the search index knows (an old link can name a topic that has since been
 * renamed): the others are dropped, so that no filter the person cannot see or untick narrows the
 * results. When none is dropped, the same object comes back, so the search is not run again.
 */
export function knownFilters(filters: ChosenFilters, available: Record<string, Record<string, number>>): ChosenFilters {
  const out: ChosenFilters = {};
  let dropped = false;
  for (const name of SEARCH_FILTER_NAMES) {
    const values = filters[name] ?? [];
    const kept = values.filter((value) => available[name]?.[value] !== undefined);
    dropped ||= kept.length < values.length;
    if (kept.length) out[name] = kept;
  }
  return dropped ? out : filters;
}
