/**
 * Search results, from the Pagefind index built with the site. The search code and index load
 * only once the person searches, and everything runs on the device. Offline, it finds words
 * whose part of the index was saved on an earlier search; for others it says a connection is needed.
 *
 * The first search downloads as little as it can, however large the directory grows: search runs
 * on the page rather than in a second (worker) script, the filters' counts load only when someone
 * opens "Filter results", and results come ten at a time. The guide's pages are searched first and
 * shown; the services, in their own index (src/lib/site/search-indexes.ts), are searched next and
 * join the list, ranked with the rest. A small directory's index is on the device from the first
 * visit; with no signal and no directory index saved, search says so and links the lists of
 * services (the directory's categories) that are saved on the device.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { SEARCH } from '../lib/site/routes.ts';
import { SEARCH_ENTRY } from '../lib/site/offline-caches.ts';
import { DIRECTORY_PARTS, DIRECTORY_SEARCH } from '../lib/site/search-indexes.ts';
import {
  anyFilter,
  type ChosenFilters,
  knownFilters,
  SEARCH_FILTER_NAMES,
  type SearchFilterName,
  SEARCH_WORDS,
  searchStateFrom,
  withSearch,
} from '../lib/site/search-address.ts';

interface Result {
  url: string;
  title: string;
  excerpt: string;
  type: string;
}
type Filters = Record<string, Record<string, number>>;
/** One page found: how well it matches, and its data (fetched only when shown). */
interface Hit {
  score: number;
  data: () => Promise<PagefindData>;
}
interface PagefindApi {
  search: (q: string | null, opts?: { filters?: Record<string, string[]> }) => Promise<{ results: Hit[] }>;
  filters: () => Promise<Filters>;
  options: (o: Record<string, unknown>) => Promise<void>;
  /** Searches another index (a part of the directory's) with this one, as one. */
  mergeIndex: (basePath: string) => Promise<void>;
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** The filters' labels, shown in the order of SEARCH_FILTER_NAMES. */
const FILTER_LABELS: Record<SearchFilterName, string> = {
  type: 'Type of page',
  topic: 'Topic',
  audience: 'Written for',
  category: 'Type of service',
};

let api: Promise<PagefindApi> | null = null;
let directoryApi: Promise<PagefindApi> | null = null;
/** The search index's entry file as it was when search loaded: it names that version's index files. */
let loadedEntry: string | null = null;

/** The entry file now (from the network when there is signal: src/service-worker/sw.ts), or null. */
async function entryNow(): Promise<string | null> {
  try {
    const response = await fetch(SEARCH_ENTRY, { cache: 'no-store' });
    return response.ok ? await response.text() : null;
  } catch {
    return null;
  }
}

const SEARCH_OPTIONS = { excerptLength: 24, noWorker: true };

function loadPagefind(): Promise<PagefindApi> {
  const path = '/pagefind/pagefind.js';
  api ??= Promise.all([entryNow(), import(/* @vite-ignore */ path) as Promise<PagefindApi>]).then(
    async ([entry, p]) => {
      loadedEntry = entry;
      await p.options(SEARCH_OPTIONS);
      return p;
    },
  );
  return api;
}

/**
 * The directory's index (every service), searched once the guide's results are shown. It is loaded
 * with its own copy of Pagefind's code (written beside it), since two indexes cannot share one copy
 * of the search engine on the page: its state is held once for the whole script. A large directory's
 * index is in parts (DIRECTORY_PARTS lists them), searched as one.
 */
function loadDirectory(): Promise<PagefindApi> {
  const path = `${DIRECTORY_SEARCH}pagefind.js`;
  directoryApi ??= loadPagefind()
    .then(async () => {
      const response = await fetch(DIRECTORY_PARTS);
      if (!response.ok) throw new Error(`${DIRECTORY_PARTS}: ${response.status}`);
      const { parts } = (await response.json()) as { parts: string[] };
      const d = (await import(/* @vite-ignore */ path)) as PagefindApi;
      await d.options(SEARCH_OPTIONS);
      for (const part of parts.slice(1)) await d.mergeIndex(part);
      return d;
    })
    .catch((e: unknown) => {
      directoryApi = null; // try again next time
      throw e;
    });
  return directoryApi;
}

/** The pages one index finds (an index with none of a ticked filter finds none: Pagefind's own rule). */
async function searchIn(pf: PagefindApi, q: string, chosen: ChosenFilters): Promise<Hit[]> {
  return (await pf.search(q || null, { filters: chosen as Record<string, string[]> })).results;
}

/** Each page's data is fetched once, however often the list is drawn. */
const fetched = new WeakMap<Hit, Promise<PagefindData>>();
function dataOf(hits: Hit[]): Promise<PagefindData[]> {
  return Promise.all(
    hits.map((h) => {
      const known = fetched.get(h);
      if (known) return known;
      const d = h.data();
      fetched.set(h, d);
      return d;
    }),
  );
}

/** Two lists of hits, each in its index's own order, joined by score: neither list's order changes. */
function byScore(a: Hit[], b: Hit[]): Hit[] {
  const out: Hit[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i].score >= b[j].score)) out.push(a[i++]);
    else out.push(b[j++]);
  }
  return out;
}

