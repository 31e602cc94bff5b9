/**
 * The booklet's content, loaded once for every part of it: from astro:content, put in order by
 * bookletModel (lib/present/booklet-model.ts), with the guide pages' text. The flowchart's drawings are
 * a build tool's work (build-tools/booklet-drawings.ts): the print pages get them and pass them on.
 */
import { render } from 'astro:content';
import {
  agenciesInCategory,
  categoriesWithAgencies,
  getAgencies,
  getEdition,
  getGlossary,
  getGuides,
  getLocal,
  getSiteUrl,
  getTree,
} from './site-data.ts';
import { bookletModel } from './lib/present/booklet-model.ts';
import { absoluteUrl } from './lib/site/site-url.ts';
import { londonToday } from './lib/directory/hours.ts';

async function load() {
  const [edition, site, tree, agencies, guides, categories, glossary, local] = await Promise.all([
    getEdition(),
    getSiteUrl(),
    getTree(),
    getAgencies(),
    getGuides(),
    categoriesWithAgencies(),
    getGlossary(),
    getLocal(),
  ]);
  const directory = await Promise.all(
    categories.map(async (c) => ({
      id: c.id,
      title: c.title,
      summary: c.summary,
      agencies: (await agenciesInCategory(c.id)).map((a) => a.id),
    })),
  );
  const model = bookletModel({
    tree,
    agencies,
    guides,
    directory,
    editionRoles: edition.roles,
    glossary,
    local,
    editionName: edition.name,
  });
  const guidePages = await Promise.all(
    model.guides.map(async (g) => ({ ...g, Content: (await render(g.guide)).Content })),
  );
  return {
    edition,
    /** The edition's public address, if known; without it the booklet is a draft with no QR codes. */
    site,
    home: site ? absoluteUrl(site, '/') : undefined,
    today: londonToday(),
    tree,
    model,
    guidePages,
  };
}

let cached: ReturnType<typeof load> | undefined;

/** Everything the booklet prints but its drawings (loaded once per build). */
export function loadBooklet() {
  cached ??= load();
  return cached;
}

type BookletContent = Awaited<ReturnType<typeof load>>;
/** What each part of the booklet gets: its content and the flowchart's drawings (one SVG per question). */
export type BookletData = BookletContent & { drawings: string[] };
