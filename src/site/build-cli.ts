/**
 * `npm run build`: `astro build` with its arguments, in the environment
 * build-environment.ts gives it (the bundler's memory options). It ends as
 * the build ends: a signal sent to this script is passed on to the build, and
 * a build stopped by a signal (the system out of memory: SIGKILL) is said so,
 * with the shell's status for it (128 + the signal's number).
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { astroBin, buildEnvironment } from './build-environment.ts';

const child = spawn(process.execPath, [astroBin(), 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: buildEnvironment(process.env),
});
const passOn = (signal: NodeJS.Signals) => () => child.kill(signal);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, passOn(signal));

child.on('error', (error) => {
  console.error(`[dossier] could not start astro build: ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => {
  if (signal) {
    console.error(`[dossier] astro build was stopped by ${signal}${signal === 'SIGKILL' ? ' (often: the machine ran out of memory)' : ''}`);
    process.exit(128 + (constants.signals[signal] ?? 0));
  }
  process.exit(code ?? 1);
});
