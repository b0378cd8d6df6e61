/**
 * Repairs for a source that lost its apostrophes and quotation marks as spaces
 * (seed 001: "Iraq s", "Shi ite", "insurgents   caliphate ." → "insurgents’
 * “caliphate.”", "fighters   both" → "fighters — both"). They run only
 * when a text has no apostrophe or quotation mark at all and shows the damage,
 * so well-punctuated text is never touched.
 */
export interface PunctuationRepair {
  text: string;
  repairs: Record<string, number>;
}

const APOSTROPHE = '’';

export function hasLostApostrophes(text: string): boolean {
  if (/['’‘"“”]/.test(text)) return false;
  return (text.match(/\p{L} s(?=[\s.,;:!?]|$)/gu) ?? []).length >= 2;
}

// Words that keep an apostrophe inside them and would otherwise split in two.
const SPLIT_WORDS: Array<[RegExp, string]> = [
  [/\b(Shi) (ites?|a)\b/g, `$1${APOSTROPHE}$2`],
  [/\b(Qur) (an)\b/g, `$1${APOSTROPHE}$2`],
  [/\b(Ba) (ath(?:ists?)?)\b/g, `$1${APOSTROPHE}$2`],
  [/\b(Sana) (a)\b/g, `$1${APOSTROPHE}$2`],
  [/\b(o) (clock)\b/g, `$1${APOSTROPHE}$2`],
];

const CONTRACTION_NOT = /\b(do|does|did|can|won|is|are|was|were|could|would|should|has|have|had|ai|must|need)n t\b/gi;
const CONTRACTION_PRONOUN = /\b(I|you|we|they|he|she|it|that|there|who|what|let) (ll|re|ve|d|m|s)\b/g;
const POSSESSIVE = /(\p{L}) s(?=[\s.,;:!?]|$)/gu;

function count(text: string, pattern: RegExp): number {
  return (text.match(pattern) ?? []).length;
}

export function restoreLostApostrophes(text: string): PunctuationRepair {
  let out = text;
  let restored = 0;
  for (const [pattern, replacement] of SPLIT_WORDS) {
    restored += count(out, pattern);
    out = out.replace(pattern, replacement);
  }
  restored += count(out, CONTRACTION_NOT);
  out = out.replace(CONTRACTION_NOT, `$1n${APOSTROPHE}t`);
  restored += count(out, CONTRACTION_PRONOUN);
  out = out.replace(CONTRACTION_PRONOUN, `$1${APOSTROPHE}$2`);
  restored += count(out, POSSESSIVE);
  out = out.replace(POSSESSIVE, `$1${APOSTROPHE}s`);
  return { text: out, repairs: restored ? { 'restored apostrophe': restored } : {} };
}

// What the gaps can prove. A quotation: an opening gap (two spaces, "said  victory", or three after a plural
// that lost its apostrophe too, "insurgents   caliphate") and, a few words on, a closing gap before
// punctuation ("caliphate ."). Closing marks go after the full stop or comma, as the wire styles them.
const LOST_QUOTATION = /(?<=\p{L})(s {3}| {2})([\p{L}\p{N}][^\s.,;:!?]*(?: [^\s.,;:!?]+){0,5}) ([.,;:!?])(?=\s|$)/gu;
// A run of three spaces left alone is a spaced dash that was lost: "IS fighters   both Iraqis".
const LOST_DASH = /(?<=\S) {3}(?=\S)/g;

/**
 * Where quotation marks or dashes were lost, runs of spaces remain between
 * words and a space before punctuation. What the gaps prove comes back (a
 * quotation whose both ends left a gap, a spaced dash); other gaps close,
 * and the words stay.
 */
export function tidyLostPunctuationSpaces(text: string): PunctuationRepair {
  const quotations = count(text, LOST_QUOTATION);
  let out = text.replace(
    LOST_QUOTATION,
    (_, opening: string, quoted: string, mark: string) => `${opening.startsWith('s') ? `s${APOSTROPHE} ` : ' '}“${quoted}${mark}”`,
  );
  const dashes = count(out, LOST_DASH);
  out = out.replace(LOST_DASH, ' — ');
  const gaps = count(out, /(?<=\S) {2,}(?=\S)/g) + count(out, / +(?=[.,;:!?](\s|$))/g);
  out = out.replace(/ +(?=[.,;:!?](\s|$))/g, '').replace(/ {2,}/g, ' ');
  const repairs: Record<string, number> = {};
  if (quotations) repairs['restored quotation marks'] = quotations;
  if (dashes) repairs['restored dash'] = dashes;
  if (gaps) repairs['closed gap left by lost punctuation'] = gaps;
  return { text: out, repairs };
}

// A sentence that ends in a lower-case word, a full stop (or ! or ?) and a closing quotation mark,
// run straight into a capitalised word: "the heart of things.”If you’re" lost its space.
const RUN_ON_AFTER_QUOTE = /(\p{Ll}[.!?][”’"])(\p{Lu}\p{Ll})/gu;

/** Puts back the space a source lost between a closed quotation and the next sentence. */
export function restoreSpaceAfterQuotation(text: string): PunctuationRepair {
  const found = count(text, RUN_ON_AFTER_QUOTE);
  return {
    text: found ? text.replace(RUN_ON_AFTER_QUOTE, '$1 $2') : text,
    repairs: found ? { 'space restored after a quotation': found } : {},
  };
}
