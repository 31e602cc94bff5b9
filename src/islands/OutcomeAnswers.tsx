/**
 * On an outcome page: the answers that led here, each with a Change link, when this device has
 * them. They are left off the printed sheet unless the person ticks "Include my answers".
 */
import { useEffect, useState } from 'preact/hooks';
import { cleanAnswers, walk, type Tree, type Walk } from '../lib/tree.ts';
import { STORAGE_PREFIX } from '../lib/quick-exit.ts';
import AnswersSummary from './AnswersSummary.tsx';

export interface Props {
  tree: Tree;
  outcome: string;
}

export default function OutcomeAnswers({ tree, outcome }: Props) {
  const [path, setPath] = useState<Walk['path'] | null>(null);
  const [printAnswers, setPrintAnswers] = useState(false);
  useEffect(() => {
    try {
      const raw = sessionStorage.getItem(`${STORAGE_PREFIX}answers`);
      if (!raw) return;
      const answers = cleanAnswers(JSON.parse(raw));
      const w = walk(tree, answers);
      if (w.current.id === outcome) setPath(w.path);
    } catch {
      /* nothing saved, or saved by an older version: show no summary */
    }
  }, []);
  if (!path || !path.length) return null;
  return (
    <div class={printAnswers ? 'outcome-answers outcome-answers--print' : 'outcome-answers'}>
      <AnswersSummary path={path} changeHref={(id) => `/help/?change=${id}`} />
      <p class="outcome-answers__choice no-print">
        <label>
          <input type="checkbox" checked={printAnswers} onChange={(e) => setPrintAnswers((e.target as HTMLInputElement).checked)} />{' '}
          Include my answers when I print
        </label>
      </p>
    </div>
  );
}
