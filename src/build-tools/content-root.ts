/**
 * The folder that holds content/: this project, or another folder named by CONTENT_ROOT (for example
 * a copy of the content to try a change on, or the copy the editor's tests edit). Read here only:
 * the build's collections (src/content.config.ts), its content check, its site address and drawings,
 * npm run check:content and npm run edit all ask this function.
 */
import { resolve } from 'node:path';

export const CONTENT_ROOT_VARIABLE = 'CONTENT_ROOT';

export function contentRoot(env: Record<string, string | undefined> = process.env, project = process.cwd()): string {
  const set = env[CONTENT_ROOT_VARIABLE]?.trim();
  return set ? resolve(project, set) : resolve(project);
}
