/**
 * Plain English on every public guide page and every outcome of the step-by-step guide: the rules,
 * the real content, and deliberately broken copies of it that each rule must refuse.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/build-tools/content-reader.ts';
import { contentProblems } from '../../src/build-tools/content-problems.ts';
import { londonToday } from '../../src/lib/directory/hours.ts';
import {
  checkGlossaryFiles,
  outcomeText,
  outcomeWords,
  plainEnglishFindings,
  readGlossary,
  termsUsed,
  wordsMissingFromGlossary,
} from '../../src/lib/content/plain-english.ts';
import type { RawFile } from '../../src/lib/content/content-input.ts';

const TODAY = londonToday();
const root = join(import.meta.dirname, '../..');
const raw = (file: string, data: unknown): RawFile => ({ file, id: 'x', edition: null, data });
const glossary = [
  { term: 'priority need', meaning: 'a group the council must help.' },
  { term: 'review', also: ['suitability review'], meaning: 'asking the council to look again.' },
  { term: 'bailiff', meaning: 'a court officer.' },
];

describe('the plain English rules', () => {
  it("reads an outcome's text in the order its page shows it, rights as text or as objects with sources", () => {
    expect(
      outcomeText({
        title: 'T',
        first: { do: 'F', contacts: [] },
        summary: 'S',
        steps: ['S1', 'S2'],
        say: ['Y'],
        bring: ['B'],
        rights: ['R1', { text: 'R2', sources: [{ url: 'https://www.legislation.gov.uk/', checked: '2026-12-07' }] }],
      }),
    ).toEqual(['T', 'F', 'S', 'S1', 'S2', 'Y', 'B', 'R1', 'R2']);
  });
  it('reads an outcome\'s "also" block (a second need) where the page shows it, after the steps', () => {
    expect(
      outcomeText({
        title: 'T',
        first: { do: 'F', contacts: [] },
        summary: 'S',
        steps: ['S1'],
        also: { title: 'A', text: 'AT', roles: [], sources: [] },
        say: ['Y'],
      }),
    ).toEqual(['T', 'F', 'S', 'S1', 'A', 'AT', 'Y']);
  });
  it('lists the glossary terms a text uses in the order a reader meets them, plurals too', () => {
    expect(
      termsUsed(['Bailiffs came.', 'Ask for a review. You may be in priority need.'], glossary).map((t) => t.term),
    ).toEqual(['bailiff', 'review', 'priority need']);
  });
  it('gives an outcome "What these words mean": each term it uses, in the order a reader meets them, with its meaning', () => {
    const outcome = {
      title: 'Ask for a review',
      first: { do: 'Call the council.' },
      summary: 'You may be in priority need.',
      steps: ['Ask again for a review.'],
    };
    expect(outcomeWords(outcome, glossary)).toEqual([
      { term: 'review', meaning: 'Asking the council to look again.' },
      { term: 'priority need', meaning: 'A group the council must help.' },
    ]);
    expect(outcomeWords({ title: 'Nothing legal', steps: ['Call a friend.'] }, glossary)).toEqual([]);
  });
  it('takes a word inside a longer term as that term: an anti-social behaviour case review is not a review of a council decision', () => {
    const withCaseReview = [
      ...glossary,
      { term: 'anti-social behaviour case review', meaning: 'services look at your case together.' },
    ];
    expect(termsUsed(['Ask for an anti-social behaviour case review.'], withCaseReview).map((t) => t.term)).toEqual([
      'anti-social behaviour case review',
    ]);
    expect(
      termsUsed(['Ask for an anti-social behaviour case review.', 'Or ask for a review.'], withCaseReview).map(
        (t) => t.term,
      ),
    ).toEqual(['anti-social behaviour case review', 'review']);
  });
  it('finds a word on the legal-words list that the glossary lacks, and accepts one it has under "also"', () => {
    const words = ['injunction', 'suitability review', 'bailiff'];
    expect(
      wordsMissingFromGlossary(['The court made an injunction.', 'Ask for a suitability review.'], words, glossary),
    ).toEqual(['injunction']);
    expect(wordsMissingFromGlossary(['Nothing legal here.'], words, glossary)).toEqual([]);
  });
  it('checks the glossary and the legal-words list, naming the term (not its position) and the fix', () => {
    const problems = checkGlossaryFiles({
      glossary: raw('content/glossary.yaml', {
        terms: [
          { term: 'review', meaning: 'ok.' },
          { term: 'bailiff' },
          { term: 'Review', meaning: 'twice.' },
          { term: 'relief duty', meaning: `This ${'word '.repeat(29)}.` },
        ],
      }),
      legalWords: raw('content/legal-words.yaml', { words: ['bailiff', 'Bailiff', 42] }),
    }).map((p) => `${p.file}: ${p.field}: ${p.message}`);
    expect(problems).toEqual([
      expect.stringMatching(/^content\/glossary\.yaml: terms\.bailiff\.meaning: is missing .*Fix: /),
      expect.stringMatching(
        /^content\/glossary\.yaml: terms\.Review: "Review" is already in the glossary under "review"\. Fix: /,
      ),
      expect.stringMatching(
        /^content\/glossary\.yaml: terms\.relief duty\.meaning: has a sentence of 30 words \(most allowed: 25\): "This word .*Fix: /,
      ),
      expect.stringMatching(/^content\/legal-words\.yaml: words\.Bailiff: "Bailiff" is listed twice\. Fix: /),
      expect.stringMatching(/^content\/legal-words\.yaml: words\[2\]: 42 is not a word\. Fix: /),
    ]);
  });
  it('says when the glossary or the legal-words list is missing', () => {
    const problems = checkGlossaryFiles({ glossary: null, legalWords: null }).map((p) => `${p.file}: ${p.message}`);
    expect(problems).toEqual([
      expect.stringMatching(/^content\/glossary\.yaml: is missing\. Fix: /),
      expect.stringMatching(/^content\/legal-words\.yaml: is missing\. Fix: /),
    ]);
  });
});

describe('the real content', () => {
  const { input } = readContent(root, TODAY);
  const { glossary: terms, legalWords } = readGlossary(input);
  it('has a glossary of every legal word the issue names, and a legal-words list beside it', () => {
    const named = [
      'eligible',
      'priority need',
      'intentionally homeless',
      'local connection',
      'prevention duty',
      'relief duty',
      'main housing duty',
      'bailiff',
      'excluded occupier',
      'licence',
      'possession order',
      'Approved Mental Health Professional',
      'care coordinator',
      'section 117',
      'Care Act assessment',
      'interim accommodation',
      'suitability review',
      'review',
      'advocate',
      'floating support',
    ];
    const known = new Set(terms.flatMap((t) => [t.term, ...(t.also ?? [])]));
    expect(named.filter((w) => !known.has(w))).toEqual([]);
    expect(named.filter((w) => !legalWords.includes(w))).toEqual([]);
  });
  it('explains the legal words of each outcome that uses them, for example priority need and eligible when you have nowhere to stay tonight', () => {
    const nodes = (input.tree!.data as { nodes: { id: string; type: string }[] }).nodes;
    const tonight = nodes.find((n) => n.id === 'nowhere-tonight');
    const words = outcomeWords(tonight, terms).map((w) => w.term);
    expect(words).toEqual(expect.arrayContaining(['priority need', 'eligible']));
    expect(nodes.filter((n) => n.type === 'outcome' && outcomeWords(n, terms).length > 0).length).toBeGreaterThan(10);
  });
  it('has every public page and outcome in plain English: short sentences, reading age 10 or under, legal words explained', () => {
    expect(plainEnglishFindings(input).map((f) => `${f.rule}: ${f.file}: ${f.message}`)).toEqual([]);
  });
});

/** Each case edits one file of a copy of the real content; the finding must name the file (and outcome), and quote what breaks the rule. */
interface Broken {
  name: string;
  file: string;
  edit: (text: string) => string;
  /** The finding's file (with #outcome-id for an outcome) and a piece of its message. */
  finding: { file: string; rule: string; says: string | RegExp };
}
const sub = (from: string | RegExp, to: string) => (t: string) => {
  if (typeof from === 'string' ? !t.includes(from) : !from.test(t))
    throw new Error(`edit did not apply: ${String(from)}`);
  return t.replace(from, to);
};
const PAGE = 'content/guide/could-lose-your-home.mdx';
const TREE = 'content/tree.yaml';
const LONG =
  'If you are worried that you might lose your home at some point in the next few weeks or months, you should talk to the council and an adviser as soon as you can.';
