/**
 * The public address of the edition being built, read before the content collections load (the
 * Astro config needs it for `site` and the sitemap). Same rule as the pages: SITE_URL, else the
 * edition's site_url, else none (a draft).
 */
import { selectedSiteUrl } from '../lib/site/site-url.ts';
import { readEditionSiteUrl } from './content-reader.ts';
import { contentRoot } from './content-root.ts';

export function editionSiteAddress(
  editionId: string,
  env: Record<string, string | undefined> = process.env,
  root = contentRoot(env),
): string | undefined {
  return selectedSiteUrl(env, readEditionSiteUrl(root, editionId));
}
