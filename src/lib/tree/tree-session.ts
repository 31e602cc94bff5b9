/**
 * The step-by-step guide's session: given how the person arrived (the address, the history entry,
 * what this tab stored, whether the page is shown again after "Leave this page"), decide what to
 * show and what to remember; and where Back, Change, Start again and Continue go.
 *
 * Privacy rule: a history entry holds only an opaque step number ({ step: 7 }). The answers, and
 * which question each step showed, live in session storage, which "Leave this page" wipes; so once
 * it has, no Back, Forward or cached page can bring an answer back.
 *
 * Shared-device rule: opening the guide afresh (the menu, a bookmark) in a tab that holds answers
 * offers "Carry on where you left off" or "Start again" and names nothing of them (the RESUME
 * screen holds no answers), since the tab may be the last person's. Only once the person chooses to
 * carry on do the answers show. See docs/decisions/0008-a-shared-device-shows-nothing-of-the-last-person.md.
 *
 * Pure: no DOM. The island applies each Decision (storage, history, navigation) and renders its screen.
 */
import { answersOnPath, nodeMap, parseAnswers, walk, type Answers, type BrowserTree } from './tree.ts';

/** A history step that showed the "check the answers in this link" screen, not a question. */
const CHECK_LINK = '@check-link';
/** A history step that showed the offer to carry on or start again, not a question. */
export const RESUME = '@resume';
/** How many history steps the session remembers (older ones fall back to where the answers lead). */
export const MAX_STEPS = 100;

/** What the guide keeps in session storage for this tab. */
export interface StoredSession {
  answers: Answers;
  /** History step number → what it showed: a question id, CHECK_LINK or RESUME. */
  steps: Record<number, string>;
}

/** The only thing a history entry holds. */
interface HistoryState {
  step: number;
}

export type Notice =
  /** Some answers in a followed link did not fit the guide, and were dropped. */
  | 'link-partly-fits'
  /** None of the answers in a followed link fitted the guide. */
  | 'link-did-not-fit';

export type Screen =
  /** A question. `leadsTo` is the outcome the answers already lead to, if they do. */
  | { kind: 'question'; id: string; answers: Answers; leadsTo: string | null; notice: Notice | null }
  /** A link arrived with answers already chosen: show them to check before going on. */
  | { kind: 'check-link'; answers: Answers; next: string; notice: Notice | null }
  /**
   * Answers are stored in this tab, but the guide was opened afresh: offer "Carry on where you left off"
   * or "Start again". It carries no answers and no outcome, so nothing of them can be shown.
   */
  | { kind: 'resume' }
  /** The answers lead to an outcome: go to its page. */
  | { kind: 'outcome'; id: string };

export interface Decision {
  screen: Screen;
  /** Session storage: write this, clear it, or leave it as it is. */
  store: { write: StoredSession } | 'clear' | 'keep';
  /** History: replace the current entry or add one (holding only the step), or leave history alone. */
  history: { mode: 'replace' | 'push'; state: HistoryState } | null;
  /** The session after this decision (what the island keeps in memory). */
  session: StoredSession;
  /** The step of the history entry now on screen. */
  step: number;
}

/** Where the person is now: what the island passes back in for each action. */
export interface Current {
  session: StoredSession;
  step: number;
  /** What the current step shows: a question id, CHECK_LINK or RESUME. */
  showing: string;
  /** Kiosk screens add nothing to the browser history, so the next person cannot go back through it. */
  kiosk?: boolean;
}

const EMPTY: StoredSession = { answers: {}, steps: {} };

/** Session storage as written by this version; anything else (older versions, tampering) counts as nothing stored. */
export function parseStored(raw: string | null | undefined): StoredSession | null {
  if (!raw) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const v = value as { answers?: unknown; steps?: unknown };
  if (!v.answers || typeof v.answers !== 'object' || Array.isArray(v.answers)) return null;
  const pairs = Object.entries(v.answers).filter((e): e is [string, string] => typeof e[1] === 'string');
  const answers = parseAnswers(new URLSearchParams(pairs).toString());
  const steps: Record<number, string> = {};
  if (v.steps && typeof v.steps === 'object' && !Array.isArray(v.steps)) {
    for (const [k, s] of Object.entries(v.steps)) {
      const n = Number(k);
      if (isStep(n) && typeof s === 'string' && (s === CHECK_LINK || s === RESUME || /^[a-z0-9-]{1,60}$/.test(s)))
        steps[n] = s;
    }
  }
  return { answers, steps };
}

export function serializeSession(s: StoredSession): string {
  return JSON.stringify(s);
}

