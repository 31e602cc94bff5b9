import { describe, expect, it } from 'vitest';
import {
  answersOnPath,
  branchingQuestion,
  formatAnswers,
  treeForBrowser,
  parseAnswers,
  pathsToOutcomes,
  validateTree,
  walk,
  type Tree,
} from '../../src/lib/tree/tree.ts';
import { treeSchema } from '../../src/lib/tree/tree-schema.ts';

const q = (id: string, answers: [string, string, Record<string, unknown>?][]) => ({
  id,
  type: 'question',
  question: `Question ${id}?`,
  short: id,
  answers: answers.map(([value, next, extra]) => ({ value, label: value, next, ...extra })),
});
const o = (id: string, urgency = 'soon', extra: Record<string, unknown> = {}) => ({
  id,
  type: 'outcome',
  title: id,
  urgency,
  summary: 's',
  first: { do: 'Call the council.', contacts: ['council-housing-options'] },
  steps: ['do this'],
  roles: ['council-housing-options'],
  sources: [{ url: 'https://www.legislation.gov.uk/ukpga/1996/52/section/188', checked: '2026-11-23' }],
  ...extra,
});

function rawTree() {
  return {
    start: 'danger',
    nodes: [
      q('danger', [
        ['yes', 'emergency', { danger: true }],
        ['no', 'situation'],
        ['not-sure', 'urgent', { unsure: true }],
      ]),
      q('situation', [
        ['tonight', 'tonight'],
        ['rent', 'rent'],
        ['not-sure', 'council', { unsure: true }],
      ]),
      o('emergency', 'emergency'),
      o('urgent', 'urgent'),
      o('tonight', 'urgent'),
      o('rent'),
      o('council', 'information'),
    ],
  } as Record<string, unknown> & { nodes: Record<string, unknown>[] };
}
const parse = (raw: unknown): Tree => treeSchema.parse(raw);
const ctx = {
  editions: { testtown: { agencies: new Set(['helpline']), roles: new Set(['council-housing-options'] as const) } },
  guides: new Set(['behind-with-rent']),
};
const problems = (raw: unknown, c = ctx) => validateTree(parse(raw), c).map((p) => `${p.node}: ${p.message}`);

