/**
 * Careless and hostile edits, each made to a fresh copy of the real content: the content check
 * must refuse every one with a message naming the file and the field (or line), and say nothing
 * more about that file than the one root cause.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
  unlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentProblems } from '../../src/build-tools/content-problems.ts';
import { londonToday } from '../../src/lib/directory/hours.ts';
import { BOOKLET, agencyHref, guideHref } from '../../src/lib/site/routes.ts';

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
const PINNED = 'content/pinned-numbers.yaml';
const EMERGENCY = 'content/agencies/emergency-services.yaml';
const SHOUT = 'content/agencies/shout.yaml';
const OUT_OF_HOURS = 'content/editions/medway/agencies/medway-council-out-of-hours.yaml';
// The kept drawings are named by a hash of their Mermaid text: pick them by what they hold.
const DRAWINGS = 'content/drawings';
const drawingWith = (text: string) => {
  const name = readdirSync(DRAWINGS)
    .sort()
    .find((f) => f.endsWith('.svg') && readFileSync(join(DRAWINGS, f), 'utf8').includes(text));
  if (!name) throw new Error(`no kept drawing holds ${text}`);
  return `${DRAWINGS}/${name}`;
};
const DRAWING = drawingWith('<style>');
const LINKED = drawingWith('xlink:href="/');
const LABELLED = drawingWith('<foreignObject');
const MANIFEST = `${DRAWINGS}/drawings.json`;

type Edit = (text: string) => string | Buffer | null;
interface Case {
  name: string;
  file: string;
  edit: Edit;
  /** Text the message about this file must contain (the field, or line and what is wrong). */
  says: string | RegExp;
  /** When set, the check must give exactly this many messages. */
  only?: number;
  /** When set, `file` is a new file: made from this file's text (folders too), and removed afterwards. */
  from?: string;
}

/** zod's own messages, which name no field, allowed value or fix. */
const RAW_ZOD =
  /Invalid input|Invalid discriminator|Too small|Too big|Unrecognized key|Invalid option|expected (string|number|array|object|boolean), received/i;

