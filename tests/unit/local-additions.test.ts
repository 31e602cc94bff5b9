/**
 * An edition's local additions (content/editions/<edition>/local.yaml) and the rule that every
 * outcome names local help with a phone number. Each bad local.yaml is refused with the file, the
 * field by its id and a fix. The real content is read once; each test changes a copy in memory, so
 * the tests do not depend on what the editions' local.yaml files say today.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/build-tools/content-reader.ts';
import { checkContent, formatProblem } from '../../src/lib/content/content-rules.ts';
import type { ContentInput, RawFile } from '../../src/lib/content/content-input.ts';
import { plainEnglishFindings } from '../../src/lib/content/plain-english.ts';

const TODAY = '2026-12-07';
const MEDWAY = 'content/editions/medway/local.yaml';
const BRADFORD = 'content/editions/bradford/local.yaml';
const source = { title: 'Their page', url: 'https://example.org/page', checked: '2026-12-01' };
const step = (text: string) => ({ text, sources: [source] });

let real: ContentInput;
beforeAll(() => {
  real = readContent(process.cwd(), TODAY).input;
});

/** A fresh copy of the real content with these local.yaml files (by edition) and extra agencies. */
function withLocal(locals: Record<string, unknown>, more: { agencies?: RawFile[]; outcomes?: unknown[] } = {}) {
  const input: ContentInput = structuredClone(real);
  input.locals = Object.entries(locals).map(([ed, data]) => ({
    file: `content/editions/${ed}/local.yaml`,
    id: ed,
    edition: ed,
    data,
  }));
  input.agencies.push(...(more.agencies ?? []));
  if (more.outcomes && input.tree) {
    const tree = input.tree.data as { nodes: unknown[] };
    tree.nodes.push(...more.outcomes);
  }
  return input;
}

/** Every outcome excused in both editions, so only what a test adds is reported. */
function allExcused(): Record<string, string> {
  const nodes = (real.tree!.data as { nodes: { id: string; type: string }[] }).nodes;
  return Object.fromEntries(nodes.filter((n) => n.type === 'outcome').map((n) => [n.id, 'Not yet checked']));
}

const about = (input: ContentInput, file: string) =>
  checkContent(input)
    .map(formatProblem)
    .filter((m) => m.startsWith(`${file}:`));

const localAgency = (id: string, edition: string, phones: unknown[]): RawFile => ({
  file: `content/editions/${edition}/agencies/${id}.yaml`,
  id,
  edition,
  data: {
    name: `Test service ${id}`,
    organization: 'Test organisation',
    description: 'Helps people.',
    categories: ['crisis'],
    service_area: edition,
    phones,
    sources: [source],
    last_verified: '2026-12-01',
  },
});

const good = (): {
  council: { duty_to_refer: { sources: unknown[] } & Record<string, unknown> };
  outcomes: Record<string, unknown>;
} & Record<string, unknown> => ({
  council: {
    duty_to_refer: {
      how: 'Fill in the council’s referral form.',
      url: 'https://example.org/refer',
      include: ['The person agrees to the referral.'],
      sources: [source],
    },
  },
  outcomes: { 'professional-referral': { steps: [step('The council contacts the person after a referral.')] } },
  guides: { 'leaving-hospital': [step('The ward can refer you to the council.')] },
  without_local_number: allExcused(),
});

