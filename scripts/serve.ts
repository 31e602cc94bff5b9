/**
 * Serve a built copy of the site for the end-to-end tests: node scripts/serve.ts <dir> <port>.
 * The same static server the offline and CSP tests start for themselves (src/build-tools/static-server.ts).
 */
import { existsSync } from 'node:fs';
import { serveStatic } from '../src/build-tools/static-server.ts';

const [dir = 'dist', port = '4322'] = process.argv.slice(2);
if (!existsSync(dir)) {
  console.error(
    `${dir}/ does not exist: build the site first (npm run build, or npm run build:bradford for dist-bradford/).`,
  );
  process.exit(1);
}
const { base } = await serveStatic(dir, { port: Number(port) });
console.log(`Serving ${dir}/ at ${base}/`);
