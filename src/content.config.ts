import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleFrontmatter } from './schema.ts';

// The same schema ingest validates against: what it writes, Astro accepts.
// Only `*.mdx` is loaded, so a `*.mdx.new` left by an ingest conflict is not.
// DOSSIER_CONTENT_DIR points a build at another corpus (the tests use it).
const contentDir = process.env.DOSSIER_CONTENT_DIR || './content';

const articles = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentDir}/articles` }),
  schema: articleFrontmatter,
});

export const collections = { articles };
