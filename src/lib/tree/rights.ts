/**
 * A right stated on a next-steps page, and the law it rests on. A right needs at least one
 * primary source (the law itself, a judgment or GOV.UK): a charity or council restating the law
 * may sit beside it, marked secondary. Pure: no Astro.
 */
import { isLawSource } from './primary-source.ts';

interface RightSource {
  title?: string;
  url: string;
  checked: string;
  secondary?: boolean;
}
export interface Right {
  text: string;
  sources: readonly RightSource[];
}

/** The first words of a right, to name it in a message. */
export function rightName(text: string, words = 10): string {
  const all = text.trim().split(/\s+/);
  return all.length > words ? `${all.slice(0, words).join(' ')} ...` : all.join(' ');
}

/** True when a source states the law: not marked secondary, and on legislation.gov.uk, GOV.UK or a court's site. */
function isPrimaryLawSource(s: RightSource): boolean {
  return !s.secondary && isLawSource(s.url);
}

/** Each right of an outcome that has no primary source, as a message naming the right and the fix. */
export function rightsWithoutLaw(rights: readonly Right[]): string[] {
  return rights
    .filter((r) => !r.sources.some(isPrimaryLawSource))
    .map(
      (r) =>
        `the right "${rightName(r.text)}" has no primary source. Fix: add to its sources the law it rests on (a legislation.gov.uk or GOV.UK page, with title, url and checked, not secondary: true); a charity's or council's page may stay beside it with secondary: true.`,
    );
}

interface SourceLink {
  /** The title, or the web address without https:// when the source has none. */
  title: string;
  url: string;
}
export interface RightView {
  text: string;
  /** The law and GOV.UK pages the right rests on, shown as "Law: ...". */
  law: SourceLink[];
  /** Pages that restate it (a charity, a council), shown as "Also explained by: ...". */
  secondary: SourceLink[];
}

function link(s: RightSource): SourceLink {
  return { title: s.title?.trim() || s.url.replace(/^https:\/\//, ''), url: s.url };
}

/** A right as every output shows it: its words, then its law, then any page that restates it. */
export function rightView(r: Right): RightView {
  return {
    text: r.text,
    law: r.sources.filter(isPrimaryLawSource).map(link),
    secondary: r.sources.filter((s) => !isPrimaryLawSource(s)).map(link),
  };
}