/** Both indexes' filters, their counts added up. */
function mergeFilters(...all: Filters[]): Filters {
  const out: Filters = {};
  for (const filters of all)
    for (const [name, values] of Object.entries(filters))
      for (const [value, count] of Object.entries(values)) {
        out[name] ??= {};
        out[name][value] = (out[name][value] ?? 0) + count;
      }
  return out;
}

/**
 * Whether a newer version of the guide has been published since search loaded. Its index files
 * have new names and the old ones are gone, so this page's search can no longer find anything
 * (Pagefind then says "0 results" without an error): the person is asked to reload instead.
 */
async function indexReplaced(): Promise<boolean> {
  if (loadedEntry === null) return false;
  const now = await entryNow();
  return now !== null && now !== loadedEntry;
}

const UPDATED = 'The guide was updated: reload to search.';

/** How many results show at first, and how many more each "Show more results" adds. */
const RESULTS_AT_A_TIME = 10;

const NO_SIGNAL =
  'With no signal, search finds guide pages only for words searched on this device before. Try again when you have signal, or use the A to Z list below.';

const NO_SIGNAL_SERVICES = 'With no signal, the directory of services cannot be searched on this device.';

/** A list of services: a category of the directory (its first page). */
export interface ServiceList {
  href: string;
  title: string;
}

/** The lists of services saved on this device (visited or saved with the button), in the order given. */
async function savedLists(lists: readonly ServiceList[]): Promise<ServiceList[]> {
  if (!('caches' in window)) return [];
  const saved = await Promise.all(
    lists.map(async (l) =>
      Boolean(await caches.match(new URL(l.href, window.location.href).href).catch(() => undefined)),
    ),
  );
  return lists.filter((_, i) => saved[i]);
}

