import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { editorCsp } from '../../src/lib/editor/editor-config.ts';

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
    // Its own Content-Security-Policy, connecting only to GitLab.
    expect(readFileSync(join(out, '_headers'), 'utf8')).toContain(
      `Content-Security-Policy: ${editorCsp(['https://gitlab.com'])}`,
    );
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
