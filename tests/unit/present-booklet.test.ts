import { describe, expect, it } from 'vitest';
import {
  anchors,
  bookletModel,
  checkedRange,
  movedAnchors,
  notesPagesNeeded,
  printedLink,
  type BookletIndex,
} from '../../src/lib/present/booklet-model.ts';
import type { Tree } from '../../src/lib/tree/tree.ts';
import { council, dropIn, samaritans } from './present-fixtures.ts';
import { DIRECTORY, HELP, SEARCH, agencyHref, categoryHref, guideHref, helpNode } from '../../src/lib/site/routes.ts';
import { outcomeNode } from './tree-fixtures.ts';
import { contactIds, outcomeView } from '../../src/lib/present/outcome.ts';
import type { Outcome } from '../../src/lib/tree/tree.ts';

const index: BookletIndex = {
  guides: new Set(['staying-safe-online']),
  services: new Set(['samaritans']),
  outcomes: new Set(['rent-arrears']),
  categories: new Set(['crisis']),
};
const SITE = 'https://guide.example.org/medway/';

describe('links on paper', () => {
  it('turns links to parts of the booklet into page references', () => {
    expect(printedLink(guideHref('staying-safe-online'), index)).toEqual({
      kind: 'page',
      anchor: anchors.guide('staying-safe-online'),
    });
    expect(printedLink(`${agencyHref('samaritans')}#hours`, index)).toEqual({
      kind: 'page',
      anchor: anchors.service('samaritans'),
    });
    expect(printedLink(helpNode('rent-arrears'), index)).toEqual({
      kind: 'page',
      anchor: anchors.outcome('rent-arrears'),
    });
    expect(printedLink(HELP, index)).toEqual({ kind: 'page', anchor: anchors.flowchart });
    expect(printedLink(categoryHref('crisis'), index)).toEqual({ kind: 'page', anchor: anchors.category('crisis') });
    expect(printedLink(DIRECTORY, index)).toEqual({ kind: 'page', anchor: anchors.directory });
  });
  it('treats a full address on the guide own site like a link inside it', () => {
    expect(printedLink(`${SITE}guide/staying-safe-online/`, index, SITE)).toEqual({
      kind: 'page',
      anchor: anchors.guide('staying-safe-online'),
    });
  });
  it('prints other websites and email addresses to type in', () => {
    expect(printedLink('https://www.gov.uk/homelessness-help/', index, SITE)).toEqual({
      kind: 'address',
      address: 'www.gov.uk/homelessness-help',
      url: 'https://www.gov.uk/homelessness-help/',
    });
    expect(printedLink('mailto:jo@samaritans.org', index)).toMatchObject({
      kind: 'address',
      address: 'jo@samaritans.org',
    });
  });
  it('prints the full address of a page of the guide that is not in the booklet, when the site address is known', () => {
    expect(printedLink(SEARCH, index, SITE)).toMatchObject({
      kind: 'address',
      address: 'guide.example.org/medway/search',
    });
    expect(printedLink(SEARCH, index)).toEqual({ kind: 'plain' });
    expect(printedLink(guideHref('for-professionals-only'), index)).toEqual({ kind: 'plain' });
  });
  it('leaves phone numbers as they are: the number is already in the text', () => {
    expect(printedLink('tel:116123', index)).toEqual({ kind: 'plain' });
  });
});

describe('page arithmetic', () => {
  it('adds notes pages so a folded booklet has whole sheets', () => {
    expect(notesPagesNeeded(76)).toBe(0);
    expect(notesPagesNeeded(73)).toBe(3);
    expect(notesPagesNeeded(74)).toBe(2);
    expect(notesPagesNeeded(1)).toBe(3);
    expect(() => notesPagesNeeded(0)).toThrow(/cannot have 0 pages/);
  });
  it('says which parts moved between two printings', () => {
    expect(movedAnchors({ a: 3, b: 5 }, { a: 3, b: 5 })).toEqual([]);
    expect(movedAnchors({ a: 3, b: 5 }, { a: 3, b: 6, c: 9 })).toEqual(['b', 'c']);
  });
  it('gives the range of dates the content was checked', () => {
    expect(checkedRange(['2026-11-03', '2026-10-30', '2026-11-22'])).toEqual({ from: '2026-10-30', to: '2026-11-22' });
    expect(() => checkedRange([])).toThrow(/No checked dates/);
  });
});