describe('local.yaml', () => {
  it('passes a good local.yaml in each edition', () => {
    const input = withLocal({ medway: good(), bradford: good() });
    expect(about(input, MEDWAY)).toEqual([]);
    expect(about(input, BRADFORD)).toEqual([]);
  });

  it('refuses an unknown outcome, naming the nearest outcome id', () => {
    const local = good();
    local.outcomes = { 'profesional-referral': { steps: [step('The council contacts the person.')] } };
    expect(about(withLocal({ medway: local }), MEDWAY)).toEqual([
      expect.stringMatching(
        /^content\/editions\/medway\/local\.yaml: outcomes\.profesional-referral: "profesional-referral" is not an outcome of the decision tree; did you mean "professional-referral"\? Fix: /,
      ),
    ]);
  });

  it('refuses an unknown outcome in without_local_number', () => {
    const local = { ...good(), without_local_number: { ...allExcused(), 'no-such-outcome': 'Because.' } };
    expect(about(withLocal({ medway: local }), MEDWAY)).toEqual([
      expect.stringMatching(/without_local_number\.no-such-outcome: .*is not an outcome.*Fix: /),
    ]);
  });

  it('refuses an unknown guide page, naming the nearest page id', () => {
    const local = { ...good(), guides: { 'leaving-hospitl': [step('The ward can refer you.')] } };
    expect(about(withLocal({ medway: local }), MEDWAY)).toEqual([
      expect.stringMatching(/guides\.leaving-hospitl: .*did you mean "leaving-hospital"\? Fix: /),
    ]);
  });

  it('refuses an agency that does not exist, naming the nearest one', () => {
    const local = good();
    local.outcomes = { 'professional-referral': { contacts: ['samaritan'] } } as never;
    expect(about(withLocal({ medway: local }), MEDWAY)).toEqual([
      expect.stringMatching(
        /outcomes\.professional-referral\.contacts: refers to agency "samaritan", which does not exist; did you mean "samaritans"\? Fix: /,
      ),
    ]);
  });

  it('refuses an agency from another edition, naming that edition', () => {
    const local = good();
    local.outcomes = { 'professional-referral': { contacts: ['test-bradford-line'] } } as never;
    const input = withLocal(
      { medway: local },
      { agencies: [localAgency('test-bradford-line', 'bradford', [{ number: '01274 000000' }])] },
    );
    expect(about(input, MEDWAY)).toEqual([
      expect.stringMatching(
        /outcomes\.professional-referral\.contacts: "test-bradford-line" is a service of the bradford edition .*not of medway\. Fix: /,
      ),
    ]);
  });

  it('refuses a local step with no source', () => {
    const local = good();
    local.outcomes = { 'professional-referral': { steps: [{ text: 'A step.', sources: [] }] } };
    expect(about(withLocal({ medway: local }), MEDWAY)).toEqual([
      expect.stringMatching(/outcomes\.professional-referral\.steps\[0\]\.sources: needs at least one source\. Fix: /),
    ]);
  });

  it('refuses a guide paragraph with no sources field', () => {
    const local = { ...good(), guides: { 'leaving-hospital': [{ text: 'A paragraph.' }] } };
    expect(about(withLocal({ medway: local }), MEDWAY)).toEqual([
      expect.stringMatching(/guides\.leaving-hospital\[0\]\.sources: is missing\. Fix: /),
    ]);
  });

  it('refuses a misspelt field, naming the right one', () => {
    const local = good();
    local.outcomes = { 'professional-referral': { contact: ['samaritans'] } } as never;
    expect(about(withLocal({ medway: local }), MEDWAY)).toEqual([
      expect.stringMatching(/outcomes\.professional-referral\.contact: .*did you mean `contacts`\? Fix: /),
    ]);
  });

  it('refuses a sentence longer than 25 words, as on every public page', () => {
    const long =
      'This sentence goes on and on with far too many words in it for a person in crisis to read it on a small phone screen without losing their place at all.';
    const local = good();
    local.outcomes = { 'professional-referral': { steps: [step(long)] } };
    expect(about(withLocal({ medway: local }), MEDWAY)).toEqual([
      expect.stringMatching(/outcomes\.professional-referral\.steps\[0\]\.text: has a sentence of \d+ words.*Fix: /),
    ]);
  });

  it('refuses a number that breaks the phone number rules, as in any other text', () => {
    const local = good();
    local.outcomes = { 'professional-referral': { steps: [step('Call 0808 800 444 to refer.')] } };
    expect(about(withLocal({ medway: local }), MEDWAY)).toEqual([
      expect.stringMatching(/outcomes\.professional-referral\.steps\[0\]\.text: .*Fix: /),
    ]);
  });

  it('refuses a duty-to-refer block with no source', () => {
    const local = good();
    local.council.duty_to_refer.sources = [];
    expect(about(withLocal({ medway: local }), MEDWAY)).toEqual([
      expect.stringMatching(/council\.duty_to_refer\.sources: needs at least one source\. Fix: /),
    ]);
  });
});

