/**
 * The kept drawings (content/drawings/) are published as they are, so every build checks every
 * file there: it must be a drawing the build made (named <24 hex digits>.svg and recorded, with a
 * sha256 of its SVG, in drawings.json when it was drawn), unchanged since (same sha256), and safe
 * (src/lib/content/svg-safety.ts). Only the drawing step (src/build-tools/drawing-cache.ts) writes the
 * folder and its list. Each refusal names the file, the element or field, and the fix.
 */
import { createHash } from 'node:crypto';
import type { ContentProblem } from './content-input.ts';
import { svgProblems } from './svg-safety.ts';

/** The list of drawings and their hashes, in the drawings folder. */
export const DRAWINGS_MANIFEST = 'drawings.json';

/** How the drawing step names a drawing: a hash of its Mermaid text and settings. */
const DRAWING_NAME = /^[0-9a-f]{24}\.svg$/;

interface DrawingsManifest {
  about: string;
  /** File name -> sha256 (hex) of the SVG as it was drawn. */
  drawings: Record<string, string>;
}

const ABOUT =
  'The sha256 of each drawing in this folder as Mermaid drew it. Written by the build (src/build-tools/drawing-cache.ts) when it draws; do not edit. The content check refuses a drawing that is not listed or does not match.';

export function drawingHash(svg: string | Uint8Array): string {
  return createHash('sha256').update(svg).digest('hex');
}

/** The manifest's text, with its entries in order (so a new drawing changes one line). */
export function manifestText(drawings: Record<string, string>): string {
  const sorted = Object.fromEntries(Object.entries(drawings).sort(([a], [b]) => (a < b ? -1 : 1)));
  return `${JSON.stringify({ about: ABOUT, drawings: sorted } satisfies DrawingsManifest, null, 2)}\n`;
}

/** The manifest's entries, or why it cannot be read. */
export function parseManifest(text: string): { drawings: Record<string, string> } | { error: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { error: `cannot be read: it is not valid JSON (${(e as Error).message})` };
  }
  const drawings = (data as { drawings?: unknown } | null)?.drawings;
  if (!drawings || typeof drawings !== 'object' || Array.isArray(drawings))
    return { error: 'cannot be read: it has no "drawings" list of file names and hashes' };
  for (const [name, hash] of Object.entries(drawings)) {
    if (!DRAWING_NAME.test(name) || typeof hash !== 'string' || !/^[0-9a-f]{64}$/.test(hash))
      return { error: `cannot be read: the entry "${name}" is not a drawing's name and sha256` };
  }
  return { drawings: drawings as Record<string, string> };
}

const REDRAW =
  'Fix: delete the file and build again (the build draws it afresh from its Mermaid text, with Chromium, and records it), or restore it with git checkout.';

/**
 * Every problem with the drawings folder. `folder` is its path as messages show it
 * (content/drawings); `files` is every file in it, with its bytes.
 */
export function drawingFolderProblems(
  folder: string,
  files: readonly { name: string; bytes: Uint8Array }[],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const svgs = files.filter((f) => f.name !== DRAWINGS_MANIFEST);
  const manifestFile = files.find((f) => f.name === DRAWINGS_MANIFEST);
  const manifestPath = `${folder}/${DRAWINGS_MANIFEST}`;
  let recorded: Record<string, string> = {};
  if (manifestFile) {
    const parsed = parseManifest(new TextDecoder().decode(manifestFile.bytes));
    if ('error' in parsed) {
      problems.push({
        file: manifestPath,
        field: '',
        message: `${parsed.error}. Fix: restore it with git checkout; or delete it with every .svg file in ${folder}/ and build again, to draw and record them afresh (needs Chromium).`,
      });
      return problems;
    }
    recorded = parsed.drawings;
  } else if (svgs.length) {
    problems.push({
      file: manifestPath,
      field: '',
      message: `is missing, so the drawings cannot be checked. Fix: restore it with git checkout; or delete every .svg file in ${folder}/ and build again, to draw and record them afresh (needs Chromium).`,
    });
    return problems;
  }
  for (const f of svgs) {
    const file = `${folder}/${f.name}`;
    if (!f.name.endsWith('.svg')) {
      problems.push({
        file,
        field: '',
        message: `is not a drawing. Fix: delete it; only the build writes to ${folder}/ (Mermaid drawings and ${DRAWINGS_MANIFEST}).`,
      });
      continue;
    }
    if (!DRAWING_NAME.test(f.name) || !(f.name in recorded)) {
      problems.push({
        file,
        field: '',
        message: `was not recorded when it was drawn (it is not in ${DRAWINGS_MANIFEST}), so it is not a drawing the build made. Fix: delete it; the build draws every drawing it needs.`,
      });
      continue;
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(f.bytes);
    } catch {
      problems.push({ file, field: '', message: `is not saved as UTF-8. ${REDRAW}` });
      continue;
    }
    if (drawingHash(f.bytes) !== recorded[f.name]) {
      problems.push({
        file,
        field: '',
        message: `was changed after it was drawn: it does not match its sha256 in ${DRAWINGS_MANIFEST}. Drawings are published as they are, so only the build may write them. ${REDRAW}`,
      });
    }
    for (const p of svgProblems(text)) problems.push({ file, line: p.line, field: p.where, message: p.message });
  }
  return problems;
}
