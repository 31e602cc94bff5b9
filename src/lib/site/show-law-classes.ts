/**
 * "Show the law" on next-steps pages: the classes the switch's script (components/tree/show-law.ts)
 * gives the page's root element. Neither is set with JavaScript off, so the law then shows on
 * screen, and paper prints the law's names as it always has. Pure: no DOM.
 */
/** The switch is off: on screen the rights show without their citations. */
export const LAW_QUIET_CLASS = 'law-quiet';
/** The switch is on: the citations show, and paper prints their web addresses too. */
export const LAW_SHOWN_CLASS = 'law-shown';
/** The value kept under SHOW_LAW_KEY while the switch is on. */
export const SHOW_LAW_ON = '1';
