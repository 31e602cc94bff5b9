/**
 * Code a page loads only when someone needs it (kiosk mode, the save button, printing), by its
 * address: `import url from 'later:./kiosk-start-from-storage.ts'` gives the address of that module, built as a
 * file of its own, and `import(url)` loads it when needed.
 *
 * A plain `import('./kiosk-start-from-storage.ts')` would do the same, but Vite then adds its module preload
 * helper (about 0.9 KB compressed) to every page whose script holds one, even where the code is
 * never loaded. The modules loaded this way keep their exports.
 *
 * Also here: the rule that keeps every page's own scripts (the quick exit, the offline notices,
 * the kiosk check) and the small modules they import in one file, so the quick exit works after
 * one script request, not a chain of them (see src/components/every-page/every-page.ts).
 */
import { relative } from 'node:path';
import type { Plugin } from 'vite';

const PREFIX = 'later:';
const RESOLVED = '\0later:';

export function loadLater(): Plugin {
  let serving = false;
  let root = process.cwd();
  return {
    name: 'guide:load-later',
    configResolved(config) {
      serving = config.command === 'serve';
      root = config.root;
    },
    async resolveId(id, importer) {
      if (!id.startsWith(PREFIX)) return null;
      const target = await this.resolve(id.slice(PREFIX.length), importer);
      if (!target)
        this.error(`${id} (imported by ${importer}): no such module. Fix: give the path of a module, as in an import.`);
      // One small module per importer, so each script holds the address itself (no shared file for it).
      return `${RESOLVED}${target.id}\0${importer ?? ''}`;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const file = id.slice(RESOLVED.length).split('\0')[0];
      // The dev server serves each module at its path from the project folder.
      if (serving) return `export default ${JSON.stringify(`/${relative(root, file).split('\\').join('/')}`)};`;
      const ref = this.emitFile({ type: 'chunk', id: file, preserveSignature: 'strict' });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}

/** The module id of the script every page loads (EveryPageScript.astro's, rendered by both layouts). */
const EVERY_PAGE_SCRIPT = /\/src\/components\/every-page\/EveryPageScript\.astro\?astro&type=script&index=0/;

/**
 * Rolldown's code splitting for the browser's scripts: every page's script is one file with the modules it imports (the storage keys, routes, cache names), which other scripts then import from
 * it (it is already loaded on every page).
 */
export const EVERY_PAGE_CHUNK = { name: 'every-page', test: EVERY_PAGE_SCRIPT, includeDependenciesRecursively: true };

/**
 * Preact, its hooks and its JSX runtime, which the step-by-step guide (/help/) and search always load
 * together: one file, compressed as one, is about 0.3 KB smaller than three and one request, not three.
 */
export const PREACT_CHUNK = { name: 'preact', test: /[\\/]node_modules[\\/]preact[\\/]/ };
