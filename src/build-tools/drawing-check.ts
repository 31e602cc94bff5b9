/**
 * The content check's part for drawings, run by the build and `npm run check:content`:
 * every file in content/drawings/ (recorded, unchanged and safe: src/lib/content/drawings-check.ts), and
 * every ```mermaid block in a guide page read by Mermaid's own parser (no browser needed), so a
 * drawing that cannot be drawn is refused with its file, line and Mermaid's reason.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentProblem, RawFile } from '../lib/content/content-input.ts';
import { drawingFolderProblems } from '../lib/content/drawings-check.ts';
import { mermaidBlocks, mermaidProblems } from '../lib/content/guide-text.ts';

/** Where the drawings are kept, relative to the project. */
const DRAWINGS_FOLDER = 'content/drawings';

export function drawingFilesProblems(root: string): ContentProblem[] {
  const dir = join(root, DRAWINGS_FOLDER);
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => d.name)
    .sort()
    .map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));
  return drawingFolderProblems(DRAWINGS_FOLDER, files);
}

type Parse = (text: string) => Promise<{ config: Record<string, unknown> }>;
let parser: Promise<Parse> | undefined;

/** Mermaid's parser, loaded only when a page has a diagram. */
function mermaidParse(): Promise<Parse> {
  parser ??= (async () => {
    // Mermaid cleans the words of each box with DOMPurify, which needs a browser's DOM and in Node
    // has neither sanitize() nor addHook(). Only the parse is wanted here: the drawing is made, and its
    // words cleaned, in Chromium, and the SVG it makes is checked again (src/lib/content/svg-safety.ts). So
    // without a DOM the words pass through unchanged, for the parse alone.
    const { default: purify } = await import('dompurify');
    const p = purify as unknown as { isSupported?: boolean; sanitize?: (s: unknown) => string; addHook?: () => void };
    if (!p.isSupported) {
      p.sanitize ??= (s: unknown) => String(s);
      p.addHook ??= () => {};
    }
    const { default: mermaid } = await import('mermaid');
    return (text: string) =>
      mermaid.parse(text).then((r) => ({ config: { ...(r ? r.config : {}) } as Record<string, unknown> }));
  })();
  return parser;
}

/** The line (1 = the block's first) and the first line of Mermaid's reason, from its error. */
function reasonOf(e: unknown): { line?: number; reason: string } {
  const err = e as { message?: string; hash?: { loc?: { first_line?: number } } };
  const message = String(err?.message ?? e);
  const lines = message
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  // Mermaid's first line says where; a later "Expecting ..." line says what it wanted.
  // Its line numbers count from the block's first line: the message gives the file's line instead.
  const reason =
    [lines[0], lines.find((l, i) => i > 0 && /^expecting/i.test(l))]
      .filter(Boolean)
      .join(' ')
      .replace(/ on line \d+(, column \d+)?:?/i, ':')
      .replace(/::/g, ':')
      .slice(0, 300) || 'Mermaid could not read it';
  const line = err?.hash?.loc?.first_line ?? Number(/line (\d+)/i.exec(message)?.[1] ?? Number.NaN);
  return { line: Number.isFinite(line) ? line : undefined, reason };
}

/** Every ```mermaid block in the guide pages that Mermaid cannot draw, or that carries settings. */
export async function mermaidDiagramProblems(guides: readonly RawFile[]): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  for (const g of guides) {
    if (g.unreadable || !g.body) continue;
    for (const block of mermaidBlocks(g.body, g.bodyLine ?? 1)) {
      const lines = block.code.split('\n').length;
      const parse = await mermaidParse();
      try {
        const result = await parse(block.code);
        // Settings Mermaid found that the line rules did not (those are reported by checkGuideText).
        if (Object.keys(result.config).length && !mermaidProblems(block.code, block.line).length) {
          problems.push({
            file: g.file,
            line: block.line,
            field: '(page text)',
            message: `this Mermaid drawing carries settings (${Object.keys(result.config).join(', ')}). Fix: delete them; every drawing uses the guide's own settings.`,
          });
        }
      } catch (e) {
        const { line, reason } = reasonOf(e);
        const at = line !== undefined && line >= 1 && line <= lines ? block.line + line : block.line;
        problems.push({
          file: g.file,
          line: at,
          field: '(page text)',
          message: `this Mermaid drawing cannot be drawn: ${reason}. Fix: correct the drawing at this line (Mermaid's syntax: https://mermaid.js.org/intro/syntax-reference.html), or delete the block.`,
        });
      }
    }
  }
  return problems;
}
