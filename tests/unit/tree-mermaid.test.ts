import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { treeSchema } from '../../src/lib/tree-schema.ts';
import { mermaidNodeId, reachableFrom, treeToMermaid } from '../../src/lib/tree-mermaid.ts';

const tree = treeSchema.parse(parse(readFileSync('content/tree.yaml', 'utf8')));

describe('the tree as a Mermaid flowchart', () => {
  const chart = treeToMermaid(tree, { links: (id) => `/help/${id}/` });
  it('draws every node once, questions as hexagons and outcomes as boxes', () => {
    for (const n of tree.nodes) {
      const open = n.type === 'question' ? '{{' : '[';
      expect(chart.split('\n').filter((l) => l.trim().startsWith(`${mermaidNodeId(n.id)}${open}`))).toHaveLength(1);
    }
  });
  it('draws every answer as a labelled arrow', () => {
    for (const n of tree.nodes) {
      if (n.type !== 'question') continue;
      for (const a of n.answers) expect(chart).toContain(`${mermaidNodeId(n.id)} -->|"${a.label.replace(/"/g, '#quot;')}"| ${mermaidNodeId(a.next)}`);
    }
  });
  it('links each node to its page', () => {
    expect(chart).toContain(`click ${mermaidNodeId('rent-arrears')} "/help/rent-arrears/"`);
  });
  it('can draw one section without following the questions it stops at', () => {
    const ids = reachableFrom(tree, 'danger', ['tonight', 'losing-home', 'keeping-home', 'leaving']);
    expect(ids).toContain('tonight');
    expect(ids).not.toContain('sleeping-rough');
    const section = treeToMermaid(tree, { stopAt: ['tonight', 'losing-home', 'keeping-home', 'leaving'] });
    expect(section).not.toContain(`${mermaidNodeId('tonight')} -->`);
  });
});
