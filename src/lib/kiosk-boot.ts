/**
 * The one script that runs before the page is drawn (BOOT_SCRIPT): it styles a kiosk tab as a
 * kiosk at once, so the page never flashes its normal look, and keeps a page closed after
 * "Leave this page" (src/lib/left-guide.ts). It is inlined in the page head of both layouts, and
 * the build adds its hash to the Content-Security-Policy (no other inline script is allowed).
 */
import { createHash } from 'node:crypto';
import { KIOSK_KEY } from './storage.ts';
import { LEFT_BOOT_SCRIPT } from './left-guide.ts';

/** Kiosk mode is on only when staff have set this tab up (the kiosk key is in session storage): never by an address. */
export const KIOSK_BOOT_SCRIPT = `try{if(sessionStorage.getItem(${JSON.stringify(KIOSK_KEY)})!==null)document.documentElement.classList.add('kiosk')}catch(e){}`;

/** The script inlined in every page head, after its <title> (the closed check gives the page a neutral title). */
export const BOOT_SCRIPT = KIOSK_BOOT_SCRIPT + LEFT_BOOT_SCRIPT;

/** The CSP source that allows exactly this script, e.g. 'sha256-...'. */
export function scriptHash(script: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(script).digest('base64')}`;
}
