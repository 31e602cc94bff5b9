/**
 * Starts the "open now" lines: the code that works them out (open-now.ts, about 1.8 KB compressed)
 * is loaded after the page's own scripts, by its address (src/build-tools/load-later.ts), so it
 * never delays "Leave this page". OpenNowScript.astro puts this only on pages with an open-now line.
 */
import openNow from 'later:./open-now.ts';

if (document.querySelector('[data-open-now]')) void import(/* @vite-ignore */ openNow);