describe('what the booklet prints, in which order', () => {
  const outcome = (id: string, title: string, more: Partial<Outcome> = {}) => outcomeNode(id, { title, ...more });

  const tree = {
    start: 'danger',
    nodes: [
      outcome('unused', 'Never reached'),
      {
        id: 'danger',
        type: 'question',
        question: 'Are you safe?',
        answers: [
          { label: 'No', next: 'emergency' },
          { label: 'Yes', next: 'home' },
        ],
      },
      outcome('emergency', 'Get help now', {
        urgency: 'emergency',
        agencies: ['drop-in', 'samaritans'],
        roles: ['council-housing-options'],
        first: { do: 'Ring Samaritans now.', contacts: ['samaritans'] },
      }),
      {
        id: 'home',
        type: 'question',
        question: 'Do you have a home?',
        answers: [
          { label: 'Yes', next: 'arrears' },
          { label: 'No', next: 'emergency' },
        ],
      },
      outcome('arrears', 'Behind with rent'),
    ],
  } as unknown as Tree;
  const guide = (id: string, audience: string, last_reviewed: string) => ({
    id,
    data: { audience, last_reviewed, agencies: ['drop-in'], roles: [] },
  });
  const agencies = [
    { id: 'council', data: council },
    { id: 'drop-in', data: { ...dropIn, last_verified: '2026-10-30' } },
    { id: 'samaritans', data: samaritans },
  ];
  const entries = Object.fromEntries(agencies.map((a) => [a.id, a]));
  const editionRoles = { 'council-housing-options': ['council'] };
  const model = bookletModel({
    tree,
    agencies,
    guides: [
      guide('rent', 'public', '2026-11-22'),
      guide('for-staff', 'professional', '2026-12-01'),
      guide('both', 'both', '2026-11-03'),
    ],
    directory: [
      { id: 'crisis', title: 'Crisis', summary: '', agencies: ['samaritans', 'council'] },
      { id: 'housing', title: 'Housing', summary: '', agencies: ['council', 'drop-in'] },
    ],
    editionRoles: { 'council-housing-options': ['council'] },
    glossary: [{ term: 'rent arrears', also: ['arrears'], meaning: 'rent you owe.' }],
  });

  it('numbers the questions in the order the flowchart reaches them, and says where each answer leads', () => {
    expect(model.questions.map((q) => [q.number, q.question.id])).toEqual([
      [1, 'danger'],
      [2, 'home'],
    ]);
    expect(model.questions[0]!.answers).toEqual([
      { label: 'No', next: { kind: 'outcome', id: 'emergency', title: 'Get help now' } },
      { label: 'Yes', next: { kind: 'question', id: 'home', number: 2 } },
    ]);
  });
  it('prints the outcomes the flowchart reaches, in its order, each with "Do this first" and its services as the screen shows them', () => {
    expect(model.outcomes.map((o) => o.outcome.id)).toEqual(['emergency', 'arrears']);
    const emergency = model.outcomes[0]!;
    expect(emergency.urgencyLabel).toBe('Emergency: act now');
    // The same as the next-steps page: the first step's service, then those with a number, then the rest.
    expect(emergency.first.map((a) => a.id)).toEqual(['samaritans']);
    expect(emergency.first[0]!.phones[0]).toMatchObject({ verb: 'Call', display: '116 123' });
    expect(emergency.rest.map((a) => a.id)).toEqual(['council', 'drop-in']);
    expect(emergency.restTitle).toBe('Who else can help');
    const screen = outcomeView(
      emergency.outcome,
      contactIds(emergency.outcome.agencies, emergency.outcome.roles, editionRoles).map((id) => entries[id]!),
      editionRoles,
    );
    expect([emergency.first.map((a) => a.id), emergency.rest.map((a) => a.id)]).toEqual([
      screen.first.map((a) => a.id),
      screen.rest.map((a) => a.id),
    ]);
    expect(model.outcomes[1]!).toMatchObject({ first: [], rest: [], restTitle: 'Who to contact' });
  });
  it('prints what the legal words of each outcome mean', () => {
    expect(model.outcomes.map((o) => [o.outcome.id, o.words])).toEqual([
      ['emergency', []],
      ['arrears', []],
    ]);
    const titled = bookletModel({
      tree: { ...tree, nodes: tree.nodes.map((n) => (n.id === 'arrears' ? { ...n, title: 'Rent arrears' } : n)) },
      agencies,
      guides: [],
      directory: [],
      editionRoles: { 'council-housing-options': ['council'] },
      glossary: [{ term: 'rent arrears', meaning: 'rent you owe.' }],
    });
    expect(titled.outcomes.find((o) => o.outcome.id === 'arrears')!.words).toEqual([
      { term: 'rent arrears', meaning: 'Rent you owe.' },
    ]);
  });
  it('prints the guide pages for the public only', () => {
    expect(model.guides.map((g) => g.guide.id)).toEqual(['rent', 'both']);
    expect(model.guides[0]!.contacts.map((a) => a.name)).toEqual(['Drop-in Centre']);
    expect([...model.index.guides]).toEqual(['rent', 'both']);
  });
  it('prints a service under several headings in full once, under the first', () => {
    expect(model.directory.map((c) => c.entries.map((e) => [e.agency.id, e.first]))).toEqual([
      [
        ['samaritans', true],
        ['council', true],
      ],
      [
        ['council', false],
        ['drop-in', true],
      ],
    ]);
  });
  it('says when the services and the printed guide pages were checked', () => {
    expect(model.checkedText).toBe('between 30 October 2026 and 22 November 2026');
  });
  it('knows which parts exist, for page references', () => {
    expect([...model.index.outcomes]).toEqual(['unused', 'emergency', 'arrears']);
    expect([...model.index.categories]).toEqual(['crisis', 'housing']);
    expect(printedLink(agencyHref('drop-in'), model.index)).toEqual({
      kind: 'page',
      anchor: anchors.service('drop-in'),
    });
  });
  it('stops with a message when a page names a service the edition does not have', () => {
    expect(() => bookletModel({ tree, agencies: [], guides: [], directory: [], editionRoles: {} })).toThrow(
      /not in this edition: "drop-in"/,
    );
  });
});
