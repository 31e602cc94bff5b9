/**
 * "Where do I go for help?": one question per screen. Rendered as plain HTML for the static
 * pages (answers are links to the next page), and hydrated on /help/ where it keeps the
 * answers in the page's history state and session storage, never in the visible address.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { answersOnPath, cleanAnswers, depthOf, formatAnswers, parseAnswers, progress, walk, type Answers, type Question, type Tree } from '../lib/tree.ts';
import { STORAGE_PREFIX } from '../lib/quick-exit.ts';
import AnswersSummary from './AnswersSummary.tsx';

export interface Props {
  tree: Tree;
  /** The question this render shows when there is no saved state (the static page's own question). */
  at?: string;
  /** True on /help/, where the guide runs as an app. */
  interactive?: boolean;
}

const STORE_KEY = `${STORAGE_PREFIX}answers`;
const onKiosk = () => document.documentElement.classList.contains('kiosk');
const BASE = '/help/';
const nodeHref = (id: string) => `${BASE}${id}/`;

interface View {
  answers: Answers;
  /** The question on screen (may be an earlier one the person chose to change). */
  at: string;
}

function readStored(): Answers | null {
  try {
    const raw = sessionStorage.getItem(STORE_KEY);
    if (!raw) return null;
    return cleanAnswers(JSON.parse(raw));
  } catch {
    return null;
  }
}
function store(answers: Answers) {
  try {
    sessionStorage.setItem(STORE_KEY, JSON.stringify(answers));
  } catch {
    /* private mode with storage off: history state still works */
  }
}

