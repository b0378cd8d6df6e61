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

// A reader service's header (r.jina.ai and the tools built on it): "Title: …", "URL Source: …",
// "Published Time: …", then "Markdown Content:" and the page as Markdown.
const READER_HEADER = /^Title:[ \t]*(.*)\n(?:[A-Z][A-Za-z ]{1,30}:[ \t]*.*\n|[ \t]*\n){0,12}?Markdown Content:[ \t]*\n/;
const READER_FIELD = /^(URL Source|Published Time|Description):[ \t]*(.+)$/gm;

export interface ReaderHeader extends MarkdownFrontmatter {
  url?: string;
}

/** The header a reader service writes above a page's Markdown, read as the article's metadata; undefined when there is none. */
export function readReaderHeader(source: string): ReaderHeader | undefined {
  const header = READER_HEADER.exec(source);
  if (!header) return undefined;
  const fields = new Map([...header[0].matchAll(READER_FIELD)].map((field) => [field[1]!, field[2]!.trim()]));
  const url = fields.get('URL Source');
  const date = partialDateOf(fields.get('Published Time'));
  return {
    text: source.slice(header[0].length),
    ...(header[1]!.trim() && { title: header[1]!.trim() }),
    ...(fields.get('Description') && { dek: fields.get('Description') }),
    ...(date && { date }),
    ...(url && /^https?:\/\//.test(url) && { url }),
    removed: [removal(header[0], 'reader service’s header (its title, address and date moved to the chapter’s metadata)')],
  };
}
