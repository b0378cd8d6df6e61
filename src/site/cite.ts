/**
 * "Cite this chapter": a plain citation and a BibTeX entry. Pure. No
 * "accessed" date: the day a reader reads is not the day the site was built,
 * so the reader adds it.
 */
import { splitCredits } from './credits.ts';
import { formatPartialDate } from './dates.ts';

export interface Citable {
  slug: string;
  /** As it is to be cited: in [brackets] when the source never printed it (see citedTitle). */
  title: string;
  author?: string;
  publication?: string;
  date?: string;
  url?: string;
}

export interface CitationContext {
  siteTitle: string;
  editor: string;
  /** Absolute URL of the chapter on this site. */
  pageUrl: string;
}

export function plainCitation(chapter: Citable, context: CitationContext): string {
  const authors = splitCredits(chapter.author).authors.join(' and ');
  const parts = [
    authors ? `${authors}.` : undefined,
    `“${chapter.title}.”`,
    chapter.publication ? `${chapter.publication},` : undefined,
    chapter.date ? `${formatPartialDate(chapter.date)}.` : 'n.d.',
    chapter.url ? `${chapter.url}.` : undefined,
    `Reprinted in ${context.siteTitle}, ed. ${context.editor}, ${context.pageUrl}.`,
  ];
  return parts.filter(Boolean).join(' ');
}

// BibTeX's special characters, so a title cannot break the entry.
const bibEscape = (value: string) => value.replace(/([\\{}%&$#_^~])/g, '\\$1');

export function bibtex(chapter: Citable, context: CitationContext): string {
  const [year, month] = (chapter.date ?? '').split('-');
  const fields: Array<[string, string | undefined]> = [
    ['title', chapter.title],
    // Writers only: a photographer or an interviewer's role is not an author.
    ['author', splitCredits(chapter.author).authors.join(' and ') || undefined],
    ['journal', chapter.publication],
    ['year', year],
    ['month', month ? String(Number(month)) : undefined],
    ['url', chapter.url ?? context.pageUrl],
    ['note', `Reprinted in ${context.siteTitle}, ${context.pageUrl}`],
  ];
  const body = fields
    .filter((field): field is [string, string] => Boolean(field[1]))
    .map(([key, value]) => `  ${key} = {${bibEscape(value)}}`)
    .join(',\n');
  return `@article{${chapter.slug.replace(/[^a-z0-9]/gi, '_')},\n${body}\n}`;
}
