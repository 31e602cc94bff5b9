/**
 * CONTENT_ROOT: the build, the content check and the editor can read another folder's content/ (a
 * copy to try a change on), named in one place; a folder with no content/ gets a clear answer.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentProblems } from '../../src/build-tools/content-problems.ts';
import { contentCacheDir, contentRoot } from '../../src/build-tools/content-root.ts';

const project = join(import.meta.dirname, '..', '..');
const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

describe('CONTENT_ROOT', () => {
  it('is this project unless it names another folder (relative to the project, or absolute)', () => {
    expect(contentRoot({}, '/p')).toBe('/p');
    expect(contentRoot({ CONTENT_ROOT: '' }, '/p')).toBe('/p');
    expect(contentRoot({ CONTENT_ROOT: 'copy' }, '/p')).toBe('/p/copy');
    expect(contentRoot({ CONTENT_ROOT: '/tmp/a-copy/' }, '/p')).toBe('/tmp/a-copy');
  });

  it('a build from another folder keeps its own content cache, one per folder; this project keeps the usual one', () => {
    expect(contentCacheDir({}, '/p')).toBeUndefined();
    expect(contentCacheDir({ CONTENT_ROOT: '/p' }, '/p')).toBeUndefined();
    const a = contentCacheDir({ CONTENT_ROOT: '/tmp/copy-a' }, '/p');
    const b = contentCacheDir({ CONTENT_ROOT: '/tmp/copy-b' }, '/p');
    expect(a).toMatch(/^\.\/node_modules\/\.astro\/content-roots\/[0-9a-f]{16}\/$/);
    expect(b).not.toBe(a);
    expect(contentCacheDir({ CONTENT_ROOT: '/tmp/copy-a/' }, '/p')).toBe(a);
  });

  it('a folder with no content/ gets one problem naming the folder and the fix, not a list of missing files', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'guide-root-'));
    temps.push(empty);
    const { messages } = await contentProblems(empty, '2026-12-07');
    expect(messages).toEqual([
      `CONTENT_ROOT: ${empty} has no content/ folder. Fix: set CONTENT_ROOT to the folder that holds content/ (a copy of this project's), or leave it unset to use this project's content.`,
    ]);
  });

  it('npm run check:content checks the copy CONTENT_ROOT names, not the project’s content', () => {
    const copy = mkdtempSync(join(tmpdir(), 'guide-root-'));
    temps.push(copy);
    cpSync(join(project, 'content'), join(copy, 'content'), { recursive: true });
    const file = join(copy, 'content', 'editions', 'medway', 'local.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^outcomes:/m, 'outcomes:\n  no-such-outcome: {}'));
    const run = spawnSync(process.execPath, [join(project, 'scripts', 'check-content.ts')], {
      cwd: project,
      env: { ...process.env, CONTENT_ROOT: copy },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('content/editions/medway/local.yaml');
    expect(run.stderr).toContain('no-such-outcome');
  }, 60_000);
});
