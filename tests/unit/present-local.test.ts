/**
 * An edition's local additions join an outcome's display data once (lib/present/local.ts and
 * outcomeView), so the web page, the printed page, the kiosk and the booklet show the same local
 * steps, contacts, duty-to-refer route and guide paragraphs.
 */
import { describe, expect, it } from 'vitest';
import { localSchema, type Local } from '../../src/lib/content/schema.ts';
import {
  DUTY_TO_REFER_OUTCOME,
  dutyToRefer,
  easyLocalPointer,
  localGuide,
  localOutcome,
} from '../../src/lib/present/local.ts';
import { easyReadingAge } from '../../src/lib/content/easy-read.ts';
import { sentencesOf } from '../../src/lib/content/readability.ts';
import { outcomeContactIds, outcomeView } from '../../src/lib/present/outcome.ts';
import { bookletModel } from '../../src/lib/present/booklet-model.ts';
import type { Tree } from '../../src/lib/tree/tree.ts';
import { outcomeNode } from './tree-fixtures.ts';
import { council, dropIn, samaritans } from './present-fixtures.ts';

const source = (url: string) => ({ title: 'Council page', url, checked: '2026-12-01' });
const local: Local = localSchema('2026-12-07').parse({
  council: {
    duty_to_refer: {
      how: 'Fill in the referral form.',
      url: 'https://example.org/refer',
      email: 'refer@example.org',
      include: ['The person agrees.'],
      sources: [source('https://example.org/refer')],
    },
  },
  outcomes: {
    [DUTY_TO_REFER_OUTCOME]: {
      steps: [{ text: 'The council calls the person.', sources: [source('https://example.org/refer')] }],
    },
    arrears: {
      steps: [{ text: 'Ask the town’s tenancy support team.', sources: [source('https://example.org/support')] }],
      contacts: ['drop-in', 'samaritans'],
    },
  },
  guides: { rent: [{ text: 'In town, the drop-in helps.', sources: [source('https://example.org/drop-in')] }] },
});
const entries = {
  council: { id: 'council', data: council },
  'drop-in': { id: 'drop-in', data: dropIn },
  samaritans: { id: 'samaritans', data: samaritans },
};
const roles = { 'council-housing-options': ['council'] };

describe('local additions on an outcome', () => {
  it('marks local steps with the edition’s name and keeps their sources', () => {
    const v = localOutcome('arrears', local, 'Testtown');
    expect(v.heading).toBe('In Testtown');
    expect(v.steps.map((s) => s.text)).toEqual(['Ask the town’s tenancy support team.']);
    expect(v.sources.map((s) => s.url)).toEqual(['https://example.org/support']);
    expect(v.dutyToRefer).toBeUndefined();
  });

  it('adds local contacts to "Who else can help", in the usual order: with a phone first, then without', () => {
    const outcome = outcomeNode('arrears', {
      first: { do: 'Call the council.', contacts: ['council-housing-options'] },
      roles: ['council-housing-options'],
    });
    const v = localOutcome('arrears', local, 'Testtown');
    const ids = outcomeContactIds(outcome, roles, v);
    expect(ids).toEqual(['council', 'drop-in', 'samaritans']);
    const view = outcomeView(
      outcome,
      ids.map((id) => entries[id as keyof typeof entries]),
      roles,
      v,
    );
    expect(view.first.map((c) => c.id)).toEqual(['council']);
    expect(view.rest.map((c) => c.id)).toEqual(['samaritans', 'drop-in']);
    expect(view.local?.steps).toHaveLength(1);
  });

  it('shows the duty-to-refer route on the professional outcome only, with its sources once', () => {
    const v = localOutcome(DUTY_TO_REFER_OUTCOME, local, 'Testtown');
    expect(v.dutyToRefer).toMatchObject({
      heading: 'How to refer in Testtown',
      url: 'https://example.org/refer',
      email: 'refer@example.org',
      include: ['The person agrees.'],
    });
    expect(v.sources.map((s) => s.url)).toEqual(['https://example.org/refer']);
    expect(dutyToRefer(local, 'Testtown')).toEqual(v.dutyToRefer);
  });

  it('adds nothing for an edition without local.yaml', () => {
    expect(localOutcome('arrears', undefined, 'Testtown')).toMatchObject({ steps: [], contacts: [], sources: [] });
    expect(dutyToRefer(undefined, 'Testtown')).toBeUndefined();
    expect(localGuide('rent', undefined, 'Testtown').paragraphs).toEqual([]);
  });

  it('gives a guide page its local paragraphs under "In <edition>", with their sources', () => {
    expect(localGuide('rent', local, 'Testtown')).toEqual({
      heading: 'In Testtown',
      paragraphs: [
        {
          text: 'In town, the drop-in helps.',
          sources: [{ ...source('https://example.org/drop-in'), secondary: false, undated: false }],
        },
      ],
      sources: [{ ...source('https://example.org/drop-in'), secondary: false, undated: false }],
    });
  });
});

