import { existsSync, mkdtempSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { cachedDrawings, drawingKey, type DrawingSource } from '../../src/build-tools/drawing-cache.ts';
import { drawingFolderProblems, drawingHash } from '../../src/lib/content/drawings-check.ts';

const folder = (dir: string) =>
  drawingFolderProblems(
    'drawings',
    readdirSync(dir).map((name) => ({ name, bytes: readFileSync(join(dir, name)) })),
  );
const recorded = (dir: string) =>
  JSON.parse(readFileSync(join(dir, 'drawings.json'), 'utf8')).drawings as Record<string, string>;

const fakeDraw = vi.fn(async (items: DrawingSource[]) => items.map((d) => `<svg id="${d.prefix}">${d.source}</svg>`));

describe('drawings kept between builds', () => {
  it('draws only what is new, keeps it, and reads it back next time without drawing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'drawings-'));
    fakeDraw.mockClear();
    const a = { source: 'flowchart TD\n A-->B', prefix: 'd-0' };
    const b = { source: 'flowchart TD\n B-->C', prefix: 'd-1' };
    expect(await cachedDrawings([a], {}, fakeDraw, dir)).toEqual(['<svg id="d-0">flowchart TD\n A-->B</svg>']);
    expect(fakeDraw).toHaveBeenCalledTimes(1);
    // Next build: a is kept, only b is drawn, and the order is kept.
    const out = await cachedDrawings([a, b], {}, fakeDraw, dir);
    expect(out).toEqual(['<svg id="d-0">flowchart TD\n A-->B</svg>', '<svg id="d-1">flowchart TD\n B-->C</svg>']);
    expect(fakeDraw).toHaveBeenCalledTimes(2);
    expect(fakeDraw.mock.calls[1]![0]).toEqual([b]);
    // Nothing new: no drawing at all (a build with no browser works).
    const never = vi.fn(async () => {
      throw new Error('no browser');
    });
    expect(await cachedDrawings([b, a], {}, never, dir)).toEqual([out[1], out[0]]);
    expect(never).not.toHaveBeenCalled();
    expect(readdirSync(dir).filter((f) => f.endsWith('.svg'))).toHaveLength(2);
    expect(readFileSync(join(dir, drawingKey(a.source, a.prefix, {})), 'utf8')).toBe(out[0]);
  });

  it('records the sha256 of each drawing as it is drawn, so the check passes it and refuses it once changed by hand', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'drawings-'));
    const a = { source: 'flowchart TD\n A-->B', prefix: 'd-0' };
    const b = { source: 'flowchart TD\n B-->C', prefix: 'd-1' };
    await cachedDrawings([a], {}, fakeDraw, dir);
    await cachedDrawings([a, b], {}, fakeDraw, dir);
    const keyA = drawingKey(a.source, a.prefix, {});
    const keyB = drawingKey(b.source, b.prefix, {});
    expect(recorded(dir)).toEqual({
      [keyA]: drawingHash(readFileSync(join(dir, keyA))),
      [keyB]: drawingHash(readFileSync(join(dir, keyB))),
    });
    expect(folder(dir)).toEqual([]);
    writeFileSync(join(dir, keyA), '<svg id="d-0">changed</svg>');
    expect(folder(dir).map((p) => `${p.file}: ${p.message}`)).toEqual([
      expect.stringMatching(new RegExp(`^drawings/${keyA}: was changed after it was drawn`)),
    ]);
    // An old drawing deleted by hand drops out of the list at the next drawing.
    unlinkSync(join(dir, keyA));
    await cachedDrawings([{ source: 'flowchart TD\n C-->D', prefix: 'd-2' }], {}, fakeDraw, dir);
    expect(Object.keys(recorded(dir))).not.toContain(keyA);
    expect(Object.keys(recorded(dir))).toContain(keyB);
  });

  it('never keeps a drawing that is not safe to publish, and says why', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'drawings-'));
    const hostile = async (items: DrawingSource[]) =>
      items.map(() => '<svg xmlns="http://www.w3.org/2000/svg"><a href="https://evil.example/">x</a></svg>');
    const item = { source: 'flowchart TD\n A-->B', prefix: 'd-0' };
    await expect(cachedDrawings([item], {}, hostile, dir)).rejects.toThrow(
      /<a> href: the link "https:\/\/evil\.example\/" leaves the drawing.*\nflowchart TD\n A-->B\nFix: /s,
    );
    expect(existsSync(join(dir, drawingKey(item.source, item.prefix, {})))).toBe(false);
  });

  it('a changed diagram, prefix or setting is a new drawing', () => {
    const k = drawingKey('flowchart TD\n A-->B', 'p-0', { theme: 'base' });
    expect(drawingKey('flowchart TD\n A-->C', 'p-0', { theme: 'base' })).not.toBe(k);
    expect(drawingKey('flowchart TD\n A-->B', 'p-1', { theme: 'base' })).not.toBe(k);
    expect(drawingKey('flowchart TD\n A-->B', 'p-0', { theme: 'dark' })).not.toBe(k);
    expect(drawingKey('flowchart TD\n A-->B', 'p-0', { theme: 'base' })).toBe(k);
  });

  it('a new drawing with no browser stops with the reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'drawings-'));
    const noBrowser = async () => {
      throw new Error('1 Mermaid drawing(s) are new or changed and must be drawn once in a browser');
    };
    await expect(cachedDrawings([{ source: 'x', prefix: 'p' }], {}, noBrowser, dir)).rejects.toThrow(
      /must be drawn once in a browser/,
    );
  });
});
