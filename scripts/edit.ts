/**
 * npm run edit: the content editor on this computer. Starts three things against the working folder:
 *
 *   - the editor (Decap CMS) at http://127.0.0.1:4330/admin/, with its own Content-Security-Policy,
 *     its configuration made from the content schemas (src/lib/editor/editor-config.ts);
 *   - the editor's local proxy (decap-server), which reads and writes the content files (no git);
 *   - a live preview of the site (astro dev) at http://127.0.0.1:4321/.
 *
 * After every save the content check runs, and the editor shows its result at the foot of the page.
 * "What is due" (/admin/due/) lists what npm run review lists, each with a link to its edit form.
 * None of this is in the public build: dist/ has no /admin/.
 *
 * Settings (environment): CONTENT_ROOT (the folder holding content/, for example a copy to try
 * things on; default this project: the editor, its check and the live preview all read it),
 * EDIT_PORT (4330), EDIT_PROXY_PORT (8081), EDIT_PREVIEW_PORT (4321), EDIT_PREVIEW=off (no live preview).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, watch, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { stringify } from 'yaml';
import { readContent } from '../src/build-tools/content-reader.ts';
import { londonToday } from '../src/lib/directory/hours.ts';
import { editFormPath, editorConfig, editorCsp, editorInputFrom } from '../src/lib/editor/editor-config.ts';
import { duePage } from '../src/build-tools/due-page.ts';
import { markChecked } from '../src/build-tools/mark-checked.ts';
import { keepComments, keepFrontmatter } from '../src/build-tools/keep-comments.ts';
import { CONTENT_DIR } from '../src/lib/content/content-paths.ts';
import { CONTENT_ROOT_VARIABLE, contentRoot } from '../src/build-tools/content-root.ts';

const project = join(import.meta.dirname, '..');
const root = contentRoot(process.env, project);
/** The helpers (the check, the live preview) read the same folder, named in full. */
const helperEnv = { ...process.env, [CONTENT_ROOT_VARIABLE]: root };
const port = Number(process.env.EDIT_PORT ?? 4330);
const proxyPort = Number(process.env.EDIT_PROXY_PORT ?? 8081);
const previewPort = Number(process.env.EDIT_PREVIEW_PORT ?? 4321);
const withPreview = process.env.EDIT_PREVIEW !== 'off';
const require = createRequire(import.meta.url);
const decapDist = dirname(require.resolve('decap-cms/dist/decap-cms.js'));
const adminFiles = join(project, 'src', 'editor');
/** The editor's stylesheet: the guide's colour tokens, then its own rules. */
const editorCss = (dir: string) =>
  readFileSync(join(dir, 'src', 'styles', 'tokens.css'), 'utf8') +
  readFileSync(join(dir, 'src', 'editor', 'editor.css'), 'utf8');

if (!existsSync(join(root, CONTENT_DIR))) {
  console.error(
    `${root} has no ${CONTENT_DIR}/ folder. Fix: set ${CONTENT_ROOT_VARIABLE} to the folder that holds content/, or leave it unset.`,
  );
  process.exit(1);
}

const children: ChildProcess[] = [];
let stopping = false;
const stopAll = (code = 0) => {
  stopping = true;
  for (const c of children) c.kill();
  process.exit(code);
};
process.on('SIGINT', () => stopAll());
process.on('SIGTERM', () => stopAll());
/** Starts a helper; if it stops on its own (a port in use, say), everything stops, with what to do. */
const start = (what: string, port: number, variable: string, child: ChildProcess) => {
  children.push(child);
  child.on('exit', (code) => {
    if (stopping) return;
    console.error(
      `The ${what} stopped (exit code ${code}), so the editor has stopped too. Fix: if port ${port} is in use, set ${variable} to a free port and run npm run edit again.`,
    );
    stopAll(1);
  });
};

