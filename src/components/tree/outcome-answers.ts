/**
 * On an outcome page: the answers that led here, each with a Change link, when this tab has them
 * (the step-by-step guide stores them) and the guide sent the person here (lib/tree/answers-shown.ts). They are left off the printed sheet unless the person
 * ticks "Include my answers". When the page is shown again from the browser's cache, it shows only
 * what is stored now, so after "Leave this page" it shows nothing.
 *
 * A plain script: with no answers stored it does nothing more; with answers, the code that lists
 * them (answers-list.ts) and the questions (TREE_DATA) load then.
 */
import { TREE_SENT_KEY, TREE_SESSION_KEY } from '../../lib/site/storage.ts';
import { answersHere } from '../../lib/tree/answers-shown.ts';
import { ANSWERS_SHOWN } from '../../lib/site/storage.ts';
import answersList from 'later:./answers-list.ts';

/**
 * The stored answers, if this page may show them: only when the guide sent the person here, then
 * in this same history entry (a reload, Back, Forward). Opened another way, the tab may be someone else's.
 */
function stored(outcome: string): string | null {
  try {
    const here = answersHere(outcome, sessionStorage.getItem(TREE_SENT_KEY), history.state);
    if (here.take) {
      sessionStorage.removeItem(TREE_SENT_KEY);
      history.replaceState({ ...history.state, [ANSWERS_SHOWN]: true }, '');
    }
    return here.show ? sessionStorage.getItem(TREE_SESSION_KEY) : null;
  } catch {
    return null;
  }
}

async function show(box: HTMLElement, outcome: string): Promise<void> {
  const raw = stored(outcome);
  if (raw === null) {
    box.replaceChildren();
  } else {
    try {
      const { listAnswers } = await (import(/* @vite-ignore */ answersList) as Promise<
        typeof import('./answers-list.ts')
      >);
      await listAnswers(box, outcome, raw);
    } catch {
      box.replaceChildren(); // the answers cannot be listed: the next steps are all there
    }
  }
  box.dataset.ready = 'true';
}

const box = document.querySelector<HTMLElement>('[data-outcome-answers]');
const outcome = box?.closest<HTMLElement>('[data-outcome]')?.dataset.outcome;
if (box && outcome) {
  void show(box, outcome);
  window.addEventListener('pageshow', (e) => {
    if (e.persisted) void show(box, outcome);
  });
}
