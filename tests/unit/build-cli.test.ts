/**
 * `npm run build` runs `astro build` through src/site/build-cli.ts, which
 * gives the bundler's allocator its memory options (the README's
 * "Performance" says what they save). Every build test goes through the same
 * script; these check what it adds.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/build.ts';

/** The environment without the options the script sets, whatever the developer running the tests has exported. */
const withoutAllocatorOptions = (env: NodeJS.ProcessEnv) =>
  Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('MIMALLOC_')));

/** The script started as npm would, its Astro process kept waiting a minute before it starts, so a signal can reach it. */
async function startWaitingBuild() {
  // Astro's process (not the script's) waits before it starts, so it is surely running when the signal comes.
  const wait = 'if (process.argv[1]?.endsWith("astro.mjs")) await new Promise((resolve) => setTimeout(resolve, 60_000))';
  const script = spawn(process.execPath, [join(ROOT, 'src/site/build-cli.ts'), '--help'], {
    cwd: ROOT,
    env: { ...process.env, NODE_OPTIONS: `--import "data:text/javascript,${encodeURIComponent(wait)}"`, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  let stderr = '';
  script.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => script.on('exit', (code) => resolve(code)));
  let astro: number | undefined;
  for (let tries = 0; !astro && tries < 600; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    astro =
      Number(
        spawnSync('pgrep', ['-P', String(script.pid)], { encoding: 'utf8' })
          .stdout.trim()
          .split('\n')[0],
      ) || undefined;
  }
  if (!astro) throw new Error('astro build never started');
  return { script, astro, exited, stderr: () => stderr };
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Runs the script as npm would, printing the variables the Astro process starts with. */
function runBuildScript(args: string[], env: Record<string, string> = {}) {
  const show = 'console.log("seen:", process.env.MIMALLOC_PURGE_DELAY, process.env.MIMALLOC_ARENA_EAGER_COMMIT)';
  return spawnSync(process.execPath, [join(ROOT, 'src/site/build-cli.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...withoutAllocatorOptions(process.env),
      ...env,
      NODE_OPTIONS: `--import "data:text/javascript,${encodeURIComponent(show)}"`,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    timeout: 300_000,
  });
}

describe('npm run build', () => {
  it('is the build script', () => {
    const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts;
    expect(scripts.build).toBe('node --import ./src/compile-cache.ts src/site/build-cli.ts');
  });

  it('runs astro build with its arguments, the bundler told to return freed memory', () => {
    const run = runBuildScript(['--help']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/astro build/);
    expect(run.stdout).toContain('seen: 0 0');
  });

  it('keeps a value the editor set', () => {
    const run = runBuildScript(['--help'], { MIMALLOC_PURGE_DELAY: '50' });
    expect(run.stdout).toContain('seen: 50 0');
  });

  it('fails as astro build fails', () => {
    const run = runBuildScript(['--config', 'no-such-config.mjs']);
    expect(run.status).not.toBe(0);
    // Astro's own message: the script started the build and passed its failure on.
    expect(`${run.stdout}${run.stderr}`).toContain('no-such-config.mjs');
  });

  it('says when the build was killed (as the system does when memory runs out), with the shell’s status', async () => {
    const build = await startWaitingBuild();
    process.kill(build.astro, 'SIGKILL');
    expect(await build.exited).toBe(137);
    expect(build.stderr()).toContain('stopped by SIGKILL');
  });

  it('ends a build whose process said it was done but stays stuck in Node’s shutdown, with the status it gave', () => {
    // The Astro process, once it has said it is ending ('exit' fired), hangs where Node would end it, as the shutdown deadlock leaves it.
    const hang =
      'if (process.argv[1]?.endsWith("astro.mjs")) process.reallyExit = () => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0)';
    const run = spawnSync(process.execPath, [join(ROOT, 'src/site/build-cli.ts'), '--help'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: `--import "data:text/javascript,${encodeURIComponent(hang)}"`, ASTRO_TELEMETRY_DISABLED: '1' },
      timeout: 300_000,
    });
    expect(run.stdout).toMatch(/astro build/);
    expect(run.stderr).toContain('astro build ended with status 0 but its process did not go');
    expect(run.status).toBe(0);
  });

  it('passes a signal it is sent on to the build, leaving no build running', async () => {
    const build = await startWaitingBuild();
    build.script.kill('SIGTERM');
    expect(await build.exited).toBe(143);
    expect(alive(build.astro)).toBe(false);
  });
});
