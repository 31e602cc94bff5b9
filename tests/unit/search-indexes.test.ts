import { describe, expect, it } from 'vitest';
import {
  DIRECTORY_PARTS,
  DIRECTORY_SEARCH,
  DIRECTORY_OFFLINE_MAX_BYTES,
  DIRECTORY_SEARCH_ENTRY,
  directoryOfflineFiles,
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

/** A built directory index: its code, and `services` services' search data of about `each` bytes a service. */
function builtDirectory(services: number, each = 1900, parts = 1) {
  const files = [
    { file: 'pagefind/services/pagefind.js', bytes: 47_000 },
    { file: 'pagefind/services/pagefind-ui.js', bytes: 126_000 },
    { file: 'pagefind/services/pagefind-worker.js', bytes: 43_000 },
    { file: 'pagefind/services/wasm.en.pagefind', bytes: 60_000 },
    { file: 'pagefind/services/wasm.unknown.pagefind', bytes: 55_000 },
    { file: 'pagefind/services/pagefind-entry.json', bytes: 172 },
    { file: 'pagefind/services/parts.json', bytes: 34 },
    { file: 'pagefind/services/pagefind.en_1.pf_meta', bytes: 10 * services },
    { file: 'pagefind/services/index/en_1.pf_index', bytes: 900 * services },
    { file: 'pagefind/services/filter/en_1.pf_filter', bytes: 200 },
    { file: 'pagefind/pagefind.js', bytes: 47_000 },
    { file: 'pagefind/index/en_9.pf_index', bytes: 90_000 },
    { file: 'services/samaritans/index.html', bytes: 30_000 },
  ];
  for (let i = 0; i < services; i++)
    files.push({ file: `pagefind/services/fragment/en_${i}.pf_fragment`, bytes: each - 910 });
  for (let p = 2; p <= parts; p++) files.push({ file: `pagefind/services/part-${p}/pagefind.js`, bytes: 47_000 });
  return files;
}

describe('the directory’s index in the offline copy', () => {
  it('is saved whole while the directory is small (a real edition: about 40 services), so a service is found by name with no signal', () => {
    const files = directoryOfflineFiles(builtDirectory(40));
    expect(files).toContain('pagefind/services/pagefind.js');
    expect(files).toContain('pagefind/services/wasm.en.pagefind');
    expect(files).toContain('pagefind/services/pagefind-entry.json');
    expect(files).toContain('pagefind/services/parts.json');
    expect(files).toContain('pagefind/services/pagefind.en_1.pf_meta');
    expect(files).toContain('pagefind/services/index/en_1.pf_index');
    expect(files).toContain('pagefind/services/filter/en_1.pf_filter');
    expect(files.filter((f) => f.endsWith('.pf_fragment'))).toHaveLength(40);
    // Never the interfaces, the worker, other languages or the guide's own index.
    for (const f of files) expect(f).toMatch(/^pagefind\/services\//);
    expect(files).not.toContain('pagefind/services/pagefind-ui.js');
    expect(files).not.toContain('pagefind/services/pagefind-worker.js');
    expect(files).not.toContain('pagefind/services/wasm.unknown.pagefind');
  });

  it('is left out once its search data is larger than the limit, and at 50,000 services', () => {
    const under = Math.floor(DIRECTORY_OFFLINE_MAX_BYTES / 1900);
    expect(directoryOfflineFiles(builtDirectory(under))).not.toEqual([]);
    expect(directoryOfflineFiles(builtDirectory(under + 2))).toEqual([]);
    expect(directoryOfflineFiles(builtDirectory(50_000, 1900, 10))).toEqual([]);
  });

  it('is left out when it is built in parts, however small its first part', () => {
    expect(directoryOfflineFiles(builtDirectory(10, 1900, 2))).toEqual([]);
  });

  it('is left out when no directory index was built', () => {
    expect(directoryOfflineFiles(builtDirectory(10).filter((f) => !f.file.startsWith('pagefind/services/')))).toEqual(
      [],
    );
  });

  it('allows a directory well above a real edition (at least 60 services of 2 KB) and well below a national one', () => {
    expect(DIRECTORY_OFFLINE_MAX_BYTES).toBeGreaterThanOrEqual(60 * 2048);
    expect(DIRECTORY_OFFLINE_MAX_BYTES).toBeLessThanOrEqual(300 * 1024);
  });
});
