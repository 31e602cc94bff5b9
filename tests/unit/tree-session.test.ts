import { describe, expect, it } from 'vitest';
import type { Tree } from '../../src/lib/tree/tree.ts';
import { outcomeNode } from './tree-fixtures.ts';
import {
  MAX_STEPS,
  RESUME,
  arrive,
  carryOn,
  changeAnswer,
  choose,
  continueOn,
  goBack,
  parseHistoryState,
  parseStored,
  revisit,
  startAgain,
  showingOf,
  type Current,
  type Decision,
  type StoredSession,
} from '../../src/lib/tree/tree-session.ts';

// A small tree: danger → who → situation → outcomes. Only what the session reads.
const q = (id: string, answers: [string, string][]) => ({
  id,
  type: 'question' as const,
  question: `${id}?`,
  short: id,
  answers: answers.map(([value, next]) => ({ value, label: value, next, danger: false, unsure: false })),
});
const o = (id: string) => outcomeNode(id);
const tree = {
  start: 'danger',
  max_questions: 8,
  nodes: [
    q('danger', [
      ['yes', 'emergency'],
      ['no', 'who'],
    ]),
    q('who', [
      ['me', 'situation'],
      ['professional', 'referral'],
    ]),
    q('situation', [
      ['tonight', 'tonight'],
      ['rent', 'rent'],
    ]),
    o('emergency'),
    o('referral'),
    o('tonight'),
    o('rent'),
  ],
} as unknown as Tree;

const stored = (s: StoredSession) => JSON.stringify(s);
const written = (d: Decision) => (typeof d.store === 'object' ? d.store.write : d.store);
const here = (d: Decision, kiosk = false): Current => ({
  session: d.session,
  step: d.step,
  showing: showingOf(d.screen),
  kiosk,
});

