/** Content queries shared by pages and components (the edition is chosen at build time). */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { CategoryId, RoleId } from './lib/taxonomy.ts';
import { directoryCategories, directoryView, type DirectoryItem } from './lib/directory/directory.ts';
import { selectedSiteUrl } from './lib/site/site-url.ts';
import type { HelpContact } from './lib/tree/next-steps.ts';
import { treeForBrowser, type BrowserTree } from './lib/tree/tree.ts';
import { agencyView } from './lib/present/agency.ts';
import { alsoContactIds, contactIds, outcomeContactIds, outcomeView, type OutcomeView } from './lib/present/outcome.ts';
import { localGuide, localOutcome } from './lib/present/local.ts';
import type { Local } from './lib/content/schema.ts';
import { crisisTierIds, crisisView, type CrisisTierView } from './lib/present/crisis.ts';
import type { Outcome } from './lib/tree/tree.ts';
import { languagePageSections, type Language, type LanguageHelp } from './lib/content/languages.ts';
import { serviceKey, toOrukService, type OrukService } from './lib/directory/oruk.ts';

export type AgencyEntry = CollectionEntry<'agencies'>;
export type GuideEntry = CollectionEntry<'guide'>;

/**
 * In a build, each query below runs once and every page shares its answer: with thousands of
 * services, sorting them again for each of thousands of pages was most of the build. The answers
 * are read-only. In `astro dev` nothing is kept, so an edited file shows on the next reload.
 */
const kept = new Map<string, Promise<unknown>>();
function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  if (!import.meta.env.PROD) return load();
  let answer = kept.get(key) as Promise<T> | undefined;
  if (!answer) {
    answer = load();
    kept.set(key, answer);
  }
  return answer;
}

/** Names in A to Z order as people in England expect (one collator: far faster than localeCompare each time). */
const byName = new Intl.Collator('en-GB').compare;

export function getEdition() {
  return once('edition', async () => {
    const all = await getCollection('editions');
    if (!all[0]) throw new Error('No edition was loaded: check EDITION and content/editions/.');
    return { id: all[0].id, ...all[0].data };
  });
}

/** The public address of this edition (SITE_URL, else the edition's site_url), or undefined when not set. */
export async function getSiteUrl(): Promise<string | undefined> {
  return selectedSiteUrl(process.env, (await getEdition()).site_url);
}

export function getAgencies(): Promise<readonly AgencyEntry[]> {
  return once('agencies', async () =>
    (await getCollection('agencies')).sort((a, b) => byName(a.data.name, b.data.name)),
  );
}

async function getAgency(id: string): Promise<AgencyEntry> {
  const entry = await getEntry('agencies', id);
  if (!entry) throw new Error(`Unknown agency "${id}"`);
  return entry;
}

/** Local agencies first (they belong to this edition's folder), then national ones. */
function isLocal(entry: AgencyEntry): boolean {
  return (entry.filePath ?? '').includes('/editions/');
}

/** Agencies named on a page, by id and by role, without repeats, in the order given (see lib/present/outcome.ts). */
export async function resolveContacts(ids: string[], roles: RoleId[]): Promise<AgencyEntry[]> {
  return Promise.all(contactIds(ids, roles, (await getEdition()).roles).map(getAgency));
}

/** The services an outcome's "Also" block names in this edition, less those its page already lists. */
export async function alsoContacts(
  also: NonNullable<Outcome['also']>,
  listed: readonly string[],
): Promise<AgencyEntry[]> {
  return Promise.all(alsoContactIds(also, (await getEdition()).roles, listed).map(getAgency));
}

/**
 * Every service of this edition as Open Referral UK data, in the directory's A to Z order. Ids
 * come from each file's id (and the edition, for its own files), so a national service has the
 * same id in every edition and every build.
 */
export function orukServices(): Promise<readonly OrukService[]> {
  return once('oruk', async () => {
    const edition = (await getEdition()).id;
    return (await getAgencies()).map((e) => toOrukService(serviceKey(e.id, isLocal(e) ? edition : null), e.data));
  });
}

/**
 * The edition's local additions (its local.yaml), or undefined when it has none. The council's
 * duty-to-refer route for any page or tool: `dutyToRefer(await getLocal(), edition.name)` (lib/present/local.ts).
 */
export function getLocal(): Promise<Local | undefined> {
  return once('local', async () => (await getEntry('local', (await getEdition()).id))?.data);
}

/** A guide page's local paragraphs in this edition ("In <edition>"), with their sources. */
export async function getLocalGuide(guideId: string) {
  return localGuide(guideId, await getLocal(), (await getEdition()).name);
}

/**
 * An outcome's contacts in this edition, arranged for its page: "Do this first" and the rest, with
 * the edition's local steps and contacts joined in (lib/present/local.ts).
 */
export async function outcomeContacts(outcome: Outcome): Promise<OutcomeView<AgencyEntry>> {
  const edition = await getEdition();
  const local = localOutcome(outcome.id, await getLocal(), edition.name);
  const ids = outcomeContactIds(outcome, edition.roles, local);
  return outcomeView(outcome, await Promise.all(ids.map(getAgency)), edition.roles, local);
}

/** Every service as the directory sees it (src/lib/directory/directory.ts), with its whole entry. */
export function directoryItems(): Promise<readonly (DirectoryItem & { entry: AgencyEntry })[]> {
  return once('directory-items', async () =>
    (await getAgencies()).map((entry) => ({
      id: entry.id,
      name: entry.data.name,
      local: isLocal(entry),
      categories: entry.data.categories,
      entry,
    })),
  );
}

