/**
 * Starts the step-by-step guide on /help/: the page holds the guide drawn at build time
 * (TreeGuide.tsx) and, as JSON, what it was drawn from; here Preact takes over that markup.
 * Done by hand, not as an Astro island (client:load), to spare each visit Astro's island loader
 * and its Preact renderer (about 2.5 KB compressed): the page's script budget is 12 KB.
 */
import { h, hydrate } from 'preact';
import TreeGuide, { type Props } from './TreeGuide.tsx';

const root = document.querySelector<HTMLElement>('[data-tree-guide]');
const props = document.querySelector('script[data-tree-guide-props]')?.textContent;
if (root && props) hydrate(h(TreeGuide, JSON.parse(props) as Props), root);
