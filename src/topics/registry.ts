/**
 * The topic registry, read straight from `content/topics/*.mdx` frontmatter,
 * so the build's Markdown plugin (configured before Astro loads collections)
 * and the corpus index share one reading of it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { topicFrontmatter, type TopicFrontmatter } from '../schema.ts';

export interface Topic extends TopicFrontmatter {
  slug: string;
}

export interface RegistryResult {
  topics: Topic[];
  errors: string[];
}

export function parseTopicFile(slug: string, text: string, path: string): Topic | string {
  const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1];
  if (front === undefined) return `${path}: no frontmatter (a block between --- lines) at the top`;
  let data: unknown;
  try {
    data = parse(front);
  } catch (error) {
    return `${path}: frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}`;
  }
  const result = topicFrontmatter.safeParse(data);
  if (!result.success) return `${path}: ${result.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`).join('; ')}`;
  return { slug, ...result.data };
}

export function loadRegistry(topicsDir: string): RegistryResult {
  let names: string[] = [];
  try {
    names = readdirSync(topicsDir).filter((name) => name.endsWith('.mdx')).sort();
  } catch {
    return { topics: [], errors: [] };
  }
  const topics: Topic[] = [];
  const errors: string[] = [];
  for (const name of names) {
    const path = join(topicsDir, name);
    const parsed = parseTopicFile(name.replace(/\.mdx$/, ''), readFileSync(path, 'utf8'), path);
    if (typeof parsed === 'string') errors.push(parsed);
    else topics.push(parsed);
  }
  return { topics, errors };
}
