/**
 * "What is due": the editor's page listing what npm run review lists (sources past or near their
 * check date, secondary sources only, no opening hours), each linking to its edit form. npm run edit
 * serves it afresh on each visit, with "Mark as checked today" (local mode); npm run edit:build writes
 * it once, as a list made on the day the editor was built (hosted mode: the dates are set in the form).
 */
import { editFormPath } from '../lib/editor/editor-config.ts';
import { readContent } from './content-reader.ts';
import { reviewContent, reviewEntries } from './review-report.ts';

const html = (t: string) =>
  t.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);

export function duePage(root: string, today: string, mode: 'local' | 'hosted'): string {
  const { input } = readContent(root, today);
  const review = reviewContent(
    reviewEntries(input),
    input.editions.map((e) => e.id),
    today,
  );
  const seen = new Set<string>();
  const rows = review.editions
    .flatMap((e) => e.rows)
    .filter((r) => r.flags.length && !seen.has(r.file) && seen.add(r.file));
  const items = rows
    .map((r) => {
      const form = editFormPath(r.file);
      const name = html(r.file);
      const link = form ? `<a href="/admin/${form}">${name}</a>` : `${name} (edit the file itself)`;
      const flags = r.flags.map((f) => `<li><strong>${html(f.kind)}</strong>: ${html(f.message)}</li>`).join('');
      // Mark as checked today: local mode only, only for a service file, and only for the sources the editor ticks as read.
      const mark =
        mode === 'local' && r.kind === 'service' && r.sources.length
          ? `<details class="mark"><summary>Mark as checked today</summary><fieldset><legend>Which sources did you read again today, and they still say what the guide says?</legend>${r.sources
              .map(
                (s, i) =>
                  `<div><input type="checkbox" id="${name}-${i}" value="${html(s.url)}"> <label for="${name}-${i}">I read <a href="${html(s.url)}">${html(s.url)}</a> today</label> (last checked ${html(s.checked)})</div>`,
              )
              .join(
                '',
              )}</fieldset><button type="button" data-file="${name}">Mark the ticked sources as checked today</button><p role="status"></p></details>`
          : '';
      return `<li class="due-item" data-file="${name}">${link}<ul>${flags}</ul>${mark}</li>`;
    })
    .join('\n');
  const intro =
    mode === 'local'
      ? `Today is ${today}. These entries need checking again (the same list as <code>npm run review</code>).`
      : `This list was made on ${today}, when the editor was last published; changes saved since then may not show yet. These entries need checking again (the same list as <code>npm run review</code>).`;
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>What is due: edit the guide</title><link rel="stylesheet" href="/admin/editor.css"></head>
<body class="due"><main><h1>What is due</h1>
<p>${intro} Open each one, read its sources again, correct what has changed, and set the date you checked it.</p>
<p><a href="/admin/">Back to the editor</a></p>
${rows.length ? `<ol id="due-list">${items}</ol>` : '<p id="due-list">Nothing is due.</p>'}
</main>${mode === 'local' ? '<script src="/admin/due.js"></script>' : ''}</body></html>`;
}
