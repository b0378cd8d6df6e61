/**
 * The contract every line rule keeps: it looks at one line (a paragraph's
 * plain text) and either leaves it alone (undefined) or says why it is not
 * the article's prose, what it tells about the article (metadata), and what,
 * if anything, of the line stays in the body (`keep`). The runner records the
 * removal, so no rule can drop words silently.
 */
export type LineMetadata = Partial<Record<'title' | 'publication' | 'author' | 'date' | 'section' | 'dateline' | 'url', string>>;

export interface LineVerdict {
  /** Why the line (or its start) left the body, for `removed:`. */
  reason: string;
  metadata?: LineMetadata;
  /** The part of the line that is prose after all (a paragraph after its dateline). */
  keep?: string;
  /** A caption found in the body: it joins the article's figures. */
  figure?: { caption: string; credit?: string };
}

/** What a rule may know of the lines before this one. */
export interface LineContext {
  /** The line's place among the article's lines, from 0. */
  index: number;
  /** The head's earlier lines, folded (see foldLine), the first of them first. */
  earlierHeadLines: readonly string[];
  /** A plain-text source, where nothing marks a subhead as one (HTML and Markdown mark theirs). */
  plainText?: boolean;
  /**
   * The date an earlier line gave: a later date alone on its line is then a heading (a chronology's), not metadata,
   * unless it is the same date printed again right under it ("Published On 14 Feb 2024" / "14 Feb 2024").
   */
  knownDate?: string;
  /** The line before was a byline (and named no outlet): a lone outlet name may follow it. */
  afterByline?: boolean;
  /** The line before gave the date: the same date printed again under it is its copy, not a chronology's heading. */
  afterDate?: boolean;
}

export interface LineRule {
  name: string;
  /** `head`: only among the first lines, where mastheads, bylines and datelines stand. */
  where: 'head' | 'anywhere';
  match(line: string, context: LineContext): LineVerdict | undefined;
}

export { NAME_PARTICLES } from '../../text/name-particles.ts';

/** A line as two copies of it compare: spaces collapsed, case folded. */
export function foldLine(line: string): string {
  return line.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** How many lines from the top count as the head of an article. */
export const HEAD_LINES = 12;

/** Metadata from several lines: the first value of each field wins, as it stands nearest the top. */
export function mergeLineMetadata(into: LineMetadata, more: LineMetadata | undefined): void {
  for (const [field, value] of Object.entries(more ?? {}) as Array<[keyof LineMetadata, string]>) into[field] ??= value;
}
