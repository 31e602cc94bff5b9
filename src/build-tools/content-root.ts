/**
 * The folder that holds content/: this project, or another folder named by CONTENT_ROOT (for example
 * a copy of the content to try a change on, or the copy the editor's tests edit). Read here only:
 * the build's collections (src/content.config.ts), its content check, its site address and drawings,
 * npm run check:content and npm run edit all ask this function.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

export const CONTENT_ROOT_VARIABLE = 'CONTENT_ROOT';

export function contentRoot(env: Record<string, string | undefined> = process.env, project = process.cwd()): string {
  const set = env[CONTENT_ROOT_VARIABLE]?.trim();
  return set ? resolve(project, set) : resolve(project);
}

/**
 * Astro's content cache for a build from another content folder, kept apart per folder: the cache
 * reuses an entry whose text is unchanged, with the file it was first read from, so a build from a
 * second copy would reach back into the first (gone once that copy is deleted). Undefined for this
 * project's own content, which keeps Astro's usual cache.
 */
export function contentCacheDir(
  env: Record<string, string | undefined> = process.env,
  project = process.cwd(),
): string | undefined {
  const root = contentRoot(env, project);
  if (root === resolve(project)) return undefined;
  const key = createHash('sha256').update(root).digest('hex').slice(0, 16);
  return `./node_modules/.astro/content-roots/${key}/`;
}
