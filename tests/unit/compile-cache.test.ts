/**
 * The project's commands keep Node's compiled modules between runs
 * (src/compile-cache.ts), so the next run starts sooner; the astro process
 * `npm run build` starts keeps its own too.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.ts';

const ROOT = join(import.meta.dirname, '../..');
const scripts: Record<string, string> = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts;

/** A script's command as npm runs it, with more arguments; the compile cache sent to `folder`, or to its own. */
function runScript(name: string, args: string[], folder: string | undefined, extra: NodeJS.ProcessEnv = {}) {
  const [, ...words] = scripts[name]!.split(' ');
  const { NODE_COMPILE_CACHE: _, ...env } = process.env;
  return spawnSync(join(ROOT, 'node_modules/.bin/node'), [...words, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...env, ...(folder && { NODE_COMPILE_CACHE: folder }), ASTRO_TELEMETRY_DISABLED: '1', ...extra },
    timeout: 300_000,
  });
}

/** The cache's files and when each was last written. */
const cachedModules = (folder: string) =>
  new Map(
    readdirSync(folder, { recursive: true, encoding: 'utf8' }).flatMap((name) => {
      const stat = statSync(join(folder, name));
      return stat.isFile() ? [[name, stat.mtimeMs] as const] : [];
    }),
  );

describe('the compile cache', () => {
  it('is loaded by every command an editor runs', () => {
    for (const name of ['ingest', 'prebuild', 'build', 'topics', 'check'])
      expect(scripts[name], name).toMatch(/^node --import \.\/src\/compile-cache\.ts src\//);
  });

  it('keeps what ingest compiled, and a second run reads it back without compiling again', () => {
    const work = tempDir('compile-cache');
    const sources = join(work, 'sources');
    mkdirSync(sources);
    const folder = join(work, 'compiled');
    const ingest = () => runScript('ingest', ['--sources', sources, '--out', join(work, 'articles'), '--force'], folder);
    expect(ingest().status).toBe(0);
    const first = cachedModules(folder);
    expect(first.size).toBeGreaterThan(50);
    expect(ingest().status).toBe(0);
    // Read back, not written again: Node rewrites an entry it could not use.
    expect(cachedModules(folder)).toEqual(first);
  });

  it('reaches the astro process the build script starts, in the project’s cache folder unless told another', () => {
    // Each process says where its compile cache is: the script's own and the astro process it starts.
    const show = 'console.log("cache:", process.argv[1]?.split("/").at(-1), process.env.NODE_COMPILE_CACHE)';
    const run = runScript('build', ['--help'], undefined, { NODE_OPTIONS: `--import "data:text/javascript,${encodeURIComponent(show)}"` });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(`cache: astro.mjs ${join(ROOT, 'node_modules/.cache/dossier/compiled')}`);
  });
});
