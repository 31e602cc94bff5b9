/**
 * ```mermaid blocks in guide pages become inline SVG at build time, drawn once and then read
 * from content/drawings/ (see ./drawing-cache.ts). Each drawing on a page gets its own id prefix.
 */
import { relative } from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { fromHtmlIsomorphic } from 'hast-util-from-html-isomorphic';
import { toText } from 'hast-util-to-text';
import { visitParents } from 'unist-util-visit-parents';
import { renderMermaid } from './mermaid.ts';
import { DrawingError } from './drawing-cache.ts';

const isMermaidCode = (node: Element) =>
  node.tagName === 'code' &&
  Array.isArray(node.properties?.className) &&
  node.properties.className.includes('language-mermaid');

export function rehypeMermaidCached() {
  return async (tree: Root, file: { path?: string }) => {
    const found: { pre: Element; parent: Element | Root; source: string; line?: number }[] = [];
    visitParents(tree, 'element', (node, ancestors) => {
      if (!isMermaidCode(node)) return;
      const pre = ancestors.at(-1);
      const parent = ancestors.at(-2);
      if (pre?.type !== 'element' || pre.tagName !== 'pre' || !parent) return;
      found.push({
        pre,
        parent: parent as Element | Root,
        source: toText(node, { whitespace: 'pre' }),
        line: pre.position?.start.line,
      });
    });
    if (!found.length) return;
    let svgs: string[];
    try {
      svgs = await renderMermaid(
        found.map((f) => f.source),
        'mermaid',
      );
    } catch (e) {
      // A content problem, not a crash: name the page and its diagrams' lines, with no stack trace.
      const where = file.path ? relative(process.cwd(), file.path) : 'a guide page';
      const lines = found.map((f) => f.line).filter((l) => l !== undefined);
      throw new DrawingError(
        `${where}${lines.length ? ` (Mermaid blocks at line ${lines.join(', ')})` : ''}: ${(e as Error).message}`,
      );
    }
    found.forEach((f, i) => {
      const svg = fromHtmlIsomorphic(svgs[i]!, { fragment: true }).children.find(
        (c) => c.type === 'element',
      ) as ElementContent;
      const at = f.parent.children.indexOf(f.pre);
      if (at !== -1) f.parent.children[at] = svg;
    });
  };
}
