import { describe, expect, it } from 'vitest';
import {
  DIRECTORY_PARTS,
  DIRECTORY_SEARCH,
  DIRECTORY_SEARCH_ENTRY,
  directoryPartGlobs,
  directoryPartPath,
  searchIndexGlobs,
} from '../../src/lib/site/search-indexes.ts';
import { SEARCH_ENTRY } from '../../src/lib/site/offline-caches.ts';

const top = [
  { name: 'index.html', folder: false },
  { name: '404.html', folder: false },
  { name: 'sw.js', folder: false },
  { name: 'guide', folder: true },
  { name: 'help', folder: true },
  { name: 'directory', folder: true },
  { name: 'services', folder: true },
  { name: 'pagefind', folder: true },
  { name: '_astro', folder: true },
];

describe('the two search indexes', () => {
  it('put every service page in the directory’s index and every other page in the guide’s', () => {
    const { guide, directory } = searchIndexGlobs(top, ['samaritans', 'shelter']);
    expect(directory).toEqual(['services/s?*/**/*.html']);
    expect(guide).toEqual(['*.html', 'guide/**/*.html', 'help/**/*.html', 'directory/**/*.html']);
  });

  it('never index the index itself or the scripts', () => {
    const { guide, directory } = searchIndexGlobs(top);
    for (const glob of [...guide, ...directory]) expect(glob).not.toMatch(/^(pagefind|_astro)\//);
  });

  it('keep the directory’s index inside the guide’s folder, so the same host rules and caching apply', () => {
    expect(DIRECTORY_SEARCH.startsWith('/pagefind/')).toBe(true);
    expect(DIRECTORY_SEARCH_ENTRY).toBe(`${DIRECTORY_SEARCH}pagefind-entry.json`);
    expect(DIRECTORY_SEARCH_ENTRY).not.toBe(SEARCH_ENTRY);
  });
});

/** Which names a part's glob picks, read the way Pagefind reads it: {a,b} alternatives, ? one letter, * any. */
function picks(glob: string, names: string[]): string[] {
  const inner = /^services\/(.+)\/\*\*\/\*\.html$/.exec(glob)?.[1] ?? '';
  const alternatives = inner.startsWith('{') ? inner.slice(1, -1).split(',') : [inner];
  const re = new RegExp(
    `^(${alternatives.map((a) => a.replace(/[.-]/g, '\\$&').replace(/\?/g, '.').replace(/\*/g, '.*')).join('|')})$`,
  );
  return names.filter((n) => re.test(n));
}

describe('a large directory’s index, in parts', () => {
  const names = [
    ...Array.from({ length: 12_000 }, (_, i) => `bench-service-${String(i + 1).padStart(5, '0')}`),
    'samaritans',
    'shelter',
    'shelter-helpline',
    'shelter-helpline-2',
    'shout',
    'stepchange',
    'citizens-advice',
  ];

  it('puts every service in exactly one part of at most the given size', () => {
    const globs = directoryPartGlobs('services', names, 5000);
    expect(globs.length).toBeGreaterThanOrEqual(3);
    const seen = new Map<string, number>();
    for (const g of globs) {
      const picked = picks(g, names);
      expect(picked.length, g).toBeLessThanOrEqual(5000);
      for (const n of picked) seen.set(n, (seen.get(n) ?? 0) + 1);
    }
    expect([...seen.keys()].sort()).toEqual([...names].sort());
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
  });

  it('keeps a directory that fits in one part as one index', () => {
    expect(directoryPartGlobs('services', ['samaritans', 'shelter', 'childline'], 5000)).toHaveLength(1);
    expect(directoryPartGlobs('services', [], 5000)).toEqual(['services/**/*.html']);
  });

  it('says which service folder name it cannot index, and how to fix it', () => {
    expect(() => directoryPartGlobs('services', ['good', 'bad{name}'])).toThrow(/"bad\{name\}".*Fix: /);
  });

  it('lists the parts beside the first, each in its own folder under the directory’s index', () => {
    expect(DIRECTORY_PARTS.startsWith(DIRECTORY_SEARCH)).toBe(true);
    expect(directoryPartPath(0)).toBe(DIRECTORY_SEARCH);
    expect(directoryPartPath(1)).toBe(`${DIRECTORY_SEARCH}part-2/`);
  });
});
