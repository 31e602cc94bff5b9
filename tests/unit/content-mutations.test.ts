/**
 * Careless and hostile edits, each made to a fresh copy of the real content: the content check
 * must refuse every one with a message naming the file and the field (or line), and say nothing
 * more about that file than the one root cause.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentProblems } from '../../src/integrations/content-check.ts';
import { londonToday } from '../../src/lib/hours.ts';
import { BOOKLET, agencyHref, guideHref } from '../../src/lib/routes.ts';

// The real content is checked against the real day, as the build does: an editor who checks a
// source today must not turn these tests red.
const TODAY = londonToday();
const AGENCY = 'content/agencies/samaritans.yaml';
const LOCAL = 'content/editions/medway/agencies/medway-council-housing-options.yaml';
const GUIDE = 'content/guide/behind-with-rent.mdx';
const EDITION = 'content/editions/medway/edition.yaml';
const TREE = 'content/tree.yaml';
const HOLIDAYS = 'content/bank-holidays.yaml';
const CRISIS = 'content/crisis.yaml';

type Edit = (text: string) => string | Buffer | null;
interface Case {
  name: string;
  file: string;
  edit: Edit;
  /** Text the message about this file must contain (the field, or line and what is wrong). */
  says: string | RegExp;
  /** When set, the check must give exactly this many messages. */
  only?: number;
}

/** Replaces the first match, and fails loudly if the text to change is not there. */
const sub =
  (from: string | RegExp, to: string): Edit =>
  (t) => {
    if (typeof from === 'string' ? !t.includes(from) : !from.test(t)) throw new Error(`mutation did not apply: ${String(from)}`);
    return t.replace(from, to);
  };
const addHours =
  (rows: string, bank = 'closed'): Edit =>
  (t) =>
    `${t.replace(/^hours:\n( {2}.*\n)+/m, '').trimEnd()}\nhours:\n  regular_schedule:\n${rows}\n  bank_holidays: ${bank}\n`;
const body =
  (md: string): Edit =>
  (t) =>
    `${t.trimEnd()}\n\n${md}\n`;

