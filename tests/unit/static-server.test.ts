import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { serveStatic } from '../../src/build-tools/static-server.ts';

const PAGE = `<!doctype html><title>A page</title>${'<p>Words on the page.</p>'.repeat(50)}`;

/** The raw answer, as sent over the wire (not decompressed). */
function fetchRaw(
  url: string,
  acceptEncoding?: string,
): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((done, fail) => {
    get(url, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', fail);
  });
}

describe('the static server used by the tests', () => {
  let site: Awaited<ReturnType<typeof serveStatic>>;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'static-server-'));
    mkdirSync(join(dir, 'guide'));
    writeFileSync(join(dir, 'guide', 'index.html'), PAGE);
    writeFileSync(join(dir, 'icon.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    site = await serveStatic(dir);
  });
  afterAll(() => site.close());

  it('sends pages compressed with gzip to a browser that accepts it, as a web host does', async () => {
    const res = await fetchRaw(`${site.base}/guide/`, 'gzip, deflate, br');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.body.length).toBeLessThan(PAGE.length / 4);
    expect(gunzipSync(res.body).toString()).toBe(PAGE);
  });

  it('sends the page as it is to a client that does not accept gzip, and never compresses images', async () => {
    const plain = await fetchRaw(`${site.base}/guide/`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(PAGE);
    const image = await fetchRaw(`${site.base}/icon.png`, 'gzip');
    expect(image.headers['content-encoding']).toBeUndefined();
    expect(image.body.length).toBe(4);
  });
});