export default function TreeGuide({ tree, at, interactive = false }: Props) {
  const [view, setView] = useState<View>({ answers: {}, at: at ?? tree.start });
  const [notice, setNotice] = useState<string>('');
  const [copied, setCopied] = useState<string>('');
  const [ready, setReady] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const live = useRef<HTMLParagraphElement>(null);
  const moved = useRef(false);

  const nodes = new Map(tree.nodes.map((n) => [n.id, n]));
  const w = walk(tree, view.answers);
  const pathIds = w.path.map((s) => s.question.id);
  // Show the question the person chose to change, if it is still on their path; otherwise where the answers lead.
  // On a static page (no script), show that page's own question.
  const shownId = !interactive || pathIds.includes(view.at) ? view.at : w.current.id;
  const shown = nodes.get(shownId)!;
  const question = shown.type === 'question' ? (shown as Question) : null;
  const answeredBefore = !interactive
    ? depthOf(tree, shownId)
    : question
      ? pathIds.indexOf(question.id) === -1
        ? w.path.length
        : pathIds.indexOf(question.id)
      : w.path.length;
  const prog = question ? progress(tree, answeredBefore, question.id) : null;

  // Go to the outcome page once the answers lead to one.
  const goToOutcome = (answers: Answers, id: string) => {
    store(answers);
    if (onKiosk()) window.location.replace(nodeHref(id));
    else window.location.assign(nodeHref(id));
  };

  useEffect(() => {
    if (!interactive) return;
    const url = new URL(window.location.href);
    const fromLink = parseAnswers(url.search);
    const change = url.searchParams.get('change');
    const state = history.state as View | null;
    let answers: Answers = {};
    let start: string | null = null;
    let message = '';
    if (Object.keys(fromLink).length && !change) {
      answers = fromLink;
      const check = walk(tree, answers);
      if (check.rejected.length) {
        message = 'Some answers in the link you followed did not fit this guide, so we have started from the first question that needs an answer. Your other answers are kept.';
      }
    } else if (state && state.answers) {
      answers = cleanAnswers(state.answers);
      start = state.at;
    } else {
      answers = readStored() ?? {};
    }
    if (change && nodes.get(change)?.type === 'question') start = change;
    const result = walk(tree, answers);
    const next: View = { answers, at: start ?? result.current.id };
    // Keep answers out of the visible address.
    history.replaceState(next, '', BASE);
    store(answers);
    setNotice(message);
    if (result.current.type === 'outcome' && !start && !change && Object.keys(fromLink).length) {
      goToOutcome(answers, result.current.id);
      return;
    }
    setView(next);
    setReady(true);
    const onPop = (e: PopStateEvent) => {
      const s = e.state as View | null;
      const restored = s && s.answers ? { answers: cleanAnswers(s.answers), at: s.at } : { answers: readStored() ?? {}, at: tree.start };
      moved.current = true;
      setView(restored);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  useEffect(() => {
    if (!interactive || !moved.current) return;
    moved.current = false;
    heading.current?.focus();
    if (live.current && question && prog) live.current.textContent = `Question ${prog.step}: ${question.question}`;
  }, [view]);

  const show = (next: View) => {
    store(next.answers);
    // A kiosk keeps no history for the next person to go back through; its Back link still works.
    if (onKiosk()) history.replaceState(next, '', BASE);
    else history.pushState(next, '', BASE);
    moved.current = true;
    setCopied('');
    setView(next);
  };

  const answer = (q: Question, value: string) => (e: Event) => {
    if (!interactive || !ready) return;
    e.preventDefault();
    const answers = { ...view.answers, [q.id]: value };
    const result = walk(tree, answers);
    if (result.current.type === 'outcome') {
      history.replaceState({ answers, at: q.id }, '', BASE);
      goToOutcome(answers, result.current.id);
      return;
    }
    setNotice('');
    // Keep this answer on the current history entry too, so Back shows it chosen.
    history.replaceState({ answers, at: q.id }, '', BASE);
    show({ answers, at: result.current.id });
  };

  const startAgain = (e: Event) => {
    if (!interactive || !ready) return;
    e.preventDefault();
    setNotice('');
    show({ answers: {}, at: tree.start });
  };

  const back = (e: Event) => {
    if (!interactive || !ready) return;
    e.preventDefault();
    const i = pathIds.indexOf(shownId);
    const prev = i === -1 ? pathIds[pathIds.length - 1] : pathIds[i - 1];
    if (prev) show({ answers: view.answers, at: prev });
  };

  const changeTo = (id: string) => (e: Event) => {
    if (!interactive || !ready) return;
    e.preventDefault();
    show({ answers: view.answers, at: id });
  };

  const copyLink = async () => {
    const link = `${window.location.origin}${BASE}?${formatAnswers(answersOnPath(w))}`;
    try {
      await navigator.clipboard.writeText(link);
      setCopied(`Link copied. Anyone with this link can see these answers: ${link}`);
    } catch {
      setCopied(`Copy this link: ${link}`);
    }
  };

  if (!question) return null;
  const onPath = interactive ? w.path.slice(0, answeredBefore) : [];
  const prevId = interactive && answeredBefore > 0 ? w.path[answeredBefore - 1]?.question.id : null;

  return (
    <div class="tree" data-tree data-ready={ready ? 'true' : undefined}>
      <p class="visually-hidden" aria-live="polite" ref={live}></p>
      {notice && (
        <div class="tree__notice" role="status">
          {notice}
        </div>
      )}
      {prevId ? (
        <p class="tree__back">
          <a href={nodeHref(prevId)} onClick={back}>
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
      <ul class="tree__answers" aria-labelledby="question-title">
        {question.answers.map((a) => (
          <li key={a.value}>
            <a
              class={`tree__answer${a.danger ? ' tree__answer--danger' : ''}${view.answers[question.id] === a.value ? ' tree__answer--chosen' : ''}`}
              href={nodeHref(a.next)}
              onClick={answer(question, a.value)}
              aria-current={view.answers[question.id] === a.value ? 'true' : undefined}
            >
              {a.label}
            </a>
          </li>
        ))}
      </ul>
      {onPath.length > 0 && <AnswersSummary path={onPath} changeHref={nodeHref} onChange={changeTo} />}
      <p class="tree__actions">
        <a class="tree__start-again" href={BASE} onClick={startAgain}>
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
