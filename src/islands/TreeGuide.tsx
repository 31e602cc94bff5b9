/**
 * "Where do I go for help?": one question per screen. Rendered as plain HTML for the static
 * pages (answers are links to the next page), and hydrated on /help/, where it is a thin view over
 * the tree session (src/lib/tree/tree-session.ts): that decides what to show, what to store and what
 * the history entry holds (only a step number, never an answer).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  answersOnPath,
  formatAnswers,
  nodeMap,
  progress,
  walk,
  depthOf,
  type Question,
  type BrowserTree,
} from '../lib/tree/tree.ts';
import {
  answeredBefore,
  arrive,
  carryOn,
  changeAnswer,
  choose,
  continueOn,
  goBack,
  revisit,
  serializeSession,
  showingOf,
  startAgain,
  type Decision,
  type Notice,
  type Screen,
  type StoredSession,
} from '../lib/tree/tree-session.ts';
import { TREE_SENT_KEY, TREE_SESSION_KEY } from '../lib/site/storage.ts';
import { keepOpenedAt } from '../lib/site/left-guide.ts';
import { HELP, HELP_RESTART, helpNode } from '../lib/site/routes.ts';
import AnswersSummary from './AnswersSummary.tsx';
import PhoneButton from '../components/agency/PhoneButton.tsx';
import type { HelpContact } from '../lib/tree/next-steps.ts';

export interface Props {
  tree: BrowserTree;
  /** The question this render shows when there is no saved state (the static page's own question). */
  at?: string;
  /** True on /help/, where the guide runs as an app. */
  interactive?: boolean;
  /** Call buttons to show above the answers of the questions that offer help first (by question id). */
  help?: Record<string, HelpContact[]>;
}

const onKiosk = () => document.documentElement.classList.contains('kiosk');
const exited = () => document.documentElement.classList.contains('is-exiting');

function readStored(): string | null {
  try {
    return sessionStorage.getItem(TREE_SESSION_KEY);
  } catch {
    return null;
  }
}

const NOTICES: Record<Notice, string> = {
  'link-partly-fits': 'Some answers in the link you followed did not fit this guide, so they were left out.',
  'link-did-not-fit':
    'The answers in the link you followed did not fit this guide, so we have started from the first question.',
};

interface State {
  screen: Exclude<Screen, { kind: 'outcome' }>;
  session: StoredSession;
  step: number;
}

