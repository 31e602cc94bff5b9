/**
 * How the site is built (scripts/build.ts): `astro build`, with two settings that keep a large
 * build's memory down. Measured with npm run bench:scale at 10,000 services (see docs/performance.md).
 *
 * - Astro's bundler, Rolldown (through Vite), allocates with mimalloc, which by default keeps the
 *   memory it frees for later. The bundler runs early in the build and is then idle, so that memory
 *   stayed with the build to the end. MIMALLOC_PURGE_DELAY=0 hands it back to the system at once.
 * - Node's JavaScript engine lets its heap grow to several times the data that is alive before it
 *   collects garbage. Rendering thousands of pages makes a lot of short-lived garbage, so the heap
 *   grew to about 650 MB around 230 MB of live data. --heap-growing-percent=50 collects once the
 *   heap is half as big again as what was alive after the last collection. Unlike a fixed heap
 *   limit, it never stops a larger directory's build with an out-of-memory error.
 *
 * A value already in the environment is kept, and options given to scripts/build.ts are passed on.
 */

/** Added to the build's environment. */
export const BUILD_SETTINGS: Readonly<Record<string, string>> = { MIMALLOC_PURGE_DELAY: '0' };

/** Node's options for the build. */
export const BUILD_NODE_OPTIONS: readonly string[] = ['--heap-growing-percent=50'];

/** The environment to build in: the given one, with each build setting it does not already have. */
export function buildEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...BUILD_SETTINGS, ...env };
}

/** The command that builds the site, run with node from the project's folder (add astro build's options after). */
export const BUILD_COMMAND = ['scripts/build.ts'] as const;
