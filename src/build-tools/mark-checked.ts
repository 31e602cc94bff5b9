/**
 * "Mark as checked today" on the editor's What is due page (scripts/edit.ts): sets today's date on the
 * sources an editor confirms they read again, and on the entry itself (last_verified) only when every
 * source was read. Only the dates' own text changes, so the file's comments and layout stay as they were.
 */
import { isMap, isScalar, isSeq, parseDocument, type Scalar } from 'yaml';

/** The text of a service's YAML file with `read` sources (by url) marked as checked `today`. */
export function markChecked(text: string, read: string[], today: string, entryField = 'last_verified'): string {
  if (!read.length)
    throw new Error(
      'No source was confirmed as read. Fix: tick each source you read again today, then press the button.',
    );
  const doc = parseDocument(text);
  const sources = doc.get('sources');
  if (!isSeq(sources)) throw new Error('This entry lists no sources. Fix: add its sources in the editor first.');
  const urls = sources.items.map((s) => (isMap(s) ? String(s.get('url') ?? '') : ''));
  const unknown = read.find((u) => !urls.includes(u));
  if (unknown) throw new Error(`${unknown} is not a source of this entry. Fix: reload What is due and try again.`);
  const dates: Scalar[] = [];
  sources.items.forEach((s, i) => {
    const checked = isMap(s) ? s.get('checked', true) : undefined;
    if (read.includes(urls[i]) && isScalar(checked)) dates.push(checked);
  });
  const entry = doc.get(entryField, true);
  if (urls.every((u) => read.includes(u)) && isScalar(entry)) dates.push(entry);
  // Replace each date's text, from the end of the file back, so earlier positions stay right.
  let out = text;
  for (const d of dates.sort((a, b) => (b.range?.[0] ?? 0) - (a.range?.[0] ?? 0))) {
    const [start, end] = d.range ?? [0, 0];
    out = `${out.slice(0, start)}"${today}"${out.slice(end)}`;
  }
  return out;
}
