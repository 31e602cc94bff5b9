/**
 * The booklet's flowchart on paper: one small drawing per question (the question and where each
 * answer leads), left to right so that the answers stack down the page and the words stay a
 * readable size. Drawn at build time (./mermaid.ts, kept in content/drawings/); the print pages
 * (src/print-pages/) pass them to the booklet's components.
 */
import { treeToMermaid } from '../lib/tree/tree-mermaid.ts';
import type { Tree } from '../lib/tree/tree.ts';
import { COMPACT_FLOWCHART, renderMermaid } from './mermaid.ts';

/** One SVG per question, in the order given (the booklet's numbering). */
export function bookletDrawings(tree: Tree, questionIds: readonly string[]): Promise<string[]> {
  return renderMermaid(
    questionIds.map((id) => treeToMermaid(tree, { from: id, stopAt: [...questionIds], direction: 'LR' })),
    'booklet',
    COMPACT_FLOWCHART,
  );
}