/** A category's services in the directory's order (this area's first), all on one list. */
export function agenciesInCategory(category: CategoryId): Promise<readonly AgencyEntry[]> {
  return once(`category:${category}`, async () => {
    const view = directoryView(await directoryItems(), category, Number.MAX_SAFE_INTEGER);
    return view.pages.flatMap((p) => p.sections.flatMap((s) => s.items.map((i) => i.entry)));
  });
}

export async function categoriesWithAgencies(): Promise<
  { id: CategoryId; title: string; summary: string; count: number }[]
> {
  return directoryCategories(await directoryItems());
}

export function getGuides(): Promise<readonly GuideEntry[]> {
  return once('guides', async () =>
    (await getCollection('guide')).sort((a, b) => a.data.order - b.data.order || byName(a.data.title, b.data.title)),
  );
}

/** "Need help now?": the crisis tiers with their services (see lib/present/crisis.ts). */
export async function getCrisisTiers(): Promise<CrisisTierView[]> {
  const crisis = await getEntry('crisis', 'crisis');
  if (!crisis) throw new Error('content/crisis.yaml is missing');
  const edition = await getEdition();
  const ids = crisis.data.tiers.flatMap((tier) => crisisTierIds(tier, edition.local_crisis_line));
  const agencies = new Map((await Promise.all(ids.map(getAgency))).map((a) => [a.id, a]));
  return crisisView(crisis.data.tiers, edition.local_crisis_line, (id) => agencies.get(id)!);
}

export async function getBankHolidayDates(): Promise<string[]> {
  const entry = await getEntry('bankHolidays', 'bank-holidays');
  return entry ? entry.data.dates.map((d) => d.date) : [];
}

/** Page addresses live in routes.ts (islands use them too); re-exported here for pages that already import from this file. */
export { agencyHref, guideHref, topicHref, categoryHref } from './lib/site/routes.ts';

export async function getTree() {
  const entry = await getEntry('tree', 'tree');
  if (!entry) throw new Error('content/tree.yaml is missing');
  return entry.data;
}

/** The glossary's terms and meanings (content/glossary.yaml). */
export function getGlossary() {
  return once('glossary', async () => {
    const entry = await getEntry('glossary', 'glossary');
    if (!entry) throw new Error('content/glossary.yaml is missing');
    return entry.data.terms;
  });
}

/** The easy read pictures' alt text, by picture id. */
export function getEasyPictures(): Promise<ReadonlyMap<string, string>> {
  return once('easyPictures', async () => {
    const entry = await getEntry('easyPictures', 'pictures');
    if (!entry) throw new Error('content/easy-read/pictures.yaml is missing');
    return new Map(entry.data.pictures.map((p) => [p.id, p.alt]));
  });
}

/** An easy read page of its own ("start", "crisis", "guides/<guide id>"), or undefined when there is none. */
export async function getEasyPage(id: string) {
  return (await getEntry('easyPages', id))?.data;
}

/** The guide pages that have an easy read version (their ids). */
export function getEasyGuideIds(): Promise<string[]> {
  return once('easyGuideIds', async () =>
    (await getCollection('easyPages'))
      .filter((e) => e.id.startsWith('guides/'))
      .map((e) => e.id.slice('guides/'.length)),
  );
}

/** The tree with only what the browser needs to walk it (questions whole, outcomes by title): see treeForBrowser. */
export async function getTreeForBrowser(): Promise<BrowserTree> {
  return treeForBrowser(await getTree());
}

/** For each question that offers help before its answers, those services' call buttons (see the tree's `help`). */
export async function getQuestionHelp(): Promise<Record<string, HelpContact[]>> {
  const out: Record<string, HelpContact[]> = {};
  for (const n of (await getTree()).nodes) {
    if (n.type !== 'question' || !n.help.length) continue;
    out[n.id] = await Promise.all(
      n.help.map(async (id) => {
        const a = agencyView(id, (await getAgency(id)).data);
        return {
          name: a.name,
          href: a.href,
          phones: a.phones.map(({ verb, display, href, note }) => ({ verb, display, href, note })),
        };
      }),
    );
  }
  return out;
}

/** A question or outcome's own page (the one address, from routes.ts). */
export { helpNode as helpHref } from './lib/site/routes.ts';

/** "Help now in other languages": every language, in their Census 2021 order (most spoken first). */
export function getLanguages(): Promise<readonly { id: string; data: Language }[]> {
  return once('languages', async () =>
    (await getCollection('languages')).sort((a, b) => a.data.census.rank - b.data.census.rank),
  );
}

/** The sections every language page has, in English, with their sources. */
async function getLanguageHelp(): Promise<LanguageHelp> {
  const entry = await getEntry('languageHelp', 'language-help');
  if (!entry) throw new Error('content/language-help.yaml is missing');
  return entry.data;
}

/** A language page's sections, each with its English words and the service's number from its own file. */
export async function languagePage(language: Language) {
  const help = await getLanguageHelp();
  const ids = help.sections.flatMap((s) => (s.agency ? [s.agency] : []));
  const agencies = new Map(
    (await Promise.all(ids.map(getAgency))).map((a) => [
      a.id,
      { name: a.data.name, numbers: a.data.phones.filter((p) => p.type === 'voice').map((p) => p.number) },
    ]),
  );
  return { help, sections: languagePageSections(help, language, agencies) };
}
