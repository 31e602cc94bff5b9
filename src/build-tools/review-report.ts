/**
 * The editors' review: for each edition, every service, guide page and "next steps" outcome with
 * the date it was last checked, and what needs looking at again. Pure: the caller reads the files.
 */
import type { ContentInput } from '../lib/content/content-input.ts';
import { toIsoDate } from '../lib/dates.ts';
import { hoursEndedOn, hoursKind } from '../lib/directory/hours.ts';
import { isLawSource } from '../lib/tree/primary-source.ts';
import { mdxToProse, sentencesOf, type Sentence } from '../lib/content/readability.ts';

interface ReviewSource {
  url: string;
  checked: string;
  secondary?: boolean;
}

export interface ReviewEntry {
  kind: 'service' | 'page' | 'outcome';
  id: string;
  /** Path of the content file, shown to the editor. */
  file: string;
  /** The edition folder the entry belongs to, or null for national content shared by all editions. */
  edition: string | null;
  /** The date the whole entry was last checked (last_verified or last_reviewed), if it has one. */
  checked?: string;
  sources: ReviewSource[];
  /** Services only: whether opening hours are given (a schedule or open 24 hours). */
  hasHours?: boolean;
  /** Services only: the day the last row of its hours ends, when every row has an end date (see hoursEndedOn). */
  hoursEnded?: string;
  /** Guide pages only: the sentences that say a council or another body must do something (see dutySentences). */
  duties?: string[];
}

type FlagKind = 'overdue' | 'stale' | 'secondary-only' | 'no-hours' | 'hours-ended' | 'no-source' | 'duty-without-law';

interface ReviewFlag {
  kind: FlagKind;
  message: string;
}

export interface ReviewRow extends ReviewEntry {
  /** The date used for age: the entry's own date, or else its oldest source. */
  lastChecked: string | null;
  ageDays: number | null;
  flags: ReviewFlag[];
}

interface EditionReview {
  edition: string;
  rows: ReviewRow[];
}

export interface ReviewResult {
  editions: EditionReview[];
  /** Entries not checked for more than 12 months: the review fails. */
  overdue: ReviewRow[];
  /** Guide pages that state a duty but list no source for the law (see isLawSource): the review fails. */
  dutiesWithoutLaw: ReviewRow[];
}

/** "must", "has a duty to", "is required to" ... : the words that put a duty on someone. */
const DUTY =
  /\b(must|ha(?:s|ve) (?:a |the |no )?(?:legal )?duty|(?:is|are) (?:legally )?required to|(?:is|are) under a duty|owes? (?:you )?(?:a |the )?duty)\b/i;
/** The person reading: "you must ..." is advice to them, not a duty on a council or another body. */
const READER_MUST = /\b(you|I|we)\s+(?:\w+\s+)?must\b/gi;

/**
 * The sentences of a page that say a council or another body must do something, or has a duty to:
 * "The council must take reasonable steps ...", "Staff have a duty to refer ...". Advice to the
 * reader ("You must apply within 21 days") is not a duty of a body and is left out.
 */
export function dutySentences(sentences: readonly string[]): string[] {
  return sentences.filter((s) => DUTY.test(s.replace(READER_MUST, '')));
}

/** Flag anything older than this many months; fail past the second. */
const STALE_MONTHS = 6;
const OVERDUE_MONTHS = 12;

