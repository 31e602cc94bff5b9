import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './src/build-tools/browser.ts';

const PORT = Number(process.env.E2E_PORT ?? 4322);
/** The second edition's site, served on the next port (npm run build:bradford writes it). */
const SECOND_PORT = PORT + 1;
const SECOND_DIR = 'dist-bradford';
const withSecond = existsSync(SECOND_DIR) || !!process.env.CI;
if (!withSecond) console.log(`(${SECOND_DIR}/ not built: the Bradford journeys are not run. npm run build:bradford builds it; npm test does.)`);

const preview = (port: number) => `npx astro preview --ignore-lock --host 127.0.0.1 --port ${port}`;

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
    ...(withSecond ? [{ name: 'bradford', testDir: 'tests/e2e-bradford', use: { baseURL: `http://127.0.0.1:${SECOND_PORT}` } }] : []),
  ],
  webServer: [
    {
      // Tests run against the built site (npm run build first; npm test does both).
      command: preview(PORT),
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    ...(withSecond
      ? [{ command: preview(SECOND_PORT), env: { OUT_DIR: SECOND_DIR }, url: `http://127.0.0.1:${SECOND_PORT}/`, reuseExistingServer: !process.env.CI, timeout: 60_000 }]
      : []),
  ],
});
