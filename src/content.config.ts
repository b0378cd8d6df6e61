import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './content-dir.ts';
import { articleFrontmatter } from './schema.ts';

// The same schema ingest validates against: what it writes, Astro accepts.
// Only `*.mdx` is loaded, so a `*.mdx.new` left by an ingest conflict is not.
// Topics and the introduction are the editor's Markdown, read by
// src/topics/registry.ts and src/site/intro.ts, never compiled as MDX.
const articles = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentDir()}/articles` }),
  schema: articleFrontmatter,
});

export const collections = { articles };