describe('tree validation', () => {
  it('accepts a sound tree', () => {
    expect(problems(rawTree())).toEqual([]);
  });
  it('rejects a duplicate id', () => {
    const t = rawTree();
    t.nodes.push(o('rent'));
    expect(problems(t)).toContain('rent: the id "rent" is used twice. Fix: give each node its own id.');
  });
  it('rejects an answer leading nowhere', () => {
    const t = rawTree();
    t.nodes[1] = q('situation', [
      ['tonight', 'tonite'],
      ['rent', 'rent'],
      ['not-sure', 'council', { unsure: true }],
    ]);
    const list = problems(t);
    expect(list).toContain(
      'situation: the answer "tonight" leads to "tonite", which does not exist. Fix: use the id of a question or outcome.',
    );
    expect(list).toContain(
      'tonight: cannot be reached from the first question. Fix: add an answer that leads here, or remove it.',
    );
  });
  it('rejects a node no one can reach', () => {
    const t = rawTree();
    t.nodes.push(o('orphan'));
    expect(problems(t)).toEqual([
      'orphan: cannot be reached from the first question. Fix: add an answer that leads here, or remove it.',
    ]);
  });
  it('rejects a loop', () => {
    const t = rawTree();
    t.nodes[1] = q('situation', [
      ['again', 'danger'],
      ['rent', 'rent'],
      ['not-sure', 'council', { unsure: true }],
    ]);
    t.nodes.push(o('tonight-2'));
    expect(problems(t).join('\n')).toMatch(/danger: the answers go round in a loop \(danger → situation → danger\)/);
  });
  it('rejects a path longer than the limit', () => {
    const t = rawTree();
    const chain = Array.from({ length: 8 }, (_, i) =>
      q(`step-${i}`, [
        ['on', i === 7 ? 'rent' : `step-${i + 1}`],
        ['not-sure', 'council', { unsure: true }],
      ]),
    );
    t.nodes[1] = q('situation', [
      ['tonight', 'tonight'],
      ['long', 'step-0'],
      ['not-sure', 'council', { unsure: true }],
    ]);
    t.nodes.push(...chain);
    expect(problems(t)).toEqual([
      expect.stringMatching(
        /^rent: is reached only after 10 questions \(danger → situation → step-0 .* step-7\), more than 8\. Fix: ask fewer questions/,
      ),
      expect.stringMatching(/^council: is reached only after 10 questions/),
    ]);
  });
  it('rejects a question without an "I\'m not sure" answer', () => {
    const t = rawTree();
    t.nodes[1] = q('situation', [
      ['tonight', 'tonight'],
      ['rent', 'rent'],
      ['other', 'council'],
    ]);
    expect(problems(t)).toEqual([
      `situation: has no "I'm not sure" answer. Fix: add an answer with unsure: true that leads somewhere useful.`,
    ]);
  });
  it('rejects a first question that does not screen for danger', () => {
    const t = rawTree();
    t.nodes[0] = q('danger', [
      ['yes', 'emergency'],
      ['no', 'situation'],
      ['not-sure', 'urgent', { unsure: true }],
    ]);
    expect(problems(t)).toEqual([
      expect.stringMatching(/^danger: the first question does not screen for immediate danger/),
    ]);
  });
  it('rejects a danger answer that does not lead to the emergency outcome', () => {
    const t = rawTree();
    t.nodes[0] = q('danger', [
      ['yes', 'urgent', { danger: true }],
      ['no', 'situation'],
      ['not-sure', 'emergency', { unsure: true }],
    ]);
    expect(problems(t)).toEqual([
      expect.stringMatching(/^danger: the danger answer leads to "urgent", which is not an emergency outcome/),
    ]);
  });
  it('rejects an outcome with no one to contact in an edition', () => {
    const t = rawTree();
    t.nodes[5] = o('rent', 'soon', { roles: ['food-help'], first: { do: 'Get food.', contacts: ['food-help'] } });
    expect(problems(t)).toEqual([
      'rent: gives no one to contact in the testtown edition. Fix: add an agency, or a role that edition fills.',
    ]);
  });
  it('rejects unknown agencies and guide pages', () => {
    const t = rawTree();
    t.nodes[5] = o('rent', 'soon', { agencies: ['nobody'], guides: ['no-page'] });
    expect(problems(t)).toEqual([
      'rent: names agency "nobody", which does not exist in the testtown edition. Fix: use an agency id from content/agencies/ or a role.',
      'rent: links to guide page "no-page", which does not exist. Fix: use the file name of a page in content/guide/.',
    ]);
  });
  it('rejects a first thing to do whose contact the outcome does not list', () => {
    const t = rawTree();
    t.nodes[5] = o('rent', 'soon', { first: { do: 'Call the helpline.', contacts: ['helpline'] } });
    expect(problems(t)).toEqual([
      'rent: first.contacts names "helpline", which is not in this outcome\'s agencies or roles. Fix: use one of council-housing-options.',
    ]);
  });
  it('refuses an outcome with no first thing to do, or one naming no one, saying how to fix it', () => {
    const missing = treeSchema.safeParse({ start: 'x', nodes: [o('x', 'soon', { first: undefined }), o('y')] });
    expect(JSON.stringify(missing.error?.issues)).toMatch(/Fix: add first: with do:/);
    const empty = treeSchema.safeParse({
      start: 'x',
      nodes: [o('x', 'soon', { first: { do: 'Call.', contacts: [] } }), o('y')],
    });
    expect(JSON.stringify(empty.error?.issues)).toMatch(/names no one\. Fix: name the agency or role to call first/);
  });
  it('rejects a question with one answer, or with more than seven besides “I’m not sure”', () => {
    const t = rawTree();
    t.nodes[1] = q('situation', [['not-sure', 'council', { unsure: true }]]);
    expect(() => parse(t)).toThrow(/at least two answers/);
    const answers = (n: number) =>
      Array.from(
        { length: n },
        (_, i) => [`a${i}`, 'council', { unsure: i === 0 }] as [string, string, Record<string, unknown>],
      );
    t.nodes[1] = q('situation', answers(8));
    expect(() => parse(t)).not.toThrow();
    t.nodes[1] = q('situation', answers(9));
    expect(() => parse(t)).toThrow(/has 8 answers besides “I’m not sure”, more than 7\. Fix:/);
  });
});

