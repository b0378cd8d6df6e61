// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

// Where the site will live: SITE_URL is the origin (used for canonical URLs and
// feeds), BASE_PATH the sub-path, e.g. BASE_PATH=/mosul/ for a GitHub Pages repo.
const site = process.env.SITE_URL || 'https://example.org';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  integrations: [mdx()],
});
