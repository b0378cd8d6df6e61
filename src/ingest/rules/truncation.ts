/** A paragraph of prose that stops without closing punctuation was cut off. */
const CLOSES_A_SENTENCE = /[.!?…"”’)\]:]$/;
const MIN_WORDS_FOR_PROSE = 8;

export function isTruncatedParagraph(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.split(/\s+/).length >= MIN_WORDS_FOR_PROSE && !CLOSES_A_SENTENCE.test(trimmed);
}