function isStep(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < 1_000_000;
}

/** The step number in a history entry of ours; anything else (another page's state, an older version's) is null. */
export function parseHistoryState(state: unknown): number | null {
  if (!state || typeof state !== 'object') return null;
  const step = (state as { step?: unknown }).step;
  return isStep(step) ? step : null;
}

/** A step number no history entry of this tab has used yet. */
function nextStep(session: StoredSession, current: number | null): number {
  const used = Object.keys(session.steps).map(Number);
  if (current !== null) used.push(current);
  return used.length ? Math.max(...used) + 1 : 0;
}

/** Remember what a step showed, keeping only the newest MAX_STEPS steps. */
function record(session: StoredSession, step: number, showing: string): StoredSession {
  const steps = { ...session.steps, [step]: showing };
  const keys = Object.keys(steps)
    .map(Number)
    .sort((a, b) => a - b);
  for (const k of keys.slice(0, Math.max(0, keys.length - MAX_STEPS))) delete steps[k];
  return { answers: session.answers, steps };
}

/** Nothing worth keeping means nothing kept. */
function storeFor(session: StoredSession): Decision['store'] {
  return Object.keys(session.answers).length ? { write: session } : 'clear';
}

/** What to show for these answers at a step that showed `showing` (or nothing known). */
function screenFor(
  tree: BrowserTree,
  answers: Answers,
  showing: string | null,
  notice: Notice | null = null,
): Exclude<Screen, { kind: 'outcome' }> {
  const w = walk(tree, answers);
  const onPath = w.path.map((s) => s.question.id);
  const leadsTo = w.current.type === 'outcome' ? w.current.id : null;
  if (showing === CHECK_LINK && onPath.length) return { kind: 'check-link', answers, next: w.current.id, notice };
  if (showing === RESUME && onPath.length) return { kind: 'resume' };
  if (
    showing &&
    (onPath.includes(showing) || showing === w.current.id) &&
    nodeMap(tree).get(showing)?.type === 'question'
  ) {
    return { kind: 'question', id: showing, answers, leadsTo, notice };
  }
  if (w.current.type === 'question') return { kind: 'question', id: w.current.id, answers, leadsTo, notice };
  // The answers already lead to an outcome: show the last question answered, with a way on to the next steps.
  return { kind: 'question', id: onPath[onPath.length - 1] ?? tree.start, answers, leadsTo, notice };
}

/** What a screen shows, as a step records it. */
export const showingOf = (screen: Screen): string =>
  screen.kind === 'check-link'
    ? CHECK_LINK
    : screen.kind === 'resume'
      ? RESUME
      : screen.kind === 'question'
        ? screen.id
        : '';

export interface Arrival {
  /** The address's query string, e.g. "?danger=no" from a shared link, "?change=who", "?restart=1". */
  search: string;
  /** history.state of the entry being shown. */
  state: unknown;
  /** The raw session storage value. */
  stored: string | null;
  kiosk?: boolean;
}

/** The page has loaded at /help/ (typed, followed from a link or menu, reloaded, or reached by Back/Forward). */
export function arrive(tree: BrowserTree, a: Arrival): Decision {
  const params = new URLSearchParams(a.search.startsWith('?') ? a.search.slice(1) : a.search);
  const stored = parseStored(a.stored);
  const ownStep = parseHistoryState(a.state);
  const base = stored ?? EMPTY;
  const fresh = (session: StoredSession, screen: Exclude<Screen, { kind: 'outcome' }>): Decision => {
    const step = nextStep(session, ownStep);
    const s = Object.keys(session.answers).length
      ? record(session, step, showingOf(screen))
      : { answers: {}, steps: {} };
    return { screen, session: s, step, store: storeFor(s), history: { mode: 'replace', state: { step } } };
  };

  // "Start again" from a page outside the guide.
  if (params.has('restart')) return fresh(EMPTY, screenFor(tree, {}, tree.start));

  // "Change" from a next-steps page: that question, with every answer kept.
  const change = params.get('change');
  if (change !== null) {
    const node = nodeMap(tree).get(change);
    return fresh(base, screenFor(tree, base.answers, node?.type === 'question' ? change : null));
  }

  // A shared link with answers: never answer for the person silently; show what the link chose.
  const fromLink = parseAnswers(a.search);
  if (Object.keys(fromLink).length) {
    const w = walk(tree, fromLink);
    const accepted = answersOnPath(w);
    const notice: Notice | null = w.rejected.length
      ? Object.keys(accepted).length
        ? 'link-partly-fits'
        : 'link-did-not-fit'
      : null;
    if (!Object.keys(accepted).length) return fresh(EMPTY, screenFor(tree, {}, tree.start, notice));
    return fresh(
      { answers: accepted, steps: {} },
      { kind: 'check-link', answers: accepted, next: w.current.id, notice },
    );
  }

  // Back or Forward into this page, or a reload: the step says what it showed.
  if (ownStep !== null) return revisit(tree, { state: a.state, stored: a.stored });

  // Opened afresh (the menu, a bookmark): the tab may be the last person's, so offer to carry on or start
  // again, naming nothing of their answers. Answers that fit no question (an older guide) are dropped.
  if (!walk(tree, base.answers).path.length) return fresh(EMPTY, screenFor(tree, {}, tree.start));
  return fresh(base, { kind: 'resume' });
}

