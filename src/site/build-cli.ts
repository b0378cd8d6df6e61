/**
 * `npm run build`: `astro build` with its arguments, in the environment
 * build-environment.ts gives it (the bundler's memory options), with its
 * exit status.
 */
import { spawnSync } from 'node:child_process';
import { astroBin, buildEnvironment } from './build-environment.ts';

const run = spawnSync(process.execPath, [astroBin(), 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: buildEnvironment(process.env),
});
if (run.error) {
  console.error(`[dossier] could not start astro build: ${run.error.message}`);
  process.exit(1);
}
process.exit(run.status ?? 1);
