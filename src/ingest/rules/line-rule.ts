/**
 * The contract every line rule keeps: it looks at one line (a paragraph's
 * plain text) and either leaves it alone (undefined) or says why it is not
 * the article's prose, what it tells about the article (metadata), and what,
 * if anything, of the line stays in the body (`keep`). The runner records the
 * removal, so no rule can drop words silently.
 */
export type LineMetadata = Partial<Record<'title' | 'publication' | 'author' | 'date' | 'section' | 'dateline', string>>;

export interface LineVerdict {
  /** Why the line (or its start) left the body, for `removed:`. */
  reason: string;
  metadata?: LineMetadata;
  /** The part of the line that is prose after all (a paragraph after its dateline). */
  keep?: string;
}

export interface LineRule {
  name: string;
  /** `head`: only among the first lines, where mastheads, bylines and datelines stand. */
  where: 'head' | 'anywhere';
  match(line: string): LineVerdict | undefined;
}

/** How many lines from the top count as the head of an article. */
export const HEAD_LINES = 12;
