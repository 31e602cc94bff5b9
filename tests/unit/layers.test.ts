/**
 * The code's layers point only down, read from the import statements of every file:
 *   scripts/ -> src/build-tools/ and src/lib/ (never components or integrations)
 *   src/integrations/ -> src/build-tools/ -> src/lib/
 *   src/components/ -> src/lib/ (never build tools: those run only at build or test time)
 *   src/lib/ imports only src/lib/, with no circle, and its domain folders (content/, tree/, directory/,
 *   site/, kiosk/ and the shared basics at the top) never the display layer (src/lib/present/).
 * A failure names the file, what it imports and where the code belongs instead.
 */
import { existsSync, globSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const CODE = '{src,scripts}/**/*.{ts,tsx,mts,mjs,astro}';

/** The project files a file imports (relative imports only: packages are not layers), as paths from the project folder. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const specs = [
    // import ... from '...', export ... from '...' (over several lines too), import '...'
    ...text.matchAll(/^\s*(?:import|export)\b[^;'"]*?\bfrom\s*['"]([^'"]+)['"]/gm),
    ...text.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm),
    // import('...'), import(/* comment */ '...'), typeof import('...')
    ...text.matchAll(/\bimport\(\s*(?:\/\*.*?\*\/\s*)?['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1]);
  const out = new Set<string>();
  for (const spec of specs) {
    if (!spec.startsWith('.')) continue;
    const bare = resolve(ROOT, dirname(file), spec.replace(/\?.*$/, ''));
    const found = [bare, `${bare}.ts`, `${bare}.tsx`, join(bare, 'index.ts')].find(
      (p) => existsSync(p) && !p.endsWith('/'),
    );
    if (found) out.add(relative(ROOT, found).split('\\').join('/'));
  }
  return [...out];
}

const files = globSync(CODE, { cwd: ROOT }).map((f) => f.split('\\').join('/'));
const graph = new Map(files.map((f) => [f, importsOf(f)]));

const layer = (f: string) => {
  for (const l of [
    'src/lib/present/',
    'src/lib/',
    'src/components/',
    'src/integrations/',
    'src/build-tools/',
    'scripts/',
  ])
    if (f.startsWith(l)) return l;
  return 'other';
};

/** Each import that breaks a rule, as "file -> imported file: why". */
function crossings(): { edge: string; why: string }[] {
  const out: { edge: string; why: string }[] = [];
  for (const [from, targets] of graph) {
    for (const to of targets) {
      const [a, b] = [layer(from), layer(to)];
      const edge = `${from} -> ${to}`;
      if (a.startsWith('src/lib/') && !b.startsWith('src/lib/'))
        out.push({
          edge,
          why: 'src/lib/ is pure code the site and the build share: it imports only src/lib/. Fix: move what it needs into src/lib/, or move this file out of it.',
        });
      else if (a === 'src/lib/' && b === 'src/lib/present/')
        out.push({
          edge,
          why: 'a domain file imports the display layer. Fix: move what both need into src/lib/ outside present/.',
        });
      else if (a === 'src/components/' && (b === 'src/build-tools/' || b === 'src/integrations/' || b === 'scripts/'))
        out.push({
          edge,
          why: 'components run in the site; build tools only at build or test time. Fix: move this file to src/build-tools/.',
        });
      else if (a === 'scripts/' && (b === 'src/components/' || b === 'src/integrations/'))
        out.push({
          edge,
          why: 'scripts call build tools, never components or integrations. Fix: move what it needs into src/build-tools/.',
        });
    }
  }
  return out;
}

/** Every circle of imports inside src/lib/, each as "a -> b -> a" starting at its first file by name. */
function libCircles(): string[] {
  const lib = [...graph.keys()].filter((f) => f.startsWith('src/lib/')).sort();
  const found = new Set<string>();
  const visit = (path: string[]) => {
    for (const next of graph.get(path.at(-1)!) ?? []) {
      if (!next.startsWith('src/lib/')) continue;
      if (next === path[0]) found.add([...path, next].join(' -> '));
      else if (!path.includes(next) && next > path[0]) visit([...path, next]);
    }
  };
  for (const start of lib) visit([start]);
  return [...found];
}

describe('layers that only point down', () => {
  it('reads the imports of every file (a check on the reader itself)', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(graph.get('src/lib/site/offline-copy.ts')).toContain('src/lib/site/routes.ts');
    expect(graph.get('src/integrations/content-check.ts')).toContain('src/build-tools/content-problems.ts');
    // An import over several lines, and a type-only import.
    expect(graph.get('src/build-tools/content-reader.ts')).toEqual(
      expect.arrayContaining(['src/lib/content/content-paths.ts', 'src/lib/content/content-input.ts']),
    );
  });

  it('has no import that points up or across', () => {
    expect(crossings().map((c) => `${c.edge}: ${c.why}`)).toEqual([]);
  });

  it('has no circle of imports inside src/lib/, type imports included', () => {
    expect(libCircles()).toEqual([]);
  });
});
