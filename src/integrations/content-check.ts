/**
 * Build step: refuse to build when any content file breaks a rule, printing each problem with the
 * file, the field and the fix. The files are read and checked in src/build-tools/content-problems.ts.
 */
import type { AstroIntegration } from 'astro';
import { londonToday } from '../lib/directory/hours.ts';
import { contentProblems } from '../build-tools/content-problems.ts';
import { contentRoot } from '../build-tools/content-root.ts';

/** An error that Astro prints as its message alone: the problems were already listed once. */
class ContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentError';
    this.stack = '';
  }
}

export function contentCheck(options: { edition: string }): AstroIntegration {
  return {
    name: 'guide:content-check',
    hooks: {
      'astro:config:setup': async ({ config, logger }) => {
        // The project's content, or the copy CONTENT_ROOT names.
        const root = contentRoot(process.env, new URL('.', config.root).pathname);
        const today = londonToday();
        const { messages, input } = await contentProblems(root, today, options.edition);
        if (messages.length) {
          logger.error(
            `The content has ${messages.length} problem${messages.length === 1 ? '' : 's'}:\n  - ${messages.join('\n  - ')}`,
          );
          throw new ContentError('The build stopped: fix the content problems listed above.');
        }
        logger.info(
          `content checked: ${input.agencies.length} agencies, ${input.guides.length} pages, editions ${input.editions.map((e) => e.id).join(', ')}; building ${options.edition}`,
        );
      },
    },
  };
}
