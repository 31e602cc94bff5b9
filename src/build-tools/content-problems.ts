/**
 * The whole content check, as the build and `npm run check:content` run it: every file read
 * (content-reader.ts), checked against the schemas and the rules (src/lib/content/content-rules.ts), and
 * the kept drawings and the guide pages' Mermaid diagrams (drawing-check.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DIR } from '../lib/content/content-paths.ts';
import { checkContent, formatProblem } from '../lib/content/content-rules.ts';
import type { ContentInput, ContentProblem } from '../lib/content/content-input.ts';
import { readContent } from './content-reader.ts';
import { CONTENT_ROOT_VARIABLE } from './content-root.ts';
import { drawingFilesProblems, mermaidDiagramProblems } from './drawing-check.ts';

/**
 * The rule passes on the kept drawings and the guide pages' diagrams, run after `CONTENT_PASSES`;
 * each name is a rule's heading in docs/editing-content.md, like theirs.
 */
export const DRAWING_PASSES: readonly {
  name: string;
  run: (root: string, input: ContentInput) => ContentProblem[] | Promise<ContentProblem[]>;
}[] = [
  { name: 'Kept drawings', run: (root) => drawingFilesProblems(root) },
  { name: 'Flowcharts', run: (_root, input) => mermaidDiagramProblems(input.guides) },
];

/**
 * Every problem with the content in `root`, as messages naming the file, the field (or line)
 * and the fix; empty when the content can be built. `edition` is the edition about to be built.
 */
export async function contentProblems(
  root: string,
  today: string,
  edition?: string,
): Promise<{ messages: string[]; input: ContentInput }> {
  if (!existsSync(join(root, CONTENT_DIR))) {
    const { input } = readContent(root, today);
    return {
      messages: [
        `${CONTENT_ROOT_VARIABLE}: ${root} has no ${CONTENT_DIR}/ folder. Fix: set ${CONTENT_ROOT_VARIABLE} to the folder that holds ${CONTENT_DIR}/ (a copy of this project's), or leave it unset to use this project's content.`,
      ],
      input,
    };
  }
  const { input, readErrors } = readContent(root, today);
  const editions = input.editions.map((e) => e.id);
  const messages = [...readErrors];
  if (edition !== undefined && !editions.includes(edition)) {
    messages.push(
      `EDITION=${edition}: there is no folder content/editions/${edition}/. Fix: use one of ${editions.join(', ') || '(none yet)'}, or add that folder.`,
    );
  }
  messages.push(...checkContent(input).map(formatProblem));
  for (const pass of DRAWING_PASSES) messages.push(...(await pass.run(root, input)).map(formatProblem));
  return { messages: [...new Set(messages)], input };
}
