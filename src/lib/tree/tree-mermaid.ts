/** The decision tree as a Mermaid flowchart, generated from the same data as the pages. */
import { nodeMap, reachableFrom, type Tree, type TreeNode } from './tree.ts';
import type { Urgency } from './tree-schema.ts';
import { COLOURS as C } from '../design-tokens.ts';

/** The colours of each kind of box in the flowchart (from src/lib/design-tokens.ts), shared by the drawing and its key. */
export const NODE_STYLES: Record<'question' | Urgency, { fill: string; stroke: string; strokeWidth?: number }> = {
  question: { fill: C.tint, stroke: C.brand },
  emergency: { fill: C.dangerBg, stroke: C.dangerText, strokeWidth: 3 },
  urgent: { fill: C.crisisBg, stroke: C.crisisBorder, strokeWidth: 2 },
  soon: { fill: C.soonBg, stroke: C.open },
  information: { fill: C.panel, stroke: C.muted },
};

/** Mermaid node ids must be simple; text goes in quotes with its own characters escaped. */
const mid = (id: string) => `n_${id.replace(/-/g, '_')}`;
const plain = (s: string) => s.replace(/"/g, '#quot;').replace(/[<>]/g, '');
/** Markdown strings wrap to Mermaid's wrapping width instead of drawing one long line; Markdown's own marks are taken out. */
const text = (s: string, wrap = false) => (wrap ? `"\`${plain(s).replace(/[`*_]/g, '')}\`"` : `"${plain(s)}"`);

/** "A", "A, or b", "A, b, or c": the answers that share an arrow, in the order the question lists them. */
export function joinLabels(labels: string[]): string {
  if (labels.length < 2) return labels[0] ?? '';
  const rest = labels.slice(1).map((l) => (/^I[ ’']/.test(l) ? l : l.charAt(0).toLowerCase() + l.slice(1)));
  return `${[labels[0], ...rest.slice(0, -1)].join(', ')}, or ${rest.at(-1)}`;
}

function shape(n: TreeNode, wrap = false): string {
  if (n.type === 'question') return `${mid(n.id)}{{${text(n.short, wrap)}}}`;
  return `${mid(n.id)}[${text(n.title, wrap)}]`;
}

export interface MermaidOptions {
  /** Only the nodes reachable from this node (for drawing the tree in sections). */
  from?: string;
  /** Add click links to each node's page. */
  links?: (id: string) => string;
  direction?: 'TD' | 'LR';
  /** Questions drawn but not followed (each is drawn in its own section). */
  stopAt?: string[];
  /** Wrap long words onto more lines (Markdown strings), so a drawing is narrower and its words can stay larger. */
  wrap?: boolean;
  /** Answers that lead to the same box share one arrow ("Another reason, or I’m not sure"), so labels cannot overlap. */
  joinAnswers?: boolean;
}

export function treeToMermaid(tree: Tree, opts: MermaidOptions = {}): string {
  const from = opts.from ?? tree.start;
  const stopAt = opts.stopAt ?? [];
  const ids = reachableFrom(tree, from, stopAt);
  const expanded = (id: string) => id === from || !stopAt.includes(id);
  const byId = nodeMap(tree);
  const lines = [`flowchart ${opts.direction ?? 'TD'}`];
  for (const id of ids) lines.push(`  ${shape(byId.get(id)!, opts.wrap)}`);
  for (const id of ids) {
    const n = byId.get(id)!;
    if (n.type !== 'question' || !expanded(id)) continue;
    const arrows: { next: string; labels: string[] }[] = [];
    for (const a of n.answers) {
      const same = opts.joinAnswers ? arrows.find((x) => x.next === a.next) : undefined;
      const label = a.short ?? a.label;
      if (same) same.labels.push(label);
      else arrows.push({ next: a.next, labels: [label] });
    }
    for (const { next, labels } of arrows)
      lines.push(`  ${mid(n.id)} -->|${text(joinLabels(labels), opts.wrap)}| ${mid(next)}`);
  }
  for (const id of ids) {
    const n = byId.get(id)!;
    if (n.type === 'outcome') lines.push(`  class ${mid(id)} ${n.urgency}`);
    else lines.push(`  class ${mid(id)} question`);
  }
  for (const [kind, st] of Object.entries(NODE_STYLES)) {
    lines.push(
      `  classDef ${kind} fill:${st.fill},stroke:${st.stroke},color:${C.text}${st.strokeWidth ? `,stroke-width:${st.strokeWidth}px` : ''}`,
    );
  }
  if (opts.links) for (const id of ids) lines.push(`  click ${mid(id)} "${opts.links(id)}"`);
  return lines.join('\n');
}

/** The id Mermaid gives a node in the SVG (used by tests to find each node's shape). */
export const mermaidNodeId = mid;
