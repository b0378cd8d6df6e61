/**
 * Lines at the head of a copied article that are its metadata, in the forms
 * the web prints them: "By Mara Holt and Ivo Brandt", "- By X", "writer: Post
 * Reporters", "newspaper section: News", "published : 4 Jul 2018 at 05:39",
 * "Updated at 4:26 p.m. ET on 2018-07-10", a byline glued to its date ("Ella
 * Wills3 July 2018"). Each becomes a field; a byline is an author, never a
 * standfirst.
 */
import { dateInText, partialDateOf } from '../../text/dates.ts';
import type { LineRule } from './line-rule.ts';

const NAME = "\\p{Lu}[\\p{L}.'’-]*";
const CONNECTOR = '(?:and|&|,|de|da|van|von|der|al|el|bin|ibn|y)';
// Two or more names' words: "Mara Holt", "Mara Holt and Ivo Brandt", "Ahmed al-Rubaye".
const NAMES = `${NAME}(?:\\s+(?:${NAME}|${CONNECTOR}))*\\s+${NAME}`;
const BYLINE = new RegExp(`^[-–—•]?\\s*(?:[Bb]y|BY|[Ww]ritten [Bb]y)\\s+(${NAMES})\\s*,?\\s*$`, 'u');
const GLUED_BYLINE_DATE = new RegExp(`^(${NAMES})(\\d{1,2}\\s+\\p{Lu}\\p{Ll}+\\s+\\d{4})$`, 'u');
// A name or a section is given after a colon; a date may also follow "at" or "on" ("Updated at 4:26 p.m. ET on 2018-07-10").
// A desk byline alone on its line: "DNA Web Team", "Post Reporters", "Foreign Desk".
const DESK_BYLINE = /^(?:\p{Lu}[\p{L}&.'’-]*\s+){1,3}(?:Team|Desk|Staff|Reporters?|Bureau|Correspondents?|Writers?)$/u;
// "date 2018-07-03 The heroic divers…": a crawl's date label fused to the text.
const DATE_LABEL_PREFIX = /^date\s+(\d{4}-\d{2}-\d{2})(?:\s+|$)/i;
const LABELLED =
  /^(?:(writer|author|authors|reporter|reporters|byline|written by|newspaper section|section)\s*:|(published|posted|first published|updated|last updated|date)\s*(?::|\bat\b|\bon\b))\s*(.{2,80})$/i;
const MAX_METADATA_WORDS = 8;
// "Published August 7, 2023 by Nicole Burke": a byline at the end of a page's short meta line.
const TRAILING_BYLINE = new RegExp(`(?:^|\\s)(?:[Bb]y|BY)\\s+(${NAMES})\\s*$`, 'u');

/** The names of a byline line ("By X and Y", "- By X", "Published 3 May by X"), or undefined. */
export function bylineNames(line: string): string | undefined {
  const text = line.trim();
  return (BYLINE.exec(text) ?? TRAILING_BYLINE.exec(text))?.[1]?.trim();
}

export const metadataLine: LineRule = {
  name: 'metadata line',
  where: 'head',
  match(line) {
    const text = line.trim();
    const byline = BYLINE.exec(text);
    if (byline) return { reason: 'byline (moved to author)', metadata: { author: byline[1]!.trim() } };
    const glued = GLUED_BYLINE_DATE.exec(text);
    const gluedDate = glued && dateInText(glued[2]!);
    if (glued && gluedDate)
      return { reason: 'byline and date (moved to author and date)', metadata: { author: glued[1]!.trim(), date: gluedDate } };
    if (DESK_BYLINE.test(text)) return { reason: 'desk byline (moved to author)', metadata: { author: text } };
    const dateLabel = DATE_LABEL_PREFIX.exec(text);
    if (dateLabel && partialDateOf(dateLabel[1])) {
      const rest = text.slice(dateLabel[0].length);
      return { reason: 'date label (moved to date)', metadata: { date: partialDateOf(dateLabel[1])! }, ...(rest && { keep: rest }) };
    }
    const labelled = LABELLED.exec(text);
    if (!labelled) return undefined;
    const label = (labelled[1] ?? labelled[2])!.toLowerCase();
    const value = labelled[3]!.trim();
    // "Reporters on the ground said…" is a sentence, not a label: metadata is short and is not a sentence.
    if (value.split(/\s+/).length > MAX_METADATA_WORDS || /\p{Ll}{2,}[.!?]$/u.test(value)) return undefined;
    if (/writer|author|reporter|byline|written/.test(label))
      return { reason: `${label} line (moved to author)`, metadata: { author: value.replace(/^by\s+/i, '') } };
    if (/section/.test(label)) return { reason: `${label} line (moved to section)`, metadata: { section: value } };
    const date = dateInText(value);
    return date ? { reason: `${label} line (moved to date)`, metadata: { date } } : undefined;
  },
};
