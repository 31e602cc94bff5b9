/**
 * The flowchart page's drawings (/help/flowchart/): one top-down drawing per part of the tree (its
 * boxes drawn closer and narrower where a question has many answers) and the whole tree in one, drawn at build time (./mermaid.ts, kept in content/drawings/). Each is
 * published as its own SVG file, named by a hash of its content so it can be kept for a year, and
 * the page shows it as an image with a light layer of links over its boxes (src/lib/present/svg-link-boxes.ts).
 * Used by the page and by the endpoint that writes the files, which get the same drawings.
 */
import { createHash } from 'node:crypto';
import { drawingLinks, type DrawingLinks } from '../lib/present/svg-link-boxes.ts';
import { branchingQuestion, nodeMap, type Tree } from '../lib/tree/tree.ts';
import { treeToMermaid, type MermaidOptions } from '../lib/tree/tree-mermaid.ts';
import { flowchartDrawing, helpNode } from '../lib/site/routes.ts';
import { renderMermaid } from './mermaid.ts';

/** One drawing as the page uses it: its file, its address and where its links are. */
interface FlowchartDrawing extends DrawingLinks {
  /** The file's name, with a hash of its content (flowchart-1a2b3c4d5e6f.svg). */
  file: string;
  /** The file's address on the site. */
  src: string;
  /** The SVG itself, as written to the file. */
  svg: string;
}

interface FlowchartSection {
  id: string;
  title: string;
  drawing: FlowchartDrawing;
}

export interface FlowchartDrawings {
  sections: FlowchartSection[];
  whole: FlowchartDrawing;
}

/** Spacing of the screen drawings. */
const DRAWING_SETTINGS = { wrappingWidth: 150, nodeSpacing: 60, rankSpacing: 60 };

/**
 * The most boxes a question's answers may lead to at the usual spacing: more side by side would
 * shrink the words below 12px on a large screen, so such a drawing has its boxes closer and narrower.
 */
const MOST_ACROSS = 6;
const CLOSER = { nodeSpacing: 20, wrappingWidth: 110 };

/** A drawing as a file: its name carries a hash of its content, so a changed drawing gets a new name. */
function asFile(svg: string): FlowchartDrawing {
  const file = `flowchart-${createHash('sha256').update(svg).digest('hex').slice(0, 12)}.svg`;
  return { file, src: flowchartDrawing(file), svg, ...drawingLinks(svg) };
}

async function draw(tree: Tree): Promise<FlowchartDrawings> {
  const byId = nodeMap(tree);
  // Drawn for a screen: words wrap onto short lines and answers that lead to the same box share one arrow,
  // so each section reads top-down and fits a large window with its words at full size.
  const screen: MermaidOptions = { links: helpNode, wrap: true, joinAnswers: true };
  // The questions that open a branch get their own section, so each drawing stays small.
  const branching = branchingQuestion(tree);
  const branches = branching?.branches ?? [];
  const across = (id: string | undefined) => {
    const q = id ? byId.get(id) : undefined;
    return q?.type === 'question' ? new Set(q.answers.map((a) => a.next)).size : 0;
  };
  // Mermaid reads settings for one drawing from the front matter at its top.
  const closer = (id: string | undefined, chart: string) =>
    across(id) > MOST_ACROSS
      ? `---\nconfig:\n  flowchart:\n${Object.entries(CLOSER)
          .map(([k, v]) => `    ${k}: ${v}\n`)
          .join('')}---\n${chart}`
      : chart;
  const sections = [
    {
      id: 'start',
      title: 'The first questions',
      chart: closer(branching?.question.id, treeToMermaid(tree, { ...screen, stopAt: branches, direction: 'TD' })),
    },
    ...branches.map((b) => {
      const q = byId.get(b)!;
      return {
        id: b,
        title: q.type === 'question' ? q.short : b,
        chart: closer(b, treeToMermaid(tree, { ...screen, from: b, direction: 'TD' })),
      };
    }),
  ];
  const [whole, ...parts] = await renderMermaid(
    [treeToMermaid(tree, { ...screen, direction: 'LR' }), ...sections.map((s) => s.chart)],
    'flowchart',
    DRAWING_SETTINGS,
  );
  return {
    sections: sections.map((s, i) => ({ id: s.id, title: s.title, drawing: asFile(parts[i]!) })),
    whole: asFile(whole!),
  };
}

const made = new WeakMap<Tree, Promise<FlowchartDrawings>>();

/** The page's drawings, drawn (or read from content/drawings/) once per build. */
export function flowchartDrawings(tree: Tree): Promise<FlowchartDrawings> {
  let p = made.get(tree);
  if (!p) {
    p = draw(tree);
    made.set(tree, p);
  }
  return p;
}

/** Every drawing file of the page, by name. */
export async function flowchartFiles(tree: Tree): Promise<Map<string, string>> {
  const { sections, whole } = await flowchartDrawings(tree);
  return new Map([whole, ...sections.map((s) => s.drawing)].map((d) => [d.file, d.svg]));
}
