import { join } from 'node:path';
import type { Root } from 'hast';
import { describe, expect, it, vi } from 'vitest';

// Drawing needs Chromium: here Mermaid's renderer refuses the diagram, as it would in the browser.
vi.mock('../../src/build-tools/mermaid.ts', async () => {
  const { DrawingError } = await import('../../src/build-tools/drawing-cache.ts');
  return {
    renderMermaid: async () => {
      throw new DrawingError(
        'Mermaid diagram 1 of 1 could not be drawn: Lexical error on line 2.\nflowchart TD\nFix: correct the diagram.',
      );
    },
  };
});
const { rehypeMermaidCached } = await import('../../src/build-tools/rehype-mermaid-cached.ts');

const pageWithDiagram = (): Root => ({
  type: 'root',
  children: [
    {
      type: 'element',
      tagName: 'pre',
      properties: {},
      position: { start: { line: 42, column: 1 }, end: { line: 45, column: 4 } },
      children: [
        {
          type: 'element',
          tagName: 'code',
          properties: { className: ['language-mermaid'] },
          children: [{ type: 'text', value: 'flowchart TD\n  A-->' }],
        },
      ],
    },
  ],
});

describe('a guide page whose diagram cannot be drawn', () => {
  it('stops the build with the page, the line of its diagram and the reason, and no stack trace', async () => {
    const error = await rehypeMermaidCached()(pageWithDiagram(), {
      path: join(process.cwd(), 'content/guide/x.mdx'),
    }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(
      /^content\/guide\/x\.mdx \(Mermaid blocks at line 42\): Mermaid diagram 1 of 1 could not be drawn: Lexical error/,
    );
    expect((error as Error).message).toMatch(/Fix: /);
    expect((error as Error).stack).toBe('');
  });
});
