/**
 * npm run booklet: build the site with its booklet pages, then print the booklet to PDF (A5 for
 * folding, A4 for home printers). The site's own build (npm run build) has no booklet pages: this
 * build adds them (BOOKLET_PAGES=1, see src/build-tools/booklet-build.ts) in a folder of its own.
 * Options: --large-print (also a large-print A4 and the easy read A4), --site <folder> (where the site is built for
 * printing, default .booklet-site/), --no-build (print the site already built in that folder),
 * --out <folder> (default booklet/). EDITION and SITE_URL work as for the build.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { makeBooklets, VARIANTS } from '../src/build-tools/booklet-print.ts';
import { BOOKLET_PAGES, BOOKLET_PAGES_VAR } from '../src/build-tools/booklet-build.ts';
import { BUILD_COMMAND } from '../src/build-tools/build-env.ts';

const { values } = parseArgs({
  options: {
    'large-print': { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    out: { type: 'string', default: 'booklet' },
    site: { type: 'string', default: '.booklet-site' },
  },
});

const started = Date.now();
const siteDir = values.site;
if (!values['no-build']) {
  rmSync(siteDir, { recursive: true, force: true });
  console.log(`Building the ${process.env.EDITION || 'default'} edition with its booklet pages into ${siteDir}/ …`);
  execFileSync(process.execPath, [...BUILD_COMMAND, '--silent'], {
    stdio: 'inherit',
    env: { ...process.env, OUT_DIR: siteDir, [BOOKLET_PAGES_VAR]: '1' },
  });
}
// The site's own build (npm run build, dist/) has no booklet pages: --no-build needs a folder this script built.
if (BOOKLET_PAGES.some((p) => !existsSync(join(siteDir, p.path, 'index.html')))) {
  const why = existsSync(siteDir) ? 'has no booklet pages (npm run build leaves them out)' : 'does not exist';
  console.error(
    `booklet: ${siteDir}/ ${why}. Fix: run npm run booklet without --no-build, or give --site a folder it built.`,
  );
  process.exit(1);
}
if (!process.env.SITE_URL) {
  console.warn(
    'SITE_URL is not set: unless the edition has site_url, the booklet is a draft without QR codes (see docs/printing-and-kiosk.md).',
  );
}

const variants = VARIANTS.filter((v) => values['large-print'] || !v.largePrint);
const { edition, results } = await makeBooklets(siteDir, variants);
mkdirSync(values.out, { recursive: true });
const rows = results.map((r) => {
  const file = join(values.out, `${edition}-${r.variant.name}.pdf`);
  writeFileSync(file, r.pdf);
  return { file, pages: r.pages, size: `${(r.pdf.length / 1024).toFixed(0)} KB`, passes: r.passes };
});
console.table(rows);
console.log(`Booklets ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