/** Replaces the first match, and fails loudly if the text to change is not there. */
const sub =
  (from: string | RegExp, to: string): Edit =>
  (t) => {
    if (typeof from === 'string' ? !t.includes(from) : !from.test(t))
      throw new Error(`mutation did not apply: ${String(from)}`);
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
  {
    name: 'img with an event handler',
    file: GUIDE,
    edit: body('<img src="x" onError="alert(1)" />'),
    says: /:\d+: \(page text\): .*raw HTML \(<img>\)/,
  },
  {
    name: 'event handler attribute is named',
    file: GUIDE,
    edit: body('<img src="/x.png" onError="alert(1)" />'),
    says: 'onError runs script',
  },
  {
    name: 'javascript: Markdown link',
    file: GUIDE,
    edit: body('[click me](javascript:alert(1))'),
    says: '"javascript:"',
  },
  {
    name: 'raw <a href=javascript:>',
    file: GUIDE,
    edit: body('<a href="javascript:alert(1)">here</a>'),
    says: 'raw HTML (<a>)',
  },
  {
    name: 'iframe',
    file: GUIDE,
    edit: body('<iframe src="https://example.org/"></iframe>'),
    says: '<iframe> is not allowed',
  },
  { name: 'script', file: GUIDE, edit: body('<script>alert(1)</script>'), says: '<script> is not allowed' },
  {
    name: 'object',
    file: GUIDE,
    edit: body('<object data="https://example.org/x"></object>'),
    says: '<object> is not allowed',
  },
  { name: 'embed', file: GUIDE, edit: body('<embed src="https://example.org/x" />'), says: '<embed> is not allowed' },
  {
    name: 'a component that is not ours',
    file: GUIDE,
    edit: body('<Widget />'),
    says: "<Widget> is not one of the guide's components",
  },
  {
    name: 'an import line',
    file: GUIDE,
    edit: body("import X from 'https://example.org/x.js';"),
    says: 'import and export lines are not allowed',
  },
  {
    name: 'a code expression',
    file: GUIDE,
    edit: body('Total: {globalThis.process.exit(1)}'),
    says: 'code in { } is not allowed',
  },
  { name: 'an http link', file: GUIDE, edit: body('[advice](http://example.org/)'), says: 'is not secure (http)' },
  { name: 'a data: link', file: GUIDE, edit: body('[x](data:text/html,hi)'), says: '"data:"' },
  {
    name: 'a picture from another site',
    file: GUIDE,
    edit: body('![logo](https://example.org/logo.png)'),
    says: 'is not on this site',
  },
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
    name: 'Mermaid settings after a blank line',
    file: GUIDE,
    edit: body("```mermaid\n\n---\nconfig:\n  themeCSS: 'body { background: red }'\n---\nflowchart TD\n  A-->B\n```"),
    says: /:\d+: \(page text\): Mermaid settings inside a drawing are not allowed/,
  },
  {
    name: 'a Mermaid directive',
    file: GUIDE,
    edit: body('```mermaid\n%%{ wrap }%%\nflowchart TD\n  A-->B\n```'),
    says: 'Mermaid settings inside a drawing are not allowed',
  },
  {
    name: 'a Mermaid link line to another site',
    file: GUIDE,
    edit: body('```mermaid\nsequenceDiagram\n  participant A\n  link A: Site @ https://evil.example/\n```'),
    says: /:\d+: \(page text\): a Mermaid "link" line is not allowed/,
  },
  {
    name: 'a Mermaid style loading from another site',
    file: GUIDE,
    edit: body('```mermaid\nflowchart TD\n  A-->B\n  style A fill:url(https://evil.example/x.svg)\n```'),
    says: 'may not load anything from elsewhere',
  },
  {
    name: 'a Mermaid drawing that cannot be drawn',
    file: GUIDE,
    edit: body('```mermaid\nflowchart TD\n  A-->B\n  B-->C[\n```'),
    says: /^content\/guide\/behind-with-rent\.mdx:\d+: \(page text\): this Mermaid drawing cannot be drawn: /,
  },
  {
    name: 'a Mermaid block that is no kind of drawing',
    file: GUIDE,
    edit: body('```mermaid\nA then B\n```'),
    says: 'this Mermaid drawing cannot be drawn',
  },
  // Kept drawings (content/drawings/): each is checked against its recorded hash and an allow-list.
  {
    name: 'a script in a drawing',
    file: DRAWING,
    edit: sub('<style>', '<script>localStorage.x = 1</script><style>'),
    says: /:\d+: <script>: .*not allowed/,
  },
  {
    name: 'an event handler in a drawing',
    file: DRAWING,
    edit: sub('<svg ', '<svg onload="document.title = 1" '),
    says: '<svg> onload: the attribute onload runs script',
  },
  {
    name: 'a drawing linking to another site',
    file: LINKED,
    edit: sub('xlink:href="/', 'xlink:href="https://evil.example/'),
    says: /<a> xlink:href: the link "https:\/\/evil\.example\/.*" leaves the drawing/,
  },
  {
    name: 'a javascript: link in a drawing',
    file: LINKED,
    edit: sub(/xlink:href="[^"]*"/, 'xlink:href="javascript:alert(1)"'),
    says: '"javascript:alert(1)"',
  },
  {
    name: 'a picture from another site in a drawing',
    file: DRAWING,
    edit: sub('</style>', '</style><image href="https://evil.example/x.png"/>'),
    says: '<image>:',
  },
  {
    name: 'a drawing using another file',
    file: DRAWING,
    edit: sub('</style>', '</style><use href="/other.svg#x"/>'),
    says: '<use> href: "/other.svg#x" is not a part of this drawing',
  },
  {
    name: 'a drawing importing styles',
    file: DRAWING,
    edit: sub('<style>', '<style>@import url(https://evil.example/x.css);'),
    says: '<style>: the CSS in <style> loads other styles with @import',
  },
  {
    name: 'an iframe in a drawing label',
    file: LABELLED,
    edit: sub(/(<foreignObject[^>]*><div[^>]*>)/, '$1<iframe src="/"></iframe>'),
    says: '<iframe>:',
  },
  {
    name: 'entities declared in a drawing',
    file: DRAWING,
    edit: (t) => `<!DOCTYPE svg [<!ENTITY x "y">]>${t}`,
    says: '<!DOCTYPE>:',
  },
  {
    name: 'a drawing that is not well-formed',
    file: DRAWING,
    edit: sub('</style>', '</style><g>'),
    says: '(file): cannot be read as SVG',
  },
  {
    name: 'a drawing changed by hand',
    file: DRAWING,
    edit: sub('<style>', '<style>#x{fill:red}'),
    says: 'was changed after it was drawn',
  },
  {
    name: 'a drawing the build did not make',
    file: `${DRAWINGS}/0123456789abcdef01234567.svg`,
    edit: () => '<svg xmlns="http://www.w3.org/2000/svg"><script>localStorage.x = 1</script></svg>',
    says: 'was not recorded when it was drawn',
  },
  {
    name: 'another kind of file among the drawings',
    file: `${DRAWINGS}/notes.html`,
    edit: () => '<script>alert(1)</script>',
    says: 'is not a drawing',
  },
  {
    name: 'a broken list of drawings',
    file: MANIFEST,
    edit: () => '{ "drawings": ',
    says: /drawings\.json: .*cannot be read/,
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
  {
    name: 'link without its last slash',
    file: GUIDE,
    edit: body('[crisis](/guide/crisis)'),
    says: 'needs a / at the end',
  },
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
    edit: (t) =>
      Buffer.concat([
        Buffer.from(t.replace(/^name: .*$/m, 'name: Samar')),
        Buffer.from([0xff, 0xfe]),
        Buffer.from('\n'),
      ]),
    says: /is not saved as UTF-8 \(line \d+/,
    only: 1,
  },
  {
    name: 'a control character in a name',
    file: AGENCY,
    edit: sub(/^name: .*$/m, 'name: "Sama\\u0007ritans"'),
    says: 'name: contains an invisible control character (U+0007)',
  },
  {
    name: 'a 5,000-character name',
    file: AGENCY,
    edit: sub(/^name: .*$/m, `name: ${'S'.repeat(5000)}`),
    says: 'name: is too long (over 120 characters)',
  },
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
  {
    name: 'an empty file is called empty',
    file: AGENCY,
    edit: () => '',
    says: 'content/agencies/samaritans.yaml: is empty',
    only: 1,
  },
  {
    name: 'a file of comments only',
    file: AGENCY,
    edit: () => '# nothing here yet\n',
    says: 'has no fields, only comments',
    only: 1,
  },
  {
    name: 'edition with no crisis line: one message, no tree knock-on',
    file: EDITION,
    edit: sub(/^local_crisis_line: .*\n/m, ''),
    says: 'local_crisis_line: is missing',
    only: 1,
  },
  // YAML rules that were already refused
  {
    name: 'a phone number that is not a UK number',
    file: AGENCY,
    edit: sub(/number: "?116 123"?/, 'number: "12345"'),
    says: /phones\[0\]\.number/,
  },
  {
    name: 'a web address without https',
    file: AGENCY,
    edit: sub(/^url: .*$/m, 'url: www.samaritans.org'),
    says: 'url: is not a full web address',
  },
  {
    name: 'a checked date in the future',
    file: AGENCY,
    edit: sub(/^last_verified: .*$/m, 'last_verified: "2030-01-01"'),
    says: 'last_verified: 2030-01-01 is in the future',
  },
  {
    name: 'an unknown category',
    file: AGENCY,
    edit: sub(/^categories: .*$/m, 'categories: [made-up]'),
    says: 'categories[0]: "made-up" is not allowed',
  },
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
  {
    name: 'a tree answer leading nowhere',
    file: TREE,
    edit: sub('next: who', 'next: nowhere-at-all'),
    says: /nodes\.danger/,
  },
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
    name: 'a misspelt glossary field, named with the nearest known name',
    file: 'content/glossary.yaml',
    edit: sub(/( {2}- term: bailiff\n {4})meaning:/, '$1meanings:'),
    says: /terms\.bailiff\.meanings: `meanings` is not a field.*meaning/,
  },
  {
    name: 'an unknown field at the top of the legal-words list',
    file: 'content/legal-words.yaml',
    edit: (t) => `${t.trimEnd()}\nword: extra\n`,
    says: /content\/legal-words\.yaml: word: `word` is not a field.*words/,
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
    edit: sub(
      /- text: "(You can ask for a review within 21 days[^"]*)"\n {8}sources:\n( {10}.*\n)+?(?= {6}- text:)/,
      '- $1\n',
    ),
    says: /nodes\.council-review\.rights\[0\]: must be an item with text: .* Fix: /,
  },
  {
    name: 'a guide page with no sources',
    file: GUIDE,
    edit: (t) => t.replace(/^sources:\n( {2}.*\n)+/m, ''),
    says: 'sources:',
  },
  {
    name: 'a site path in YAML that goes nowhere',
    file: LOCAL,
    edit: sub(
      /^what_to_expect: >-$/m,
      'what_to_expect: "See [the guide](/guide/no-such-page/)"\nold_what_to_expect: >-',
    ),
    says: `"${guideHref('no-such-page')}" goes to a page the site does not have`,
  },
  // Clear messages: the field by its id, what is allowed, and a fix; never raw zod wording or a stack trace
  {
    name: 'a missing checked date says it is missing',
    file: AGENCY,
    edit: sub(/^last_verified: .*\n/m, ''),
    says: /^content\/agencies\/samaritans\.yaml: last_verified: is missing\. Fix: add the date .*YYYY-MM-DD/,
    only: 1,
  },
  {
    name: 'a YAML alias bomb names the file, with no stack trace',
    file: AGENCY,
    edit: () =>
      `a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n`,
    says: /^content\/agencies\/samaritans\.yaml: uses too many YAML aliases/,
    only: 1,
  },
  {
    name: 'an outcome with no easy read words, named by its id',
    file: TREE,
    edit: sub(/ {4}easy:\n {6}title: You could lose your home\n( {6,}.*\n)+/, ''),
    says: 'nodes.could-lose-home.easy: is missing: this outcome has no easy read words. Fix: add easy: with title: and points:',
    only: 1,
  },
  {
    name: 'an answer with no easy read label, named by its value',
    file: TREE,
    edit: sub(/ {8}court: I have court papers, or a court date about my home\n/, ''),
    says: 'nodes.losing-home.easy.answers.court: is missing: the answer "court" has no easy read label. Fix:',
    only: 1,
  },
  {
    name: 'an easy read point with no picture, named by the outcome',
    file: TREE,
    edit: sub(/(text: Get \*\*free advice\*\* on your rights\.\n) {10}picture: help\n/, '$1'),
    says: 'nodes.could-lose-home.easy.points[5].picture: has no picture. Fix: add picture: with one of',
    only: 1,
  },
  {
    name: 'easy read Help now leaving out a crisis tier, named by the tier',
    file: 'content/easy-read/crisis.yaml',
    edit: sub(/ {2}- tier: talk\n( {4}.*\n)+/, ''),
    says: 'sections: has no section for the crisis tier "talk", so easy read would leave out its numbers. Fix:',
    only: 1,
  },
  {
    name: 'an easy read guide page named after no guide page',
    file: 'content/easy-read/guides/no-such-guide.yaml',
    from: 'content/easy-read/guides/could-lose-your-home.yaml',
    edit: (t: string) => t,
    says: '(file name): is not the id of a guide page in content/guide/. Fix:',
    only: 1,
  },
  {
    name: 'an easy read picture with no file',
    file: 'content/easy-read/pictures.yaml',
    edit: sub('  - id: bed\n', '  - id: sofa\n'),
    says: 'pictures.sofa: has no file content/easy-read/pictures/sofa.svg. Fix:',
  },
  {
    name: 'a tree node of an unknown type names the node and the allowed types',
    file: TREE,
    edit: sub(/(id: no-recourse\n {4})type: outcome/, '$1type: outcom'),
    says: 'nodes.no-recourse.type: "outcom" is not allowed. Fix: use one of question, outcome.',
  },
  {
    name: 'an empty list says how many it needs, not "Too small"',
    file: AGENCY,
    edit: sub(/^categories: .*$/m, 'categories: []'),
    says: /categories: names no category.*Fix: add one or more of .*crisis/,
  },
  {
    name: 'an emptied list says how many it needs, not "Too small"',
    file: HOLIDAYS,
    edit: (t) => t.replace(/^sources:\n( {2}.*\n)+/m, 'sources: []\n'),
    says: /sources: needs at least 1 item\. Fix: /,
  },
  {
    name: 'a word where a number goes says what it must be, not "Invalid input"',
    file: GUIDE,
    edit: sub(/^order: .*$/m, 'order: two'),
    says: /order: "two" is not a number\. Fix: /,
  },
  {
    name: 'a tree field is named by the node id, not its place in the list',
    file: TREE,
    edit: sub(/(id: no-recourse\n[\s\S]*?\n\s+do: )"[^"\n]*"/, `$1"${'Ask for help. '.repeat(20)}"`),
    says: 'nodes.no-recourse.first.do: is longer than 240 characters',
  },
  {
    name: 'a crisis tier field is named by the tier id',
    file: CRISIS,
    edit: sub('agencies: [samaritans, shout]', 'agencies: [samaritans, no-such-line]'),
    says: 'tiers.talk.agencies[1]: refers to agency "no-such-line"',
  },
  // Pinned crisis numbers
  {
    name: "Samaritans' 116 123 changed to 116 132",
    file: AGENCY,
    edit: sub('number: "116 123"', 'number: "116 132"'),
    says: /phones\[0\]\.number: "116 132" is one or two digits away from 116 123, the number of samaritans.*Fix: write 116 123/,
    only: 1,
  },
  {
    name: "Shout's 85258 changed to 85285",
    file: SHOUT,
    edit: sub('number: "85258"', 'number: "85285"'),
    says: /phones\[0\]\.number: "85285" is one or two digits away from 85258.*Fix: write 85258/,
  },
  {
    name: 'the emergency services given 101 instead of 999',
    file: EMERGENCY,
    edit: sub('number: "999"', 'number: "101"'),
    says: /phones\[0\]\.number: "101" is the pinned number of police-101, not of emergency-services.*Fix: .*999/,
  },
  {
    name: "Samaritans' number taken out",
    file: AGENCY,
    edit: sub('number: "116 123"', 'number: "0330 094 5717"'),
    says: /phones: must list 116 123 \(pinned for samaritans in content\/pinned-numbers\.yaml\)\. Fix: /,
  },
  {
    name: 'a local service given a national crisis number',
    file: LOCAL,
    edit: sub(/number: "?01634 333 600"?/, 'number: "116 123"'),
    says: /phones\[0\]\.number: "116 123" is the pinned number of samaritans/,
  },
  {
    name: 'a text short code that is not on the pinned list',
    file: LOCAL,
    edit: sub(/number: "?01634 333 600"?\n(\s+)type: voice/, 'number: "65432"\n$1type: text'),
    says: /phones\[0\]\.number: "65432" is a short number that is not on the list of known short numbers.*Fix: /,
  },
  {
    name: 'the life-at-risk tier left with no call button',
    file: CRISIS,
    edit: sub('    agencies: [emergency-services]\n', ''),
    says: /tiers\.life-at-risk\.agencies: gives no service with a call or text button.*Fix: /,
  },
  {
    name: 'a pinned number given to a service that does not exist',
    file: PINNED,
    edit: sub('service: samaritans', 'service: samaritans-uk'),
    says: /numbers\[5\]\.service: refers to agency "samaritans-uk", which does not exist.*Fix: /,
  },
  {
    name: 'a pinned number with no source',
    file: PINNED,
    edit: sub('      url: https://www.samaritans.org/how-we-can-help/contact-samaritan/\n', ''),
    says: /numbers\[5\]\.source\.url: is missing\. Fix: /,
  },
  // A number is checked wherever it is written
  {
    name: '"Call 99 now" in the crisis advice',
    file: CRISIS,
    edit: sub('advice: Call 999 or go to A&E now.', 'advice: Call 99 now.'),
    says: /tiers\.life-at-risk\.advice: "99" is one or two digits away from 999.*Fix: write 999/,
  },
  {
    name: '"Call 99 now" in an outcome\'s first thing to do',
    file: TREE,
    edit: sub(/(id: no-recourse\n[\s\S]*?\n\s+do: )"[^"\n]*"/, '$1"Call 99 now."'),
    says: /nodes\.no-recourse\.first\.do: "99" is one or two digits away from 999/,
  },
  {
    name: 'a crisis number a digit out in a guide page',
    file: GUIDE,
    edit: body('If you are under 19, call Childline on 0800 1112.'),
    says: /:\d+: \(page text\): "0800 1112" is one or two digits away from 0800 1111/,
  },
  {
    name: 'a premium-rate 09 number in a service file',
    file: LOCAL,
    edit: sub(/number: "?01634 333 600"?/, 'number: "0906 512 3456"'),
    says: /phones\[0\]\.number: "0906 512 3456" is a premium-rate number.*Fix: /,
  },
  {
    name: 'an 0871 number in a service file',
    file: LOCAL,
    edit: sub(/number: "?01634 333 600"?/, 'number: "0871 123 4567"'),
    says: /phones\[0\]\.number: "0871 123 4567" costs extra to call.*Fix: /,
  },
  {
    name: 'a personal 070 number in a service file',
    file: LOCAL,
    edit: sub(/number: "?01634 333 600"?/, 'number: "070 1234 5678"'),
    says: /phones\[0\]\.number: "070 1234 5678" is a personal number.*Fix: /,
  },
  {
    name: 'a text type on a landline',
    file: OUT_OF_HOURS,
    edit: sub(/(number: "01634 304 400"\n\s+type: )voice/, '$1text'),
    says: /phones\[0\]\.number: "01634 304 400" cannot get text messages.*Fix: /,
  },
  {
    name: 'a tel: link to a premium-rate number in a guide page',
    file: GUIDE,
    edit: body('[Call us](tel:09065123456)'),
    says: /:\d+: \(page text\): "09065123456" is a premium-rate number/,
  },
  {
    name: 'a tel: link to 99 in a guide page',
    file: GUIDE,
    edit: body('[Call now](tel:99)'),
    says: /:\d+: \(page text\): "99" is one or two digits away from 999/,
  },
  {
    name: 'a tel: link to a number abroad in a guide page',
    file: GUIDE,
    edit: body('[Call](tel:+18002738255)'),
    says: /:\d+: \(page text\): "\+18002738255" is not a UK number/,
  },
  {
    name: 'a premium-rate number in a service description',
    file: LOCAL,
    edit: sub(/^description: >-$/m, 'description: Call 0906 512 3456 for advice.\nold_description: >-'),
    says: /description: "0906 512 3456" is a premium-rate number/,
  },
  // Strict schemas: unknown field names, hidden characters, length limits, file and folder names
  {
    name: '`phones` misspelt `phone`',
    file: AGENCY,
    edit: sub(/^phones:$/m, 'phone:'),
    says: 'phone: `phone` is not a field; did you mean `phones`? Fix: rename it to `phones`',
    only: 1,
  },
  {
    name: 'a misspelt field in a tree outcome',
    file: TREE,
    edit: sub(/(id: no-recourse\n {4}type: outcome\n)/, '$1    sumary: Extra words.\n'),
    says: 'nodes.no-recourse.sumary: `sumary` is not a field; did you mean `summary`?',
  },
  {
    name: 'rights kept open on an outcome with no rights',
    file: TREE,
    edit: sub(/(id: urgent-mental-health\n {4}type: outcome\n)/, '$1    rights_open: true\n'),
    says: 'urgent-mental-health: rights_open is true, but this outcome has no rights to keep open. Fix: add its rights, or remove rights_open.',
  },
  {
    name: 'an "also" block with no source',
    file: TREE,
    edit: sub(
      /(id: urgent-mental-health\n {4}type: outcome\n)/,
      '$1    also:\n      title: Money\n      text: Get advice on money.\n      roles: [advice-service]\n      sources: []\n',
    ),
    says: /nodes\.urgent-mental-health\.also\.sources: needs at least one source\. Fix: /,
  },
  {
    name: 'a misspelt field in a crisis tier',
    file: CRISIS,
    edit: sub('    agencies: [emergency-services]', '    agencys: [emergency-services]'),
    says: 'tiers.life-at-risk.agencys: `agencys` is not a field; did you mean `agencies`?',
  },
  {
    name: 'a misspelt field in guide frontmatter',
    file: GUIDE,
    edit: sub(/^topic: /m, 'sumary: More words.\ntopic: '),
    says: 'sumary: `sumary` is not a field; did you mean `summary`?',
  },
  {
    name: 'an edition with no content address for reports',
    file: EDITION,
    edit: sub(/^ {2}content_email: .*\n/m, ''),
    says: /publisher\.content_email: is missing: "Report a problem with this page".*Fix: add publisher: with name: .* and content_email:/,
    only: 1,
  },
  {
    name: 'an edition with no publisher',
    file: EDITION,
    edit: sub(/^publisher:\n( {2}.*\n)+/m, ''),
    says: /publisher: is missing.*Fix: add publisher: with name:/,
    only: 1,
  },
  {
    name: 'an edition whose content address is not an email address',
    file: EDITION,
    edit: sub(/^ {2}content_email: .*$/m, '  content_email: reports at the council'),
    says: 'publisher.content_email: "reports at the council" is not an email address. Fix:',
    only: 1,
  },
  {
    name: 'an edition with no accessibility statement record',
    file: EDITION,
    edit: sub(/^accessibility:\n( {2}.*\n)+/m, ''),
    says: /accessibility: is missing.*Fix: add accessibility: with prepared:/,
    only: 1,
  },
  {
    name: 'a manual audit with a result that is not allowed',
    file: EDITION,
    edit: sub(
      /^ {2}known_issues:/m,
      '  manual_audit: { date: 2026-12-01, by: Audit team, compliance: mostly }\n  known_issues:',
    ),
    says: 'accessibility.manual_audit.compliance: "mostly" is not allowed. Fix: use one of fully, partially',
    only: 1,
  },
  {
    name: 'a misspelt field in an edition',
    file: EDITION,
    edit: sub(/^council: /m, 'counsil: Medway\ncouncil: '),
    says: 'counsil: `counsil` is not a field; did you mean `council`?',
  },
  {
    name: 'a misspelt opening time',
    file: LOCAL,
    edit: addHours("    - { byday: [MO], opens_at: '09:00', closes: '17:00' }"),
    says: /hours\.regular_schedule\[0\]\.closes: `closes` is not a field; did you mean `closes_at`\?/,
  },
  {
    name: 'a right-to-left override in a name',
    file: AGENCY,
    edit: sub(/^name: .*$/m, 'name: "Sama\u202Eritans"'),
    says: 'name: contains a hidden character (U+202E)',
  },
  {
    name: 'a zero-width space in a tree hint',
    file: TREE,
    edit: sub(/hint: For example, you have hurt(.*)$/m, 'hint: "For\u200B example, you have hurt$1"'),
    says: /nodes\.danger\.hint: contains a hidden character \(U\+200B\)/,
  },
  {
    name: 'a control character in a crisis tier title',
    file: CRISIS,
    edit: sub('title: If you need to talk to someone now', 'title: "If you need to talk\u0007 to someone now"'),
    says: 'tiers.talk.title: contains an invisible control character (U+0007)',
  },
  {
    name: 'a zero-width joiner in a phone label',
    file: EMERGENCY,
    edit: sub('label: text relay, if you cannot speak', 'label: "text\u200D relay"'),
    says: 'phones[1].label: contains a hidden character (U+200D)',
  },
  {
    name: 'a zero-width space in a guide title',
    file: GUIDE,
    edit: sub(/^title: (.*)$/m, 'title: "\u200B$1"'),
    says: 'title: contains a hidden character (U+200B)',
  },
  {
    name: 'a right-to-left override in guide text',
    file: GUIDE,
    edit: body('Call us on \u202E0800 1111.'),
    says: /:\d+: \(page text\): contains a hidden character \(U\+202E\)/,
  },
  {
    name: 'a 5,000-character tree question',
    file: TREE,
    edit: sub('question: Is anyone in danger right now?', `question: ${'Is anyone in danger? '.repeat(250)}`),
    says: 'nodes.danger.question: is too long (over 120 characters)',
  },
  {
    name: 'a 5,000-character crisis advice',
    file: CRISIS,
    edit: sub('advice: Call 999 or go to A&E now.', `advice: ${'Go to A&E now. '.repeat(340)}`),
    says: 'tiers.life-at-risk.advice: is too long (over 600 characters)',
  },
  {
    name: 'a 5,000-character address',
    file: 'content/editions/medway/agencies/medway-safe-haven.yaml',
    edit: sub(/address_1: .*/, `address_1: ${'Gun Wharf '.repeat(500)}`),
    says: 'physical_address.address_1: is too long (over 120 characters)',
  },
  {
    name: 'a 300 KB paragraph in a guide page',
    file: GUIDE,
    edit: body('Help is here. '.repeat(22_000)),
    says: /:\d+: \(page text\): a paragraph of 30\d{4} characters is too long \(over 1500\)/,
  },
  {
    name: 'a guide file name with a space and capitals',
    file: 'content/guide/Money Help.mdx',
    from: GUIDE,
    edit: (t) => t,
    says: 'content/guide/Money Help.mdx: (file name): "Money Help" is not a usable id',
  },
  {
    name: 'an edition folder name with a space',
    file: 'content/editions/Medway Two/edition.yaml',
    from: EDITION,
    edit: (t) => t,
    says: 'content/editions/Medway Two/edition.yaml: (folder name): "Medway Two" is not a usable edition name',
  },
  {
    name: 'a 5,000-character web address',
    file: AGENCY,
    edit: sub(/^url: .*$/m, `url: https://www.samaritans.org/${'a'.repeat(5000)}`),
    says: 'url: is too long (over 500 characters)',
  },
  {
    name: 'a zero-width space in a web address',
    file: AGENCY,
    edit: sub(/^url: .*$/m, 'url: "https://www.sama\u200Britans.org/"'),
    says: 'url: contains a hidden character (U+200B)',
  },
  {
    name: 'a 5,000-character tree node id',
    file: TREE,
    edit: (t) => sub('id: no-recourse', `id: ${'x'.repeat(5000)}`)(t) as string,
    says: /nodes\[\d+\]\.id: is too long \(over 60 characters\)/,
  },
  // Hours that cannot contradict themselves
  {
    name: 'open 24 hours beside a Monday to Friday schedule',
    file: LOCAL,
    edit: (t) =>
      `${String(addHours("    - { byday: [MO, TU, WE, TH, FR], opens_at: '09:00', closes_at: '17:00' }")(t)).trimEnd()}\n  open_24_hours: true\n`,
    says: /hours\.open_24_hours: is true, but regular_schedule also gives opening times.*Fix: /,
  },
  {
    name: 'open 24 hours on bank holidays for a 9 to 5 service',
    file: LOCAL,
    edit: addHours("    - { byday: [MO, TU, WE, TH, FR], opens_at: '09:00', closes_at: '17:00' }", 'open-24-hours'),
    says: /hours\.bank_holidays: "open-24-hours" would open this service longer on a bank holiday than on any normal day.*Fix: /,
  },
  {
    name: 'two schedule rows that overlap',
    file: LOCAL,
    edit: addHours(
      "    - { byday: [MO, TU], opens_at: '09:00', closes_at: '17:00' }\n    - { byday: [TU], opens_at: '12:00', closes_at: '20:00' }",
    ),
    says: /hours\.regular_schedule\[1\]: overlaps regular_schedule\[0\] on TU.*Fix: /,
  },
  {
    name: 'a 17:00 to 09:00 weekday schedule that does not say it runs overnight',
    file: LOCAL,
    edit: addHours("    - { byday: [MO, TU, WE, TH, FR], opens_at: '17:00', closes_at: '09:00' }"),
    says: /hours\.regular_schedule\[0\]\.closes_at: 09:00 is earlier than opens_at \(17:00\).*Fix: .*overnight: true/,
  },
  {
    name: 'overnight: true on a daytime row',
    file: LOCAL,
    edit: addHours("    - { byday: [MO], opens_at: '09:00', closes_at: '17:00', overnight: true }"),
    says: /hours\.regular_schedule\[0\]\.overnight: is true, but the row closes at 17:00, after it opens.*Fix: /,
  },
  {
    name: 'a monthly row with a week of the month that does not exist',
    file: LOCAL,
    edit: addHours("    - { byday: [TH], weeks_of_month: [6], opens_at: '10:00', closes_at: '14:00' }"),
    says: /hours\.regular_schedule\[0\]\.weeks_of_month\[0\]: is not a week of the month\. Fix: use 1 to 5 .* or -1 \(the last\)/,
  },
  {
    name: 'a row for a date of the month that does not exist',
    file: LOCAL,
    edit: addHours("    - { byday: [TH], days_of_month: [32], opens_at: '10:00', closes_at: '14:00' }"),
    says: /hours\.regular_schedule\[0\]\.days_of_month\[0\]: is not a date of the month\. Fix: use 1 to 31\./,
  },
  {
    name: 'a dated row that ends before it starts',
    file: LOCAL,
    edit: addHours(
      "    - { byday: [MO], opens_at: '09:00', closes_at: '17:00', valid_from: 2026-03-01, valid_to: 2026-02-01 }",
    ),
    says: /hours\.regular_schedule\[0\]\.valid_to: 2026-02-01 is before valid_from \(2026-03-01\).*Fix: /,
  },
  {
    name: 'two monthly rows on the same weekday are not an overlap',
    file: LOCAL,
    edit: (t) =>
      addHours(
        "    - { byday: [TH], weeks_of_month: [2], opens_at: '10:00', closes_at: '14:00' }\n    - { byday: [TH], weeks_of_month: [4], opens_at: '10:00', closes_at: '14:00' }\n    - { byday: [MO], opens_at: '09:00', closes_at: '17:00' }\n    - { byday: [MO], opens_at: '12:00', closes_at: '13:00' }",
      )(t),
    // Only the weekly rows (2 and 3) are said to overlap.
    says: /hours\.regular_schedule\[3\]: overlaps regular_schedule\[2\] on MO/,
    only: 1,
  },
  {
    name: 'a service with no service area and no feed id',
    file: LOCAL,
    edit: sub(/^service_area: .*\n/m, ''),
    says: /service_area: is missing\. Fix: say where the service works.*only a service imported from a feed that gives no area, with feed_id, may leave it out/,
  },
  {
    name: 'a feed id that is not a UUID',
    file: LOCAL,
    edit: (t) => `${t.trimEnd()}\nfeed_id: service-42\n`,
    says: /feed_id: is not a UUID, as Open Referral ids are\. Fix: /,
  },
  {
    name: 'a maximum age below the minimum',
    file: LOCAL,
    edit: (t) => `${t.trimEnd()}\nminimum_age: 18\nmaximum_age: 16\n`,
    says: /maximum_age: 16 is below minimum_age \(18\)\. Fix: /,
  },
  {
    name: 'a latitude outside the UK',
    file: 'content/editions/medway/agencies/medway-safe-haven.yaml',
    edit: sub(/^ {2}postal_code: (.*)$/m, '  postal_code: $1\n  latitude: 100\n  longitude: 0.5'),
    says: /physical_address\.latitude: is not a latitude in the UK \(49 to 61\)\. Fix: /,
  },
  {
    name: 'a latitude without a longitude',
    file: 'content/editions/medway/agencies/medway-safe-haven.yaml',
    edit: sub(/^ {2}postal_code: (.*)$/m, '  postal_code: $1\n  latitude: 51.38'),
    says: /physical_address\.longitude: is missing: a place needs both latitude and longitude\. Fix: /,
  },
  {
    name: 'a crisis number a digit out in a guide page summary',
    file: GUIDE,
    edit: sub(/^summary: .*$/m, 'summary: If you are in danger, call 99 now.'),
    says: /summary: "99" is one or two digits away from 999/,
  },
  // Tree shape
  {
    name: 'the first question\'s "No" answer deleted',
    file: TREE,
    edit: sub(/ {6}- value: no\n {8}label: No, no one is in danger right now\n {8}next: who\n/, ''),
    says: /nodes\.danger\.answers: the first question has no "No" answer.*Fix: /,
  },
  {
    name: 'the first question\'s "No" answer sent the "I\'m not sure" way',
    file: TREE,
    edit: sub(
      '        label: No, no one is in danger right now\n        next: who',
      '        label: No, no one is in danger right now\n        next: safe-to-go-on',
    ),
    says: /nodes\.danger\.answers: the first question has no "No" answer that goes on without passing through "I.m not sure".*Fix: /,
  },
  {
    name: 'an eighth answer besides "I\'m not sure" added to a question',
    file: TREE,
    edit: sub(
      '        next: home-adaptations\n',
      '        next: home-adaptations\n      - value: pets\n        label: My pet is not allowed\n        next: ask-the-council\n',
    ),
    says: /nodes\.keeping-home\.answers: has 8 answers besides “I’m not sure”, more than 7\. Fix: /,
  },
  {
    name: 'a service listed twice in an outcome',
    file: TREE,
    edit: sub(
      '    agencies: [citizens-advice-adviceline]\n    say:\n      - I am homeless',
      '    agencies: [citizens-advice-adviceline, citizens-advice-adviceline]\n    say:\n      - I am homeless',
    ),
    says: /nodes\.ask-the-council\.agencies: lists citizens-advice-adviceline twice.*Fix: /,
  },
  {
    name: 'the first thing to do names the same service twice',
    file: TREE,
    edit: sub(
      '      contacts: [council-housing-options]\n    steps:\n      - You do not need to fill in a form first.',
      '      contacts: [council-housing-options, council-housing-options]\n    steps:\n      - You do not need to fill in a form first.',
    ),
    says: /nodes\.ask-the-council\.first\.contacts: lists council-housing-options twice.*Fix: /,
  },
  // Links and headings in guide pages
  {
    name: 'a mailto: link with a hidden bcc',
    file: GUIDE,
    edit: body('[Email us](mailto:help@example.org?subject=Rent&bcc=someone@example.net)'),
    says: /:\d+: \(page text\): the email link .* adds "bcc".*Fix: /,
  },
  {
    name: "a heading that takes the id of the page's main content",
    file: GUIDE,
    edit: body('## Main\n\nText.'),
    says: /:\d+: \(page text\): the heading "Main" would get the id "main", which every page already uses.*Fix: /,
  },
  {
    name: 'a heading that takes the id of the crisis panel',
    file: GUIDE,
    edit: body('## Crisis help\n\nText.'),
    says: /the heading "Crisis help" would get the id "crisis-help"/,
  },
];

