/**
 * The environment `npm run build` runs `astro build` in (build-cli.ts): the
 * bundler told to hand the memory it frees back to the system at once.
 *
 * Vite 8 bundles with Rolldown, whose native code allocates with mimalloc,
 * and mimalloc by default keeps freed pages resident for a while and commits
 * its arenas eagerly on Linux. After bundling 5,000 chapters that held about
 * 1.5 GB of memory nothing used any more, through all of rendering (see the
 * README, "Performance"). mimalloc reads its options from the environment
 * when the library loads, which is before Astro reads any configuration, so
 * they are set for the process that runs Astro. A value the editor has set in
 * the environment wins. Elsewhere than Linux the options change little.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const BUNDLER_MEMORY_ENV: Readonly<Record<string, string>> = {
  // Freed pages go back to the system when they are freed, not a second later.
  MIMALLOC_PURGE_DELAY: '0',
  // Arenas are committed as they are used, not whole.
  MIMALLOC_ARENA_EAGER_COMMIT: '0',
};

/** The environment to run a build in: the bundler's memory options, under whatever the caller has set. */
export function buildEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...BUNDLER_MEMORY_ENV, ...env };
}

/** Astro's command-line script, wherever npm put the package. */
export function astroBin(): string {
  const packageJson = createRequire(import.meta.url).resolve('astro/package.json');
  return join(dirname(packageJson), 'bin/astro.mjs');
}
