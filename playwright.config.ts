import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './src/build-tools/browser.ts';

const PORT = Number(process.env.E2E_PORT ?? 4322);
/** The second edition's site, served on the next port (npm run build:bradford writes it). */
const SECOND_PORT = PORT + 1;
const SECOND_DIR = 'dist-bradford';
const withSecond = existsSync(SECOND_DIR) || !!process.env.CI;
if (!withSecond)
  console.log(
    `(${SECOND_DIR}/ not built: the Bradford journeys are not run. npm run build:bradford builds it; npm test does.)`,
  );

// One way to serve the built site in every test: the plain static server in src/build-tools/static-server.ts,
// which serves dist/ as a web host would. The offline and CSP tests start their own copy of the same server
// (they stop it, or send the host's _headers); here it serves each edition's folder on its own port.
const serve = (dir: string, port: number) => `node scripts/serve.ts ${dir} ${port}`;

export default defineConfig({
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 30_000,
  // Tests wait for readiness signals (an island's data-ready, a page's own status text), never for a fixed time;
  // this is only how long a signal may take on a busy machine before the test fails.
  expect: { timeout: 10_000 },
  use: {
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions(),
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    serviceWorkers: 'block',
  },
  projects: [
    { name: 'medway', testDir: 'tests/e2e', use: { baseURL: `http://127.0.0.1:${PORT}` } },
    ...(withSecond
      ? [{ name: 'bradford', testDir: 'tests/e2e-bradford', use: { baseURL: `http://127.0.0.1:${SECOND_PORT}` } }]
      : []),
  ],
  webServer: [
    {
      // Tests run against the built site (npm run build first; npm test does both).
      command: serve('dist', PORT),
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    ...(withSecond
      ? [
          {
            command: serve(SECOND_DIR, SECOND_PORT),
            url: `http://127.0.0.1:${SECOND_PORT}/`,
            reuseExistingServer: !process.env.CI,
            timeout: 60_000,
          },
        ]
      : []),
  ],
});
