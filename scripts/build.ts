/**
 * npm run build: `astro build` (any arguments are passed on) with the settings in
 * src/build-tools/build-env.ts. They must be in place before the build starts, so this script
 * replaces itself with the build instead of running a second process beside it (where the system
 * cannot do that, it runs the build and waits). Everything that builds the site (npm run build,
 * the booklet, the benchmarks) goes through here, so each measures the build people run.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { BUILD_NODE_OPTIONS, buildEnv } from '../src/build-tools/build-env.ts';

const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const args = [...BUILD_NODE_OPTIONS, ...process.execArgv, astro, 'build', ...process.argv.slice(2)];
const env = buildEnv(process.env);
if (process.execve) process.execve(process.execPath, [process.execPath, ...args], env);
else process.exit(spawnSync(process.execPath, args, { env, stdio: 'inherit' }).status ?? 1);
