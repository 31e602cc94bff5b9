/**
 * Starts "Do this first"'s order by the clock: the code that works it out (first-step-order.ts)
 * is loaded after the page's own scripts, by its address (src/build-tools/load-later.ts), so it
 * never delays "Leave this page". FirstStepOrderScript.astro puts this only on pages that need it.
 */
import firstStepOrder from 'later:./first-step-order.ts';

if (document.querySelector('[data-first-step]')) void import(/* @vite-ignore */ firstStepOrder);
