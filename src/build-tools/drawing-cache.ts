/**
 * Mermaid drawings are made once and kept: each SVG is saved in content/drawings/ under a hash
 * of everything that shapes it (the diagram's text, its id prefix, the Mermaid settings and the
 * Mermaid version). A build whose drawings have not changed reads them from there and never
 * starts a browser, so a fresh clone builds with Node alone; only a new or changed drawing needs
 * Chromium, and then the message says how to get one. The folder is committed with the content.
 * Each drawing's sha256 is recorded in drawings.json as it is drawn, and a new drawing is checked
 * against the allow-list before it is kept, so the content check can refuse a file changed by hand
 * (src/lib/content/drawings-check.ts) without a browser.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { DRAWINGS_MANIFEST, drawingHash, manifestText, parseManifest } from '../lib/content/drawings-check.ts';
import { svgProblems } from '../lib/content/svg-safety.ts';
import { contentRoot } from './content-root.ts';

const DRAWINGS_DIR = join(contentRoot(), 'content', 'drawings');

const mermaidVersion = (() => {
  try {
    return (createRequire(import.meta.url)('mermaid/package.json') as { version: string }).version;
  } catch {
    return 'unknown';
  }
})();

/** The file name a drawing is kept under. */
export function drawingKey(source: string, prefix: string, config: unknown): string {
  const hash = createHash('sha256')
    .update(JSON.stringify({ source, prefix, config, mermaid: mermaidVersion }))
    .digest('hex');
  return `${hash.slice(0, 24)}.svg`;
}

/** One drawing: its Mermaid text, and the prefix that makes its ids unique on the page. */
export interface DrawingSource {
  source: string;
  prefix: string;
}
export type Draw = (items: DrawingSource[]) => Promise<string[]>;

/** Kept drawings where they exist; the rest drawn by `draw` (all in one go) and kept for next time. */
export async function cachedDrawings(
  items: DrawingSource[],
  config: unknown,
  draw: Draw,
  dir = DRAWINGS_DIR,
): Promise<string[]> {
  const keys = items.map((d) => drawingKey(d.source, d.prefix, config));
  const out = keys.map((k) => (existsSync(join(dir, k)) ? readFileSync(join(dir, k), 'utf8') : null));
  const missing = out.flatMap((svg, i) => (svg === null ? [i] : []));
  if (missing.length) {
    const drawn = await draw(missing.map((i) => items[i]!));
    drawn.forEach((svg, n) => {
      const unsafe = svgProblems(svg);
      if (unsafe.length)
        throw new DrawingError(
          `Mermaid drew something the guide does not publish (${unsafe[0]!.where}: ${unsafe[0]!.message.replace(/ Fix:.*$/, '')}), from this diagram:\n${items[missing[n]!]!.source}\nFix: remove from the diagram what made it (a link, a style or HTML in a label).`,
        );
    });
    mkdirSync(dir, { recursive: true });
    missing.forEach((i, n) => {
      out[i] = drawn[n]!;
      writeFileSync(join(dir, keys[i]!), drawn[n]!);
    });
    recordDrawings(
      dir,
      missing.map((i) => keys[i]!),
    );
  }
  return out as string[];
}

/** A drawing problem to show as its message alone (no stack trace). */
export class DrawingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DrawingError';
    this.stack = '';
  }
}

/**
 * Records the sha256 of drawings just written in the folder's drawings.json. Entries of files no
 * longer there are dropped, so deleting an old drawing needs nothing else.
 */
function recordDrawings(dir: string, names: readonly string[]): void {
  const path = join(dir, DRAWINGS_MANIFEST);
  const old = existsSync(path) ? parseManifest(readFileSync(path, 'utf8')) : { drawings: {} };
  const drawings: Record<string, string> = {};
  for (const [name, hash] of Object.entries('drawings' in old ? old.drawings : {}))
    if (existsSync(join(dir, name))) drawings[name] = hash;
  for (const name of names) drawings[name] = drawingHash(readFileSync(join(dir, name)));
  writeFileSync(path, manifestText(drawings));
}
