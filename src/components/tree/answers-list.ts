/**
 * "Your answers" on an outcome page (loaded by outcome-answers.ts only when this tab holds answers):
 * the questions that led here, each with the answer and a Change link, as the step-by-step guide
 * shows them (islands/AnswersSummary.tsx), and the choice to print them.
 */
import { walk, type BrowserTree, type Walk } from '../../lib/tree/tree.ts';
import { parseStored } from '../../lib/tree/tree-session.ts';
import { helpChange, TREE_DATA } from '../../lib/site/routes.ts';

let tree: Promise<BrowserTree> | undefined;

/** The answers stored in this tab, if they lead to this outcome. */
async function pathHere(outcome: string, raw: string): Promise<Walk['path'] | null> {
  const session = parseStored(raw);
  if (!session) return null;
  tree ??= fetch(TREE_DATA)
    .then((r) => (r.ok ? (r.json() as Promise<BrowserTree>) : Promise.reject(new Error(`${TREE_DATA}: ${r.status}`))))
    .catch((e: unknown) => {
      tree = undefined; // try again next time
      throw e;
    });
  const w = walk(await tree, session.answers);
  return w.current.id === outcome && w.path.length ? w.path : null;
}

/** An element with its properties (className, href...) and children. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, string | boolean>,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const e: HTMLElementTagNameMap[K] = document.createElement(tag);
  Object.assign(e, props);
  e.append(...children);
  return e;
}

export async function listAnswers(box: HTMLElement, outcome: string, raw: string): Promise<void> {
  const path = await pathHere(outcome, raw);
  if (!path) {
    box.replaceChildren();
    return;
  }
  const rows = path.map((s) =>
    el(
      'div',
      { className: 'tree__summary-row' },
      el('dt', {}, s.question.question),
      el('dd', {}, s.answer.label),
      el(
        'dd',
        { className: 'tree__change' },
        el(
          'a',
          { href: helpChange(s.question.id) },
          'Change',
          el('span', { className: 'visually-hidden' }, ` your answer to: ${s.question.question}`),
        ),
      ),
    ),
  );
  const summary = el(
    'section',
    { className: 'tree__summary' },
    el('h2', { id: 'your-answers' }, 'Your answers'),
    el('dl', {}, ...rows),
  );
  summary.setAttribute('aria-labelledby', 'your-answers');
  const printThem = el('input', { type: 'checkbox', checked: box.classList.contains('outcome-answers--print') });
  printThem.addEventListener('change', () => box.classList.toggle('outcome-answers--print', printThem.checked));
  box.replaceChildren(
    summary,
    el(
      'p',
      { className: 'outcome-answers__choice no-print' },
      el('label', {}, printThem, ' Include my answers when I print'),
    ),
  );
}
