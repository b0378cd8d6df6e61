/** A paragraph of prose that stops without closing punctuation was cut off. */
import { endsLikeSentence } from '../../text/punctuation.ts';

const MIN_WORDS_FOR_PROSE = 8;

export function isTruncatedParagraph(text: string): boolean {
  const trimmed = text.trim();
  // A colon closes a line that introduces what follows (a list, a quotation).
  return trimmed.split(/\s+/).length >= MIN_WORDS_FOR_PROSE && !endsLikeSentence(trimmed, ':');
}
