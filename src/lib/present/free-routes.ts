/**
 * The ways to get help that cost nothing, for someone with no phone credit: numbers free to call
 * (see isFreeToCall), text services that say they are free, and places to walk in to. Pure: the
 * outcome's contacts (as every output shows them) in, a short list out.
 */
import { isFreeToCall } from '../directory/phone.ts';
import type { AgencyView } from './agency.ts';

export interface FreeRoute {
  kind: 'call' | 'text' | 'visit';
  /** Whose number or address it is. */
  name: string;
  /** The number as people read it, or the address on one line. */
  display: string;
  /** tel: or sms: for a number; the service's page for an address. */
  href: string;
  /** A short name for the number ("text relay"), when the service gives one. */
  note?: string;
  /** For a place to walk in to: its opening hours, one line each. */
  hours?: string[];
}

/** A text service is listed as free only where its own words say so. */
const SAYS_FREE = /\bfree\b/i;

export function freeRoutes(contacts: readonly AgencyView[]): FreeRoute[] {
  const calls: FreeRoute[] = [];
  const texts: FreeRoute[] = [];
  const visits: FreeRoute[] = [];
  const seen = new Set<string>();
  for (const a of contacts) {
    for (const p of a.phones) {
      const key = `${p.type}:${p.href}`;
      if (seen.has(key)) continue;
      const free = p.type === 'voice' ? isFreeToCall(p.display) : SAYS_FREE.test(p.description ?? '');
      if (!free) continue;
      seen.add(key);
      (p.type === 'voice' ? calls : texts).push({
        kind: p.type === 'voice' ? 'call' : 'text',
        name: a.name,
        display: p.display,
        href: p.href,
        note: p.label,
      });
    }
    if (a.address && !seen.has(`visit:${a.address}`)) {
      seen.add(`visit:${a.address}`);
      visits.push({ kind: 'visit', name: a.name, display: a.address, href: a.href, hours: a.hours.lines });
    }
  }
  return [...calls, ...texts, ...visits];
}

/** Whether every number of these contacts is free to call or text (then one line says so, instead of a list). */
export function everyNumberFree(contacts: readonly AgencyView[]): boolean {
  const phones = contacts.flatMap((a) => a.phones);
  return (
    phones.length > 0 &&
    phones.every((p) => (p.type === 'voice' ? isFreeToCall(p.display) : SAYS_FREE.test(p.description ?? '')))
  );
}
