/**
 * Serve a built site with a real web server and the repository's own settings for it
 * (deploy/Caddyfile, deploy/nginx.conf), on a free port of this machine, so a test can check
 * what a host configured from the docs would send. Only the site address, the port and the
 * folder are changed; the rest of each file is used as written.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface RunningServer {
  url: string;
  stop: () => Promise<void>;
}

/** The path of a server's command (on the PATH, or in /usr/sbin where Debian puts nginx), or null. */
function serverCommand(name: 'caddy' | 'nginx'): string | null {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim();
  if (found) return found;
  return existsSync(`/usr/sbin/${name}`) ? `/usr/sbin/${name}` : null;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.on('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });
}

/** Replace `from` in a settings file, which must appear exactly once (so a changed file fails loudly). */
function replaceOnce(text: string, from: string, to: string, file: string): string {
  const parts = text.split(from);
  if (parts.length !== 2) throw new Error(`${file}: expected "${from}" exactly once (found ${parts.length - 1}).`);
  return parts.join(to);
}

/** Wait until the server answers (it is ready), or fail after `within` ms if it never does. */
async function ready(url: string, proc: ChildProcess, log: () => string, within = 20_000): Promise<void> {
  const until = Date.now() + within;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`the server stopped (exit ${proc.exitCode}):\n${log()}`);
    try {
      await fetch(url);
      return;
    } catch {
      if (Date.now() > until) throw new Error(`the server did not answer at ${url}:\n${log()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

function start(cmd: string, args: string[], url: string, env: NodeJS.ProcessEnv, dir: string): Promise<RunningServer> {
  const proc = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  proc.stdout?.on('data', (d) => {
    out += d;
  });
  proc.stderr?.on('data', (d) => {
    out += d;
  });
  const stop = () =>
    new Promise<void>((done) => {
      const finish = () => {
        rmSync(dir, { recursive: true, force: true });
        done();
      };
      if (proc.exitCode !== null) return finish();
      proc.once('exit', finish);
      proc.kill('SIGTERM');
    });
  return ready(url, proc, () => out).then(
    () => ({ url, stop }),
    async (e) => {
      await stop();
      throw e;
    },
  );
}

/** Serve `site` (a built folder) with Caddy and deploy/Caddyfile. */
export async function startCaddy(site: string, root = process.cwd()): Promise<RunningServer> {
  const caddy = serverCommand('caddy');
  if (!caddy) throw new Error('caddy is not installed: run npm run test:tools (npm test does).');
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'guide-caddy-'));
  let text = readFileSync(join(root, 'deploy/Caddyfile'), 'utf8');
  text = replaceOnce(text, 'example.org {', `http://127.0.0.1:${port} {`, 'deploy/Caddyfile');
  text = replaceOnce(text, 'root * /srv/guide/dist', `root * ${resolve(site)}`, 'deploy/Caddyfile');
  // No admin endpoint: several copies may run on one machine.
  writeFileSync(join(dir, 'Caddyfile'), `{\n\tadmin off\n}\n${text}`);
  const env = { ...process.env, HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir };
  return start(
    caddy,
    ['run', '--config', join(dir, 'Caddyfile'), '--adapter', 'caddyfile'],
    `http://127.0.0.1:${port}/`,
    env,
    dir,
  );
}

/** Serve `site` (a built folder) with nginx and deploy/nginx.conf, inside a minimal http block. */
export async function startNginx(site: string, root = process.cwd()): Promise<RunningServer> {
  const nginx = serverCommand('nginx');
  if (!nginx) throw new Error('nginx is not installed: run npm run test:tools (npm test does).');
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'guide-nginx-'));
  let text = readFileSync(join(root, 'deploy/nginx.conf'), 'utf8');
  text = replaceOnce(text, 'listen 80;', `listen 127.0.0.1:${port};`, 'deploy/nginx.conf');
  text = replaceOnce(text, 'root /srv/guide/dist;', `root ${resolve(site)};`, 'deploy/nginx.conf');
  writeFileSync(join(dir, 'site.conf'), text);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${dir};`).join(' ');
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      `pid ${dir}/nginx.pid;`,
      'error_log stderr;',
      'daemon off;',
      'master_process off;',
      'events {}',
      `http { include /etc/nginx/mime.types; access_log off; ${temp} include ${dir}/site.conf; }`,
      '',
    ].join('\n'),
  );
  return start(nginx, ['-c', join(dir, 'nginx.conf'), '-p', dir], `http://127.0.0.1:${port}/`, process.env, dir);
}
