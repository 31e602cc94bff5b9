/**
 * Starts search on /search/: the page holds the search box drawn at build time (Search.tsx);
 * here Preact takes over that markup. Done by hand, not as an Astro island (client:load), to
 * spare each visit Astro's island loader and its Preact renderer, as on /help/ (start-tree-guide.ts).
 */
import { h, hydrate } from 'preact';
import Search from './Search.tsx';

const root = document.querySelector<HTMLElement>('[data-search-root]');
if (root) hydrate(h(Search, {}), root);
