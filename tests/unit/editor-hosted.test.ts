import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { editorConfig, editorCsp, editorInputFrom } from '../../src/lib/editor/editor-config.ts';
import { readContent } from '../../src/build-tools/content-reader.ts';
import { londonToday } from '../../src/lib/directory/hours.ts';

const project = join(import.meta.dirname, '..', '..');
const out = mkdtempSync(join(tmpdir(), 'guide-hosted-editor-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const build = (env: Record<string, string>) =>
  spawnSync(process.execPath, [join(project, 'scripts', 'edit-build.ts')], {
    cwd: project,
    env: { ...process.env, EDITOR_OUT_DIR: out, ...env },
    encoding: 'utf8',
  });

describe('the hosted editor (npm run edit:build)', () => {
  it('signs in with the council’s GitLab by PKCE and saves each change as a merge request, with no secret', () => {
    const run = build({ EDITOR_GITLAB_REPO: 'council/housing-guide', EDITOR_GITLAB_APP_ID: 'app-id-123' });
    expect(run.status, run.stderr).toBe(0);
    const config = parse(readFileSync(join(out, 'admin', 'config.yml'), 'utf8'));
    expect(config.backend).toMatchObject({
      name: 'gitlab',
      repo: 'council/housing-guide',
      auth_type: 'pkce',
      app_id: 'app-id-123',
      branch: 'main',
    });
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(readFileSync(join(out, 'admin', 'config.yml'), 'utf8')).not.toMatch(/secret|token|password/i);
    expect(existsSync(join(out, 'admin', 'index.html'))).toBe(true);
    expect(readdirSync(join(out, 'admin'))).toContain('decap-cms.js');
    // Every script the page loads is in the build (the guard against an empty form among them).
    const scripts = [...readFileSync(join(out, 'admin', 'index.html'), 'utf8').matchAll(/src="\/admin\/([\w.-]+)"/g)];
    expect(scripts.map((m) => m[1])).toContain('entry-guard.js');
    for (const [, file] of scripts) expect(readdirSync(join(out, 'admin'))).toContain(file);
    // Its own Content-Security-Policy, connecting only to GitLab.
    expect(readFileSync(join(out, '_headers'), 'utf8')).toContain(
      `Content-Security-Policy: ${editorCsp(['https://gitlab.com'])}`,
    );
  });

  it('has the same collections, fields and rules as local mode, and nothing that points to this computer', () => {
    const run = build({ EDITOR_GITLAB_REPO: 'council/housing-guide', EDITOR_GITLAB_APP_ID: 'app-id-123' });
    expect(run.status, run.stderr).toBe(0);
    const text = readFileSync(join(out, 'admin', 'config.yml'), 'utf8');
    const local = editorConfig(editorInputFrom(readContent(project, londonToday()).input), {
      proxyUrl: 'http://127.0.0.1:8081/api/v1',
    });
    expect(parse(text).collections).toEqual(JSON.parse(JSON.stringify(local.collections)));
    expect(text).not.toMatch(/127\.0\.0\.1|localhost|local_backend|proxy_url/);
    // The page says the check runs on the merge request; it asks no local server for a result.
    const page = readFileSync(join(out, 'admin', 'index.html'), 'utf8');
    expect(page).toContain('The content check runs on it');
    expect(page).not.toMatch(/check-panel|check\.json/);
  });

  it('has a “What is due” page made when the editor is built, each entry linking to its edit form', () => {
    const run = build({ EDITOR_GITLAB_REPO: 'council/housing-guide', EDITOR_GITLAB_APP_ID: 'app-id-123' });
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(out, 'admin', 'index.html'), 'utf8')).toContain('<a href="/admin/due/">');
    const due = readFileSync(join(out, 'admin', 'due', 'index.html'), 'utf8');
    expect(due).toContain(
      '<a href="/admin/#/collections/services-medway/entries/medway-foodbank">content/editions/medway/agencies/medway-foodbank.yaml</a>',
    );
    expect(due).toContain('<strong>no-hours</strong>: gives no opening hours');
    expect(due).toContain(`This list was made on ${londonToday()}`);
    // Marking as checked needs the local editor; in hosted mode the dates are set in the form.
    expect(due).not.toMatch(/Mark as checked today|due\.js/);
  });

  it('uses a council’s own GitLab when given its address', () => {
    const run = build({
      EDITOR_GITLAB_REPO: 'housing/guide',
      EDITOR_GITLAB_APP_ID: 'x',
      EDITOR_GITLAB_URL: 'https://gitlab.council.example',
    });
    expect(run.status, run.stderr).toBe(0);
    const config = parse(readFileSync(join(out, 'admin', 'config.yml'), 'utf8'));
    expect(config.backend).toMatchObject({
      base_url: 'https://gitlab.council.example',
      api_root: 'https://gitlab.council.example/api/v4',
    });
    expect(readFileSync(join(out, '_headers'), 'utf8')).toContain("connect-src 'self' https://gitlab.council.example;");
  });

  it('says what is missing, and how to fix it, without a stack trace', () => {
    const run = build({ EDITOR_GITLAB_REPO: '', EDITOR_GITLAB_APP_ID: '' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Fix: set EDITOR_GITLAB_REPO');
    expect(run.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });
});

describe('the editor’s Content-Security-Policy', () => {
  it('loads scripts only from the editor, connects only where it is told, and cannot be framed', () => {
    const csp = editorCsp(['http://127.0.0.1:8081']);
    expect(csp).toContain("script-src 'self' 'unsafe-eval'");
    expect(csp).toContain("connect-src 'self' http://127.0.0.1:8081");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('*');
  });
});

describe('GitLab CI for the hosted editor (.gitlab-ci.yml)', () => {
  it('runs the content check on every merge request, with the Node version the project builds with', () => {
    const ci = parse(readFileSync(join(project, '.gitlab-ci.yml'), 'utf8'));
    const job = ci['content-check'];
    expect(job.rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }]);
    expect(job.script).toEqual(['npm ci --no-audit --no-fund', 'npm run check:content']);
    const node = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')).devDependencies.node as string;
    expect(job.image).toBe(`node:${node.split('.')[0]}`);
  });

  it('fails a proposed change that breaks a rule, naming the file, the field and the fix', () => {
    // The merge request's files: a copy of the content with one service's number made premium-rate.
    const proposed = mkdtempSync(join(tmpdir(), 'guide-proposed-'));
    try {
      cpSync(join(project, 'content'), join(proposed, 'content'), { recursive: true });
      const file = 'content/editions/bradford/agencies/staying-put-bradford.yaml';
      const text = readFileSync(join(proposed, file), 'utf8');
      expect(text).toContain('"0808 2800 999"');
      writeFileSync(join(proposed, file), text.replace('"0808 2800 999"', '"0909 879 0000"'));
      const run = spawnSync(process.execPath, [join(project, 'scripts', 'check-content.ts')], {
        cwd: project,
        env: { ...process.env, CONTENT_ROOT: proposed },
        encoding: 'utf8',
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(new RegExp(`${file}: phones\\[0\\]\\.number: .*premium-rate.*Fix:`));
    } finally {
      rmSync(proposed, { recursive: true, force: true });
    }
  }, 60_000);
});
