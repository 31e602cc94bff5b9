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
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { importFeed } from '../src/lib/directory/oruk-import.ts';
import { pinnedNumbersSchema, pinsFrom, type PinnedNumbers } from '../src/lib/directory/pinned-numbers.ts';
import { PINNED_NUMBERS_FILE } from '../src/lib/content/content-paths.ts';
import { ContentFileError, readContentFile, readFolder } from '../src/build-tools/content-reader.ts';
import { londonToday } from '../src/lib/directory/hours.ts';
import { CATEGORY_IDS, type CategoryId } from '../src/lib/taxonomy.ts';

const USAGE =
  'Usage: npm run import:oruk -- <file-or-url> --edition <id> [--source <https address>] [--category <id>] [--dry-run]';
const fail = (m: string): never => {
  console.error(m);
  process.exit(2);
};
const options = {
  edition: { type: 'string' },
  source: { type: 'string' },
  category: { type: 'string' },
  'dry-run': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;
let parsed: ReturnType<typeof parseArgs<{ allowPositionals: true; options: typeof options }>>;
try {
  parsed = parseArgs({ allowPositionals: true, options });
} catch (e) {
  const option = /option '([^']+)'/.exec((e as Error).message)?.[1];
  parsed = fail(
    `${option ? `${option} is not an option` : (e as Error).message.split('\n')[0]}. Fix: use only the options below.\n${USAGE}`,
  );
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const from = positionals[0];
if (!from || !values.edition) fail(USAGE);
const edition = values.edition!;
if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(edition))
  fail(`--edition ${edition}: use lowercase words joined by hyphens, e.g. bradford.`);
const isUrl = /^https?:\/\//.test(from!);
const feedUrl = values.source ?? (isUrl ? from! : undefined);
if (!feedUrl || !/^https:\/\//.test(feedUrl))
  fail(
    "Give the feed's public https:// address: read it from that address, or add --source <https address> for a saved file.",
  );
if (values.category && !(CATEGORY_IDS as readonly string[]).includes(values.category))
  fail(`--category ${values.category}: use one of ${CATEGORY_IDS.join(', ')}.`);

const text = isUrl ? await (await fetch(from!)).text() : readFileSync(from!, 'utf8');
let feed: unknown;
try {
  feed = JSON.parse(text);
} catch (e) {
  fail(`${from}: is not JSON (${(e as Error).message}).`);
}

const root = process.cwd();
const content = join(root, 'content');
const dir = join(content, 'editions', edition, 'agencies');
const existing = readFolder(root, 'agencies', edition).map((f) => ({
  id: f.id,
  name: String((f.data as { name?: unknown }).name ?? ''),
}));
const today = londonToday();
// The pinned crisis numbers: a service giving one of them (or a slip away from one) is left out, as the content check would refuse it.
let pinnedTable: PinnedNumbers | undefined;
try {
  pinnedTable = readContentFile(root, PINNED_NUMBERS_FILE, pinnedNumbersSchema(today));
} catch (e) {
  if (!(e instanceof ContentFileError)) throw e;
  fail(e.message);
}
if (!pinnedTable)
  fail(
    `content/${PINNED_NUMBERS_FILE}: is missing. Fix: put the file back (git checkout -- content/${PINNED_NUMBERS_FILE}).`,
  );
const pins = pinsFrom(pinnedTable!);
const { agencies, leftOut } = importFeed(feed, {
  feedUrl: feedUrl!,
  today,
  existing,
  pins,
  defaultCategory: values.category as CategoryId | undefined,
});

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
  console.log(
    `content/editions/${edition}/edition.yaml does not exist yet: see "Start a new edition" in docs/editions.md.`,
  );
}