const HARD =
  'Administrative determinations concerning eligibility necessitate comprehensive documentation. Discretionary authorisation regarding accommodation arrangements frequently necessitates considerable deliberation.';
const CASES: Broken[] = [
  {
    name: 'a sentence over 25 words on a public page',
    file: PAGE,
    edit: (t) => `${t.trimEnd()}\n\n${LONG}\n`,
    finding: { file: PAGE, rule: 'sentence-length', says: `a sentence of 34 words (most allowed: 25): "${LONG}"` },
  },
  {
    name: 'a public page that reads above age 10',
    file: PAGE,
    edit: (t) => `${t.trimEnd()}\n\n${HARD} ${HARD} ${HARD}\n`,
    finding: {
      file: PAGE,
      rule: 'reading-age',
      says: /reads at about age \d+(\.\d)? \(at most 10\)\. The hardest sentences: "Discretionary authorisation/,
    },
  },
  {
    name: 'a step of an outcome over 25 words',
    file: TREE,
    edit: sub(/(id: could-lose-home\n(?:.*\n)*?\s+steps:\n)/, `$1      - ${LONG}\n`),
    finding: { file: `${TREE}#could-lose-home`, rule: 'sentence-length', says: `"${LONG}"` },
  },
  {
    name: 'an outcome whose text reads above age 10',
    file: TREE,
    edit: sub(/(id: could-lose-home\n(?:.*\n)*?\s+steps:\n)/, `$1      - ${HARD}\n      - ${HARD}\n      - ${HARD}\n`),
    finding: { file: `${TREE}#could-lose-home`, rule: 'reading-age', says: '(at most 10)' },
  },
  {
    name: 'a step of an outcome using a legal word the glossary lacks',
    file: TREE,
    edit: sub(
      /(id: could-lose-home\n(?:.*\n)*?\s+steps:\n)/,
      '$1      - A court can make an injunction to stop harassment.\n',
    ),
    finding: {
      file: `${TREE}#could-lose-home`,
      rule: 'legal-word',
      says: 'uses "injunction", a word on the legal-words list',
    },
  },
  {
    name: 'a word taken out of the glossary that a public page and outcomes use',
    file: 'content/glossary.yaml',
    edit: sub(/ {2}- term: bailiff\n(?: {4}.*\n)+/, ''),
    finding: {
      file: 'content/guide/you-have-been-given-notice.mdx',
      rule: 'legal-word',
      says: 'uses "bailiff", a word on the legal-words list',
    },
  },
  {
    name: 'a glossary term used on a public page without saying what it means there',
    file: PAGE,
    edit: (t) => `${t.trimEnd()}\n\nA Discretionary Housing Payment may help you.\n`,
    finding: {
      file: PAGE,
      rule: 'glossary',
      says: 'uses "Discretionary Housing Payment" without saying what it means where it first appears',
    },
  },
];

