/** What the booklet's components share: which parts exist (for page references) and the site's address. */
import { getAgencies, getGuides, getTree, categoriesWithAgencies, getSiteUrl } from '../../site-data.ts';
import type { BookletIndex } from '../../lib/booklet.ts';

let cached: Promise<{ index: BookletIndex; site: string | undefined }> | undefined;

/** Guide pages that are printed: those for the public (and for both). */
export async function bookletGuides() {
  return (await getGuides()).filter((g) => g.data.audience !== 'professional');
}

export function getBookletIndex() {
  cached ??= (async () => {
    const [guides, agencies, tree, categories, site] = await Promise.all([
      bookletGuides(),
      getAgencies(),
      getTree(),
      categoriesWithAgencies(),
      getSiteUrl(),
    ]);
    return {
      index: {
        guides: new Set(guides.map((g) => g.id)),
        services: new Set(agencies.map((a) => a.id)),
        outcomes: new Set(tree.nodes.filter((n) => n.type === 'outcome').map((n) => n.id)),
        categories: new Set(categories.map((c) => c.id)),
      },
      site,
    };
  })();
  return cached;
}