/** Edits that look like numbers but are not phone numbers, or are allowed: the check must say nothing. */
const HARMLESS: { name: string; file: string; edit: Edit }[] = [
  {
    name: 'an overnight row that says so, beside a daytime row',
    file: LOCAL,
    edit: addHours(
      "    - { byday: [MO, TU, WE, TH, FR], opens_at: '09:00', closes_at: '17:00' }\n    - { byday: [MO, TU, WE, TH], opens_at: '17:00', closes_at: '09:00', overnight: true }",
    ),
  },
  {
    name: 'section numbers, dates and counts in a guide page',
    file: GUIDE,
    edit: body(
      'Under section 117 and s.188, you have 21 days (from 2026-11-22) to ask; call 2 or 3 times if you need to.',
    ),
  },
  {
    name: 'a number abroad marked international, with the reason',
    file: LOCAL,
    edit: sub(
      /number: "?01634 333 600"?\n/,
      'number: "+1 800 273 8255"\n    international: The service is only in the United States.\n',
    ),
  },
];

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'guide-mutations-'));
  cpSync(join(process.cwd(), 'content'), join(root, 'content'), { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the content check refuses bad edits', { timeout: 30_000 }, () => {
  it('has at least 30 cases, and passes the content as it is', async () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    expect((await contentProblems(root, TODAY, 'medway')).messages).toEqual([]);
  });

  it.each(CASES)('$name', async ({ file, edit, says, only, from }) => {
    const path = join(root, file);
    // The folders a new file needs that are not there yet, outermost first (removed afterwards).
    const parts = dirname(file).split('/');
    const made = parts.map((_, n) => parts.slice(0, n + 1).join('/')).filter((d) => !existsSync(join(root, d)));
    // A new file (one the content does not have) is removed again afterwards; `from` gives its text.
    const original = existsSync(path) ? readFileSync(path) : null;
    try {
      for (const d of made) mkdirSync(join(root, d));
      const changed = edit((from ? readFileSync(join(root, from)) : original)?.toString('utf8') ?? '');
      if (changed === null) unlinkSync(path);
      else writeFileSync(path, changed);
      const { messages } = await contentProblems(root, TODAY, 'medway');
      const about = messages.filter((m) => m.startsWith(`${file}:`) || m.startsWith(`${file} `));
      const hit = about.find((m) => (typeof says === 'string' ? m.includes(says) : says.test(m)));
      expect(hit, `no message about ${file} matched ${String(says)}; got:\n${messages.join('\n')}`).toBeDefined();
      expect(hit).toMatch(/Fix: /);
      // zod's own wording never reaches an editor.
      expect(messages.filter((m) => RAW_ZOD.test(m))).toEqual([]);
      if (only !== undefined) expect(messages, messages.join('\n')).toHaveLength(only);
      expect(new Set(messages).size).toBe(messages.length);
    } finally {
      if (made.length) rmSync(join(root, made[0]), { recursive: true, force: true });
      else if (original) writeFileSync(path, original);
      else rmSync(path, { force: true });
    }
  });

  it.each(HARMLESS)('allows $name', async ({ file, edit }) => {
    const path = join(root, file);
    const original = readFileSync(path);
    try {
      writeFileSync(path, edit(original.toString('utf8')) ?? '');
      expect((await contentProblems(root, TODAY, 'medway')).messages).toEqual([]);
    } finally {
      writeFileSync(path, original);
    }
  });
});
