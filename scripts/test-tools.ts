/**
 * The first step of `npm test`: make sure the machine has what the tests need besides Node (a
 * Chromium, poppler-utils for the booklet PDFs, and Caddy and nginx for the deploy settings). Installs what is missing where it can
 * (Debian's packages when root or sudo works; otherwise Playwright's own Chromium), and otherwise
 * stops with one line saying what to install. See src/build-tools/test-tools-plan.ts.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from '../src/build-tools/browser.ts';
import {
  PDF_COMMANDS,
  SERVER_COMMANDS,
  stillMissing,
  toolPlan,
  type MachineState,
} from '../src/build-tools/test-tools-plan.ts';

function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function chromium(): string | null {
  try {
    return findChromium();
  } catch {
    return null;
  }
}

function look(): MachineState {
  return {
    chromium: chromium(),
    missingPdf: PDF_COMMANDS.filter((c) => !onPath(c)),
    missingServers: SERVER_COMMANDS.filter((c) => !onPath(c) && !existsSync(`/usr/sbin/${c}`)),
    debian: existsSync('/etc/debian_version') && onPath('apt-get'),
    root: process.getuid?.() === 0,
    sudo: onPath('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0,
  };
}

const before = look();
for (const step of toolPlan(before)) {
  if (step.kind === 'apt') {
    console.log(`Installing from Debian's packages: ${step.packages.join(' ')}`);
    const run = (args: string[]) => {
      const [cmd, ...rest] = step.sudo ? ['sudo', '-n', ...args] : args;
      execFileSync(cmd, rest, {
        stdio: ['ignore', 'ignore', 'inherit'],
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    };
    run(['apt-get', 'update', '-qq']);
    run(['apt-get', 'install', '-y', '-qq', ...step.packages]);
  } else if (step.kind === 'playwright-browser') {
    console.log("Downloading Playwright's own Chromium (npx playwright install chromium)");
    spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  }
}
const missing = stillMissing(look());
if (missing) {
  console.error(missing);
  process.exit(1);
}
const after = look();
if (JSON.stringify(after) !== JSON.stringify(before) || process.argv.includes('--verbose'))
  console.log(`Browser for the tests: ${after.chromium}`);
