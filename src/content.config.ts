import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleFrontmatter } from './schema.ts';

// The same schema ingest validates against: what it writes, Astro accepts.
// Only `*.mdx` is loaded, so a `*.mdx.new` left by an ingest conflict is not.
const articles = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/articles' }),
  schema: articleFrontmatter,
});

export const collections = { articles };
