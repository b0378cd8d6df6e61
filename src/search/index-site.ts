/**
 * The search index, written after the build with Pagefind's Node API into
 * `<outDir>/pagefind/`. Only what pages mark `data-pagefind-body` is indexed
 * (chapters and topic pages); previews, navigation and the mention lists,
 * which repeat the chapters, carry `data-pagefind-ignore`.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
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
    const entry = JSON.parse(readFileSync(join(output, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const pages = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    return { pages, errors: [...created, ...added.errors, ...written.errors] };
  } finally {
    await pagefind.close();
  }
}

/** The Astro integration: indexes the built site, and says how many pages it holds. */
export function searchIndex() {
  return {
    name: 'dossier-search',
    hooks: {
      'astro:build:done': async ({ dir }: { dir: URL }) => {
        const started = performance.now();
        // The config hook has checked site.yaml already; its language is read here, when the options are set.
        const siteYaml = readSiteConfig();
        const { pages, errors } = await writeSearchIndex(fileURLToPath(dir), siteYaml.ok ? siteYaml.config.language : 'en');
        for (const error of errors) console.warn(`[dossier] search index: ${error}`);
        console.log(`[dossier] search index: ${pages} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
