/**
 * The public address of the edition being built, read before the content collections load (the
 * Astro config needs it for `site` and the sitemap). Same rule as the pages: SITE_URL, else the
 * edition's site_url, else none (a draft).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { selectedSiteUrl } from '../lib/site-url.ts';

export function editionSiteAddress(editionId: string, env: Record<string, string | undefined> = process.env, root = process.cwd()): string | undefined {
  const file = join(root, 'content', 'editions', editionId, 'edition.yaml');
  const data = existsSync(file) ? (parseYaml(readFileSync(file, 'utf8')) as { site_url?: unknown } | null) : null;
  const fromFile = typeof data?.site_url === 'string' ? data.site_url : undefined;
  return selectedSiteUrl(env, fromFile);
}
