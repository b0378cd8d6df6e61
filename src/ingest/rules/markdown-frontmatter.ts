/**
 * A `.md` source saved from a static site (Jekyll, Hugo, Eleventy) starts with
 * YAML frontmatter: its `title`, `date`, `author` (or `authors`) and
 * `description` are the article's metadata, not a title line and a rule.
 */
import { parse } from 'yaml';
import { partialDateOf } from '../page.ts';
import { removal, type Removal } from './removal.ts';

export interface MarkdownFrontmatter {
  /** The source without its frontmatter. */
  text: string;
  title?: string;
  dek?: string;
  author?: string;
  date?: string;
  removed: Removal[];
  warnings: string[];
}

const FRONTMATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim()) || (typeof value === 'number' ? String(value) : undefined);

export function readMarkdownFrontmatter(source: string): MarkdownFrontmatter {
  const match = FRONTMATTER.exec(source);
  if (!match) return { text: source, removed: [], warnings: [] };
  let data: Record<string, unknown>;
  try {
    const parsed = parse(match[1]!);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return { text: source, removed: [], warnings: [] };
    data = parsed as Record<string, unknown>;
  } catch {
    // Not YAML after all (a rule, then text): leave it to the Markdown reader.
    return { text: source, removed: [], warnings: [] };
  }
  const authors = [data.author, data.authors].flat().map(text).filter((name): name is string => !!name);
  const date = data.date instanceof Date ? data.date.toISOString().slice(0, 10) : partialDateOf(text(data.date));
  const yearOnly = typeof data.date === 'number' || /^\d{4}(-\d{2})?$/.test(text(data.date) ?? '') ? text(data.date) : undefined;
  return {
    text: source.slice(match[0].length),
    ...(text(data.title) && { title: text(data.title) }),
    ...(text(data.description ?? data.summary ?? data.subtitle) && { dek: text(data.description ?? data.summary ?? data.subtitle) }),
    ...(authors.length && { author: authors.join(' and ') }),
    ...((date ?? yearOnly) && { date: date ?? yearOnly }),
    removed: [removal(match[0], 'Markdown frontmatter (its title, date and author moved to the chapter’s metadata)')],
    warnings: [],
  };
}
