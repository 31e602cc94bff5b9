/**
 * npm run edit:build: the editor for hosted mode, as static files to publish beside the site (never inside
 * the public build's dist/). Staff sign in with the council's GitLab (PKCE: an application id, no secret),
 * and each save becomes a merge request that CI checks with the content check (.gitlab-ci.yml).
 *
 *   EDITOR_GITLAB_REPO=council/housing-guide EDITOR_GITLAB_APP_ID=<application id> npm run edit:build
 *
 * Settings (environment): EDITOR_GITLAB_REPO and EDITOR_GITLAB_APP_ID (both needed), EDITOR_GITLAB_URL
 * (a council's own GitLab; default https://gitlab.com), EDITOR_BRANCH (main), EDITOR_OUT_DIR (dist-editor).
 * Writes <out>/admin/ (the page, its configuration and Decap's files) and <out>/_headers (its CSP).
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { readContent } from '../src/build-tools/content-reader.ts';
import { duePage } from '../src/build-tools/due-page.ts';
import { londonToday } from '../src/lib/directory/hours.ts';
import { editorConfig, editorCsp, editorInputFrom } from '../src/lib/editor/editor-config.ts';

const project = join(import.meta.dirname, '..');
const env = process.env;
const repo = env.EDITOR_GITLAB_REPO?.trim();
const appId = env.EDITOR_GITLAB_APP_ID?.trim();
if (!repo || !appId || !/^[\w.-]+(\/[\w.-]+)+$/.test(repo)) {
  console.error(
    'The hosted editor needs the GitLab project and the application id it signs in with. Fix: set EDITOR_GITLAB_REPO (for example council/housing-guide) and EDITOR_GITLAB_APP_ID (the Application ID of a GitLab application with the api scope, not confidential; see docs/content-editor.md). Never put the application’s secret anywhere: PKCE does not use it.',
  );
  process.exit(1);
}
const gitlabUrl = (env.EDITOR_GITLAB_URL ?? 'https://gitlab.com').replace(/\/$/, '');
if (!/^https:\/\/[^\s/]+$/.test(gitlabUrl)) {
  console.error(
    `EDITOR_GITLAB_URL "${gitlabUrl}" is not the address of a GitLab. Fix: write it like https://gitlab.your-council.gov.uk`,
  );
  process.exit(1);
}
const out = resolve(project, env.EDITOR_OUT_DIR ?? 'dist-editor');
const admin = join(out, 'admin');
rmSync(out, { recursive: true, force: true });
mkdirSync(admin, { recursive: true });

const { input } = readContent(project, londonToday());
const config = editorConfig(editorInputFrom(input), {
  gitlab: {
    repo,
    appId,
    branch: env.EDITOR_BRANCH ?? 'main',
    ...(gitlabUrl === 'https://gitlab.com' ? {} : { baseUrl: gitlabUrl, apiRoot: `${gitlabUrl}/api/v4` }),
  },
});
writeFileSync(join(admin, 'config.yml'), stringify(config, { aliasDuplicateObjects: false }));
copyFileSync(join(project, 'src', 'editor', 'hosted.html'), join(admin, 'index.html'));
copyFileSync(join(project, 'src', 'editor', 'entry-guard.js'), join(admin, 'entry-guard.js'));
// The guide's colour tokens, then the editor's own rules.
writeFileSync(
  join(admin, 'editor.css'),
  readFileSync(join(project, 'src', 'styles', 'tokens.css'), 'utf8') +
    readFileSync(join(project, 'src', 'editor', 'editor.css'), 'utf8'),
);
const decap = dirname(createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js'));
for (const f of readdirSync(decap).filter((f) => f.endsWith('.js'))) copyFileSync(join(decap, f), join(admin, f));
// What is due, as on the day the editor is built (publish the editor again to bring it up to date).
mkdirSync(join(admin, 'due'));
writeFileSync(join(admin, 'due', 'index.html'), duePage(project, londonToday(), 'hosted'));
writeFileSync(
  join(out, '_headers'),
  `/admin/*\n  Content-Security-Policy: ${editorCsp([gitlabUrl])}\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer\n  X-Robots-Tag: noindex\n`,
);
console.log(
  `Hosted editor written to ${out}/admin/ (GitLab project ${repo} on ${gitlabUrl}, saving as merge requests).`,
);
