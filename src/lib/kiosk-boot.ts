/**
 * The one script that runs before the page is drawn: it styles a kiosk tab as a kiosk at once,
 * so the page never flashes its normal look. It is inlined in the page head, and the build adds
 * its hash to the Content-Security-Policy (no other inline script is allowed).
 */
import { createHash } from 'node:crypto';
import { KIOSK_KEY } from './storage.ts';

/** Kiosk mode is on only when staff have set this tab up (the kiosk key is in session storage): never by an address. */
export const KIOSK_BOOT_SCRIPT = `try{if(sessionStorage.getItem(${JSON.stringify(KIOSK_KEY)})!==null)document.documentElement.classList.add('kiosk')}catch(e){}`;

/** The CSP source that allows exactly this script, e.g. 'sha256-...'. */
export function scriptHash(script: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(script).digest('base64')}`;
}
