import { describe, expect, it } from 'vitest';
import { DIRECTORY_SEARCH, DIRECTORY_SEARCH_ENTRY, searchIndexGlobs } from '../../src/lib/site/search-indexes.ts';
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
    const { guide, directory } = searchIndexGlobs(top);
    expect(directory).toEqual(['services/**/*.html']);
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
