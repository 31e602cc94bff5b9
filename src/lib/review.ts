/**
 * The editors' review: for each edition, every service, guide page and "next steps" outcome with
 * the date it was last checked, and what needs looking at again. Pure: the caller reads the files.
 */

export interface ReviewSource {
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
}

export type FlagKind = 'overdue' | 'stale' | 'secondary-only' | 'no-hours' | 'no-source';

export interface ReviewFlag {
  kind: FlagKind;
  message: string;
}

export interface ReviewRow extends ReviewEntry {
  /** The date used for age: the entry's own date, or else its oldest source. */
  lastChecked: string | null;
  ageDays: number | null;
  flags: ReviewFlag[];
}

export interface EditionReview {
  edition: string;
  rows: ReviewRow[];
}

export interface ReviewResult {
  editions: EditionReview[];
  /** Entries not checked for more than 12 months: the review fails. */
  overdue: ReviewRow[];
}

/** Flag anything older than this many months; fail past the second. */
export const STALE_MONTHS = 6;
export const OVERDUE_MONTHS = 12;

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
    flags.push({ kind: 'overdue', message: 'has no date it was checked. Fix: check it against its source and add the date.' });
  } else if (lastChecked < monthsBefore(today, OVERDUE_MONTHS)) {
    flags.push({
      kind: 'overdue',
      message: `last checked ${lastChecked}, more than ${OVERDUE_MONTHS} months ago. Fix: check every fact against its source now, or take it out.`,
    });
  } else if (lastChecked < monthsBefore(today, STALE_MONTHS)) {
    flags.push({ kind: 'stale', message: `last checked ${lastChecked}, more than ${STALE_MONTHS} months ago. Check it again soon.` });
  }
  if (entry.sources.length === 0) {
    if (entry.kind !== 'service') flags.push({ kind: 'no-source', message: 'lists no source.' });
  } else if (entry.sources.every((s) => s.secondary)) {
    flags.push({ kind: 'secondary-only', message: 'rests only on secondary sources. Find the law, GOV.UK or the service’s own page if you can.' });
  }
  if (entry.kind === 'service' && entry.hasHours === false) {
    flags.push({ kind: 'no-hours', message: 'gives no opening hours, so the guide cannot say when it is open.' });
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
    editions: editions.map((edition) => ({ edition, rows: sorted.filter((r) => r.edition === null || r.edition === edition) })),
    overdue: sorted.filter((r) => r.flags.some((f) => f.kind === 'overdue')),
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
    out.push(`${result.overdue.length} entr${result.overdue.length === 1 ? 'y is' : 'ies are'} overdue (not checked for ${OVERDUE_MONTHS} months):`);
    for (const r of result.overdue) out.push(`  ${r.file}`);
  } else {
    out.push(`Nothing is overdue (everything was checked in the last ${OVERDUE_MONTHS} months).`);
  }
  return out.join('\n');
}
