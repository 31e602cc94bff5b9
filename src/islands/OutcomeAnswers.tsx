/**
 * On an outcome page: the answers that led here, each with a Change link, when this device has
 * them. They are left off the printed sheet unless the person ticks "Include my answers". When the
 * page is shown again from the browser's cache, it shows only what is stored now, so after "Leave
 * this page" it shows nothing.
 */
import { useEffect, useState } from 'preact/hooks';
import { walk, type BrowserTree, type Walk } from '../lib/tree.ts';
import { parseStored } from '../lib/tree-session.ts';
import { TREE_SESSION_KEY } from '../lib/storage.ts';
import { helpChange } from '../lib/routes.ts';
import AnswersSummary from './AnswersSummary.tsx';

export interface Props {
  tree: BrowserTree;
  outcome: string;
}

function storedPath(tree: BrowserTree, outcome: string): Walk['path'] | null {
  try {
    const session = parseStored(sessionStorage.getItem(TREE_SESSION_KEY));
    if (!session) return null;
    const w = walk(tree, session.answers);
    return w.current.id === outcome && w.path.length ? w.path : null;
  } catch {
    return null;
  }
}

export default function OutcomeAnswers({ tree, outcome }: Props) {
  const [path, setPath] = useState<Walk['path'] | null>(null);
  const [ready, setReady] = useState(false);
  const [printAnswers, setPrintAnswers] = useState(false);
  useEffect(() => {
    setPath(storedPath(tree, outcome));
    setReady(true);
    const onShow = (e: PageTransitionEvent) => {
      if (e.persisted) setPath(storedPath(tree, outcome));
    };
    window.addEventListener('pageshow', onShow);
    return () => window.removeEventListener('pageshow', onShow);
  }, []);
  return (
    <div class={printAnswers ? 'outcome-answers outcome-answers--print' : 'outcome-answers'} data-outcome-answers data-ready={ready ? 'true' : undefined}>
      {path && (
        <>
          <AnswersSummary path={path} changeHref={helpChange} />
          <p class="outcome-answers__choice no-print">
            <label>
              <input type="checkbox" checked={printAnswers} onChange={(e) => setPrintAnswers((e.target as HTMLInputElement).checked)} /> Include my answers when
              I print
            </label>
          </p>
        </>
      )}
    </div>
  );
}