/** Whether the site can be reached now (a HEAD request is never answered from the device's saved copy). */
async function reachable(): Promise<boolean> {
  if (navigator.onLine === false) return false;
  try {
    await fetch('/pagefind/pagefind-entry.json', { method: 'HEAD', cache: 'no-store' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Kept in the search page's own history entry when a result is opened, so that Back returns to that
 * result (the results are drawn again after the page loads, so the browser's own scroll position
 * would land lower down, in the A to Z list): its address, and how many results were showing.
 */
interface OpenedResult {
  url: string;
  shown: number;
}
const OPENED_KEY = 'openedResult';
const openedResult = (): OpenedResult | undefined =>
  (history.state as Record<string, OpenedResult> | null)?.[OPENED_KEY];

function toResult(d: PagefindData): Result {
  return { url: d.url, title: d.meta.title ?? d.url, excerpt: d.excerpt, type: d.filters.type?.[0] ?? 'Page' };
}

const NO_LISTS: readonly ServiceList[] = [];

/** `lists`: the directory's categories, offered when the services cannot be searched with no signal. */
export default function Search({ lists: lists_ = NO_LISTS }: { lists?: readonly ServiceList[] }) {
  const [query, setQuery] = useState('');
  const [ready, setReady] = useState(false);
  const [results, setResults] = useState<Result[] | null>(null);
  const [filters, setFilters] = useState<Filters | null>(null);
  const [filtersOpen, setFiltersOpen] = useState(false);
  // The filters' list is needed when the box is opened, or to check the filters an address names.
  const [filtersWanted, setFiltersWanted] = useState(false);
  const [total, setTotal] = useState(0);
  const found = useRef<Hit[]>([]);
  // The guide's results are on screen and the services are still being searched.
  const [partial, setPartial] = useState(false);
  const [chosen, setChosen] = useState<ChosenFilters>({});
  const [status, setStatus] = useState('');
  // With no signal and no directory index on the device: the lists of services saved here instead (null: not needed).
  const [offlineLists, setOfflineLists] = useState<ServiceList[] | null>(null);
  // A newer version's index replaced the one this page loaded: only a reload can search now.
  const [updated, setUpdated] = useState(false);
  const seq = useRef(0);
  const returnTo = useRef<OpenedResult | undefined>(undefined);

  useEffect(() => {
    // Words typed before the page finished loading are kept (the box was already on screen), then the address's
    // words; and the filters the address names (after Back, a reload or a shared link). The filter box stays
    // closed so that the results are not pushed down on a phone: "Showing only" above them says what is ticked.
    const typed = (document.getElementById('search-page-input') as HTMLInputElement | null)?.value ?? '';
    const fromAddress = searchStateFrom(window.location.search);
    const q = typed || fromAddress.words;
    if (q) setQuery(q);
    if (anyFilter(fromAddress.filters)) {
      setChosen(fromAddress.filters);
      setFiltersWanted(true);
    }
    returnTo.current = openedResult();
    if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
    setReady(true);
  }, []);

  useEffect(() => {
    if (!ready) return;
    const q = query.trim();
    // The address always holds the search on screen, so that Back, Forward, reload and sharing show it again.
    history.replaceState(history.state, '', withSearch(window.location.href, { words: q, filters: chosen }));
    if (!q && !anyFilter(chosen)) {
      seq.current++;
      setResults(null);
      setStatus('');
      return;
    }
    const mine = ++seq.current;
    setStatus('Searching…');
    setOfflineLists(null);
    const forWords = q ? ` for “${q}”` : '';
    (async () => {
      const guide = await loadPagefind();
      // After Back, as many results as were showing, so that the one opened is among them.
      const showing = Math.max(RESULTS_AT_A_TIME, returnTo.current?.shown ?? 0);
      // First the guide's pages, shown at once: their index is small and on the device.
      const first = await searchIn(guide, q, chosen);
      const firstData = await dataOf(first.slice(0, showing));
      if (mine !== seq.current) return;
      if (first.length) {
        found.current = first;
        setTotal(first.length);
        setResults(firstData.map(toResult));
        setPartial(true);
        setStatus(`Found ${first.length} so far${forWords}. Still searching the directory of services…`);
      }
      // Then the services, ranked with the guide's pages.
      let services: Hit[] = [];
      let servicesFailed = false;
      try {
        services = await searchIn(await loadDirectory(), q, chosen);
      } catch {
        servicesFailed = true;
        directoryApi = null; // try again next time
      }
      const all = byScore(first, services);
      // After Back, every guide result that was showing stays on screen, so the one opened is among them.
      const lastShown =
        returnTo.current && first.length ? all.indexOf(first[Math.min(showing, first.length) - 1]) + 1 : 0;
      const data = await dataOf(all.slice(0, Math.max(showing, lastShown)));
      const replaced = (all.length === 0 || servicesFailed) && (await indexReplaced());
      const offline = (all.length === 0 || servicesFailed) && !replaced && !(await reachable());
      const lists = offline && servicesFailed ? await savedLists(lists_) : null;
      if (mine !== seq.current) return;
      setPartial(false);
      if (replaced) {
        setUpdated(true);
        setResults(null);
        setStatus(UPDATED);
        return;
      }
      found.current = all;
      setTotal(all.length);
      setResults(data.map(toResult));
      const count = `${all.length} ${all.length === 1 ? 'result' : 'results'}${forWords}`;
      if (offline && servicesFailed) {
        setStatus(
          `${count}. ${NO_SIGNAL_SERVICES} ${lists?.length ? 'Try the lists of services below.' : 'Try again when you have signal.'}`,
        );
        setOfflineLists(lists);
      } else if (offline) setStatus(`${count}. ${NO_SIGNAL}`);
      else if (servicesFailed)
        setStatus(`${count}. The directory of services could not be searched just now: try again.`);
      else {
        setStatus(count);
        // The guide's index is saved as it is used: with no signal, its words not searched here before are not found.
        if (!(await reachable()) && mine === seq.current) setStatus(`${count}. ${NO_SIGNAL}`);
      }
    })().catch(async () => {
      const replaced = await indexReplaced();
      if (mine !== seq.current) return;
      setPartial(false);
      setResults(null);
      if (replaced) {
        setUpdated(true);
        setStatus(UPDATED);
        return;
      }
      // The search index is saved on the device as it is used: with no signal, words not searched here before cannot be found.
      api = null; // try again next time
      directoryApi = null;
      setStatus(`Search could not finish. ${NO_SIGNAL}`);
    });
  }, [query, chosen, ready, lists_]);

  // The filters' counts are the largest part of the index after the pages themselves: fetched only when wanted.
  useEffect(() => {
    if (!(filtersOpen || filtersWanted) || filters) return;
    loadPagefind()
      .then((pf) =>
        Promise.all([
          pf.filters(),
          loadDirectory()
            .then((d) => d.filters())
            .catch(() => ({})),
        ]),
      )
      .then(([guide, services]) => mergeFilters(guide, services))
      .then((available) => {
        setFilters(available);
        // A filter named by an old or mistyped link that the index does not know is dropped, not left narrowing the results unseen.
        setChosen((now) => knownFilters(now, available));
      })
      .catch(() => setFilters({}));
  }, [filtersOpen, filtersWanted, filters]);

  // Back to the result that was opened: focused (which brings it on screen), once.
  useEffect(() => {
    const back = returnTo.current;
    if (!back || !results || partial) return;
    returnTo.current = undefined;
    history.replaceState({ ...history.state, [OPENED_KEY]: undefined }, '');
    document.querySelector<HTMLAnchorElement>(`.search__results a[href="${CSS.escape(back.url)}"]`)?.focus();
  }, [results, partial]);

  const remember = (url: string) =>
    history.replaceState({ ...history.state, [OPENED_KEY]: { url, shown: results?.length ?? 0 } }, '');

  const showMore = async () => {
    const mine = seq.current;
    const shown = results?.length ?? 0;
    const more = await dataOf(found.current.slice(shown, shown + RESULTS_AT_A_TIME));
    // A new search started meanwhile: its results replace these, so the old ones are not added to them.
    if (mine === seq.current) setResults([...(results ?? []), ...more.map(toResult)]);
  };

  const toggle = (name: SearchFilterName, value: string) => {
    const now = chosen[name] ?? [];
    setChosen({ ...chosen, [name]: now.includes(value) ? now.filter((v) => v !== value) : [...now, value] });
  };

  return (
    <div class="search" data-search-ready={ready ? '' : undefined}>
      {/* biome-ignore lint/a11y/useSemanticElements: a form with role="search" is announced as search by every screen reader; <search> is not yet. */}
      <form class="search__form" role="search" action={SEARCH} onSubmit={(e) => e.preventDefault()}>
        <label for="search-page-input" class="search__label">
          Search this guide
        </label>
        <input
          id="search-page-input"
          class="search__input"
          type="search"
          name={SEARCH_WORDS}
          value={query}
          autoComplete="off"
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        />
        {/* Results update as you type; the button is there for people who expect one (and for keyboards that send "Go"). */}
        <button type="submit" class="button search__submit">
          Search
        </button>
      </form>
      {(results || anyFilter(chosen)) && (
        <details
          class="search__filter-box"
          onToggle={(e) => setFiltersOpen((e.currentTarget as HTMLDetailsElement).open)}
        >
          <summary>Filter results</summary>
          {!filters && <p class="search__filters-loading">Loading the filters…</p>}
          {filters && Object.keys(filters).length === 0 && (
            <p>The filters could not load. Try again when you have signal.</p>
          )}
          {filters && (
            <div class="search__filters">
              {SEARCH_FILTER_NAMES.filter((name) => filters[name]).map((name) => (
                <fieldset class="search__filter" key={name}>
                  <legend>{FILTER_LABELS[name]}</legend>
                  {Object.entries(filters[name]).map(([value, count]) => (
                    <label class="search__option" key={value}>
                      <input
                        type="checkbox"
                        checked={(chosen[name] ?? []).includes(value)}
                        onChange={() => toggle(name, value)}
                      />{' '}
                      {value} <span class="search__count">({count})</span>
                    </label>
                  ))}
                </fieldset>
              ))}
            </div>
          )}
        </details>
      )}
      <p class="search__status" role="status">
        {status}
      </p>
      {offlineLists && offlineLists.length > 0 && (
        <div class="search__saved-lists" data-search-saved-lists>
          <p>Lists of services saved on this device:</p>
          <ul>
            {offlineLists.map((l) => (
              <li key={l.href}>
                <a href={l.href}>{l.title}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {updated && (
        <button type="button" class="button search__reload" onClick={() => window.location.reload()}>
          Reload to search
        </button>
      )}
      {anyFilter(chosen) && (
        <p class="search__chosen">
          Showing only: {SEARCH_FILTER_NAMES.flatMap((name) => chosen[name] ?? []).join(', ')}.{' '}
          <button type="button" class="search__clear" onClick={() => setChosen({})}>
            Clear filters
          </button>
        </p>
      )}
      {results && (
        <ol class="search__results">
          {results.map((r) => (
            <li class="search__result" key={r.url}>
              <span class="tag">{r.type}</span>
              <h2 class="search__title">
                <a href={r.url} onClick={() => remember(r.url)}>
                  {r.title}
                </a>
              </h2>
              <p class="search__excerpt" dangerouslySetInnerHTML={{ __html: r.excerpt }} />
            </li>
          ))}
        </ol>
      )}
      {results && results.length < total && (
        <button type="button" class="button search__more" onClick={showMore}>
          Show more results ({total - results.length} more)
        </button>
      )}
    </div>
  );
}
