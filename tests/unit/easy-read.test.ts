/**
 * Easy read words keep the easy read rules: short sentences, a low reading age, a picture with alt
 * text beside every point, hard words explained in the same point, numbers as digits. And the tree
 * refuses a question, answer or outcome without easy words, naming the node and the fix.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  easyPageProblems,
  easyPictureProblems,
  easyPlain,
  easyReadingAge,
  easyRuns,
  easyTreeProblems,
} from '../../src/lib/content/easy-read.ts';
import { svgProblems } from '../../src/lib/content/svg-safety.ts';

const PICTURES = [
  { id: 'phone', alt: 'A phone' },
  { id: 'house', alt: 'A house' },
];
const GLOSSARY = [{ term: 'bailiff', meaning: 'A person sent by the court to make you leave.' }];
const page = (points: { text: string; picture?: string; alt?: string }[], texts: string[] = []) => ({
  file: 'content/tree.yaml',
  field: 'nodes.x.easy',
  texts: texts.map((text, i) => ({ field: `nodes.x.easy.t${i}`, text })),
  points: points.map((point, i) => ({ field: `nodes.x.easy.points[${i}]`, point })),
});
const messages = (p: ReturnType<typeof page>) =>
  easyPageProblems(p, PICTURES, GLOSSARY).map((x) => `${x.field}: ${x.message}`);

describe('an easy read page', () => {
  it('passes short sentences of everyday words, each point with a picture', () => {
    expect(
      messages(
        page([
          { text: 'Call **999** now.', picture: 'phone' },
          { text: 'Go to a safe place.', picture: 'house' },
        ]),
      ),
    ).toEqual([]);
  });

  it('refuses a sentence of more than 15 words, quoting it', () => {
    const long = 'You can ask the people at the council to help you find a home to live in soon.';
    const out = messages(page([{ text: long, picture: 'house' }]));
    expect(out.join('\n')).toMatch(
      /points\[0\]\.text: has a sentence of 18 words \(easy read allows 15\).*Fix: split it/,
    );
  });

  it('refuses words that read above age 7, naming the hardest sentence', () => {
    const hard = 'Contact the homelessness department immediately. Accommodation availability is unpredictable.';
    const out = messages(page([{ text: hard, picture: 'house' }]));
    expect(out.join('\n')).toMatch(
      /nodes\.x\.easy: reads at about age \d+.*easy read allows 7.*Accommodation availability/,
    );
  });

  it('refuses a point with no picture, and a picture not on the list, listing the pictures to use', () => {
    const out = messages(page([{ text: 'Call now.' }, { text: 'Go home.', picture: 'castle' }]));
    expect(out).toContain(
      'nodes.x.easy.points[0].picture: has no picture. Fix: add picture: with one of phone, house (the list is content/easy-read/pictures.yaml).',
    );
    expect(out.join('\n')).toMatch(
      /points\[1\]\.picture: is "castle", which is not in content\/easy-read\/pictures\.yaml/,
    );
  });

  it('refuses a point whose picture has empty alt text', () => {
    expect(messages(page([{ text: 'Call now.', picture: 'phone', alt: ' ' }])).join('\n')).toMatch(
      /points\[0\]\.alt: is empty.*Fix: say in a few words what the picture shows/,
    );
  });

  it('refuses a glossary word without its meaning in the same point, and passes it with one', () => {
    const bare = messages(
      page([
        { text: 'A bailiff may come.', picture: 'house' },
        { text: 'This means you must go.', picture: 'house' },
      ]),
    );
    expect(bare.join('\n')).toMatch(/points\[0\]\.text: uses "bailiff" without saying what it means in the same point/);
    expect(
      messages(page([{ text: 'A **bailiff** may come. This is a person sent by the court.', picture: 'house' }])),
    ).toEqual([]);
  });

  it('refuses numbers written in words', () => {
    expect(messages(page([{ text: 'You have two weeks.', picture: 'house' }])).join('\n')).toMatch(
      /writes the number "two" in words\. Fix: write it as digits/,
    );
  });

  it('refuses a ** with no partner', () => {
    expect(messages(page([{ text: 'Call **999 now.', picture: 'phone' }])).join('\n')).toMatch(
      /a \*\* with no partner/,
    );
  });

  it('reads bold markup as runs, and as plain text for measuring', () => {
    expect(easyRuns('Call **999** now.')).toEqual([
      { text: 'Call ', bold: false },
      { text: '999', bold: true },
      { text: ' now.', bold: false },
    ]);
    expect(easyPlain('Call **999** now.')).toBe('Call 999 now.');
    expect(easyReadingAge(['Call 999 now.', 'Go to a safe place.']).age).toBeLessThanOrEqual(7);
  });
});

describe('the tree in easy read', () => {
  const tree = {
    nodes: [
      {
        id: 'q',
        type: 'question',
        answers: [{ value: 'yes' }, { value: 'no' }],
        easy: { question: 'Are you safe?', answers: { yes: 'Yes' } },
      },
      { id: 'plain', type: 'question', answers: [{ value: 'yes' }] },
      { id: 'out', type: 'outcome', easy: { title: 'Get help', points: [{ text: 'Call now.' }] } },
      { id: 'bare', type: 'outcome' },
    ],
  };
  const out = easyTreeProblems('content/tree.yaml', tree, PICTURES, GLOSSARY).map(
    (p) => `${p.file} ${p.field}: ${p.message}`,
  );

  it('refuses a question or outcome with no easy words, naming it and the fix', () => {
    expect(out.join('\n')).toMatch(
      /content\/tree\.yaml nodes\.plain\.easy: is missing: this question has no easy read words\. Fix: add easy:/,
    );
    expect(out.join('\n')).toMatch(
      /content\/tree\.yaml nodes\.bare\.easy: is missing: this outcome has no easy read words\. Fix: add easy: with title: and points:/,
    );
  });

  it('refuses an answer with no easy label, by its value', () => {
    expect(out.join('\n')).toMatch(
      /nodes\.q\.easy\.answers\.no: is missing: the answer "no" has no easy read label\. Fix:/,
    );
  });

  it('refuses an outcome point without a picture, by the outcome id', () => {
    expect(out.join('\n')).toMatch(/nodes\.out\.easy\.points\[0\]\.picture: has no picture/);
  });
});

describe('the pictures', () => {
  const dir = 'content/easy-read/pictures';
  const files = readdirSync(dir).filter((f) => f.endsWith('.svg'));
  const list = parse(readFileSync('content/easy-read/pictures.yaml', 'utf8'));

  it('each listed picture has its file and alt text, and each file is listed', () => {
    const { pictures, problems } = easyPictureProblems('content/easy-read/pictures.yaml', list, files);
    expect(problems).toEqual([]);
    expect(files.map((f) => f.replace(/\.svg$/, '')).sort()).toEqual(pictures.map((p) => p.id).sort());
  });

  it('ships only the pictures the easy read words use', () => {
    const words = [
      readFileSync('content/tree.yaml', 'utf8'),
      ...readdirSync('content/easy-read')
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => readFileSync(`content/easy-read/${f}`, 'utf8')),
      ...readdirSync('content/easy-read/guides').map((f) => readFileSync(`content/easy-read/guides/${f}`, 'utf8')),
    ].join('\n');
    const used = new Set([...words.matchAll(/^\s*picture: ([a-z-]+)$/gm)].map((m) => m[1]));
    expect(files.map((f) => f.replace(/\.svg$/, '')).filter((id) => !used.has(id))).toEqual([]);
  });

  it('refuses a listed picture with no file', () => {
    const { problems } = easyPictureProblems('p.yaml', { pictures: [{ id: 'gone', alt: 'Gone' }] }, []);
    expect(problems[0]?.message).toMatch(/has no file content\/easy-read\/pictures\/gone\.svg\. Fix:/);
  });

  it('every picture file is safe to publish (no script, nothing loaded from elsewhere)', () => {
    for (const f of files) expect([f, svgProblems(readFileSync(`${dir}/${f}`, 'utf8'))]).toEqual([f, []]);
  });

  it('every picture the tree uses is credited: the licence file beside them names Mulberry Symbols and CC BY-SA 4.0', () => {
    const readme = readFileSync(`${dir}/README.md`, 'utf8');
    expect(readme).toMatch(/Mulberry Symbols/);
    expect(readme).toMatch(/CC BY-SA 4\.0/);
    for (const f of files) expect(readme).toContain(`| ${f} |`);
  });
});
