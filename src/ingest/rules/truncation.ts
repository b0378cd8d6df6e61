/** A paragraph of prose that stops without closing punctuation was cut off. */
import { endsLikeSentence } from '../../text/punctuation.ts';
import { isTableRowText } from '../inline.ts';

const MIN_WORDS_FOR_PROSE = 8;
// "…and the whole team made it out 🎉": a post's last emoji closes it as a full stop would (with its skin tone or
// presentation selector; a sequence joined by ZWJ ends in a pictograph too).
// (Not ©, ®, ™ or ‼, which the same Unicode property lists; a flag is two regional indicators, a keycap ends in U+20E3.)
const CLOSING_EMOJI = /(?:(?![©®™‼⁉])\p{Extended_Pictographic}[\u{FE0F}\u{1F3FB}-\u{1F3FF}]*|\p{Regional_Indicator}{2}|\u{20E3})$/u;

const LABELLED_LINE = /^\p{Lu}[\p{L}’' ]{1,30}:\s/u;

export function isTruncatedParagraph(text: string): boolean {
  const trimmed = text.trim();
  // A colon closes a line that introduces what follows (a list, a quotation); a semicolon, a list's item ("a hardship
  // fund of more than £60,000;"). A table's row, read along the row, is no sentence to be cut.
  return (
    trimmed.split(/\s+/).length >= MIN_WORDS_FOR_PROSE &&
    // "Media contact: Rebecca Lund, (707) 555-0143": a labelled line is a note, not a sentence to be cut.
    !LABELLED_LINE.test(trimmed) &&
    !endsLikeSentence(trimmed, ':;') &&
    !CLOSING_EMOJI.test(trimmed) &&
    !isTableRowText(trimmed)
  );
}
