/**
 * No two code files in src/ and scripts/ share a name, so a file named in an error, a comment or
 * a search is the one you open (the first to find e.g. "kiosk.ts" should not have to guess which).
 */
import { globSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';

const files = globSync('{src,scripts}/**/*.{ts,tsx,mts,mjs}').map((f) => f.split('\\').join('/'));

describe('code file names', () => {
  it('finds the code (a check on the search itself)', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('are each used once in src/ and scripts/', () => {
    const byName = new Map<string, string[]>();
    for (const file of files) byName.set(basename(file), [...(byName.get(basename(file)) ?? []), file]);
    const shared = [...byName.values()]
      .filter((paths) => paths.length > 1)
      .map((paths) => `${paths.join(' and ')} share a name. Fix: rename one to say what it does.`);
    expect(shared).toEqual([]);
  });
});
