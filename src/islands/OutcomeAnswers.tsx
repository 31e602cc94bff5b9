/** On an outcome page: the answers that led here, each with a Change link, when this device has them. */
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
  return <AnswersSummary path={path} changeHref={(id) => `/help/?change=${id}`} />;
}