// The editor's local proxy: reads and writes files under root, listening on this computer only.
start(
  'local proxy',
  proxyPort,
  'EDIT_PROXY_PORT',
  spawn(process.execPath, [require.resolve('decap-server/dist/index.js')], {
    env: { ...process.env, PORT: String(proxyPort), BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: root, MODE: 'fs' },
    stdio: ['ignore', 'inherit', 'inherit'],
  }),
);
if (withPreview)
  start(
    'live preview',
    previewPort,
    'EDIT_PREVIEW_PORT',
    spawn(
      process.execPath,
      [
        join(project, 'node_modules', 'astro', 'bin', 'astro.mjs'),
        'dev',
        '--host',
        '127.0.0.1',
        '--port',
        String(previewPort),
      ],
      {
        cwd: project,
        env: helperEnv,
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    ),
  );

/** The content check's latest result, as the editor page shows it. */
interface CheckState {
  state: 'checking' | 'passed' | 'problems';
  run: number;
  /** The files saved since the check before. */
  changed: string[];
  problems: string[];
  summary: string;
}
let check: CheckState = { state: 'checking', run: 0, changed: [], problems: [], summary: '' };
let pending = new Set<string>();
let running = false;
let timer: NodeJS.Timeout | undefined;

function runCheck() {
  if (running) return;
  running = true;
  // Files that are gone again (an editor's temporary copies) are not named.
  const changed = [...pending].filter((f) => existsSync(join(root, f)));
  pending = new Set();
  for (const f of changed) restoreComments(f);
  check = { ...check, state: 'checking', changed };
  const child = spawn(process.execPath, [join(project, 'scripts', 'check-content.ts')], {
    cwd: project,
    env: helperEnv,
  });
  let out = '';
  child.stdout.on('data', (d) => {
    out += d;
  });
  child.stderr.on('data', (d) => {
    out += d;
  });
  child.on('close', (code) => {
    const problems = out
      .split('\n')
      .filter((l) => l.startsWith('  - '))
      .map((l) => l.slice(4));
    const summary = out.split('\n').find((l) => l.trim()) ?? '';
    check = { state: code === 0 ? 'passed' : 'problems', run: check.run + 1, changed, problems, summary };
    console.log(
      code === 0
        ? `Content check passed (${changed.join(', ') || 'start'}).`
        : `Content check: ${problems.length} problem(s).`,
    );
    running = false;
    if (pending.size) runCheck();
  });
}

/** Each YAML file's and guide page's text as last seen, so its comments can be put back after the editor saves it. */
const known = new Map<string, string>();
const isYaml = (f: string) => /\.ya?ml$/.test(f) && !f.startsWith(`${CONTENT_DIR}/drawings/`);
const isPage = (f: string) => /\.mdx?$/.test(f);
const isKept = (f: string) => isYaml(f) || isPage(f);
for (const f of readdirSync(join(root, CONTENT_DIR), { recursive: true }).map(
  (f) => `${CONTENT_DIR}/${String(f).replaceAll('\\', '/')}`,
))
  if (isKept(f)) known.set(f, readFileSync(join(root, f), 'utf8'));

/**
 * After the editor saves a YAML file or a guide page's frontmatter: puts back the comments it dropped,
 * and the layout where it can (src/build-tools/keep-comments.ts).
 */
function restoreComments(file: string) {
  const path = join(root, file);
  if (!isKept(file) || !existsSync(path)) return;
  const now = readFileSync(path, 'utf8');
  const before = known.get(file);
  const fixed = before === undefined ? now : (isPage(file) ? keepFrontmatter : keepComments)(before, now);
  if (fixed !== now) writeFileSync(path, fixed);
  known.set(file, fixed);
}

watch(join(root, CONTENT_DIR), { recursive: true }, (_event, name) => {
  if (!name || name.startsWith('drawings')) return;
  const file = `${CONTENT_DIR}/${String(name).replaceAll('\\', '/')}`;
  // The file as it already is (after its comments were put back): nothing new to check.
  if (isKept(file) && existsSync(join(root, file)) && readFileSync(join(root, file), 'utf8') === known.get(file))
    return;
  pending.add(file);
  clearTimeout(timer);
  timer = setTimeout(runCheck, 300);
});
runCheck();

/** The editor's configuration, made afresh each time (a new page or service shows at once). */
function configYaml(): string {
  const today = londonToday();
  const { input } = readContent(root, today);
  const config = editorConfig(editorInputFrom(input), { proxyUrl: `http://127.0.0.1:${proxyPort}/api/v1` });
  return stringify(
    withPreview
      ? { ...config, site_url: `http://127.0.0.1:${previewPort}/`, display_url: `http://127.0.0.1:${previewPort}/` }
      : config,
    { aliasDuplicateObjects: false },
  );
}

const csp = editorCsp([`http://127.0.0.1:${proxyPort}`]);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** Marks a service's ticked sources as checked today: only from the editor's own page, only a service file. */
function markCheckedRequest(req: IncomingMessage, send: (status: number, type: string, body: string) => void) {
  const plain = 'text/plain; charset=utf-8';
  if (req.headers.origin !== `http://127.0.0.1:${port}`)
    return send(403, plain, 'Only the editor’s own page can do this.');
  let body = '';
  req.on('data', (d) => {
    body += d;
  });
  req.on('end', () => {
    try {
      const { file, read } = JSON.parse(body) as { file: string; read: string[] };
      const path = resolve(root, file);
      if (!editFormPath(file)?.includes('/services-') || !path.startsWith(join(root, CONTENT_DIR)))
        return send(400, plain, `${file} is not a service file. Fix: use the link to its form instead.`);
      const today = londonToday();
      writeFileSync(path, markChecked(readFileSync(path, 'utf8'), read, today));
      send(
        200,
        plain,
        `Marked ${read.length} source${read.length === 1 ? '' : 's'} as checked on ${today}. The content check runs now.`,
      );
    } catch (e) {
      send(400, plain, (e as Error).message);
    }
  });
}

const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
  const send = (status: number, type: string, body: string | Buffer) => {
    res.writeHead(status, {
      'Content-Type': type,
      'Content-Security-Policy': csp,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
    res.end(body);
  };
  try {
    if (path === '/' || path === '/admin') {
      res.writeHead(302, { Location: '/admin/' });
      res.end();
    } else if (path === '/admin/') send(200, TYPES['.html'], readFileSync(join(adminFiles, 'index.html')));
    else if (path === '/admin/due/') send(200, TYPES['.html'], duePage(root, londonToday(), 'local'));
    else if (path === '/admin/mark-checked' && req.method === 'POST') markCheckedRequest(req, send);
    else if (path === '/admin/config.yml') send(200, TYPES['.yml'], configYaml());
    else if (path === '/admin/check.json') send(200, TYPES['.json'], JSON.stringify(check));
    else if (path === '/admin/editor.css') send(200, TYPES['.css'], editorCss(project));
    else if (/^\/admin\/[\w-]+\.(js|css)$/.test(path) && existsSync(join(adminFiles, basename(path)))) {
      send(200, TYPES[path.slice(path.lastIndexOf('.'))], readFileSync(join(adminFiles, basename(path))));
    } else if (/^\/admin\/[\w.-]+\.js$/.test(path) && existsSync(join(decapDist, basename(path)))) {
      send(200, TYPES['.js'], readFileSync(join(decapDist, basename(path))));
    } else send(404, 'text/plain; charset=utf-8', 'Not found');
  } catch (e) {
    send(500, 'text/plain; charset=utf-8', `The editor could not answer: ${(e as Error).message}`);
  }
});
server.on('error', (e) => {
  console.error(
    `The editor could not start: ${e.message}. Fix: set EDIT_PORT to a free port and run npm run edit again.`,
  );
  stopAll(1);
});
server.listen(port, '127.0.0.1', () => {
  console.log(
    `Editor ready at http://127.0.0.1:${port}/admin/ (content in ${relative(project, root) || 'this folder'}/content)`,
  );
  if (withPreview) console.log(`Live preview at http://127.0.0.1:${previewPort}/`);
});
