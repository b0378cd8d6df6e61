/** Run a real `astro build` of this project against another corpus or base path. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tempDir } from './temp.ts';
import { join, relative, resolve } from 'node:path';
import type { DossierOptions } from '../../src/options.ts';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface BuildOptions {
  /** A folder with `articles/` (and later `topics/`); defaults to the bundled content. */
  contentDir?: string;
  basePath?: string;
  siteUrl?: string;
  /** Which Markdown processor: Sätteri (default) or unified. */
  markdown?: 'satteri' | 'unified';
  /** Any other `dossier()` options: views on and off, the link mode. */
  dossier?: DossierOptions;
  /** Astro's cache folder; by default a fresh one per build. Share it to test a second build. */
  cacheDir?: string;
  /** More environment for the build process (NODE_OPTIONS…). */
  env?: NodeJS.ProcessEnv;
}

export interface Build {
  outDir: string;
  status: number | null;
  output: string;
}

// Vitest sets Vite's own variables (BASE_URL, MODE…) in process.env; a child
// build that inherited them would ignore its base path.
const VITE_VARIABLES = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST|BASE_PATH|SITE_URL)$/;

export function cleanEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !VITE_VARIABLES.test(name)));
}

/**
 * An Astro config for one build, as an editor would write theirs: `dossier()`
 * with options, and where the output and cache go. It lives in the build's
 * temporary folder, so it imports the project by absolute path. Returned as
 * `--config` wants it: relative to the project, which Astro joins it to.
 */
export function writeAstroConfig(work: string, options: { outDir: string; cacheDir: string; dossier: DossierOptions }): string {
  mkdirSync(work, { recursive: true });
  const path = join(work, 'astro.config.mjs');
  const integration = JSON.stringify(join(ROOT, 'src/integration.ts'));
  writeFileSync(
    path,
    `import { dossier } from ${integration};\nexport default { root: ${JSON.stringify(ROOT)}, outDir: ${JSON.stringify(options.outDir)}, cacheDir: ${JSON.stringify(options.cacheDir)}, integrations: [dossier(${JSON.stringify(options.dossier)})] };\n`,
  );
  return relative(ROOT, path);
}

export function astroBuild(options: BuildOptions = {}): Build {
  const work = tempDir('build');
  const outDir = join(work, 'dist');
  const config = writeAstroConfig(work, {
    outDir,
    cacheDir: options.cacheDir ?? join(work, 'cache'),
    dossier: {
      ...options.dossier,
      ...(options.contentDir && { content: options.contentDir }),
      ...(options.markdown && { markdown: options.markdown }),
    },
  });
  // Through the script `npm run build` runs, so what it adds to `astro build` is tested in every build.
  const result = spawnSync(process.execPath, [join(ROOT, 'src/site/build-cli.ts'), '--config', config], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...cleanEnvironment(),
      ...(options.basePath && { BASE_PATH: options.basePath }),
      ...(options.siteUrl && { SITE_URL: options.siteUrl }),
      ASTRO_TELEMETRY_DISABLED: '1',
      ...options.env,
    },
    // Only a hang: a busy machine may take minutes.
    timeout: 900_000,
  });
  return { outDir, status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