const CASES: Case[] = [
  // Guide page text
  { name: 'img with an event handler', file: GUIDE, edit: body('<img src="x" onError="alert(1)" />'), says: /:\d+: \(page text\): .*raw HTML \(<img>\)/ },
  { name: 'event handler attribute is named', file: GUIDE, edit: body('<img src="/x.png" onError="alert(1)" />'), says: 'onError runs script' },
  { name: 'javascript: Markdown link', file: GUIDE, edit: body('[click me](javascript:alert(1))'), says: '"javascript:"' },
  { name: 'raw <a href=javascript:>', file: GUIDE, edit: body('<a href="javascript:alert(1)">here</a>'), says: 'raw HTML (<a>)' },
  { name: 'iframe', file: GUIDE, edit: body('<iframe src="https://example.org/"></iframe>'), says: '<iframe> is not allowed' },
  { name: 'script', file: GUIDE, edit: body('<script>alert(1)</script>'), says: '<script> is not allowed' },
  { name: 'object', file: GUIDE, edit: body('<object data="https://example.org/x"></object>'), says: '<object> is not allowed' },
  { name: 'embed', file: GUIDE, edit: body('<embed src="https://example.org/x" />'), says: '<embed> is not allowed' },
  { name: 'a component that is not ours', file: GUIDE, edit: body('<Widget />'), says: "<Widget> is not one of the guide's components" },
  { name: 'an import line', file: GUIDE, edit: body("import X from 'https://example.org/x.js';"), says: 'import and export lines are not allowed' },
  { name: 'a code expression', file: GUIDE, edit: body('Total: {globalThis.process.exit(1)}'), says: 'code in { } is not allowed' },
  { name: 'an http link', file: GUIDE, edit: body('[advice](http://example.org/)'), says: 'is not secure (http)' },
  { name: 'a data: link', file: GUIDE, edit: body('[x](data:text/html,hi)'), says: '"data:"' },
  { name: 'a picture from another site', file: GUIDE, edit: body('![logo](https://example.org/logo.png)'), says: 'is not on this site' },
  {
    name: 'Mermaid click line',
    file: GUIDE,
    edit: body('```mermaid\nflowchart TD\n  G[Go]\n  click G "javascript:alert(1)"\n```'),
    says: 'a Mermaid "click" line is not allowed',
  },
  {
    name: 'Mermaid settings block',
    file: GUIDE,
    edit: body("```mermaid\n%%{init: {'securityLevel': 'loose'}}%%\nflowchart TD\n  A-->B\n```"),
    says: 'Mermaid settings inside a drawing are not allowed',
  },
  {
    name: 'link to a guide page that does not exist',
    file: GUIDE,
    edit: body('[debt](/guide/help-with-debt/)'),
    says: `"${guideHref('help-with-debt')}" goes to a page the site does not have`,
  },
  {
    name: 'link to a service that does not exist',
    file: GUIDE,
    edit: body('[council](/services/medway-council/)'),
    says: `"${agencyHref('medway-council')}" goes to a page the site does not have`,
  },
  {
    name: 'link to an anchor that does not exist',
    file: GUIDE,
    edit: body('[below](#no-such-anchor)'),
    says: 'goes to #no-such-anchor, which is not on /guide/behind-with-rent/',
  },
  {
    name: 'link to an anchor on another guide page',
    file: GUIDE,
    edit: body('[crisis](/guide/crisis/#nope)'),
    says: 'goes to #nope, which is not on /guide/crisis/',
  },
  {
    name: 'link to the booklet, which only the build for printing makes',
    file: GUIDE,
    edit: body(`[print it](${BOOKLET})`),
    says: `"${BOOKLET}" goes to a page the site does not have`,
  },
  { name: 'link without its last slash', file: GUIDE, edit: body('[crisis](/guide/crisis)'), says: 'needs a / at the end' },
  {
    name: 'MDX syntax error',
    file: GUIDE,
    edit: body('A broken tag <strong here'),
    says: /^content\/guide\/behind-with-rent\.mdx:\d+: \(page text\): cannot be read as a guide page/,
    only: 1,
  },
  {
    name: 'frontmatter that is not YAML',
    file: GUIDE,
    edit: sub('topic: ', 'topic: [unclosed '),
    says: /frontmatter that is not valid YAML at line \d+, column \d+/,
    only: 1,
  },
  {
    name: 'guide summary too long',
    file: GUIDE,
    edit: sub(/^summary: .*$/m, `summary: ${'word '.repeat(130)}`),
    says: 'summary: is too long (over 600 characters)',
  },
  // Hours
  {
    name: 'an out-of-hours line with its hours taken out',
    file: 'content/editions/medway/agencies/medway-council-out-of-hours.yaml',
    edit: (t) => {
      const out = t.replace(/^hours:\n( {2}.*\n)+/m, '');
      if (out === t) throw new Error('mutation did not apply: hours');
      return out;
    },
    says: 'hours: this is an out-of-hours or 24-hour service but gives no hours',
  },
  {
    name: 'closes_at equal to opens_at',
    file: LOCAL,
    edit: addHours("    - { byday: [MO, TU, WE, TH, FR], opens_at: '09:00', closes_at: '09:00' }"),
    says: 'hours.regular_schedule[0].closes_at: is the same as opens_at (09:00)',
  },
  {
    name: 'opens_at 24:00',
    file: LOCAL,
    edit: addHours("    - { byday: [MO], opens_at: '24:00', closes_at: '05:00' }"),
    says: 'hours.regular_schedule[0].opens_at: is not a time between 00:00 and 23:59',
  },
  {
    name: 'closes_at 25:30',
    file: LOCAL,
    edit: addHours("    - { byday: [MO], opens_at: '09:00', closes_at: '25:30' }"),
    says: 'hours.regular_schedule[0].closes_at: is not a time',
  },
  {
    name: 'a year missing from the bank holidays',
    file: HOLIDAYS,
    edit: (t) =>
      t
        .split('\n')
        .filter((l) => !l.includes('"2027-'))
        .join('\n'),
    says: 'dates: have no dates for 2027',
  },
  {
    name: 'bank holidays end too soon',
    file: HOLIDAYS,
    edit: (t) =>
      t
        .split('\n')
        .filter((l) => !/"202[78]-/.test(l))
        .join('\n'),
    says: /dates: have no dates for 2027.*Fix: add the dates/,
  },
  // Text
  {
    name: 'bytes that are not UTF-8 in a name',
    file: AGENCY,
    edit: (t) => Buffer.concat([Buffer.from(t.replace(/^name: .*$/m, 'name: Samar')), Buffer.from([0xff, 0xfe]), Buffer.from('\n')]),
    says: /is not saved as UTF-8 \(line \d+/,
    only: 1,
  },
  {
    name: 'a control character in a name',
    file: AGENCY,
    edit: sub(/^name: .*$/m, 'name: "Sama\\u0007ritans"'),
    says: 'name: contains an invisible control character (U+0007)',
  },
  { name: 'a 5,000-character name', file: AGENCY, edit: sub(/^name: .*$/m, `name: ${'S'.repeat(5000)}`), says: 'name: is too long (over 120 characters)' },
  {
    name: 'a description over 600 characters',
    file: LOCAL,
    edit: sub(/^description: >-$/m, `description: ${'help '.repeat(130)}\nold_description: >-`),
    says: 'description: is too long (over 600 characters)',
  },
  // Clear messages
  {
    name: 'malformed YAML gives one message with line and column',
    file: AGENCY,
    edit: sub(/^name: (.*)$/m, 'name: "$1\n  broken: [\n'),
    says: /^content\/agencies\/samaritans\.yaml: is not valid YAML at line \d+, column \d+/,
    only: 1,
  },
  { name: 'an empty file is called empty', file: AGENCY, edit: () => '', says: 'content/agencies/samaritans.yaml: is empty', only: 1 },
  { name: 'a file of comments only', file: AGENCY, edit: () => '# nothing here yet\n', says: 'has no fields, only comments', only: 1 },
  {
    name: 'edition with no crisis line: one message, no tree knock-on',
    file: EDITION,
    edit: sub(/^local_crisis_line: .*\n/m, ''),
    says: 'local_crisis_line: is missing',
    only: 1,
  },
  // YAML rules that were already refused
  { name: 'a phone number that is not a UK number', file: AGENCY, edit: sub(/number: "?116 123"?/, 'number: "12345"'), says: /phones\[0\]\.number/ },
  { name: 'a web address without https', file: AGENCY, edit: sub(/^url: .*$/m, 'url: www.samaritans.org'), says: 'url: is not a full web address' },
  {
    name: 'a checked date in the future',
    file: AGENCY,
    edit: sub(/^last_verified: .*$/m, 'last_verified: "2030-01-01"'),
    says: 'last_verified: 2030-01-01 is in the future',
  },
  { name: 'an unknown category', file: AGENCY, edit: sub(/^categories: .*$/m, 'categories: [made-up]'), says: 'categories[0]: "made-up" is not allowed' },
  {
    name: 'contact details with no source',
    file: LOCAL,
    edit: (t) => t.replace(/^sources:\n( {2}.*\n)+/m, ''),
    says: 'sources: this agency has contact details but no source',
  },
  {
    name: 'a role naming a missing agency',
    file: EDITION,
    edit: sub('food-help: [medway-foodbank]', 'food-help: [no-such-foodbank]'),
    says: 'roles.food-help[0]: refers to agency "no-such-foodbank"',
  },
  {
    name: 'a crisis tier naming a missing agency',
    file: CRISIS,
    edit: sub('agencies: [samaritans, shout]', 'agencies: [no-such-line, shout]'),
    says: 'refers to agency "no-such-line"',
  },
  { name: 'a tree answer leading nowhere', file: TREE, edit: sub('next: who', 'next: nowhere-at-all'), says: /nodes\.danger/ },
  {
    name: 'a glossary term with no meaning, named by the term',
    file: 'content/glossary.yaml',
    edit: sub(/( {2}- term: bailiff\n) {4}meaning: .*\n/, '$1'),
    says: 'terms.bailiff.meaning: is missing',
  },
  {
    name: 'a glossary meaning with a sentence over 25 words',
    file: 'content/glossary.yaml',
    edit: sub(/( {2}- term: bailiff\n {4}meaning: ).*\n/, `$1${'a very long meaning '.repeat(7)}.\n`),
    says: 'terms.bailiff.meaning: has a sentence of 28 words (most allowed: 25)',
  },
  {
    name: 'a word listed twice in the legal-words list',
    file: 'content/legal-words.yaml',
    edit: (t) => `${t.trimEnd()}\n  - Bailiff\n`,
    says: 'words.Bailiff: "Bailiff" is listed twice',
  },
  {
    name: 'a right resting only on a charity page',
    file: TREE,
    edit: sub(
      /- text: "After a review, you may be able to appeal(.*)"\n {8}sources:\n {10}- title: "Housing Act 1996, section 204"\n {12}url: \S+/,
      '- text: "After a review, you may be able to appeal$1"\n        sources:\n          - title: "Appeals (Shelter)"\n            url: https://england.shelter.org.uk/legal/appeals',
    ),
    says: /nodes\.council-review\.rights: the right "After a review, you may be able to appeal to \.\.\." has no primary source\. Fix: .*legislation\.gov\.uk/,
    only: 1,
  },
  {
    name: 'a right written as plain text, with no law',
    file: TREE,
    edit: sub(/- text: "(You can ask for a review within 21 days[^"]*)"\n {8}sources:\n( {10}.*\n)+?(?= {6}- text:)/, '- $1\n'),
    says: /nodes\.council-review\.rights\[0\]: must be an item with text: .* Fix: /,
  },
  { name: 'a guide page with no sources', file: GUIDE, edit: (t) => t.replace(/^sources:\n( {2}.*\n)+/m, ''), says: 'sources:' },
  {
    name: 'a site path in YAML that goes nowhere',
    file: LOCAL,
    edit: sub(/^what_to_expect: >-$/m, 'what_to_expect: "See [the guide](/guide/no-such-page/)"\nold_what_to_expect: >-'),
    says: `"${guideHref('no-such-page')}" goes to a page the site does not have`,
  },
];

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'guide-mutations-'));
  cpSync(join(process.cwd(), 'content'), join(root, 'content'), { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the content check refuses bad edits', { timeout: 30_000 }, () => {
  it('has at least 30 cases, and passes the content as it is', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    expect(contentProblems(root, TODAY, 'medway').messages).toEqual([]);
  });

  it.each(CASES)('$name', ({ file, edit, says, only }) => {
    const path = join(root, file);
    const original = readFileSync(path);
    try {
      const changed = edit(original.toString('utf8'));
      if (changed === null) unlinkSync(path);
      else writeFileSync(path, changed);
      const { messages } = contentProblems(root, TODAY, 'medway');
      const about = messages.filter((m) => m.startsWith(`${file}:`) || m.startsWith(`${file} `));
      const hit = about.find((m) => (typeof says === 'string' ? m.includes(says) : says.test(m)));
      expect(hit, `no message about ${file} matched ${String(says)}; got:\n${messages.join('\n')}`).toBeDefined();
      expect(hit).toMatch(/Fix: /);
      if (only !== undefined) expect(messages, messages.join('\n')).toHaveLength(only);
      expect(new Set(messages).size).toBe(messages.length);
    } finally {
      writeFileSync(path, original);
    }
  });
});