describe('every outcome names local help with a phone number', () => {
  const outcome = (id: string, urgency = 'soon') => ({
    id,
    type: 'outcome',
    title: `Test outcome ${id}`,
    urgency,
    summary: 'A test.',
    first: { do: 'Call them.', contacts: ['samaritans'] },
    steps: ['A step.'],
    agencies: ['samaritans'],
    sources: [source],
  });
  const phone = [{ number: '01634 000000' }];

  it('names an outcome with only national help, in each edition, with the fix', () => {
    const input = withLocal(
      { medway: { without_local_number: allExcused() }, bradford: { without_local_number: allExcused() } },
      { outcomes: [outcome('test-national-only')] },
    );
    for (const [file, name] of [
      [MEDWAY, 'Medway'],
      [BRADFORD, 'Bradford'],
    ])
      expect(about(input, file)).toEqual([
        `${file}: outcomes.test-national-only.contacts: the outcome "Test outcome test-national-only" names no ${name} service with a phone number, so people there get no local number to call. Fix: add a service from ${file.replace('local.yaml', 'agencies/')} that has a phone number to outcomes.test-national-only.contacts in this file (or fill a role the outcome uses in edition.yaml); if there is none, list the outcome under without_local_number: with the reason (for example how people reach the service instead).`,
      ]);
  });

  it('names it for an edition with no local.yaml at all', () => {
    const input = withLocal({ bradford: { without_local_number: allExcused() } });
    expect(about(input, MEDWAY).length).toBeGreaterThanOrEqual(0);
    const bare = withLocal(
      { bradford: { without_local_number: allExcused() } },
      { outcomes: [outcome('test-national-only')] },
    );
    expect(about(bare, MEDWAY)).toContainEqual(expect.stringContaining('outcomes.test-national-only.contacts'));
  });

  it('accepts it once local.yaml adds a local service with a phone number', () => {
    const medway = {
      outcomes: { 'test-national-only': { contacts: ['test-local-line'] } },
      without_local_number: allExcused(),
    };
    const input = withLocal(
      { medway, bradford: { without_local_number: allExcused() } },
      { outcomes: [outcome('test-national-only')], agencies: [localAgency('test-local-line', 'medway', phone)] },
    );
    expect(about(input, MEDWAY)).toEqual([]);
  });

  it('does not count a local service with no phone number', () => {
    const medway = {
      outcomes: { 'test-national-only': { contacts: ['test-no-phone'] } },
      without_local_number: allExcused(),
    };
    const input = withLocal(
      { medway },
      { outcomes: [outcome('test-national-only')], agencies: [localAgency('test-no-phone', 'medway', [])] },
    );
    expect(about(input, MEDWAY)).toContainEqual(expect.stringContaining('outcomes.test-national-only.contacts'));
  });

  it('accepts an outcome listed under without_local_number with its reason', () => {
    const excused = {
      without_local_number: { ...allExcused(), 'test-national-only': 'The council publishes no number.' },
    };
    const input = withLocal({ medway: excused, bradford: excused }, { outcomes: [outcome('test-national-only')] });
    expect(about(input, MEDWAY)).toEqual([]);
    expect(about(input, BRADFORD)).toEqual([]);
  });

  it('does not ask it of the emergency outcome, where 999 is the answer', () => {
    const none = { without_local_number: allExcused() };
    const input = withLocal({ medway: none, bradford: none }, { outcomes: [outcome('test-emergency', 'emergency')] });
    expect(about(input, MEDWAY)).toEqual([]);
  });
});

describe('npm run review reads local.yaml as it reads outcomes', () => {
  it('reports local text that reads above age 10, naming the file', () => {
    const hard = {
      without_local_number: allExcused(),
      outcomes: {
        'professional-referral': {
          steps: [
            step('Notwithstanding jurisdictional considerations, practitioners should communicate comprehensively.'),
          ],
        },
      },
    };
    const findings = plainEnglishFindings(withLocal({ medway: hard }));
    expect(findings).toContainEqual(expect.objectContaining({ file: MEDWAY, rule: 'reading-age' }));
    const easy = {
      without_local_number: allExcused(),
      outcomes: {
        'professional-referral': {
          steps: [step('Ask the ward staff to help you. They can call the council for you.')],
        },
      },
    };
    expect(plainEnglishFindings(withLocal({ medway: easy })).filter((f) => f.file === MEDWAY)).toEqual([]);
  });
});
