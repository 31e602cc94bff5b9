/**
 * Components only lay out display data: they never import a build tool (Mermaid, Playwright,
 * the browser, the PDF printer), and no build tool lives among them. A page or a print page
 * calls the build tool and passes what it made to the components.
 */
import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const COMPONENTS = 'src/components';
const files = globSync(`${COMPONENTS}/**/*.{ts,tsx,astro}`);
/** Every module a file imports (static or dynamic, `later:` included), as written. */
const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/(?:import|from)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!.replace(/^later:/, ''));

describe('layers', () => {
  it('finds the components', () => {
    expect(files.length).toBeGreaterThan(30);
  });
  it('components never import a build tool', () => {
    const crossing = files.flatMap((f) =>
      importsOf(f)
        .filter((m) => /(^|\/)build-tools\//.test(m))
        .map((m) => `${f} imports ${m}`),
    );
    expect(crossing).toEqual([]);
  });
  it('no component needs Playwright, pdf.js or Mermaid', () => {
    const heavy = files.flatMap((f) =>
      importsOf(f)
        .filter((m) => /^(playwright|@playwright\/|pdfjs-dist|mermaid)/.test(m))
        .map((m) => `${f} imports ${m}`),
    );
    expect(heavy).toEqual([]);
  });
});
