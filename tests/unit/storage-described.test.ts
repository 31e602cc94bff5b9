/**
 * The privacy notice (/privacy/) is made from DEVICE_STORAGE in src/lib/site/storage.ts. It stays
 * true only if every key the code keeps on the device is described there: a new key without a
 * plain-English description fails here, before the notice can leave it out.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OFFLINE_CACHES } from '../../src/lib/site/offline-caches.ts';
import { DEVICE_STORAGE, STORAGE_PREFIX } from '../../src/lib/site/storage.ts';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|tsx|astro|mjs)$/.test(name) ? [path] : [];
  });
}
const code = files('src').map((file) => ({ file, text: readFileSync(file, 'utf8') }));
const described = new Set(DEVICE_STORAGE.map((d) => d.key));

describe('every key the guide keeps on the device has a plain-English description for the privacy notice', () => {
  it('each key made from the storage prefix', () => {
    const keys = new Set<string>();
    for (const { text } of code) {
      for (const m of text.matchAll(/\$\{STORAGE_PREFIX\}([\w-]+)/g)) keys.add(`${STORAGE_PREFIX}${m[1]}`);
      for (const m of text.matchAll(/['"`](hmg:[\w-]+)['"`]/g)) keys.add(m[1]);
    }
    expect(keys.size).toBeGreaterThan(0);
    expect([...keys].filter((k) => !described.has(k))).toEqual([]);
  });

  it('each cache of saved pages and files', () => {
    expect(Object.values(OFFLINE_CACHES).filter((name) => !described.has(name))).toEqual([]);
  });

  it('every call that stores something names a key in a constant, so the checks above see it', () => {
    const loose: string[] = [];
    for (const { file, text } of code)
      for (const m of text.matchAll(/\b(?:sessionStorage|localStorage)\.setItem\(\s*([^,\s]+)/g))
        if (!/^[A-Z_]+$/.test(m[1])) loose.push(`${file}: setItem(${m[1]}`);
    expect(loose).toEqual([]);
  });

  it('the guide uses no cookies and no other browser database', () => {
    const found = code
      .filter(({ text }) => /document\.cookie|\bindexedDB\b|\bopenDatabase\b|cookieStore/.test(text))
      .map(({ file }) => file);
    expect(found).toEqual([]);
  });

  it('each description says what is kept, where, and when it goes, in short sentences', () => {
    for (const d of DEVICE_STORAGE) {
      expect(d.what, d.key).toMatch(/\w/);
      expect(d.kept, d.key).toMatch(/\w/);
      for (const sentence of `${d.what} ${d.kept}`.split(/(?<=\.)\s+/))
        expect(sentence.split(/\s+/).length, `${d.key}: ${sentence}`).toBeLessThanOrEqual(25);
    }
  });
});
