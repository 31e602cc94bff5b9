/**
 * npm run review: what the editors need to check again, per edition, and how plain the public
 * pages and outcomes are. Exits non-zero when anything was last checked more than 12 months ago, when a guide
 * page states a duty with no source for the law, or when a public page or an outcome breaks the plain English rules.
 *
 *   npm run review              the full report
 *   npm run review -- --quiet   only problems and the worst sentences (used by npm test)
 */
import { join } from 'node:path';
import { readContent } from '../src/build-tools/content-reader.ts';
import { londonToday } from '../src/lib/directory/hours.ts';
import {
  formatReview,
  formatWeakLocalNumbers,
  reviewContent,
  reviewEntries,
  weakLocalNumbers,
  publisherWarnings,
  worstSentences,
} from '../src/build-tools/review-report.ts';
import { isPublicPage, outcomeText, plainEnglishFindings } from '../src/lib/content/plain-english.ts';
import { checkReadability, mdxToProse, type Sentence } from '../src/lib/content/readability.ts';

const root = join(import.meta.dirname, '..');
const today = londonToday();
const quiet = process.argv.includes('--quiet');
const { input } = readContent(root, today);

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' ? (v as Obj) : {});
const entries = reviewEntries(input);

const review = reviewContent(
  entries,
  input.editions.map((e) => e.id),
  today,
);
if (quiet) {
  const flagged = review.editions.flatMap((e) =>
    e.rows.filter((r) => r.flags.length > 0).map((r) => ({ ed: e.edition, r })),
  );
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

// Local phone numbers that rest only on secondary or undated pages (listed; they do not fail the review).
console.log(`\n${formatWeakLocalNumbers(weakLocalNumbers(input))}`);
// Editions still using an example address for reports: a warning, so the review still passes.
for (const w of publisherWarnings(input.editions)) console.log(`review warning: ${w}`);

// Plain English on public pages and outcomes (src/lib/content/plain-english.ts).
const findings = plainEnglishFindings(input);
const readabilityProblems = findings.length;
const pages: { id: string; sentences: Sentence[] }[] = [];
console.log('\nPlain English on public pages and outcomes (reading age is an estimate; at most 10):');
for (const g of input.guides.filter((g) => isPublicPage(g) && g.body !== undefined)) {
  const r = checkReadability(mdxToProse(g.body!));
  pages.push({ id: g.id, sentences: r.sentences });
  if (!quiet)
    console.log(`  ${g.id.padEnd(40)} reading age ${String(r.readingAge).padStart(4)}  long words ${r.longWordShare}%`);
}
const nodes = (obj(input.tree?.data).nodes as unknown[] | undefined) ?? [];
for (const n of nodes.map(obj).filter((n) => n.type === 'outcome')) {
  const r = checkReadability(outcomeText(n).join('\n'));
  pages.push({ id: `outcome ${String(n.id)}`, sentences: r.sentences });
  if (!quiet)
    console.log(
      `  ${`outcome ${String(n.id)}`.padEnd(40)} reading age ${String(r.readingAge).padStart(4)}  long words ${r.longWordShare}%`,
    );
}
for (const f of findings) console.log(`    ! ${f.rule}: ${f.file}: ${f.message}`);
if (!findings.length) console.log('  No problems: short sentences, reading age 10 or under, legal words explained.');
console.log('\nThe longest sentences on public pages and outcomes:');
for (const { id, sentence } of worstSentences(pages, quiet ? 5 : 10))
  console.log(`  ${String(sentence.words).padStart(3)} words  ${id}: ${sentence.text}`);

if (review.overdue.length > 0 || review.dutiesWithoutLaw.length > 0 || readabilityProblems > 0) {
  console.error(
    `\nReview failed: ${review.overdue.length} overdue, ${review.dutiesWithoutLaw.length} page(s) stating duties on secondary sources only, ${readabilityProblems} plain English problem(s).`,
  );
  process.exit(1);
}
