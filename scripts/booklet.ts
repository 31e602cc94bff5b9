/**
 * npm run booklet: build the site, then print the booklet to PDF (A5 for folding, A4 for home
 * printers). Options: --large-print (also a large-print A4), --no-build (use dist/ as it is),
 * --out <folder> (default booklet/), --site <folder> (where the site is built for printing,
 * default .booklet-site/). EDITION and SITE_URL work as for the build.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { makeBooklets, VARIANTS } from '../src/components/booklet/print.ts';

const { values } = parseArgs({
  options: {
    'large-print': { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    out: { type: 'string', default: 'booklet' },
    site: { type: 'string', default: '.booklet-site' },
  },
});

const started = Date.now();
let siteDir = 'dist';
if (!values['no-build']) {
  siteDir = values.site;
  rmSync(siteDir, { recursive: true, force: true });
  console.log(`Building the ${process.env.EDITION || 'default'} edition into ${siteDir}/ …`);
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], {
    stdio: 'inherit',
    env: { ...process.env, OUT_DIR: siteDir },
  });
}
if (!process.env.SITE_URL) {
  console.warn('SITE_URL is not set: unless the edition has site_url, the booklet is a draft without QR codes (see README).');
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
