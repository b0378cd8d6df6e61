/**
 * The project's commands keep Node's compiled modules between runs
 * (src/compile-cache.ts), so the next run starts sooner; the astro process
 * `npm run build` starts keeps its own too.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.ts';

const ROOT = join(import.meta.dirname, '../..');
const scripts: Record<string, string> = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts;

/** A script's command as npm runs it, with more arguments; the compile cache sent to `folder`, or to its own. */
function runScript(name: string, args: string[], folder: string | undefined, debug = false) {
  const [, ...words] = scripts[name]!.split(' ');
  const { NODE_COMPILE_CACHE: _, ...env } = process.env;
  return spawnSync(join(ROOT, 'node_modules/.bin/node'), [...words, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...env,
      ...(folder && { NODE_COMPILE_CACHE: folder }),
      ASTRO_TELEMETRY_DISABLED: '1',
      ...(debug && { NODE_DEBUG_NATIVE: 'COMPILE_CACHE' }),
    },
    timeout: 300_000,
  });
}

const cachedModules = (folder: string) => readdirSync(folder, { recursive: true }).length;

describe('the compile cache', () => {
  it('is loaded by every command an editor runs', () => {
    for (const name of ['ingest', 'prebuild', 'build', 'topics', 'check'])
      expect(scripts[name], name).toMatch(/^node --import \.\/src\/compile-cache\.ts src\//);
  });

  it('keeps what ingest compiled, and a second run reads it back', () => {
    const work = tempDir('compile-cache');
    const sources = join(work, 'sources');
    mkdirSync(sources);
    const folder = join(work, 'compiled');
    const first = runScript('ingest', ['--sources', sources, '--out', join(work, 'articles'), '--force'], folder);
    expect(first.status, first.stderr).toBe(0);
    expect(cachedModules(folder)).toBeGreaterThan(50);
    const second = runScript('ingest', ['--sources', sources, '--out', join(work, 'articles'), '--force'], folder, true);
    expect(second.status, second.stderr).toBe(0);
    expect(second.stderr).toMatch(/retrieving transpile cache for StrippedTypeScript file:\/\/\S+\/src\/ingest\/run\.ts\.\.\.success/);
  });

  it('reaches the astro process the build script starts, in the project’s cache folder unless told another', () => {
    const run = runScript('build', ['--help'], undefined, true);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(
      /compile cache\] reading cache from \S*node_modules\/\.cache\/dossier\/compiled\/\S+ for ESM \S+\/node_modules\/astro\//,
    );
  });
});
