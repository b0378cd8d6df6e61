/**
 * The search index, written after the build with Pagefind's Node API into
 * `<outDir>/pagefind/`. Only what pages mark `data-pagefind-body` is indexed
 * (chapters and topic pages); previews, navigation and the mention lists,
 * which repeat the chapters, carry `data-pagefind-ignore`.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, globSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { cacheNotKept } from '../site/cache-warning.ts';
import { packageVersion } from '../site/package-version.ts';
import { readSiteConfig } from '../site/site-yaml.ts';

/** Chapter and topic pages; a redirect page there has no `data-pagefind-body` and is skipped. */
const SEARCHED = ['chapters/*/index.html', 'topics/*/index.html'];

export interface SearchIndexResult {
  pages: number;
  errors: string[];
}

export async function writeSearchIndex(outDir: string, language: string): Promise<SearchIndexResult> {
  const { index, errors: created } = await pagefind.createIndex({ forceLanguage: language });
  if (!index) return { pages: 0, errors: created };
  try {
    // Only the pages that can hold a hit are read: at 1,000 chapters, reading the
    // 1,600 "all mentions" pages and the rest as well doubled the indexing time.
    const added = { page_count: 0, errors: [] as string[] };
    for (const glob of SEARCHED) {
      const result = await index.addDirectory({ path: outDir, glob });
      added.page_count += result.page_count;
      added.errors.push(...result.errors);
    }
    const output = join(outDir, 'pagefind');
    const written = await index.writeFiles({ outputPath: output });
    // The search page is Dossier's own: Pagefind's ready-made interfaces are not shipped.
    for (const name of readdirSync(output))
      if (/^pagefind-(?:component-ui|modular-ui|ui|highlight)\./.test(name)) rmSync(join(output, name));
    return { pages: pageCount(output), errors: [...created, ...added.errors, ...written.errors] };
  } finally {
    await pagefind.close();
  }
}

/** Everything the index is made from: the searched pages' bytes, the language and Pagefind's version. */
export function searchInputsKey(outDir: string, language: string): string {
  const hash = createHash('sha256').update(`pagefind ${packageVersion('pagefind')} ${language}`);
  for (const file of SEARCHED.flatMap((glob) => globSync(glob, { cwd: outDir })).sort()) {
    hash.update(file).update(readFileSync(join(outDir, file)));
  }
  return hash.digest('hex').slice(0, 32);
}

/**
 * The index, copied from the cache folder when the searched pages are byte
 * for byte those it was made from (a second build with nothing changed), else
 * written and kept there. Only the latest index is kept.
 */
export async function cachedSearchIndex(
  outDir: string,
  language: string,
  cacheFolder: string,
): Promise<SearchIndexResult & { reused: boolean }> {
  const key = searchInputsKey(outDir, language);
  const kept = join(cacheFolder, key);
  const output = join(outDir, 'pagefind');
  if (existsSync(join(kept, 'pagefind-entry.json'))) {
    rmSync(output, { recursive: true, force: true });
    cpSync(kept, output, { recursive: true });
    return { pages: pageCount(output), errors: [], reused: true };
  }
  const result = await writeSearchIndex(outDir, language);
  if (result.errors.length === 0) {
    try {
      rmSync(cacheFolder, { recursive: true, force: true });
      mkdirSync(cacheFolder, { recursive: true });
      cpSync(output, kept, { recursive: true });
    } catch (error) {
      cacheNotKept('the search index', error); // the index in the site is whole
    }
  }
  return { ...result, reused: false };
}

function pageCount(output: string): number {
  const entry = JSON.parse(readFileSync(join(output, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/** The Astro integration: indexes the built site, and says how many pages it holds. */
export function searchIndex() {
  let cacheDir = '';
  return {
    name: 'dossier-search',
    hooks: {
      'astro:config:done': ({ config }: { config: { cacheDir: URL } }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir }: { dir: URL }) => {
        const started = performance.now();
        // The config hook has checked site.yaml already; its language is read here, when the options are set.
        const siteYaml = readSiteConfig();
        const language = siteYaml.ok ? siteYaml.config.language : 'en';
        const { pages, errors, reused } = await cachedSearchIndex(fileURLToPath(dir), language, join(cacheDir, 'dossier', 'pagefind'));
        for (const error of errors) console.warn(`[dossier] search index: ${error}`);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        console.log(`[dossier] search index: ${pages} pages in ${seconds} s${reused ? ', reused from the cache' : ''}`);
      },
    },
  };
}
