/**
 * A `.md` source saved from a static site (Jekyll, Hugo, Eleventy) starts with
 * YAML frontmatter: its `title`, `date`, `author` (or `authors`) and
 * `description` are the article's metadata, not a title line and a rule.
 */
import { parseFrontmatterYaml, splitFrontmatter } from '../../text/frontmatter.ts';
import { partialDateOf } from '../../text/dates.ts';
import { removal, type Removal } from './removal.ts';

export interface MarkdownFrontmatter {
  /** The source without its frontmatter. */
  text: string;
  title?: string;
  dek?: string;
  author?: string;
  date?: string;
  removed: Removal[];
}

const text = (value: unknown): string | undefined =>
  (typeof value === 'string' && value.trim()) || (typeof value === 'number' ? String(value) : undefined);

export function readMarkdownFrontmatter(source: string): MarkdownFrontmatter {
  const front = splitFrontmatter(source);
  const yaml = front && parseFrontmatterYaml(front.yaml);
  // No frontmatter, or not YAML after all (a rule, then text): left to the Markdown reader.
  if (!front || !yaml?.ok || !yaml.data || typeof yaml.data !== 'object' || Array.isArray(yaml.data)) return { text: source, removed: [] };
  const data = yaml.data as Record<string, unknown>;
  const authors = [data.author, data.authors]
    .flat()
    .map(text)
    .filter((name): name is string => !!name);
  const date = data.date instanceof Date ? data.date.toISOString().slice(0, 10) : partialDateOf(text(data.date));
  const yearOnly = typeof data.date === 'number' || /^\d{4}(-\d{2})?$/.test(text(data.date) ?? '') ? text(data.date) : undefined;
  return {
    text: front.body,
    ...(text(data.title) && { title: text(data.title) }),
    ...(text(data.description ?? data.summary ?? data.subtitle) && { dek: text(data.description ?? data.summary ?? data.subtitle) }),
    ...(authors.length && { author: authors.join(' and ') }),
    ...((date ?? yearOnly) && { date: date ?? yearOnly }),
    removed: [
      removal(
        source.slice(0, source.length - front.body.length),
        'Markdown frontmatter (its title, date and author moved to the chapter’s metadata)',
      ),
    ],
  };
}
