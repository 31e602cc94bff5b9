/**
 * Check every content file without building the site: the same check the build runs, for
 * every edition. Prints each problem (file, field, fix), including each edition's empty
 * roles and the outcomes they would leave with no one to contact. Exits 1 on any problem.
 */
import { contentProblems } from '../src/build-tools/content-problems.ts';
import { contentRoot } from '../src/build-tools/content-root.ts';
import { londonToday } from '../src/lib/directory/hours.ts';

// The project's content, or the copy CONTENT_ROOT names.
const { messages: problems, input } = await contentProblems(contentRoot(), londonToday());
const editions = input.editions.map((e) => e.id).join(', ');
if (problems.length) {
  console.error(
    `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'} (editions: ${editions}):\n  - ${problems.join('\n  - ')}`,
  );
  process.exit(1);
}
console.log(
  `Content checked: ${input.agencies.length} services, ${input.guides.length} pages, editions ${editions}. No problems.`,
);