export default function TreeGuide({ tree, at, interactive = false, help = {} }: Props) {
  const [state, setState] = useState<State>({
    screen: { kind: 'question', id: at ?? tree.start, answers: {}, leadsTo: null, notice: null },
    session: { answers: {}, steps: {} },
    step: 0,
  });
  const [copied, setCopied] = useState<string>('');
  const [ready, setReady] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const live = useRef<HTMLParagraphElement>(null);
  const moved = useRef(false);
  const nodes = nodeMap(tree);

  /** Carry out a decision: storage, history, then either go to the outcome page or show the screen. */
  const apply = (d: Decision, focus: boolean) => {
    try {
      if (d.store === 'clear') sessionStorage.removeItem(TREE_SESSION_KEY);
      else if (d.store !== 'keep') sessionStorage.setItem(TREE_SESSION_KEY, serializeSession(d.store.write));
      // The next-steps page shows the answers only when the guide sent the person there (lib/tree/answers-shown.ts).
      if (d.screen.kind === 'outcome') sessionStorage.setItem(TREE_SENT_KEY, d.screen.id);
    } catch {
      /* storage blocked: the guide still works for this page */
    }
    if (d.history) {
      // Each entry keeps when its page was opened, so it stays closed after "Leave this page" (src/lib/site/left-guide.ts).
      const state = keepOpenedAt(d.history.state, history.state);
      if (d.history.mode === 'push') history.pushState(state, '', HELP);
      else history.replaceState(state, '', HELP);
    }
    if (d.screen.kind === 'outcome') {
      if (onKiosk()) window.location.replace(helpNode(d.screen.id));
      else window.location.assign(helpNode(d.screen.id));
      return;
    }
    moved.current = focus;
    setCopied('');
    setState({ screen: d.screen, session: d.session, step: d.step });
  };

  useEffect(() => {
    if (!interactive) return;
    apply(
      arrive(tree, { search: window.location.search, state: history.state, stored: readStored(), kiosk: onKiosk() }),
      false,
    );
    setReady(true);
    const onPop = (e: PopStateEvent) => apply(revisit(tree, { state: e.state, stored: readStored() }), true);
    // Shown again from the browser's back/forward cache: show what is stored now (nothing, after "Leave this page").
    const onShow = (e: PageTransitionEvent) => {
      if (e.persisted) apply(revisit(tree, { state: history.state, stored: readStored(), exited: exited() }), false);
    };
    window.addEventListener('popstate', onPop);
    window.addEventListener('pageshow', onShow);
    return () => {
      window.removeEventListener('popstate', onPop);
      window.removeEventListener('pageshow', onShow);
    };
  }, []);

  const { screen, session, step } = state;
  const current = () => ({
    session,
    step,
    showing: showingOf(screen),
    kiosk: onKiosk(),
  });

  const question = screen.kind === 'question' ? (nodes.get(screen.id) as Question | undefined) : undefined;
  // The offer to carry on holds no answers: nothing of them is drawn until the person chooses to carry on.
  const answers = screen.kind === 'resume' ? {} : screen.answers;
  const w = walk(tree, answers);
  const before = !interactive
    ? depthOf(tree, screen.kind === 'question' ? screen.id : tree.start)
    : question
      ? answeredBefore(tree, answers, question.id)
      : w.path.length;
  const prog = question ? progress(tree, before, question.id) : null;

  useEffect(() => {
    if (!interactive || !moved.current) return;
    moved.current = false;
    heading.current?.focus();
    if (live.current)
      live.current.textContent =
        question && prog ? `Question ${prog.step}: ${question.question}` : (heading.current?.textContent ?? '');
  }, [state]);

  /** Run an action when the island is ready; without JavaScript (or before it), links work as plain links. */
  const act = (make: () => Decision | null) => (e: Event) => {
    if (!interactive || !ready) return;
    e.preventDefault();
    const d = make();
    if (d) apply(d, true);
  };

  const copyLink = async () => {
    const link = `${window.location.origin}${HELP}?${formatAnswers(answersOnPath(w))}`;
    try {
      await navigator.clipboard.writeText(link);
      setCopied(`Link copied. Anyone with this link can see these answers: ${link}`);
    } catch {
      setCopied(`Copy this link: ${link}`);
    }
  };

  const notice = screen.kind !== 'resume' && screen.notice ? NOTICES[screen.notice] : '';
  const leadsTo = screen.kind === 'question' && screen.leadsTo ? nodes.get(screen.leadsTo) : undefined;

  if (screen.kind === 'check-link') {
    const next = nodes.get(screen.next);
    return (
      <div class="tree" data-tree data-ready={ready ? 'true' : undefined}>
        <p class="visually-hidden" aria-live="polite" ref={live}></p>
        <h1 class="tree__question" tabIndex={-1} ref={heading} id="question-title">
          Check these answers before you go on
        </h1>
        <div class="tree__notice" role="status">
          You opened a link with answers already chosen. Check each one is right for you. Change any that are not, then
          continue.
          {notice && <> {notice}</>}
        </div>
        <AnswersSummary
          path={w.path}
          changeHref={helpNode}
          onChange={(id) => act(() => changeAnswer(tree, current(), id))}
        />
        <p class="tree__continue">
          <button type="button" class="button" onClick={act(() => continueOn(tree, current()))}>
            {next?.type === 'outcome' ? 'Continue to your next steps' : 'Continue to the next question'}
          </button>
        </p>
        <p class="tree__actions">
          <a class="tree__start-again" href={HELP_RESTART} onClick={act(() => startAgain(tree, current()))}>
            Start again
          </a>
        </p>
      </div>
    );
  }

  if (screen.kind === 'resume') {
    return (
      <div class="tree" data-tree data-ready={ready ? 'true' : undefined}>
        <p class="visually-hidden" aria-live="polite" ref={live}></p>
        <h1 class="tree__question" tabIndex={-1} ref={heading} id="question-title">
          Carry on, or start again?
        </h1>
        <div class="tree__notice">
          <p>Answers from earlier are saved in this browser tab. They may be someone else’s.</p>
          <p>If they are not yours, choose Start again. This deletes them.</p>
        </div>
        <p class="tree__continue">
          <button type="button" class="button" onClick={act(() => carryOn(tree, current()))}>
            Carry on where you left off
          </button>
        </p>
        <p class="tree__actions">
          <a class="tree__start-again" href={HELP_RESTART} onClick={act(() => startAgain(tree, current()))}>
            Start again
          </a>
        </p>
      </div>
    );
  }

  if (!question) return null;
  const onPath = interactive ? w.path.slice(0, before) : [];
  const prevId = interactive && before > 0 ? w.path[before - 1]?.question.id : null;
  const chosen = interactive ? screen.answers[question.id] : undefined;

  return (
    <div class="tree" data-tree data-ready={ready ? 'true' : undefined}>
      <p class="visually-hidden" aria-live="polite" ref={live}></p>
      {notice && (
        <div class="tree__notice" role="status">
          {notice}
        </div>
      )}
      {leadsTo && leadsTo.type === 'outcome' && (
        <div class="tree__resume">
          <p>
            Your answers lead to: <strong>{leadsTo.title}</strong>
          </p>
          <p>
            <a class="button" href={helpNode(leadsTo.id)} onClick={act(() => continueOn(tree, current()))}>
              Continue to your next steps
            </a>
          </p>
        </div>
      )}
      {prevId ? (
        <p class="tree__back">
          <a href={helpNode(prevId)} onClick={act(() => goBack(tree, current()))}>
            Back
          </a>
        </p>
      ) : null}
      {prog && (
        <p class="tree__progress">
          Question {prog.step} of up to {prog.upTo}
        </p>
      )}
      <h1 class="tree__question" tabIndex={-1} ref={heading} id="question-title">
        {question.question}
      </h1>
      {question.hint && <p class="tree__hint">{question.hint}</p>}
      {help[question.id]?.length ? (
        <section class="tree__help" aria-labelledby="tree-help-title">
          <h2 id="tree-help-title" class="tree__help-title">
            Help now, day or night
          </h2>
          <ul class="tree__help-list">
            {help[question.id].map((c) => (
              <li key={c.href}>
                <a href={c.href}>{c.name}</a>
                {c.phones.map((p) => (
                  <PhoneButton key={p.href} phone={p} name={c.name} note={p.note} />
                ))}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ul class="tree__answers" aria-labelledby="question-title">
        {question.answers.map((a) => (
          <li key={a.value}>
            <a
              class={`tree__answer${a.danger ? ' tree__answer--danger' : ''}${chosen === a.value ? ' tree__answer--chosen' : ''}`}
              href={helpNode(a.next)}
              onClick={act(() => choose(tree, current(), question.id, a.value))}
              aria-current={chosen === a.value ? 'true' : undefined}
            >
              {a.label}
            </a>
          </li>
        ))}
      </ul>
      {onPath.length > 0 && (
        <AnswersSummary
          path={onPath}
          changeHref={helpNode}
          onChange={(id) => act(() => changeAnswer(tree, current(), id))}
        />
      )}
      <p class="tree__actions">
        <a class="tree__start-again" href={HELP_RESTART} onClick={act(() => startAgain(tree, current()))}>
          Start again
        </a>
        {interactive && ready && onPath.length > 0 && (
          <button type="button" class="tree__copy no-kiosk" onClick={copyLink}>
            Copy a link to these answers
          </button>
        )}
      </p>
      {copied && (
        <p class="tree__copied" role="status">
          {copied}
        </p>
      )}
    </div>
  );
}