/** The date `months` calendar months before `iso` (YYYY-MM-DD), clamped to the month's last day. */
export function monthsBefore(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = total % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(d, last);
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Review one entry as of `today`. */
export function reviewEntry(entry: ReviewEntry, today: string): ReviewRow {
  const flags: ReviewFlag[] = [];
  const oldestSource = entry.sources.map((s) => s.checked).sort()[0];
  const lastChecked = entry.checked ?? oldestSource ?? null;
  const ageDays = lastChecked ? daysBetween(lastChecked, today) : null;
  if (!lastChecked) {
    flags.push({
      kind: 'overdue',
      message: 'has no date it was checked. Fix: check it against its source and add the date.',
    });
  } else if (lastChecked < monthsBefore(today, OVERDUE_MONTHS)) {
    flags.push({
      kind: 'overdue',
      message: `last checked ${lastChecked}, more than ${OVERDUE_MONTHS} months ago. Fix: check every fact against its source now, or take it out.`,
    });
  } else if (lastChecked < monthsBefore(today, STALE_MONTHS)) {
    flags.push({
      kind: 'stale',
      message: `last checked ${lastChecked}, more than ${STALE_MONTHS} months ago. Check it again soon.`,
    });
  }
  if (entry.sources.length === 0) {
    if (entry.kind !== 'service') flags.push({ kind: 'no-source', message: 'lists no source.' });
  } else if (entry.sources.every((s) => s.secondary)) {
    flags.push({
      kind: 'secondary-only',
      message: 'rests only on secondary sources. Find the law, GOV.UK or the service’s own page if you can.',
    });
  }
  if (entry.kind === 'page' && entry.duties?.length && !entry.sources.some((s) => !s.secondary && isLawSource(s.url))) {
    const shown = entry.duties[0].length > 90 ? `${entry.duties[0].slice(0, 90)}…` : entry.duties[0];
    flags.push({
      kind: 'duty-without-law',
      message: `says what a council or another body must do ("${shown}"${entry.duties.length > 1 ? ` and ${entry.duties.length - 1} more` : ''}), but its duties rest only on secondary sources. Fix: read the law on legislation.gov.uk (or the government's guidance on GOV.UK) and add that page to sources, or take the duty out.`,
    });
  }
  if (entry.kind === 'service' && entry.hasHours === false) {
    flags.push({ kind: 'no-hours', message: 'gives no opening hours, so the guide cannot say when it is open.' });
  }
  if (entry.kind === 'service' && entry.hoursEnded && entry.hoursEnded < today) {
    flags.push({
      kind: 'hours-ended',
      message: `every row of its opening hours ended by ${entry.hoursEnded}, so the guide says its hours are not known. Fix: check the hours on the service's own page and give the new times (or a new valid_to), or take out the rows that ended.`,
    });
  }
  return { ...entry, lastChecked, ageDays, flags };
}

/**
 * Review all content for each edition: national entries appear in every edition, local entries
 * only in their own. `overdue` lists each entry once, however many editions show it.
 */
export function reviewContent(entries: ReviewEntry[], editions: string[], today: string): ReviewResult {
  const rows = entries.map((e) => reviewEntry(e, today));
  const order = { service: 0, page: 1, outcome: 2 } as const;
  const sorted = [...rows].sort((a, b) => order[a.kind] - order[b.kind] || a.id.localeCompare(b.id));
  return {
    editions: editions.map((edition) => ({
      edition,
      rows: sorted.filter((r) => r.edition === null || r.edition === edition),
    })),
    overdue: sorted.filter((r) => r.flags.some((f) => f.kind === 'overdue')),
    dutiesWithoutLaw: sorted.filter((r) => r.flags.some((f) => f.kind === 'duty-without-law')),
  };
}

/** The review as plain text, one block per edition. */
export function formatReview(result: ReviewResult): string {
  const out: string[] = [];
  for (const ed of result.editions) {
    const flagged = ed.rows.filter((r) => r.flags.length > 0).length;
    out.push(`Edition: ${ed.edition} (${ed.rows.length} entries, ${flagged} to look at)`);
    for (const r of ed.rows) {
      const where = r.edition ? r.edition : 'national';
      out.push(`  ${r.kind.padEnd(7)} ${r.id.padEnd(44)} ${r.lastChecked ?? 'never'.padEnd(10)}  ${where}`);
      for (const f of r.flags) out.push(`      ! ${f.kind}: ${r.file}: ${f.message}`);
    }
    out.push('');
  }
  if (result.overdue.length > 0) {
    out.push(
      `${result.overdue.length} entr${result.overdue.length === 1 ? 'y is' : 'ies are'} overdue (not checked for ${OVERDUE_MONTHS} months):`,
    );
    for (const r of result.overdue) out.push(`  ${r.file}`);
  } else {
    out.push(`Nothing is overdue (everything was checked in the last ${OVERDUE_MONTHS} months).`);
  }
  if (result.dutiesWithoutLaw.length > 0) {
    out.push(
      `${result.dutiesWithoutLaw.length} guide page${result.dutiesWithoutLaw.length === 1 ? ' states duties' : 's state duties'} with only secondary sources:`,
    );
    for (const r of result.dutiesWithoutLaw) out.push(`  ${r.file}`);
  } else {
    out.push('Every guide page that states a duty lists the law or GOV.UK among its sources.');
  }
  return out.join('\n');
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' ? (v as Obj) : {});
const sourcesOf = (v: unknown): ReviewSource[] =>
  (Array.isArray(v) ? v : []).map((s) => {
    const o = obj(s);
    return { url: String(o.url ?? ''), checked: String(o.checked ?? ''), secondary: o.secondary === true };
  });

/**
 * Warnings, not failures: an edition whose address for reports is on the reserved .example domain
 * (it reaches no one). The editions in this repository use one until a public body publishes them.
 */
export function publisherWarnings(editions: readonly { file: string; data: unknown }[]): string[] {
  const warnings: string[] = [];
  for (const e of editions) {
    const email = String(obj(obj(e.data).publisher).content_email ?? '');
    if (/\.example$/i.test(email))
      warnings.push(
        `${e.file}: publisher.content_email: ${email} is an example address that reaches no one. "Report a problem with this page" and the accessibility statement send people there. Fix: before this edition goes live, set publisher.name and publisher.content_email to the publishing body's name and its own address for reports (docs/editions.md).`,
      );
  }
  return warnings;
}

/** The entries to review, from the content as read by the content check: services, guide pages (with their duties) and outcomes. */
export function reviewEntries(input: ContentInput): ReviewEntry[] {
  const entries: ReviewEntry[] = [];
  for (const a of input.agencies) {
    const d = obj(a.data);
    const hours = obj(d.hours);
    entries.push({
      kind: 'service',
      id: a.id,
      file: a.file,
      edition: a.edition,
      checked: d.last_verified ? String(d.last_verified) : undefined,
      sources: sourcesOf(d.sources),
      hasHours:
        hoursKind({
          open_24_hours: hours.open_24_hours === true,
          regular_schedule: Array.isArray(hours.regular_schedule) ? hours.regular_schedule : [],
          in_words: typeof hours.in_words === 'string' ? hours.in_words : undefined,
        }) !== 'not-known',
      hoursEnded: hoursEndedOn({
        open_24_hours: hours.open_24_hours === true,
        regular_schedule: (Array.isArray(hours.regular_schedule) ? hours.regular_schedule : []).map((r) => ({
          byday: [],
          opens_at: '',
          closes_at: '',
          valid_to: toIsoDate(obj(r).valid_to),
        })),
      }),
    });
  }
  for (const g of input.guides) {
    const d = obj(g.data);
    entries.push({
      kind: 'page',
      id: g.id,
      file: g.file,
      edition: g.edition,
      checked: d.last_reviewed ? String(d.last_reviewed) : undefined,
      sources: sourcesOf(d.sources),
      duties: dutySentences(sentencesOf(mdxToProse(g.body ?? '')).map((s) => s.text)),
    });
  }
  const nodes = (obj(input.tree?.data).nodes as unknown[] | undefined) ?? [];
  for (const n of nodes.map(obj).filter((n) => n.type === 'outcome')) {
    entries.push({
      kind: 'outcome',
      id: String(n.id),
      file: `${input.tree?.file}#${String(n.id)}`,
      edition: null,
      sources: sourcesOf(n.sources),
    });
  }
  return entries;
}

/** A local phone number that rests only on secondary or undated pages: to confirm on the service's own, dated page. */
interface WeakLocalNumber {
  id: string;
  file: string;
  edition: string;
  numbers: string[];
  why: string;
}

/**
 * Each service of an edition (from its agencies/ folder) that gives a phone number while every
 * source it lists is secondary (`secondary: true`) or undated (`undated: true`: the page shows no
 * date of its own), or it lists none. People in crisis call these numbers: the editors confirm them.
 */
export function weakLocalNumbers(input: Pick<ContentInput, 'agencies'>): WeakLocalNumber[] {
  const out: WeakLocalNumber[] = [];
  for (const a of input.agencies) {
    if (a.edition === null || a.unreadable) continue;
    const d = obj(a.data);
    const numbers = (Array.isArray(d.phones) ? d.phones : [])
      .map((p) => obj(p).number)
      .filter((n): n is string | number => typeof n === 'string' || typeof n === 'number')
      .map(String);
    if (!numbers.length) continue;
    const sources = (Array.isArray(d.sources) ? d.sources : []).map(obj);
    const secondary = sources.filter((s) => s.secondary === true);
    const undated = sources.filter((s) => s.undated === true);
    if (sources.some((s) => s.secondary !== true && s.undated !== true)) continue;
    const why = !sources.length
      ? 'lists no source'
      : secondary.length === sources.length
        ? 'rests only on secondary sources'
        : undated.length === sources.length
          ? 'rests only on undated pages'
          : 'rests only on sources that are secondary or undated';
    out.push({ id: a.id, file: a.file, edition: a.edition, numbers, why });
  }
  return out;
}

/** The list of local numbers to confirm, as the review prints it. */
export function formatWeakLocalNumbers(weak: readonly WeakLocalNumber[]): string {
  if (!weak.length) return 'Every local phone number rests on a dated page of the service, the council or the law.';
  return [
    `${weak.length} local phone number${weak.length === 1 ? '' : 's'} to confirm (people in crisis call these):`,
    ...weak.map(
      (w) =>
        `  ${w.edition.padEnd(10)} ${w.numbers.join(', ')}: ${w.file} ${w.why}. Fix: find the number on the service's or council's own dated page, add it to sources and the date you read it; else mark the number unverified: with why.`,
    ),
  ].join('\n');
}

/** The longest sentences across pages, longest first. */
export function worstSentences(
  pages: { id: string; sentences: Sentence[] }[],
  count = 10,
): { id: string; sentence: Sentence }[] {
  return pages
    .flatMap((p) => p.sentences.map((sentence) => ({ id: p.id, sentence })))
    .sort((a, b) => b.sentence.words - a.sentence.words || b.sentence.longWords.length - a.sentence.longWords.length)
    .slice(0, count);
}