describe('local additions in the booklet', () => {
  const tree = {
    start: 'home',
    nodes: [
      {
        id: 'home',
        type: 'question',
        text: 'Where?',
        answers: [
          { label: 'Rent', next: 'arrears' },
          { label: 'Refer', next: DUTY_TO_REFER_OUTCOME },
        ],
      },
      outcomeNode('arrears', { roles: ['council-housing-options'] }),
      outcomeNode(DUTY_TO_REFER_OUTCOME),
    ],
  } as unknown as Tree;
  const agencies = Object.values(entries).map((e) => ({ id: e.id, data: { ...e.data, last_verified: '2026-11-01' } }));
  const model = bookletModel({
    tree,
    agencies,
    guides: [{ id: 'rent', data: { audience: 'public', last_reviewed: '2026-11-22', agencies: [], roles: [] } }],
    directory: [],
    editionRoles: roles,
    local,
    editionName: 'Testtown',
  });

  it('prints the same local steps, contacts and duty-to-refer route as the screen', () => {
    const arrears = model.outcomes.find((o) => o.outcome.id === 'arrears')!;
    expect(arrears.local?.steps.map((s) => s.text)).toEqual(['Ask the town’s tenancy support team.']);
    expect(arrears.rest.map((a) => a.id)).toEqual(['council', 'samaritans', 'drop-in']);
    const refer = model.outcomes.find((o) => o.outcome.id === DUTY_TO_REFER_OUTCOME)!;
    expect(refer.local?.dutyToRefer?.heading).toBe('How to refer in Testtown');
  });

  it('prints a guide page’s local paragraphs', () => {
    expect(model.guides[0]!.local.paragraphs.map((p) => p.text)).toEqual(['In town, the drop-in helps.']);
  });
});

describe('easy read outcomes point to the edition’s local steps', () => {
  it('says there is more help in the edition, in easy read words, when the outcome has local steps', () => {
    const pointer = easyLocalPointer(localOutcome(DUTY_TO_REFER_OUTCOME, local, 'Medway'));
    expect(pointer).toEqual({
      heading: 'In Medway',
      point: { text: 'There is more help in Medway. It is on the standard page.', picture: 'signpost' },
      link: 'Go to the standard page',
    });
    // The easy read rules (src/lib/content/easy-read.ts): 15 words a sentence at most, reading age 7 or under.
    for (const name of ['Medway', 'Bradford', 'Stoke-on-Trent']) {
      const words = easyLocalPointer(localOutcome(DUTY_TO_REFER_OUTCOME, local, name))!;
      for (const s of sentencesOf(`${words.point.text}\n${words.link}.`)) expect(s.words).toBeLessThanOrEqual(15);
      expect(easyReadingAge([words.heading, words.point.text, words.link]).age).toBeLessThanOrEqual(7);
    }
  });
  it('says nothing when the outcome has no local steps', () => {
    expect(easyLocalPointer(localOutcome('no-such-outcome', local, 'Medway'))).toBeUndefined();
    expect(easyLocalPointer(undefined)).toBeUndefined();
  });
});