describe('walking the answers', () => {
  const tree = parse(rawTree());
  it('starts at the first question', () => {
    expect(walk(tree, {}).current.id).toBe('danger');
  });
  it('follows answers to an outcome', () => {
    const w = walk(tree, { danger: 'no', situation: 'rent' });
    expect(w.current.id).toBe('rent');
    expect(w.path.map((s) => `${s.question.id}=${s.answer.value}`)).toEqual(['danger=no', 'situation=rent']);
  });
  it('keeps answers that no longer apply, but ignores them on the path', () => {
    const answers = { danger: 'yes', situation: 'rent' };
    const w = walk(tree, answers);
    expect(w.current.id).toBe('emergency');
    expect(answersOnPath(w)).toEqual({ danger: 'yes' });
    // Changing the first answer back brings the later one back into use.
    expect(walk(tree, { ...answers, danger: 'no' }).current.id).toBe('rent');
  });
  it('stops at the first answer that does not fit, and reports unknown keys', () => {
    const w = walk(tree, { danger: 'no', situation: 'lottery', hacker: 'x' });
    expect(w.current.id).toBe('situation');
    expect(w.rejected).toEqual(['situation', 'hacker']);
  });
  it('reads and writes answers in a query string, dropping anything malformed', () => {
    expect(parseAnswers('?danger=no&situation=rent&bad%20key=x&x=<script>')).toEqual({
      danger: 'no',
      situation: 'rent',
    });
    expect(formatAnswers({ danger: 'no', situation: 'rent' })).toBe('danger=no&situation=rent');
  });
  it('finds a path to every outcome', () => {
    const paths = pathsToOutcomes(tree);
    for (const n of tree.nodes.filter((n) => n.type === 'outcome')) {
      expect(paths.get(n.id), n.id).toBeDefined();
      for (const answers of paths.get(n.id)!) expect(walk(tree, answers).current.id).toBe(n.id);
    }
  });
});

describe('progress', () => {
  it('counts the question the person is on and the most that can follow', async () => {
    const { progress, questionsRemaining } = await import('../../src/lib/tree/tree.ts');
    const tree = parse(rawTree());
    expect(questionsRemaining(tree, 'danger')).toBe(2);
    expect(progress(tree, 0, 'danger')).toEqual({ step: 1, upTo: 2 });
    expect(progress(tree, 1, 'situation')).toEqual({ step: 2, upTo: 2 });
  });
});

describe('depth', () => {
  it('counts the questions before a node on the shortest way', async () => {
    const { depthOf } = await import('../../src/lib/tree/tree.ts');
    const tree = parse(rawTree());
    expect([depthOf(tree, 'danger'), depthOf(tree, 'situation'), depthOf(tree, 'rent')]).toEqual([0, 1, 2]);
  });
});

describe('cleaning stored answers', () => {
  it('keeps well-formed answers and drops everything else', async () => {
    const { cleanAnswers } = await import('../../src/lib/tree/tree.ts');
    expect(cleanAnswers({ danger: 'no', who: 3, 'bad key': 'x', situation: '<b>' })).toEqual({ danger: 'no' });
    expect(cleanAnswers(['danger', 'no'])).toEqual({});
    expect(cleanAnswers(null)).toEqual({});
  });
});

describe('outcome sources', () => {
  it('refuses an outcome with no sources, saying how to fix it', () => {
    const res = treeSchema.safeParse({ start: 'x', nodes: [o('x', 'soon', { sources: [] }), o('y')] });
    expect(res.success).toBe(false);
    expect(JSON.stringify(res.error?.issues)).toMatch(/needs at least one source.*Fix: add sources/);
  });
  it('keeps a source marked secondary', () => {
    const res = treeSchema.parse({
      start: 'x',
      nodes: [
        o('x', 'soon', {
          sources: [{ url: 'https://england.shelter.org.uk/', checked: '2026-11-23', secondary: true }],
        }),
        o('y'),
      ],
    });
    expect(res.nodes[0].type === 'outcome' && res.nodes[0].sources[0].secondary).toBe(true);
  });
});

