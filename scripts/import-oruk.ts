/**
 * npm run import:oruk -- <file-or-url> --edition <id> [--source <https address>] [--category <id>] [--dry-run]
 *
 * Reads an Open Referral UK feed (a page of services as GET /services returns, a list of
 * services, or one service) and writes one agency YAML file per service into
 * content/editions/<id>/agencies/. The feed's address (or --source, for a file) is kept as
 * each service's source, checked today. Anything that fails the content check, or that the
 * guide already has, is left out and listed with the reasons. Existing files are never
 * overwritten.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';
import { importFeed } from '../src/lib/oruk-import.ts';
import { PINNED_FILE, pinnedNumbersSchema, pinsFrom } from '../src/lib/pinned-numbers.ts';
import { londonToday } from '../src/lib/hours.ts';
import { CATEGORY_IDS, type CategoryId } from '../src/lib/taxonomy.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { edition: { type: 'string' }, source: { type: 'string' }, category: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } },
});
const from = positionals[0];
const fail = (m: string): never => {
  console.error(m);
  process.exit(2);
};
if (!from || !values.edition) fail('Usage: npm run import:oruk -- <file-or-url> --edition <id> [--source <https address>] [--category <id>] [--dry-run]');
const edition = values.edition!;
if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(edition)) fail(`--edition ${edition}: use lowercase words joined by hyphens, e.g. bradford.`);
const isUrl = /^https?:\/\//.test(from!);
const feedUrl = values.source ?? (isUrl ? from! : undefined);
if (!feedUrl || !/^https:\/\//.test(feedUrl))
  fail("Give the feed's public https:// address: read it from that address, or add --source <https address> for a saved file.");
if (values.category && !(CATEGORY_IDS as readonly string[]).includes(values.category))
  fail(`--category ${values.category}: use one of ${CATEGORY_IDS.join(', ')}.`);

const text = isUrl ? await (await fetch(from!)).text() : readFileSync(from!, 'utf8');
let feed: unknown;
try {
  feed = JSON.parse(text);
} catch (e) {
  fail(`${from}: is not JSON (${(e as Error).message}).`);
}

const content = join(process.cwd(), 'content');
const dir = join(content, 'editions', edition, 'agencies');
const existing = [join(content, 'agencies'), dir].flatMap((d) =>
  existsSync(d)
    ? readdirSync(d)
        .filter((n) => /\.ya?ml$/.test(n))
        .map((n) => ({ id: n.replace(/\.ya?ml$/, ''), name: String(parse(readFileSync(join(d, n), 'utf8'))?.name ?? '') }))
    : [],
);
const today = londonToday();
// The pinned crisis numbers: a service giving one of them (or a slip away from one) is left out, as the content check would refuse it.
const pinnedTable = pinnedNumbersSchema(today).safeParse(parse(readFileSync(join(process.cwd(), PINNED_FILE), 'utf8')));
if (!pinnedTable.success) fail(`${PINNED_FILE}: does not pass the content check. Fix: run npm run check:content and fix it first.`);
const pins = pinsFrom(pinnedTable.data);
const { agencies, leftOut } = importFeed(feed, { feedUrl: feedUrl!, today, existing, pins, defaultCategory: values.category as CategoryId | undefined });

if (!values['dry-run']) {
  mkdirSync(dir, { recursive: true });
  for (const a of agencies) {
    const header = `# Imported from the Open Referral UK feed ${feedUrl} on ${today}. Check every detail against the service's own page before publishing.\n`;
    writeFileSync(join(dir, `${a.id}.yaml`), header + stringify(a.data, { lineWidth: 100 }));
  }
}
console.log(
  `${values['dry-run'] ? 'Would write' : 'Wrote'} ${agencies.length} service${agencies.length === 1 ? '' : 's'} to content/editions/${edition}/agencies/:`,
);
for (const a of agencies) console.log(`  + ${a.id}.yaml  ${a.name}`);
if (leftOut.length) {
  console.log(`Left out ${leftOut.length}:`);
  for (const l of leftOut) console.log(`  - ${l.name}\n      ${l.reasons.join('\n      ')}`);
}
if (!existsSync(join(content, 'editions', edition, 'edition.yaml'))) {
  console.log(`content/editions/${edition}/edition.yaml does not exist yet: see "Start a new edition" in docs/editions.md.`);
}