describe('arriving at /help/', () => {
  it('fresh: the first question, nothing stored, one history entry holding only a step', () => {
    const d = arrive(tree, { search: '', state: null, stored: null });
    expect(d.screen).toMatchObject({ kind: 'question', id: 'danger', leadsTo: null, notice: null });
    expect(d.store).toBe('clear');
    expect(d.history).toEqual({ mode: 'replace', state: { step: 0 } });
  });

  it('a shared link whose answers reach past the first question: shows them to check, answers nothing further', () => {
    const d = arrive(tree, { search: '?danger=no&who=me', state: null, stored: null });
    expect(d.screen).toEqual({
      kind: 'check-link',
      answers: { danger: 'no', who: 'me' },
      next: 'situation',
      notice: null,
    });
    expect(written(d)).toMatchObject({ answers: { danger: 'no', who: 'me' } });
    expect(d.history?.state).toEqual({ step: 0 });
    expect(JSON.stringify(d.history)).not.toContain('danger');
  });

  it('a shared link that leads to an outcome does not jump there: the check comes first', () => {
    const d = arrive(tree, { search: '?danger=no&who=me&situation=rent', state: null, stored: null });
    expect(d.screen).toMatchObject({ kind: 'check-link', next: 'rent' });
  });

  it('a link with answers that do not fit keeps only those before the first misfit, and says so', () => {
    const d = arrive(tree, { search: '?danger=no&who=everyone&situation=rent&evil=x', state: null, stored: null });
    expect(d.screen).toEqual({
      kind: 'check-link',
      answers: { danger: 'no' },
      next: 'who',
      notice: 'link-partly-fits',
    });
    const none = arrive(tree, { search: '?danger=maybe', state: null, stored: null });
    expect(none.screen).toMatchObject({ kind: 'question', id: 'danger', notice: 'link-did-not-fit' });
    expect(none.store).toBe('clear');
  });

  it('a link replaces answers stored earlier in the tab', () => {
    const d = arrive(tree, {
      search: '?danger=no',
      state: null,
      stored: stored({ answers: { danger: 'no', who: 'professional' }, steps: { 0: 'who' } }),
    });
    expect(d.session.answers).toEqual({ danger: 'no' });
  });

  it('a history entry of ours (reload, Back into the page): shows what that step showed and writes nothing', () => {
    const s = stored({ answers: { danger: 'no', who: 'me' }, steps: { 0: 'danger', 1: 'who', 2: 'situation' } });
    const d = arrive(tree, { search: '', state: { step: 1 }, stored: s });
    expect(d.screen).toMatchObject({ kind: 'question', id: 'who', answers: { danger: 'no', who: 'me' } });
    expect(d.store).toBe('keep');
    expect(d.history).toBeNull();
  });

  it('opened afresh with answers stored in the tab: offers to carry on, naming no answer and no outcome', () => {
    const s = stored({
      answers: { danger: 'no', who: 'me', situation: 'rent' },
      steps: { 0: 'danger', 1: 'who', 2: 'situation' },
    });
    const d = arrive(tree, { search: '', state: null, stored: s });
    // The screen holds nothing of the answers: the island cannot draw what it is not given.
    expect(d.screen).toEqual({ kind: 'resume' });
    // A new step, after every step already used, so Back still finds the old ones; the answers are kept for "Carry on".
    expect(d.history).toEqual({ mode: 'replace', state: { step: 3 } });
    expect(d.session.answers).toEqual({ danger: 'no', who: 'me', situation: 'rent' });
    expect(written(d)).toMatchObject({ steps: { 3: RESUME } });
    const part = arrive(tree, { search: '', state: null, stored: stored({ answers: { danger: 'no' }, steps: {} }) });
    expect(part.screen).toEqual({ kind: 'resume' });
  });

  it('"Carry on where you left off": where the answers lead, now with the answers; Back and a reload offer the choice again', () => {
    const s = stored({ answers: { danger: 'no', who: 'me', situation: 'rent' }, steps: { 0: 'danger' } });
    const offer = arrive(tree, { search: '', state: null, stored: s });
    const d = carryOn(tree, here(offer));
    expect(d.screen).toMatchObject({
      kind: 'question',
      id: 'situation',
      leadsTo: 'rent',
      answers: { situation: 'rent' },
    });
    expect(d.history).toEqual({ mode: 'push', state: { step: offer.step + 1 } });
    expect(carryOn(tree, here(offer, true)).history?.mode).toBe('replace');
    const back = revisit(tree, { state: { step: offer.step }, stored: stored(d.session) });
    expect(back.screen).toEqual({ kind: 'resume' });
    // A reload of the offer (its history entry is ours) offers it again, still naming nothing.
    expect(arrive(tree, { search: '', state: { step: offer.step }, stored: stored(d.session) }).screen).toEqual({
      kind: 'resume',
    });
    const part = arrive(tree, { search: '', state: null, stored: stored({ answers: { danger: 'no' }, steps: {} }) });
    expect(carryOn(tree, here(part)).screen).toMatchObject({ kind: 'question', id: 'who', leadsTo: null });
  });

  it('"Start again" from the offer deletes the stored answers; Back to the offer then shows the first question', () => {
    const s = stored({ answers: { danger: 'no', who: 'me', situation: 'rent' }, steps: {} });
    const offer = arrive(tree, { search: '', state: null, stored: s });
    const d = startAgain(tree, here(offer));
    expect(d.screen).toMatchObject({ kind: 'question', id: 'danger', answers: {} });
    expect(d.store).toBe('clear');
    expect(revisit(tree, { state: { step: offer.step }, stored: null }).screen).toMatchObject({
      kind: 'question',
      id: 'danger',
      answers: {},
    });
  });

  it('stored answers that fit no question of the guide (an older version): the first question, and they are deleted', () => {
    const d = arrive(tree, {
      search: '',
      state: null,
      stored: stored({ answers: { gone: 'x' }, steps: { 0: 'gone' } }),
    });
    expect(d.screen).toMatchObject({ kind: 'question', id: 'danger', answers: {} });
    expect(d.store).toBe('clear');
  });

  it('change=: that question, with every answer kept; an unknown question falls back to where the answers lead', () => {
    const s = stored({ answers: { danger: 'no', who: 'me', situation: 'rent' }, steps: {} });
    expect(arrive(tree, { search: '?change=who', state: null, stored: s }).screen).toMatchObject({
      kind: 'question',
      id: 'who',
      leadsTo: 'rent',
    });
    expect(arrive(tree, { search: '?change=nope', state: null, stored: s }).screen).toMatchObject({
      kind: 'question',
      id: 'situation',
    });
    expect(arrive(tree, { search: '?change=who', state: null, stored: null }).screen).toMatchObject({
      kind: 'question',
      id: 'danger',
    });
  });

  it('restart: every answer cleared, the first question', () => {
    const s = stored({ answers: { danger: 'no', who: 'me', situation: 'rent' }, steps: { 0: 'danger' } });
    const d = arrive(tree, { search: '?restart=1', state: null, stored: s });
    expect(d.screen).toMatchObject({ kind: 'question', id: 'danger', answers: {} });
    expect(d.store).toBe('clear');
  });

  it('stale or tampered storage and history never break the page', () => {
    for (const junk of [
      '{',
      '[]',
      '"x"',
      '{"answers":[1]}',
      '{"danger":"no"}',
      '{"answers":{"danger":"<b>"},"steps":{"0":"<i>"}}',
    ]) {
      const d = arrive(tree, { search: '', state: { answers: { danger: 'no' }, at: 'who' }, stored: junk });
      expect(d.screen.kind).toBe('question');
    }
    // An older version's history entry (answers in the state) is not read.
    expect(parseHistoryState({ answers: { danger: 'no' }, at: 'who' })).toBeNull();
    expect(parseHistoryState({ step: -1 })).toBeNull();
    expect(parseHistoryState({ step: 1.5 })).toBeNull();
    expect(parseHistoryState({ step: 4 })).toBe(4);
    expect(parseStored('{"answers":{"danger":"no","bad key":"x"},"steps":{"0":"danger","x":"who","1":"<b>"}}')).toEqual(
      {
        answers: { danger: 'no' },
        steps: { 0: 'danger' },
      },
    );
  });
});

