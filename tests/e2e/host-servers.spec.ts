/**
 * The deploy settings, proven on real web servers: the built site served by Caddy with
 * deploy/Caddyfile and by nginx with deploy/nginx.conf (the files docs/deploy.md points to),
 * each on a free port, started and stopped here. `npm run test:tools` installs both.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { headersFor, parseHeadersFile } from '../../src/build-tools/host-headers.ts';
import { type RunningServer, startCaddy, startNginx } from '../../src/build-tools/host-servers.ts';
import { PAGE_SIZE } from '../../src/lib/directory/oruk-api.ts';
import { CSP_FILES_HEADER, CSP_HEADER, HSTS_HEADER, PERMISSIONS_POLICY } from '../../src/lib/site/csp-policy.ts';
import { DIRECTORY } from '../../src/lib/site/routes.ts';

const SITE = 'dist';
const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
const json = (path: string) => JSON.parse(readFileSync(`${SITE}${path}`, 'utf8'));
/** The largest hashed script: servers rightly leave files of a few hundred bytes uncompressed. */
const hashedScript = `/_astro/${
  readdirSync(`${SITE}/_astro`)
    .filter((f) => f.endsWith('.js'))
    .sort((a, b) => statSync(`${SITE}/_astro/${b}`).size - statSync(`${SITE}/_astro/${a}`).size)[0]
}`;
const notFoundTitle = /<title>([^<]*)<\/title>/.exec(readFileSync(`${SITE}/404.html`, 'utf8'))![1];
/** The build's own first page of services, and one service, to compare with what the server answers. */
const firstPage = json('/open-data/services/page-1.json');
const oneService = firstPage.contents[0];

for (const [name, startServer] of [
  ['Caddy (deploy/Caddyfile)', startCaddy],
  ['nginx (deploy/nginx.conf)', startNginx],
] as const) {
  test.describe(name, () => {
    // One server for the tests below, in order, in one worker.
    test.describe.configure({ mode: 'default' });
    let server: RunningServer;
    test.beforeAll(async () => {
      server = await startServer(SITE);
    });
    test.afterAll(async () => {
      await server?.stop();
    });
    const get = (request: APIRequestContext, path: string, headers: Record<string, string> = {}) =>
      request.get(new URL(path, server.url).href, { headers, maxRedirects: 0 });

    test('sends pages, scripts and data compressed to a browser that accepts it', async ({ request }) => {
      for (const path of ['/', hashedScript, '/open-data/services.json']) {
        const res = await get(request, path, { 'Accept-Encoding': 'gzip, zstd' });
        expect(res.status(), path).toBe(200);
        expect(res.headers()['content-encoding'], path).toMatch(/^(gzip|zstd)$/);
      }
    });

    test('keeps hashed files for a year, and always checks the service worker and the pages', async ({ request }) => {
      expect((await get(request, hashedScript)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
      for (const path of ['/sw.js', '/', DIRECTORY, '/open-data/services'])
        expect((await get(request, path)).headers()['cache-control'], path).toBe('no-cache');
    });

    test('sends the security headers of public/_headers', async ({ request }) => {
      for (const path of ['/', DIRECTORY, '/sw.js', hashedScript, '/favicon.svg', '/open-data/services.json']) {
        const h = (await get(request, path)).headers();
        const want = headersFor(rules, path);
        for (const header of ['x-content-type-options', 'referrer-policy', 'permissions-policy'])
          expect(h[header], `${path} ${header}`).toBe(want[header]);
        expect(h['strict-transport-security'], path).toBe(HSTS_HEADER);
        // The directory's Nearest first asks for the device's location: only the site itself may.
        expect(h['permissions-policy'], path).toBe(PERMISSIONS_POLICY);
        const isFile = /\.(svg|xml|json|txt|webmanifest|png)$/.test(path);
        expect(h['content-security-policy'], path).toBe(isFile ? CSP_FILES_HEADER : CSP_HEADER);
        expect(want['content-security-policy'], path).toContain(h['content-security-policy']);
      }
    });

    test('answers an unknown address with the "page not found" page and status 404', async ({ request }) => {
      const res = await get(request, '/no-such-page/');
      expect(res.status()).toBe(404);
      expect(await res.text()).toContain(notFoundTitle);
    });

    test('answers the Open Referral UK addresses with the files the build wrote, readable by any website', async ({
      request,
    }) => {
      const answers: [string, unknown][] = [
        ['/open-data/', json('/open-data/index.json')],
        ['/open-data/services', firstPage],
        ['/open-data/services/', firstPage],
        ['/open-data/services?page=1', firstPage],
        ['/open-data/services?page=2', json('/open-data/services/page-2.json')],
        // per_page is ignored: pages are always PAGE_SIZE long.
        ['/open-data/services?page=2&per_page=5', json('/open-data/services/page-2.json')],
        [`/open-data/services/${oneService.id}`, json(`/open-data/services/${oneService.id}.json`)],
        ['/open-data/taxonomies', json('/open-data/taxonomies/page-1.json')],
        ['/open-data/taxonomy_terms?page=1', json('/open-data/taxonomy_terms/page-1.json')],
        ['/open-data/services.json', json('/open-data/services.json')],
      ];
      for (const [path, body] of answers) {
        const res = await get(request, path);
        expect(res.status(), path).toBe(200);
        expect(res.headers()['content-type'], path).toMatch(/^application\/json/);
        expect(res.headers()['access-control-allow-origin'], path).toBe('*');
        expect(await res.json(), path).toEqual(body);
      }
      expect(firstPage.contents).toHaveLength(PAGE_SIZE);
      const taxonomy = json('/open-data/taxonomies/page-1.json').contents[0];
      expect(await (await get(request, `/open-data/taxonomies/${taxonomy.id}`)).json()).toEqual(taxonomy);
      // A page or a service that does not exist is not found.
      for (const path of [
        '/open-data/services?page=99',
        '/open-data/services?page=two',
        '/open-data/services/00000000-0000-5000-8000-000000000000',
      ])
        expect((await get(request, path)).status(), path).toBe(404);
    });
  });
}
