/**
 * The booklet's data, loaded once for every part of it: the content from astro:content, put in
 * order by bookletModel (lib/present/booklet.ts), the flowchart's drawings and the guide pages' text.
 */
import { render } from 'astro:content';
import { agenciesInCategory, categoriesWithAgencies, getAgencies, getEdition, getGlossary, getGuides, getSiteUrl, getTree } from '../../site-data.ts';
import { bookletModel } from '../../lib/present/booklet.ts';
import { absoluteUrl } from '../../lib/site-url.ts';
import { londonToday } from '../../lib/hours.ts';
import { treeToMermaid } from '../../lib/tree-mermaid.ts';
import { COMPACT_FLOWCHART, renderMermaid } from '../../build-tools/mermaid.ts';

async function load() {
  const [edition, site, tree, agencies, guides, categories, glossary] = await Promise.all([
    getEdition(),
    getSiteUrl(),
    getTree(),
    getAgencies(),
    getGuides(),
    categoriesWithAgencies(),
    getGlossary(),
  ]);
  const directory = await Promise.all(
    categories.map(async (c) => ({ id: c.id, title: c.title, summary: c.summary, agencies: (await agenciesInCategory(c.id)).map((a) => a.id) })),
  );
  const model = bookletModel({ tree, agencies, guides, directory, editionRoles: edition.roles, glossary });
  // The flowchart on paper: one small drawing per question (the question and where each answer
  // leads), left to right so that the answers stack down the page and the words stay a readable size.
  const questionIds = model.questions.map((q) => q.question.id);
  const drawings = await renderMermaid(
    questionIds.map((id) => treeToMermaid(tree, { from: id, stopAt: questionIds, direction: 'LR' })),
    'booklet',
    COMPACT_FLOWCHART,
  );
  const guidePages = await Promise.all(model.guides.map(async (g) => ({ ...g, Content: (await render(g.guide)).Content })));
  return {
    edition,
    /** The edition's public address, if known; without it the booklet is a draft with no QR codes. */
    site,
    home: site ? absoluteUrl(site, '/') : undefined,
    today: londonToday(),
    model,
    drawings,
    guidePages,
  };
}

let cached: ReturnType<typeof load> | undefined;

/** Everything the booklet prints (loaded once per build). */
export function loadBooklet() {
  cached ??= load();
  return cached;
}

export type BookletData = Awaited<ReturnType<typeof load>>;
