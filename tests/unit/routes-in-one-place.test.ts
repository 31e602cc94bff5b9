/**
 * Page addresses live in src/lib/site/routes.ts and browser-storage keys in src/lib/site/storage.ts. This
 * fails when code or a test writes one out by hand elsewhere, so that renaming a page or a key is
 * a change to one file. Comments are not checked.
 */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** A quote or backtick straight before one of the site's own top-level folders: "/help/", `/guide/${id}/`... */
const ROUTE_LITERAL = /["'`]\/(help|search|directory|services|guide|topics|kiosk|offline|booklet)\//;
/** The prefix every stored key starts with (see STORAGE_PREFIX). */
const STORAGE_LITERAL = /['"`]hmg:/;

/** The modules themselves, and the tests of the addresses they make. */
const HOMES = [
  'src/lib/site/routes.ts',
  'src/lib/site/storage.ts',
  'tests/unit/routes.test.ts',
  'tests/unit/routes-in-one-place.test.ts',
];

function files(dir: string): string[] {
  return globSync('**/*.{ts,tsx,astro,mjs}', { cwd: dir }).map((f) => join(dir, f));
}

function offences(pattern: RegExp): string[] {
  const out: string[] = [];
  for (const file of [...files('src'), ...files('tests')]) {
    if (HOMES.includes(file)) continue;
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        const code = line.trim();
        if (code.startsWith('*') || code.startsWith('//') || code.startsWith('/*')) return;
        if (pattern.test(line)) out.push(`${file}:${i + 1}: ${code}`);
      });
  }
  return out;
}

describe('addresses and storage keys in one place', () => {
  it('page addresses come from src/lib/site/routes.ts', () => {
    expect(offences(ROUTE_LITERAL), 'use the constants and helpers of src/lib/site/routes.ts').toEqual([]);
  });
  it('storage keys come from src/lib/site/storage.ts', () => {
    expect(offences(STORAGE_LITERAL), 'use the keys of src/lib/site/storage.ts').toEqual([]);
  });
});
