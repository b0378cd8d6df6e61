// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { readSiteConfig } from './src/site/site-yaml.ts';
import { DeployConfigError, deployTarget } from './src/site/deploy.ts';
import { chapterParagraphs } from './src/markdown/satteri-chapter.ts';
import { chapterMentions } from './src/markdown/satteri-mentions.ts';
import { rehypeChapterParagraphs, remarkChapterMentions } from './src/markdown/unified-chapter.ts';
import { searchIndex } from './src/search/index-site.ts';

// Where the site will live: SITE_URL is the origin (used for canonical URLs and
// feeds), BASE_PATH the sub-path, e.g. BASE_PATH=/mosul/ for a GitHub Pages repo.
// A value that cannot be right stops the build with a message naming it, before
// Astro starts: the deploy variables here, and content/site.yaml.
const { site, base } = (() => {
  try {
    return deployTarget(process.env);
  } catch (error) {
    if (!(error instanceof DeployConfigError)) throw error;
    console.error(`[dossier] ${error.message}`);
    process.exit(1);
  }
})();
const siteYaml = readSiteConfig();
if (!siteYaml.ok) {
  console.error(`[dossier] ${siteYaml.error}`);
  process.exit(1);
}

export default defineConfig({
  site,
  base,
  // Tests build other corpora side by side; each gets its own output and cache.
  outDir: process.env.DOSSIER_OUT_DIR || './dist',
  cacheDir: process.env.DOSSIER_CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'always',
  markdown: {
    // Sätteri (native) by default; DOSSIER_MARKDOWN=unified runs the same transforms as remark/rehype plugins.
    // GFM is off: chapters are generated text, and a source's `~x~`, `www.x.org`
    // or `a@b.org` must stay the text it was, not become strikethrough or a link.
    processor:
      process.env.DOSSIER_MARKDOWN === 'unified'
        ? unified({ gfm: false, remarkPlugins: [remarkChapterMentions(base)], rehypePlugins: [rehypeChapterParagraphs] })
        : satteri({ features: { gfm: false }, mdastPlugins: [chapterMentions(base)], hastPlugins: [chapterParagraphs] }),
  },
  integrations: [mdx(), sitemap(), searchIndex(siteYaml.config.language)],
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
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('use astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