/**
 * Back or Forward within the page, a reload, or the page shown again from the browser's cache:
 * show what that step showed, from what is stored now. Writes nothing, so after "Leave this page"
 * (storage wiped) every step shows the first question, unanswered, and storage stays empty.
 */
export function revisit(tree: BrowserTree, a: { state: unknown; stored: string | null; exited?: boolean }): Decision {
  const step = parseHistoryState(a.state) ?? 0;
  const session = a.exited ? EMPTY : (parseStored(a.stored) ?? EMPTY);
  const screen = screenFor(tree, session.answers, session.steps[step] ?? null);
  return { screen, session, step, store: 'keep', history: null };
}

function move(current: Current, session: StoredSession, screen: Exclude<Screen, { kind: 'outcome' }>): Decision {
  const step = nextStep(session, current.step);
  const s = record(session, step, showingOf(screen));
  const kept = Object.keys(s.answers).length ? s : { answers: {}, steps: {} };
  return {
    screen,
    session: kept,
    step,
    store: storeFor(kept),
    history: { mode: current.kiosk ? 'replace' : 'push', state: { step } },
  };
}

/** The person answers a question. */
export function choose(tree: BrowserTree, current: Current, questionId: string, value: string): Decision {
  const answers = { ...current.session.answers, [questionId]: value };
  // The step they answered on shows this question with this answer if they come Back to it.
  const session = record({ ...current.session, answers }, current.step, questionId);
  const w = walk(tree, answers);
  if (w.current.type === 'outcome') {
    return {
      screen: { kind: 'outcome', id: w.current.id },
      session,
      step: current.step,
      store: { write: session },
      history: null,
    };
  }
  return move(current, session, screenFor(tree, answers, w.current.id));
}

/** The in-page Back link: the question before the one on screen. */
export function goBack(tree: BrowserTree, current: Current): Decision | null {
  const w = walk(tree, current.session.answers);
  const onPath = w.path.map((s) => s.question.id);
  const i = onPath.indexOf(current.showing);
  const prev = i === -1 ? onPath[onPath.length - 1] : onPath[i - 1];
  if (!prev) return null;
  return move(current, current.session, screenFor(tree, current.session.answers, prev));
}

/** "Change" beside an answer: that question again, every answer kept. */
export function changeAnswer(tree: BrowserTree, current: Current, questionId: string): Decision {
  return move(current, current.session, screenFor(tree, current.session.answers, questionId));
}

/** "Start again": every answer cleared, the first question. */
export function startAgain(tree: BrowserTree, current: Current): Decision {
  return move(current, EMPTY, screenFor(tree, {}, tree.start));
}

/** "Carry on where you left off", chosen on the offer: the question the answers lead to, now with the answers. */
export function carryOn(tree: BrowserTree, current: Current): Decision {
  return move(current, current.session, screenFor(tree, current.session.answers, null));
}

/** "Continue" from the check of a link's answers, or "Continue to your next steps". */
export function continueOn(tree: BrowserTree, current: Current): Decision {
  const w = walk(tree, current.session.answers);
  if (w.current.type === 'outcome') {
    return {
      screen: { kind: 'outcome', id: w.current.id },
      session: current.session,
      step: current.step,
      store: storeFor(current.session),
      history: null,
    };
  }
  return move(current, current.session, screenFor(tree, current.session.answers, w.current.id));
}

/** How many questions were answered before the one on screen (for "Question 2 of up to 4" and the summary). */
export function answeredBefore(tree: BrowserTree, answers: Answers, questionId: string): number {
  const onPath = walk(tree, answers).path.map((s) => s.question.id);
  const i = onPath.indexOf(questionId);
  return i === -1 ? onPath.length : i;
}
