/**
 * Starts search on /search/: the page holds the search box drawn at build time (Search.tsx);
 * here Preact takes over that markup. Done by hand, not as an Astro island (client:load), to
 * spare each visit Astro's island loader and its Preact renderer, as on /help/ (start-tree-guide.ts).
 */
import { h, hydrate } from 'preact';
import Search, { type ServiceList } from './Search.tsx';

const root = document.querySelector<HTMLElement>('[data-search-root]');
// The directory's lists of services, written by the page, offered when services cannot be searched offline.
const lists = JSON.parse(root?.dataset.searchLists ?? '[]') as ServiceList[];
if (root) hydrate(h(Search, { lists }), root);
