import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './content-dir.ts';
import { articleFrontmatter, topicFrontmatter } from './schema.ts';

// The same schema ingest validates against: what it writes, Astro accepts.
// Only `*.mdx` is loaded, so a `*.mdx.new` left by an ingest conflict is not.
const articles = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentDir()}/articles` }),
  schema: articleFrontmatter,
});

const topics = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentDir()}/topics` }),
  schema: topicFrontmatter,
});

/** The editor's introduction shown on the cover: `content/intro.mdx`. */
const intro = defineCollection({
  loader: glob({ pattern: 'intro.mdx', base: contentDir() }),
});

export const collections = { articles, topics, intro };