describe('deliberately broken copies of the content are refused', () => {
  let copy: string;
  beforeAll(() => {
    copy = mkdtempSync(join(tmpdir(), 'guide-plain-'));
    cpSync(join(root, 'content'), join(copy, 'content'), { recursive: true });
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it.each(CASES)('$name', ({ file, edit, finding }) => {
    const path = join(copy, file);
    const original = readFileSync(path, 'utf8');
    const matches = (f: { file: string; rule: string; message: string }) =>
      f.file === finding.file &&
      f.rule === finding.rule &&
      (typeof finding.says === 'string' ? f.message.includes(finding.says) : finding.says.test(f.message));
    try {
      expect(plainEnglishFindings(readContent(copy, TODAY).input).filter(matches)).toEqual([]);
      writeFileSync(path, edit(original));
      const found = plainEnglishFindings(readContent(copy, TODAY).input);
      const hit = found.find(matches);
      expect(hit, found.map((f) => `${f.rule}: ${f.file}: ${f.message}`).join('\n')).toBeDefined();
      expect(hit!.message).toMatch(/Fix: /);
    } finally {
      writeFileSync(path, original);
    }
  });

  it('refuses a broken legal-words list in the content check, naming the file, the word and the fix', async () => {
    const path = join(copy, 'content/legal-words.yaml');
    const original = readFileSync(path, 'utf8');
    try {
      writeFileSync(path, `${original.trimEnd()}\n  - eligible\n`);
      expect((await contentProblems(copy, TODAY, 'medway')).messages).toContainEqual(
        'content/legal-words.yaml: words.eligible: "eligible" is listed twice. Fix: delete one of them.',
      );
    } finally {
      writeFileSync(path, original);
    }
  });
});
