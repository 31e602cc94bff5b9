import { describe, expect, it } from 'vitest';
import { joinLabels, mermaidNodeId, treeToMermaid } from '../../src/lib/tree/tree-mermaid.ts';
import { reachableFrom } from '../../src/lib/tree/tree.ts';
import { helpNode } from '../../src/lib/site/routes.ts';
import { readTree } from '../../src/build-tools/content-reader.ts';

const tree = readTree(process.cwd());

describe('the tree as a Mermaid flowchart', () => {
  const chart = treeToMermaid(tree, { links: (id) => helpNode(id) });
  it('draws every node once, questions as hexagons and outcomes as boxes', () => {
    for (const n of tree.nodes) {
      const open = n.type === 'question' ? '{{' : '[';
      expect(chart.split('\n').filter((l) => l.trim().startsWith(`${mermaidNodeId(n.id)}${open}`))).toHaveLength(1);
    }
  });
  it('draws every answer as a labelled arrow, with its short label where it has one', () => {
    for (const n of tree.nodes) {
      if (n.type !== 'question') continue;
      for (const a of n.answers)
        expect(chart).toContain(
          `${mermaidNodeId(n.id)} -->|"${(a.short ?? a.label).replace(/"/g, '#quot;')}"| ${mermaidNodeId(a.next)}`,
        );
    }
  });
  it('the busiest question’s arrows carry short labels, so its part of the flowchart fits a large screen', () => {
    const q = tree.nodes.find((n) => n.id === 'losing-home');
    if (q?.type !== 'question') throw new Error('losing-home is a question');
    expect(q.answers.filter((a) => !a.unsure && !a.short && a.label.length > 40).map((a) => a.label)).toEqual([]);
  });
  it('links each node to its page', () => {
    expect(chart).toContain(`click ${mermaidNodeId('rent-arrears')} "${helpNode('rent-arrears')}"`);
  });
  it('can draw one section without following the questions it stops at', () => {
    const ids = reachableFrom(tree, 'danger', ['tonight', 'losing-home', 'keeping-home', 'leaving']);
    expect(ids).toContain('tonight');
    expect(ids).not.toContain('sleeping-rough');
    const section = treeToMermaid(tree, { stopAt: ['tonight', 'losing-home', 'keeping-home', 'leaving'] });
    expect(section).not.toContain(`${mermaidNodeId('tonight')} -->`);
  });
});

describe('the flowchart drawn for a screen', () => {
  const chart = treeToMermaid(tree, { wrap: true, joinAnswers: true });
  const arrows = chart.split('\n').filter((l) => l.includes('-->'));
  it('answers that lead to the same box share one arrow, so their labels cannot overlap', () => {
    const pairs = arrows.map((l) => l.replace(/\|.*\|/, ''));
    expect(new Set(pairs).size).toBe(pairs.length);
    // "Another reason" and "I'm not sure" both lead to nowhere-tonight.
    expect(chart).toMatch(
      new RegExp(
        `${mermaidNodeId('tonight')} -->\\|"\`Another reason, or I’m not sure\`"\\| ${mermaidNodeId('nowhere-tonight')}`,
      ),
    );
  });
  it('still has an arrow for every place an answer leads', () => {
    for (const n of tree.nodes) {
      if (n.type !== 'question') continue;
      for (const next of new Set(n.answers.map((a) => a.next))) {
        expect(
          arrows.filter(
            (l) => l.trim().startsWith(`${mermaidNodeId(n.id)} -->`) && l.trim().endsWith(` ${mermaidNodeId(next)}`),
          ),
          `${n.id} → ${next}`,
        ).toHaveLength(1);
      }
    }
  });
  it('words wrap (Markdown strings), with Markdown marks taken out of the text', () => {
    expect(chart).toContain(`${mermaidNodeId('danger')}{{"\``);
    const odd = treeToMermaid(
      {
        ...tree,
        nodes: tree.nodes.map((n) => (n.id === 'emergency' ? { ...n, title: 'Call *now* `999`' } : n)),
      } as typeof tree,
      {
        wrap: true,
      },
    );
    expect(odd).toContain('"`Call now 999`"');
  });
  it('joins labels in plain English, keeping "I" capital', () => {
    expect(joinLabels(['Another reason'])).toBe('Another reason');
    expect(joinLabels(['Another reason', 'I’m not sure'])).toBe('Another reason, or I’m not sure');
    expect(joinLabels(['Me', 'A family member or friend', 'I’m not sure'])).toBe(
      'Me, a family member or friend, or I’m not sure',
    );
  });
});