describe('Back, Forward and the cache (revisit)', () => {
  const s = stored({ answers: { danger: 'no', who: 'me' }, steps: { 0: 'danger', 1: 'who', 2: 'situation' } });

  it('shows the question that step showed, with its answer, and writes nothing', () => {
    const d = revisit(tree, { state: { step: 0 }, stored: s });
    expect(d.screen).toMatchObject({ kind: 'question', id: 'danger', answers: { danger: 'no', who: 'me' } });
    expect(d.store).toBe('keep');
    expect(d.history).toBeNull();
  });

  it('after "Leave this page" wiped storage: every step shows the first question, unanswered, and nothing is written', () => {
    for (const step of [0, 1, 2, 7]) {
      const d = revisit(tree, { state: { step }, stored: null });
      expect(d.screen).toEqual({ kind: 'question', id: 'danger', answers: {}, leadsTo: null, notice: null });
      expect(d.store).toBe('keep');
      expect(d.history).toBeNull();
    }
  });

  it('a page shown again after the exit shows nothing stored, even if storage could still be read', () => {
    const d = revisit(tree, { state: { step: 1 }, stored: s, exited: true });
    expect(d.screen).toMatchObject({ id: 'danger', answers: {} });
    expect(d.store).toBe('keep');
  });

  it('after a kiosk reset (storage cleared, then the guide opened again): the first question', () => {
    const d = arrive(tree, { search: '', state: null, stored: null });
    expect(d.screen).toMatchObject({ id: 'danger', answers: {} });
  });

  it('a step that showed a question no longer on the path shows where the answers lead', () => {
    const d = revisit(tree, {
      state: { step: 2 },
      stored: stored({ answers: { danger: 'no', who: 'professional' }, steps: { 2: 'situation' } }),
    });
    expect(d.screen).toMatchObject({ kind: 'question', id: 'who', leadsTo: 'referral' });
  });
});

