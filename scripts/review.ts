/**
 * npm run review: what the editors need to check again, per edition, and how plain the public
 * pages are. Exits non-zero when anything was last checked more than 12 months ago, when a guide
 * page states a duty with no source for the law, or when a public page breaks the plain English rules.
 *
 *   npm run review              the full report
 *   npm run review -- --quiet   only problems and the worst sentences (used by npm test)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readContent } from '../src/integrations/content-check.ts';
import { londonToday } from '../src/lib/hours.ts';
import { formatReview, reviewContent, reviewEntries } from '../src/lib/review.ts';
import { checkReadability, mdxToProse, type sentencesOf, worstSentences, type GlossaryTerm } from '../src/lib/readability.ts';

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

if (review.overdue.length > 0 || review.dutiesWithoutLaw.length > 0 || readabilityProblems > 0) {
  console.error(
    `\nReview failed: ${review.overdue.length} overdue, ${review.dutiesWithoutLaw.length} page(s) stating duties on secondary sources only, ${readabilityProblems} plain English problem(s).`,
  );
  process.exit(1);
}
