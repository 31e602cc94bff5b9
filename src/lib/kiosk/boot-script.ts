/**
 * The one script that runs before the page is drawn (BOOT_SCRIPT): it styles a kiosk tab as a
 * kiosk at once, so the page never flashes its normal look, and keeps a page closed after
 * "Leave this page" (src/lib/site/left-guide.ts). It is inlined in the page head of both layouts, and
 * the build adds its hash to the Content-Security-Policy (no other inline script is allowed).
 */
import { createHash } from 'node:crypto';
import { KIOSK_KEY } from '../site/storage.ts';
import { CLOSED_ADDRESS, CLOSED_CLASS, CLOSED_TITLE, LEFT_KEY, OPENED_AT } from '../site/left-guide.ts';

/** Kiosk mode is on only when staff have set this tab up (the kiosk key is in session storage): never by an address. */
const KIOSK_BOOT_SCRIPT = `try{if(sessionStorage.getItem(${JSON.stringify(KIOSK_KEY)})!==null)document.documentElement.classList.add('kiosk')}catch(e){}`;

/**
 * The inline script run in the page head, before anything is drawn. It notes when this history
 * entry's page was opened: now, for a new page (never before the person last left, even if the
 * device's clock went back; a browser that cannot say how the page was reached counts as new);
 * 0 for a page reached with Back, Forward or a reload that never noted it. Then, if the person has
 * left since, it hides the page, takes the address (and any search words in it) out of the history,
 * and gives a neutral title.
 * It must stay small and self-contained: it is written out in every page.
 */
export const LEFT_BOOT_SCRIPT = `try{var h=history,s=h.state,l=sessionStorage.getItem(${JSON.stringify(LEFT_KEY)}),a=l===null?null:+l||0,o=s&&s[${JSON.stringify(OPENED_AT)}];if(typeof o!='number'){var n=performance.getEntriesByType('navigation')[0];o=!n||n.type=='navigate'?Math.max(Date.now(),a+1):0;h.replaceState(Object.assign({},s,{${JSON.stringify(OPENED_AT)}:o}),'')}if(a!==null&&o<a){document.documentElement.classList.add(${JSON.stringify(CLOSED_CLASS)});h.replaceState(h.state,'',${JSON.stringify(CLOSED_ADDRESS)});document.title=${JSON.stringify(CLOSED_TITLE)}}}catch(e){}`;

/** The script inlined in every page head, after its <title> (the closed check gives the page a neutral title). */
export const BOOT_SCRIPT = KIOSK_BOOT_SCRIPT + LEFT_BOOT_SCRIPT;

/** The CSP source that allows exactly this script, e.g. 'sha256-...'. */
export function scriptHash(script: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(script).digest('base64')}`;
}
