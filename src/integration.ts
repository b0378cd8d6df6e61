/**
 * `dossier()`: the Astro integration that makes this project Dossier. One
 * place for the configuration: it checks its options, reads the deploy target
 * (SITE_URL, BASE_PATH) and content/site.yaml, registers the chapter
 * transforms for the chosen Markdown processor, adds the documentary views
 * that are on, and brings MDX, the sitemap and the search index.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { pagesRenderedAtOnce, parseDossierOptions, VIEWS, type DossierOptions } from './options.ts';
import { chapterParagraphs } from './markdown/satteri-chapter.ts';
import { chapterMentions } from './markdown/satteri-mentions.ts';
import { rehypeChapterParagraphs, remarkChapterMentions } from './markdown/unified-chapter.ts';
import { searchIndex } from './search/index-site.ts';
import { DeployConfigError, deployTarget, type DeployTarget } from './site/deploy.ts';
import { setBuildOptions, sourceFingerprint } from './site/options.ts';
import { finishRecordCache } from './site/record-cache.ts';
import { readSiteConfig } from './site/site-yaml.ts';

/** Configuration that cannot be right stops the build at once: one line naming it, no stack trace. */
function stop(message: string): never {
  console.error(`[dossier] ${message}`);
  process.exit(1);
}

/** `content/topics/x.md` in messages rather than the whole path, when the folder is under the current one. */
function shortPath(path: string): string {
  const near = relative(process.cwd(), path);
  return near && !near.startsWith('..') && !isAbsolute(near) ? near : path;
}

/** A built page that asks not to be indexed (a moved topic's forwarding page) stays out of the sitemap. */
const NOINDEX = /<meta name="robots" content="[^"]*noindex/;

function indexablePage(outDir: string, site: string | undefined, base: string): (page: string) => boolean {
  return (page) => {
    const path = decodeURIComponent(new URL(page, site ?? 'http://site.invalid').pathname).slice(base.length);
    try {
      return !NOINDEX.test(readFileSync(join(outDir, path, 'index.html'), 'utf8'));
    } catch {
      return true;
    }
  };
}

export function dossier(input: DossierOptions = {}): AstroIntegration[] {
  const parsed = parseDossierOptions(input);
  if (!parsed.ok) stop(parsed.error);
  const options = parsed.options;
  let sitemapFilter: (page: string) => boolean = () => true;
  let cacheDir = '';
  const main: AstroIntegration = {
    name: 'dossier',
    hooks: {
      'astro:config:done': ({ config }) => {
        sitemapFilter = indexablePage(fileURLToPath(config.outDir), config.site, config.base);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async () => {
        // Loaded only now: the card renderer (satori, sharp) is no part of reading the config.
        const { cardCacheFolder, finishCardCache } = await import('./site/social-card.ts');
        const cards = finishCardCache(cardCacheFolder(cacheDir));
        if (cards) console.log(`[dossier] ${cards}`);
        const records = finishRecordCache(cacheDir);
        if (records) console.log(`[dossier] ${records}`);
      },
      'astro:config:setup': ({ config, updateConfig, injectRoute }) => {
        // Everything below reads the content folder: the options are set before anything else runs.
        setBuildOptions({
          ...options,
          content: shortPath(resolve(fileURLToPath(config.root), options.content)),
          root: fileURLToPath(config.root),
          cacheDir: fileURLToPath(config.cacheDir),
          code: sourceFingerprint(import.meta.dirname),
        });
        let target: DeployTarget;
        try {
          target = deployTarget(process.env);
        } catch (error) {
          if (error instanceof DeployConfigError) stop(error.message);
          throw error;
        }
        const siteYaml = readSiteConfig();
        if (!siteYaml.ok) stop(siteYaml.error);
        const { site, base } = target;
        updateConfig({
          ...(site && { site }),
          base,
          trailingSlash: 'always',
          build: { concurrency: pagesRenderedAtOnce(config.build.concurrency) },
          markdown: {
            // GFM is off: chapters are generated text, and a source's `~x~`, `www.x.org`
            // or `a@b.org` must stay the text it was, not become strikethrough or a link.
            processor:
              options.markdown === 'unified'
                ? unified({ gfm: false, remarkPlugins: [remarkChapterMentions(base)], rehypePlugins: [rehypeChapterParagraphs] })
                : satteri({ features: { gfm: false }, mdastPlugins: [chapterMentions(base)], hastPlugins: [chapterParagraphs] }),
          },
          vite: {
            build: {
              // Scripts stay files of their own: an inlined script keeps Vite's unreplaced
              // __VITE_PRELOAD__ marker around a dynamic import (withastro/astro#17265),
              // which breaks the search page's loading of Pagefind.
              assetsInlineLimit: 0,
              rollupOptions: {
                // @astrojs/mdx marks every compiled chapter with "use astro:head-inject",
                // a directive Astro itself reads; the bundler then warns once per chapter
                // (1,000 warnings at 1,000 chapters) that it may not keep it. That one
                // known message is silenced here; every other warning is passed on.
                onwarn(warning: { code?: string; message: string }, warn: (warning: { code?: string; message: string }) => void) {
                  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('use astro:head-inject')) return;
                  warn(warning);
                },
              },
            },
          },
        });
        for (const view of VIEWS) {
          if (options.views[view]) injectRoute({ pattern: `/${view}`, entrypoint: new URL(`./views/${view}.astro`, import.meta.url) });
        }
      },
    },
  };
  return [main, mdx(), sitemap({ filter: (page) => sitemapFilter(page) }), ...(options.views.search ? [searchIndex()] : [])];
}