describe('actions', () => {
  const start = () => arrive(tree, { search: '', state: null, stored: null });

  it('answering adds a history entry with only a step, and stores the answer', () => {
    const d = choose(tree, here(start()), 'danger', 'no');
    expect(d.screen).toMatchObject({ kind: 'question', id: 'who' });
    expect(d.history).toEqual({ mode: 'push', state: { step: 1 } });
    expect(written(d)).toEqual({ answers: { danger: 'no' }, steps: { 0: 'danger', 1: 'who' } });
  });

  it('on a kiosk, moving on replaces the history entry instead of adding one', () => {
    const d = choose(tree, here(start(), true), 'danger', 'no');
    expect(d.history?.mode).toBe('replace');
  });

  it('the last answer goes to the outcome, and Back to that step shows the question answered', () => {
    let d = choose(tree, here(start()), 'danger', 'no');
    d = choose(tree, here(d), 'who', 'me');
    d = choose(tree, here(d), 'situation', 'rent');
    expect(d.screen).toEqual({ kind: 'outcome', id: 'rent' });
    expect(d.history).toBeNull();
    const back = revisit(tree, { state: { step: d.step }, stored: stored(d.session) });
    expect(back.screen).toMatchObject({ kind: 'question', id: 'situation', leadsTo: 'rent' });
  });

  it('the in-page Back link goes to the question before; none before the first', () => {
    let d = choose(tree, here(start()), 'danger', 'no');
    d = choose(tree, here(d), 'who', 'me');
    const b = goBack(tree, here(d));
    expect(b?.screen).toMatchObject({ kind: 'question', id: 'who' });
    expect(goBack(tree, here(start()))).toBeNull();
  });

  it('Change keeps every answer; changing an earlier answer keeps later ones that still apply', () => {
    let d = choose(tree, here(start()), 'danger', 'no');
    d = choose(tree, here(d), 'who', 'me');
    d = choose(tree, here(d), 'situation', 'rent');
    const c = changeAnswer(tree, { ...here(d), showing: 'situation' }, 'who');
    expect(c.screen).toMatchObject({
      kind: 'question',
      id: 'who',
      answers: { danger: 'no', who: 'me', situation: 'rent' },
    });
    expect(choose(tree, here(c), 'who', 'me').screen).toEqual({ kind: 'outcome', id: 'rent' });
  });

  it('Start again clears the answers and storage, and shows the first question', () => {
    const d = choose(tree, here(start()), 'danger', 'no');
    const s = startAgain(tree, here(d));
    expect(s.screen).toMatchObject({ kind: 'question', id: 'danger', answers: {} });
    expect(s.store).toBe('clear');
  });

  it('Continue from a checked link goes to the next question or the outcome', () => {
    const part = arrive(tree, { search: '?danger=no', state: null, stored: null });
    expect(continueOn(tree, here(part)).screen).toMatchObject({ kind: 'question', id: 'who' });
    const full = arrive(tree, { search: '?danger=no&who=professional', state: null, stored: null });
    expect(continueOn(tree, here(full)).screen).toEqual({ kind: 'outcome', id: 'referral' });
    // Back to the check shows it again.
    const next = continueOn(tree, here(part));
    expect(revisit(tree, { state: { step: part.step }, stored: stored(next.session) }).screen.kind).toBe('check-link');
  });

  it('remembers at most MAX_STEPS steps', () => {
    let d = choose(tree, here(start()), 'danger', 'no');
    for (let i = 0; i < MAX_STEPS + 20; i++) d = changeAnswer(tree, here(d), i % 2 ? 'danger' : 'who');
    expect(Object.keys(d.session.steps).length).toBe(MAX_STEPS);
  });
});
