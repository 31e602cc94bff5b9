import { describe, expect, it } from 'vitest';
import { mermaidDiagramProblems } from '../../src/build-tools/drawing-check.ts';
import type { RawFile } from '../../src/lib/content/content-input.ts';

const page = (body: string): RawFile => ({
  file: 'content/guide/x.mdx',
  id: 'x',
  edition: null,
  data: {},
  body,
  bodyLine: 10,
});
const block = (code: string) => `## Steps\n\n\`\`\`mermaid\n${code}\n\`\`\`\n`;

describe("guide pages' diagrams, read by Mermaid's parser without a browser", () => {
  it('passes diagrams Mermaid can draw, with words in their boxes and arrows', async () => {
    const ok = [
      'flowchart TD\n  A[Get a letter from your landlord] --> B{Is it a Section 21 notice?}\n  B -->|Yes| C(Call the council)\n  B -->|No| D[Get advice]',
      'sequenceDiagram\n  participant You\n  participant Council\n  You->>Council: Ask for help\n  Council-->>You: A decision in writing',
    ];
    for (const code of ok) expect(await mermaidDiagramProblems([page(block(code))]), code).toEqual([]);
  });

  it('refuses a diagram Mermaid cannot draw, with the line in the file and the reason', async () => {
    const problems = await mermaidDiagramProblems([
      page(block('flowchart TD\n  A[Get a letter] --> B[Call the council]\n  B --> C[Get advice')),
    ]);
    // The page's text starts at line 10; the fence is its line 3 (file line 12), the broken line three lines below.
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/guide/x.mdx',
        line: 15,
        field: '(page text)',
        message: expect.stringMatching(/^this Mermaid drawing cannot be drawn: .+ Fix: /),
      }),
    ]);
    expect(problems[0]!.message).not.toMatch(/\n| {4}at /);
  });
});
