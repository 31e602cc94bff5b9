/** "Your answers": each question on the person's path, their answer, and a Change link. */
import type { Walk } from '../lib/tree/tree.ts';

export interface Props {
  path: Walk['path'];
  changeHref: (questionId: string) => string;
  onChange?: (questionId: string) => (e: Event) => void;
}

export default function AnswersSummary({ path, changeHref, onChange }: Props) {
  return (
    <section class="tree__summary" aria-labelledby="your-answers">
      <h2 id="your-answers">Your answers</h2>
      <dl>
        {path.map((s) => (
          <div class="tree__summary-row" key={s.question.id}>
            <dt>{s.question.question}</dt>
            <dd>{s.answer.label}</dd>
            <dd class="tree__change">
              <a href={changeHref(s.question.id)} onClick={onChange?.(s.question.id)}>
                Change<span class="visually-hidden"> your answer to: {s.question.question}</span>
              </a>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
