/**
 * How the site grows: builds a copy of the project with made-up services and guide pages added, at
 * the sizes given, and prints what each build costs (run `npm run bench:scale`; not part of npm test).
 *
 *   npm run bench:scale                      # 500, 5000 and 10000 services (100, 500, 500 pages)
 *   npm run bench:scale -- 500:100           # services:guide pages, one or more
 *   npm run bench:scale -- 50000:500         # national scale: about 10 to 15 minutes and 2.5 GB free memory
 *
 * Each size is built in its own copy of the project in the system's temporary folder (without
 * node_modules, which is linked, and without any built site), with the default edition. The made-up
 * content is in the project's own formats and passes the content check: services without phone
 * numbers (no number is ever invented) but with opening hours, so cards carry their open-now line;
 * a quarter of them with a made-up street address and coordinates, a fifth with a monthly drop-in.
 * Set BENCH_PORT to preview on another port (default 4802), KEEP=1 to keep the copies.
 */
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  globSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../src/build-tools/browser.ts';
import { BUILD_COMMAND } from '../src/build-tools/build-env.ts';
import { CATEGORY_IDS } from '../src/lib/taxonomy.ts';
import { pages, precacheBytes, searchBytes, startPreview } from './benchmark.ts';

const ROOT = resolve('.');
const PORT = Number(process.env.BENCH_PORT ?? 4802);
const LEAVE_OUT = new Set(['node_modules', '.git', '.astro', 'test-results', 'playwright-report']);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

interface Size {
  services: number;
  guides: number;
}

function sizesFrom(args: string[]): Size[] {
  const given = args.length ? args : ['500:100', '5000:500', '10000:500'];
  return given.map((arg) => {
    const [services, guides = '100'] = arg.split(':');
    const size = { services: Number(services), guides: Number(guides) };
    if (!Number.isInteger(size.services) || !Number.isInteger(size.guides) || size.services < 0 || size.guides < 0) {
      throw new Error(`"${arg}" is not a size. Write services:guide pages, for example 500:100.`);
    }
    return size;
  });
}

/** A date a few days before today (YYYY-MM-DD), so that no "checked" date is in the future. */
const recent = new Date(Date.now() - 5 * 86_400_000).toISOString().slice(0, 10);

// One word for each letter, so that made-up names spread over the A to Z list as real ones do.
const WORDS = [
  'Acorn',
  'Beacon',
  'Cedar',
  'Dove',
  'Elm',
  'Fern',
  'Grove',
  'Harbour',
  'Ivy',
  'Juniper',
  'Kestrel',
  'Lantern',
  'Meadow',
  'Nest',
  'Oak',
  'Pine',
  'Quay',
  'Rowan',
  'Spring',
  'Thistle',
  'Unity',
  'Vale',
  'Willow',
  'Xylo',
  'Yew',
  'Zephyr',
];
const TOPICS = ['homelessness', 'tenancy', 'hospital-and-care', 'supported-housing'];
const pad = (n: number) => String(n).padStart(5, '0');

/**
 * A made-up street address with a point inside England (spread over a box from the Midlands to the
 * south coast), as an import of a council's feed brings: for the directory's "Nearest first".
 */
function place(i: number): string {
  const latitude = (50.8 + ((i * 7919) % 20000) / 10000).toFixed(4);
  const longitude = (-2.5 + ((i * 104729) % 30000) / 10000).toFixed(4);
  return `physical_address:
  address_1: ${i} Made-up Street
  city: Benchtown
  latitude: ${latitude}
  longitude: ${longitude}
sources:
  - title: Made-up feed entry ${pad(i)}
    url: https://feed.bench.example/services/${pad(i)}
    checked: "${recent}"
`;
}

/** A monthly drop-in (the 2nd and 4th Thursday, or the 1st and 15th of the month), as council feeds carry. */
function monthly(i: number): string {
  return i % 2 === 0
    ? `    - byday: [TH]
      weeks_of_month: [2, 4]
      opens_at: "18:00"
      closes_at: "20:00"
`
    : `    - byday: [MO, TU, WE, TH, FR, SA, SU]
      days_of_month: [1, 15]
      opens_at: "10:00"
      closes_at: "12:00"
      valid_from: "2026-01-01"
`;
}

function service(i: number, local: boolean): string {
  const word = WORDS[i % WORDS.length];
  const categories = [
    CATEGORY_IDS[i % CATEGORY_IDS.length],
    ...(i % 3 === 0 ? [CATEGORY_IDS[(i + 3) % CATEGORY_IDS.length]] : []),
  ];
  return `# Made up by npm run bench:scale: not a real service.
name: ${word} support service ${pad(i)}
organization: ${word} community trust
description: >-
  A made-up service used to measure how the site grows. It helps people keep their home, sort out
  money worries and find support for their mental health.
alternate_names:
  - ${word.toLowerCase()} help
categories: [${categories.join(', ')}]
service_area: ${local ? 'Medway' : 'England'}
${i % 4 === 0 ? place(i) : ''}hours:
  regular_schedule:
    - byday: [MO, TU, WE, TH, FR]
      opens_at: "09:00"
      closes_at: "17:00"
${i % 5 === 0 ? monthly(i) : ''}  bank_holidays: closed
what_to_bring:
  - Any letters about your home or your money.
last_verified: "${recent}"
`;
}

