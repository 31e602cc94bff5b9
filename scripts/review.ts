/**
 * npm run review: what the editors need to check again, per edition, and how plain the public
 * pages are. Exits non-zero when anything was last checked more than 12 months ago, or when a
 * public page breaks the plain English rules.
 *
 *   npm run review              the full report
 *   npm run review -- --quiet   only problems and the worst sentences (used by npm test)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readContent } from '../src/integrations/content-check.ts';
import { londonToday } from '../src/lib/hours.ts';
import { formatReview, reviewContent, type ReviewEntry, type ReviewSource } from '../src/lib/review.ts';
import { checkReadability, mdxToProse, type sentencesOf, worstSentences, type GlossaryTerm } from '../src/lib/readability.ts';

const root = join(import.meta.dirname, '..');
const today = londonToday();
const quiet = process.argv.includes('--quiet');
const { input } = readContent(root, today);

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' ? (v as Obj) : {});
const sourcesOf = (v: unknown): ReviewSource[] =>
  (Array.isArray(v) ? v : []).map((s) => {
    const o = obj(s);
    return { url: String(o.url ?? ''), checked: String(o.checked ?? ''), secondary: o.secondary === true };
  });

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
      hours.open_24_hours === true || typeof hours.in_words === 'string' || (Array.isArray(hours.regular_schedule) && hours.regular_schedule.length > 0),
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
  });
}
const treeNodes = (obj(input.tree?.data).nodes as unknown[] | undefined) ?? [];
for (const n of treeNodes.map(obj).filter((n) => n.type === 'outcome')) {
  entries.push({ kind: 'outcome', id: String(n.id), file: `${input.tree?.file}#${String(n.id)}`, edition: null, sources: sourcesOf(n.sources) });
}

const review = reviewContent(
  entries,
  input.editions.map((e) => e.id),
  today,
);
if (quiet) {
  const flagged = review.editions.flatMap((e) => e.rows.filter((r) => r.flags.length > 0).map((r) => ({ ed: e.edition, r })));
  const seen = new Set<string>();
  for (const { r } of flagged) {
    if (seen.has(r.file)) continue;
    seen.add(r.file);
    for (const f of r.flags) console.log(`review ${f.kind}: ${r.file}: ${f.message}`);
  }
  console.log(review.overdue.length ? `${review.overdue.length} overdue.` : 'Review: nothing is overdue.');
} else {
  console.log(`Content review, ${today}\n`);
  console.log(formatReview(review));
}

// Plain English on public pages.
const glossary = (obj(parseYaml(readFileSync(join(root, 'content/glossary.yaml'), 'utf8'))).terms ?? []) as GlossaryTerm[];
const pages: { id: string; file: string; sentences: ReturnType<typeof sentencesOf> }[] = [];
let readabilityProblems = 0;
console.log('\nPlain English on public pages (reading age is an estimate; aim for 9 to 11):');
for (const g of input.guides) {
  const audience = obj(g.data).audience;
  if (audience !== 'public' && audience !== 'both') continue;
  const prose = mdxToProse(readFileSync(join(root, g.file), 'utf8'));
  const r = checkReadability(prose, glossary);
  pages.push({ id: g.id, file: g.file, sentences: r.sentences });
  if (!quiet || r.problems.length) console.log(`  ${g.id.padEnd(40)} reading age ${String(r.readingAge).padStart(4)}  long words ${r.longWordShare}%`);
  for (const p of r.problems) {
    readabilityProblems++;
    console.log(`    ! ${p.rule}: ${g.file}: ${p.message}`);
  }
}
console.log('\nThe longest sentences on public pages:');
for (const { id, sentence } of worstSentences(pages, quiet ? 5 : 10)) console.log(`  ${String(sentence.words).padStart(3)} words  ${id}: ${sentence.text}`);

if (review.overdue.length > 0 || readabilityProblems > 0) {
  console.error(`\nReview failed: ${review.overdue.length} overdue, ${readabilityProblems} plain English problem(s).`);
  process.exit(1);
}
