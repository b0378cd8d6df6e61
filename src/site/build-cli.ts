/**
 * `npm run build`: `astro build` with its arguments, in the environment
 * build-environment.ts gives it (the bundler's memory options). It ends as
 * the build ends: a signal sent to this script is passed on to the build, and
 * a build stopped by a signal (the system out of memory: SIGKILL) is said so,
 * with the shell's status for it (128 + the signal's number). A build whose
 * process said it was ending but is still there after EXIT_GRACE_MS is stuck
 * in Node's shutdown (build-exit-notice.ts): it is ended, with the status it
 * gave.
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { pathToFileURL } from 'node:url';
import { astroBin, buildEnvironment } from './build-environment.ts';

// Ending a process of a few gigabytes takes a second or two; a build still there after this is stuck.
const EXIT_GRACE_MS = 10_000;

const notice = pathToFileURL(`${import.meta.dirname}/build-exit-notice.ts`).href;
const child = spawn(process.execPath, ['--import', notice, astroBin(), 'build', ...process.argv.slice(2)], {
  stdio: ['inherit', 'inherit', 'inherit', 'pipe'],
  env: buildEnvironment(process.env),
});
let statusGiven: number | undefined;
let stuck = false;
child.stdio[3]?.on('data', (chunk: Buffer) => {
  statusGiven = Number.parseInt(chunk.toString(), 10);
  setTimeout(() => {
    stuck = true;
    console.error(
      `[dossier] astro build ended with status ${statusGiven} but its process did not go (a known Node.js shutdown deadlock, nodejs/node#54918): ended it`,
    );
    child.kill('SIGKILL');
  }, EXIT_GRACE_MS).unref();
});
child.stdio[3]?.on('error', () => {}); // the build's end closes it
const passOn = (signal: NodeJS.Signals) => () => child.kill(signal);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, passOn(signal));

child.on('error', (error) => {
  console.error(`[dossier] could not start astro build: ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => {
  if (stuck && statusGiven !== undefined && !Number.isNaN(statusGiven)) process.exit(statusGiven);
  if (signal) {
    console.error(`[dossier] astro build was stopped by ${signal}${signal === 'SIGKILL' ? ' (often: the machine ran out of memory)' : ''}`);
    process.exit(128 + (constants.signals[signal] ?? 0));
  }
  process.exit(code ?? 1);
});