function guide(i: number): string {
  return `---
title: "${WORDS[i % WORDS.length]} guide page ${pad(i)}"
summary: A made-up page used to measure how the site grows.
topic: ${TOPICS[i % TOPICS.length]}
audience: both
order: ${100 + i}
last_reviewed: "${recent}"
sources:
  - title: Homelessness code of guidance for local authorities (GOV.UK)
    url: https://www.gov.uk/guidance/homelessness-code-of-guidance-for-local-authorities
    checked: "${recent}"
---

This page is made up. It is here to see how the site copes with many pages.

## If you get a letter about eviction

Read the letter. Keep it safe. Ask for help soon. The council can help you. An adviser can check
the letter with you. You do not have to do this on your own.

## What to take with you

Take the letter, your tenancy agreement and any letters about your rent or your benefits. Take a
list of the people who help you now.

## If you feel worse

Tell someone you trust. Your GP can help. If you are in danger now, call 999.
`;
}

/** A copy of the project with the made-up content added; node_modules is linked, not copied. */
function prepare(size: Size): string {
  const dir = mkdtempSync(join(tmpdir(), `bench-scale-${size.services}-`));
  for (const name of readdirSync(ROOT)) {
    if (LEAVE_OUT.has(name) || name.startsWith('dist')) continue;
    cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const local = Math.round(size.services / 5);
  const localDir = join(dir, 'content/editions/medway/agencies');
  mkdirSync(localDir, { recursive: true });
  for (let i = 1; i <= size.services; i++) {
    const isLocal = i <= local;
    writeFileSync(
      join(isLocal ? localDir : join(dir, 'content/agencies'), `bench-service-${pad(i)}.yaml`),
      service(i, isLocal),
    );
  }
  for (let i = 1; i <= size.guides; i++)
    writeFileSync(join(dir, 'content/guide', `bench-page-${pad(i)}.mdx`), guide(i));
  return dir;
}

/** Builds the copy, timing it; peak memory from /usr/bin/time -v when there is one. */
async function build(dir: string): Promise<{ ms: number; peakBytes?: number }> {
  const env = { ...process.env };
  delete env.EDITION;
  delete env.OUT_DIR;
  const astro = [process.execPath, ...BUILD_COMMAND];
  const timed = existsSync('/usr/bin/time');
  const [cmd, ...args] = timed ? ['/usr/bin/time', '-v', ...astro] : astro;
  const start = Date.now();
  const { code, output } = await new Promise<{ code: number | null; output: string }>((done) => {
    const child = spawn(cmd, args, { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (c) => done({ code: c, output }));
  });
  const ms = Date.now() - start;
  if (code !== 0) throw new Error(`The build in ${dir} failed:\n${output.slice(-4000)}`);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(output);
  return { ms, peakBytes: rss ? Number(rss[1]) * 1024 : undefined };
}

/** The largest HTML file of the built site (or of one folder of it), and where it is. */
function largestPage(dist: string, under = ''): { path: string; bytes: number } {
  let best = { path: '', bytes: 0 };
  for (const f of globSync('**/*.html', { cwd: join(dist, under) })) {
    const full = join(dist, under, f);
    const bytes = statSync(full).size;
    if (bytes > best.bytes) best = { path: `/${relative(dist, full)}`, bytes };
  }
  return best;
}

async function main() {
  const sizes = sizesFrom(process.argv.slice(2));
  const rows: string[] = [];
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    for (const size of sizes) {
      console.log(`Building with ${size.services} services and ${size.guides} guide pages…`);
      const dir = prepare(size);
      try {
        const { ms, peakBytes } = await build(dir);
        const dist = join(dir, 'dist');
        const largest = largestPage(dist);
        const directory = largestPage(dist, 'directory');
        const server = await startPreview(PORT, dir);
        let search: { first: number; all: number };
        try {
          search = await searchBytes(browser, `http://127.0.0.1:${PORT}`);
        } finally {
          server.kill();
        }
        rows.push(
          `| ${size.services} | ${size.guides} | ${pages(dist).length} | ${(ms / 1000).toFixed(1)} s | ${peakBytes ? mb(peakBytes) : 'not measured'} | ${kb(precacheBytes(dist))} | ${kb(largest.bytes)} (${largest.path}) | ${kb(directory.bytes)} (${directory.path}) | ${kb(search.first)} | ${kb(search.all)} |`,
        );
      } finally {
        if (process.env.KEEP) console.log(`Kept ${dir}`);
        else rmSync(dir, { recursive: true, force: true });
      }
    }
  } finally {
    await browser.close();
  }
  console.log(
    '\n| services | guide pages added | pages built | build time | peak memory | offline copy (precache) | largest page HTML | largest directory page HTML | first search results (gzip) | whole search, with services (gzip) |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|---|---|---:|---:|');
  for (const r of rows) console.log(r);
}

await main();
