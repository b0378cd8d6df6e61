/**
 * `npm run build` runs `astro build` through src/site/build-cli.ts, which
 * gives the bundler's allocator its memory options (the README's
 * "Performance" says what they save). Every build test goes through the same
 * script; these check what it adds.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/build.ts';

/** Runs the script as npm would, printing the variables the Astro process starts with. */
function runBuildScript(args: string[], env: Record<string, string> = {}) {
  const show = 'console.log("seen:", process.env.MIMALLOC_PURGE_DELAY, process.env.MIMALLOC_ARENA_EAGER_COMMIT)';
  return spawnSync(process.execPath, [join(ROOT, 'src/site/build-cli.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
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
    expect(scripts.build).toBe('node src/site/build-cli.ts');
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
  });
});
