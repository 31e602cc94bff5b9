/** On an outcome page: the answers that led here, each with a Change link, when this device has them. */
import { useEffect, useState } from 'preact/hooks';
import { formatAnswers, parseAnswers, walk, type Tree, type Walk } from '../lib/tree.ts';
import { STORAGE_PREFIX } from '../lib/quick-exit.ts';

export interface Props {
  tree: Tree;
  outcome: string;
}

export default function OutcomeAnswers({ tree, outcome }: Props) {
  const [path, setPath] = useState<Walk['path'] | null>(null);
  useEffect(() => {
    try {
      const raw = sessionStorage.getItem(`${STORAGE_PREFIX}answers`);
      if (!raw) return;
      const answers = parseAnswers(formatAnswers(JSON.parse(raw)));
      const w = walk(tree, answers);
      if (w.current.id === outcome) setPath(w.path);
    } catch {
      /* nothing saved, or saved by an older version: show no summary */
    }
  }, []);
  if (!path || !path.length) return null;
  return (
    <section class="tree__summary" aria-labelledby="your-answers" data-print-optional>
      <h2 id="your-answers">Your answers</h2>
      <dl>
        {path.map((s) => (
          <div class="tree__summary-row" key={s.question.id}>
            <dt>{s.question.question}</dt>
            <dd>{s.answer.label}</dd>
            <dd class="tree__change">
              <a href={`/help/?change=${s.question.id}`}>
                Change<span class="visually-hidden"> your answer to: {s.question.question}</span>
              </a>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
