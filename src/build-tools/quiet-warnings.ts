/**
 * The bundler's warnings, less one that says nothing: each compiled MDX page starts with Astro's
 * "use astro:head-inject" directive, which Astro reads before bundling, and the bundler warned
 * once for every guide page (eight lines each) that it may not keep it. Every other warning is shown.
 * A Vite plugin, because Astro sets each build environment's bundler options itself.
 */
import type { Plugin } from 'vite';

interface BundlerWarning {
  code?: string;
  message: string;
}

export function withoutAstroDirectiveWarnings(warning: BundlerWarning, warn: (warning: BundlerWarning) => void): void {
  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
  warn(warning);
}

export function quietAstroDirectiveWarnings(): Plugin {
  return {
    name: 'guide:quiet-warnings',
    configEnvironment: () => ({ build: { rolldownOptions: { onwarn: withoutAstroDirectiveWarnings } } }),
  };
}