describe('where the guide branches', () => {
  it('is the question whose answers lead on to the most other questions', () => {
    const raw = rawTree();
    raw.nodes.push(
      q('rent-q', [
        ['a', 'rent'],
        ['not-sure', 'council', { unsure: true }],
      ]),
      q('tonight-q', [
        ['a', 'tonight'],
        ['not-sure', 'council', { unsure: true }],
      ]),
    );
    raw.nodes[1] = q('situation', [
      ['tonight', 'tonight-q'],
      ['rent', 'rent-q'],
      ['also-rent', 'rent-q'],
      ['not-sure', 'council', { unsure: true }],
    ]);
    const found = branchingQuestion(parse(raw));
    expect(found?.question.id).toBe('situation');
    expect(found?.branches).toEqual(['tonight-q', 'rent-q']);
  });
  it('is nothing when every answer leads to an outcome or one question', () => {
    expect(branchingQuestion(parse(rawTree()))).toBeUndefined();
  });
});

describe('the tree sent to the browser', () => {
  it('keeps every question whole and each outcome by id, title and urgency only', () => {
    const tree = parse(rawTree());
    const small = treeForBrowser(tree);
    expect(small.start).toBe(tree.start);
    expect(small.nodes.filter((n) => n.type === 'question')).toEqual(tree.nodes.filter((n) => n.type === 'question'));
    expect(small.nodes.find((n) => n.id === 'rent')).toEqual({
      type: 'outcome',
      id: 'rent',
      title: 'rent',
      urgency: 'soon',
    });
  });
  it('is walked the same way as the whole tree', () => {
    const tree = parse(rawTree());
    expect(walk(treeForBrowser(tree), { danger: 'no', situation: 'rent' }).current.id).toBe(
      walk(tree, { danger: 'no', situation: 'rent' }).current.id,
    );
    expect(pathsToOutcomes(treeForBrowser(tree))).toEqual(pathsToOutcomes(tree));
  });
});

describe('rights kept open, and the "also" block', () => {
  const right = {
    text: 'You can ask for a review.',
    sources: [{ url: 'https://www.legislation.gov.uk/ukpga/1996/52/section/202', checked: '2026-12-07' }],
  };
  const also = (more: Record<string, unknown> = {}) => ({
    title: 'Your mental health',
    text: 'Money worries can make your mental health worse. Ask for support to keep your home.',
    sources: [{ url: 'https://www.nhs.uk/', checked: '2026-12-07' }],
    ...more,
  });
  const withOutcome = (extra: Record<string, unknown>) => {
    const t = rawTree();
    t.nodes[5] = o('rent', 'soon', extra);
    return t;
  };
  it('accepts rights kept open on an outcome that has rights, and an "also" block naming help', () => {
    expect(
      problems(withOutcome({ rights: [right], rights_open: true, also: also({ roles: ['council-housing-options'] }) })),
    ).toEqual([]);
    const tree = parse(withOutcome({ rights: [right], rights_open: true }));
    expect(tree.nodes.find((n) => n.id === 'rent')).toMatchObject({ rights_open: true });
    expect(parse(rawTree()).nodes.find((n) => n.id === 'rent')).toMatchObject({ rights_open: false });
  });
  it('refuses rights kept open on an outcome with no rights', () => {
    expect(problems(withOutcome({ rights_open: true }))).toContain(
      'rent: rights_open is true, but this outcome has no rights to keep open. Fix: add its rights, or remove rights_open.',
    );
  });
  it('refuses an "also" block that names no one to contact', () => {
    expect(problems(withOutcome({ also: also() }))).toContain(
      'rent.also: names no one to contact. Fix: add roles: (for example tenancy-support) or agencies: with the services to contact.',
    );
  });
  it('refuses an "also" block naming a service an edition does not have', () => {
    expect(problems(withOutcome({ also: also({ agencies: ['no-such-service'] }) }))).toContain(
      'rent.also: names agency "no-such-service", which does not exist in the testtown edition. Fix: use an agency id from content/agencies/ or a role.',
    );
  });
  it('refuses an "also" block longer than two sentences', () => {
    expect(
      problems(
        withOutcome({
          also: also({ roles: ['council-housing-options'], text: 'One. Two sentences here. And a third.' }),
        }),
      ),
    ).toContain(
      'rent.also: text has 3 sentences. Fix: keep it to one or two short sentences; the steps and guide pages say the rest.',
    );
  });
  it('refuses an "also" block with no source', () => {
    expect(() => parse(withOutcome({ also: also({ roles: ['council-housing-options'], sources: [] }) }))).toThrow(
      /needs at least one source/,
    );
  });
});
