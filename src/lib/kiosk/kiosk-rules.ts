/**
 * Kiosk mode for a shared touch screen at a community hub: its settings, the idle timer's
 * states, and what a tap on a link does. Pure: no DOM.
 */
import { KIOSK_KEY } from '../site/storage.ts';
import { KIOSK_START } from '../site/routes.ts';
import { printedAddress } from '../site/site-url.ts';

export { KIOSK_KEY, KIOSK_START };

export interface KioskSettings {
  /** Seconds without a touch before "Are you still there?". */
  idleSeconds: number;
  /** Seconds the question stays up before the kiosk starts again. */
  promptSeconds: number;
  /** A printer is set up for this screen, so "Print my next steps" is offered. */
  printer: boolean;
  /** The screen starts in easy read: its start page leads to the easy read pages. */
  easyRead: boolean;
}

export const KIOSK_LIMITS = { idle: [30, 3600], prompt: [10, 300] } as const;
export const DEFAULT_KIOSK: KioskSettings = { idleSeconds: 90, promptSeconds: 30, printer: false, easyRead: false };

const YES = ['yes', 'true', '1', 'on'];

function whole(raw: string | null, [min, max]: readonly [number, number], fallback: number): number {
  if (raw === null || !/^\d{1,5}$/.test(raw.trim())) return fallback;
  const n = Number(raw);
  return n >= min && n <= max ? n : fallback;
}

/** Settings from the kiosk start address (?idle=120&prompt=20&printer=yes&easy=yes), over the edition's defaults. */
export function kioskSettings(search: string, defaults: KioskSettings = DEFAULT_KIOSK): KioskSettings {
  const q = new URLSearchParams(search);
  const printer = q.get('printer');
  const easy = q.get('easy');
  return {
    idleSeconds: whole(q.get('idle'), KIOSK_LIMITS.idle, defaults.idleSeconds),
    promptSeconds: whole(q.get('prompt'), KIOSK_LIMITS.prompt, defaults.promptSeconds),
    printer: printer === null ? defaults.printer : YES.includes(printer.toLowerCase()),
    easyRead: easy === null ? (defaults.easyRead ?? false) : YES.includes(easy.toLowerCase()),
  };
}

/** Settings saved in the session; anything unreadable falls back to the defaults (kiosk mode stays on). */
export function storedSettings(raw: string | null, defaults: KioskSettings = DEFAULT_KIOSK): KioskSettings {
  try {
    const v = JSON.parse(raw ?? '') as Partial<Record<keyof KioskSettings, unknown>>;
    return {
      idleSeconds: whole(String(v.idleSeconds), KIOSK_LIMITS.idle, defaults.idleSeconds),
      promptSeconds: whole(String(v.promptSeconds), KIOSK_LIMITS.prompt, defaults.promptSeconds),
      printer: typeof v.printer === 'boolean' ? v.printer : defaults.printer,
      easyRead: typeof v.easyRead === 'boolean' ? v.easyRead : (defaults.easyRead ?? false),
    };
  } catch {
    return { ...defaults };
  }
}

export type IdleState = { state: 'active' } | { state: 'asking'; secondsLeft: number } | { state: 'reset' };

/** Where the idle timer is, `now` and `lastTouch` in milliseconds. */
export function idleState(now: number, lastTouch: number, s: KioskSettings): IdleState {
  const idle = Math.max(0, now - lastTouch) / 1000;
  if (idle < s.idleSeconds) return { state: 'active' };
  const left = s.idleSeconds + s.promptSeconds - idle;
  if (left > 0) return { state: 'asking', secondsLeft: Math.ceil(left) };
  return { state: 'reset' };
}

export type LinkAction =
  /** A page of the guide: go there without adding to the history. */
  | { kind: 'page'; url: string }
  /** Another website: show its address and a QR code instead of going there. */
  | { kind: 'other-site'; url: string; address: string }
  /** A phone number or text: show it large; the kiosk has no phone. */
  | { kind: 'phone'; number: string; text: boolean }
  /** Leave it to the browser (a link within this page). */
  | { kind: 'none' };

export function linkAction(href: string, origin: string, current: string): LinkAction {
  let url: URL;
  try {
    url = new URL(href, current);
  } catch {
    return { kind: 'none' };
  }
  if (url.protocol === 'tel:' || url.protocol === 'sms:') {
    const number = decodeURIComponent(url.pathname).split('?')[0] ?? '';
    return { kind: 'phone', number, text: url.protocol === 'sms:' };
  }
  if (url.protocol === 'mailto:') return { kind: 'other-site', url: url.href, address: printedAddress(url.href) };
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'none' };
  if (url.origin !== origin) return { kind: 'other-site', url: url.href, address: printedAddress(url.href) };
  const here = new URL(current);
  if (url.pathname === here.pathname && url.search === here.search && url.hash) return { kind: 'none' };
  return { kind: 'page', url: url.pathname + url.search + url.hash };
}
