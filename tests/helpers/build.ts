/** Run a real `astro build` of this project against another corpus or base path. */
import { spawnSync } from 'node:child_process';
import { tempDir } from './temp.ts';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface BuildOptions {
  /** A folder with `articles/` (and later `topics/`); defaults to the bundled content. */
  contentDir?: string;
  basePath?: string;
  siteUrl?: string;
  /** Which Markdown processor: Sätteri (default) or unified. */
  markdown?: 'satteri' | 'unified';
}

export interface Build {
  outDir: string;
  status: number | null;
  output: string;
}

// Vitest sets Vite's own variables (BASE_URL, MODE…) in process.env; a child
// build that inherited them would ignore its base path.
const VITE_VARIABLES = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST|DOSSIER_.*|BASE_PATH|SITE_URL)$/;

export function cleanEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !VITE_VARIABLES.test(name)));
}

export function astroBuild(options: BuildOptions = {}): Build {
  const work = tempDir('build');
  const outDir = join(work, 'dist');
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...cleanEnvironment(),
      DOSSIER_OUT_DIR: outDir,
      DOSSIER_CACHE_DIR: join(work, 'cache'),
      ...(options.contentDir && { DOSSIER_CONTENT_DIR: options.contentDir }),
      ...(options.basePath && { BASE_PATH: options.basePath }),
      ...(options.siteUrl && { SITE_URL: options.siteUrl }),
      ...(options.markdown && { DOSSIER_MARKDOWN: options.markdown }),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    // Only a hang: a busy machine may take minutes.
    timeout: 900_000,
  });
  return { outDir, status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
