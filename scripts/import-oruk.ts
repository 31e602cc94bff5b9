/**
 * npm run import:oruk -- <file-or-url> --edition <id> [--source <https address>] [--category <id>]
 *   [--name <edition name>] [--council <council name>] [--dry-run]
 *
 * Reads an Open Referral UK feed and writes one agency YAML file per service into
 * content/editions/<id>/agencies/. From an address it reads every page (up to total_pages) and,
 * when the list gives only summaries, each service in full from /services/{id}. A saved file is
 * read as it is (its other pages are not). Services the feed marks defunct or inactive, that fail
 * the content check, or that the guide already has nationally are left out, with the reasons;
 * what a kept service loses (an http:// address, fields the guide has no place for) is listed.
 * Re-importing updates each service in its own file, keeping what the feed does not carry.
 * A new edition gets a draft edition.yaml, so no edition's build breaks.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { draftEdition, importFeed, pagesMissing, readFeed } from '../src/lib/directory/oruk-import.ts';
import { serviceKey, stableUuid } from '../src/lib/directory/oruk.ts';
import { pinnedNumbersSchema, pinsFrom, type PinnedNumbers } from '../src/lib/directory/pinned-numbers.ts';
import { PINNED_NUMBERS_FILE } from '../src/lib/content/content-paths.ts';
import { ContentFileError, readContent, readContentFile, readFolder } from '../src/build-tools/content-reader.ts';
import { londonToday } from '../src/lib/directory/hours.ts';
import { CATEGORY_IDS, type CategoryId } from '../src/lib/taxonomy.ts';

const USAGE =
  'Usage: npm run import:oruk -- <file-or-url> --edition <id> [--source <https address>] [--category <id>] [--name <edition name>] [--council <council name>] [--dry-run]';
const fail = (m: string): never => {
  console.error(m);
  process.exit(2);
};
const options = {
  edition: { type: 'string' },
  source: { type: 'string' },
  category: { type: 'string' },
  name: { type: 'string' },
  council: { type: 'string' },
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

let feed: unknown;
const readNotes: string[] = [];
async function getJson(url: string): Promise<unknown> {
  const res = await fetch(url, { headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.json();
}
if (isUrl) {
  try {
    const read = await readFeed(from!, getJson);
    feed = read.services;
    readNotes.push(...read.notes);
  } catch (e) {
    fail(`${from}: could not be read (${(e as Error).message}). Fix: check the address answers with the feed's JSON.`);
  }
} else {
  try {
    feed = JSON.parse(readFileSync(from!, 'utf8'));
  } catch (e) {
    fail(`${from}: is not a JSON file that can be read (${(e as Error).message.split('\n')[0]}).`);
  }
  const missing = pagesMissing(feed);
  if (missing)
    readNotes.push(
      `${from} is one page of a feed with ${missing + 1} pages: only its own services were read. Fix: give the feed's address to read every page.`,
    );
}

const root = process.cwd();
const content = join(root, 'content');
const dir = join(content, 'editions', edition, 'agencies');
const national = readFolder(root, 'agencies').map((f) => ({
  id: f.id,
  name: String((f.data as { name?: unknown }).name ?? ''),
}));
// The edition's own files: a service imported before is updated in its own file.
const previous = readFolder(root, 'agencies', edition)
  .filter((f) => f.edition === edition && f.data && typeof f.data === 'object')
  .map((f) => {
    const data = f.data as Record<string, unknown>;
    const feedId = typeof data.feed_id === 'string' ? data.feed_id : undefined;
    return { id: f.id, data, publishedId: feedId ?? stableUuid(`service/${serviceKey(f.id, edition)}`) };
  });
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
const { agencies, leftOut, dropped } = importFeed(feed, {
  feedUrl: feedUrl!,
  today,
  existing: national,
  previous,
  pins,
  defaultCategory: values.category as CategoryId | undefined,
});

const editionFile = join(content, 'editions', edition, 'edition.yaml');
const draft = existsSync(editionFile)
  ? undefined
  : draftEdition({
      edition,
      name:
        values.name ??
        edition.replace(/(^|-)([a-z])/g, (_, sep: string, c: string) => `${sep ? ' ' : ''}${c.toUpperCase()}`),
      council: values.council ?? `the council for ${edition}`,
      today,
      agencies,
      outcomes: outcomeIds(),
    });
/** The decision tree's outcomes (content/tree.yaml), for a new edition's draft local.yaml. */
function outcomeIds(): string[] {
  const tree = readContent(root, today).input.tree?.data as { nodes?: { id?: unknown; type?: unknown }[] } | undefined;
  return (tree?.nodes ?? []).filter((n) => n.type === 'outcome').map((n) => String(n.id));
}
const localFile = join(content, 'editions', edition, 'local.yaml');
if (!values['dry-run']) {
  mkdirSync(dir, { recursive: true });
  for (const a of agencies) {
    const header = `# Imported from the Open Referral UK feed ${feedUrl} on ${today}. Check every detail against the service's own page before publishing.\n`;
    writeFileSync(join(dir, `${a.id}.yaml`), header + stringify(a.data, { lineWidth: 100 }));
  }
  if (draft) writeFileSync(editionFile, draft.text);
  if (draft && !existsSync(localFile)) writeFileSync(localFile, draft.local);
}
const verb = values['dry-run'] ? 'Would write' : 'Wrote';
console.log(
  `${verb} ${agencies.length} service${agencies.length === 1 ? '' : 's'} to content/editions/${edition}/agencies/:`,
);
for (const a of agencies)
  console.log(`  ${a.updated ? '~' : '+'} ${a.id}.yaml  ${a.name}${a.updated ? ' (updated)' : ''}`);
if (readNotes.length) {
  console.log('Reading the feed:');
  for (const n of readNotes) console.log(`  - ${n}`);
}
if (dropped.length) {
  console.log(`Kept, without some of their details (${dropped.length}):`);
  for (const d of dropped) console.log(`  - ${d.name}\n      ${d.notes.join('\n      ')}`);
}
if (leftOut.length) {
  console.log(`Left out ${leftOut.length}:`);
  for (const l of leftOut) console.log(`  - ${l.name}\n      ${l.reasons.join('\n      ')}`);
}
if (draft) {
  console.log(
    `${verb} a draft content/editions/${edition}/edition.yaml and local.yaml. Before publishing, replace the national fallback for: ${draft.fallbacks.join(', ')}; choose local numbers for the outcomes in local.yaml; and set the publisher (docs/editions.md, "Start a new edition").`,
  );
}
