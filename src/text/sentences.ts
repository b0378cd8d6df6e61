/**
 * Sentence boundaries for prose that arrived as one long line. Tuned for
 * news English: abbreviations ("Lt.", "Gen.", "Dr."), initials and
 * acronyms ("U.S.", "Dustin A. Lewis"), decimals, and quotations, inside
 * which a full stop does not end the surrounding sentence.
 */

import { appendAll } from './arrays.ts';

// Lower-cased, without the full stop. A title before a name never ends a sentence.
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'rev',
  'hon',
  'st',
  'mt',
  'ft',
  'jr',
  'sr',
  'lt',
  'lieut',
  'gen',
  'col',
  'maj',
  'capt',
  'cpt',
  'sgt',
  'cpl',
  'pvt',
  'adm',
  'cmdr',
  'brig',
  'gov',
  'sen',
  'rep',
  'pres',
  'amb',
  'sec',
  'no',
  'nos',
  'vol',
  'pp',
  'fig',
  'ed',
  'eds',
  'approx',
  'est',
  'dept',
  'univ',
  'inc',
  'ltd',
  'co',
  'corp',
  'vs',
  'etc',
  'al',
  'cf',
  'ca',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

const OPENING_QUOTES: Record<string, string> = { '“': '”', '"': '"', '‘': '’', '«': '»' };
// How far a quotation may run before an unmatched quote is taken as noise.
const MAX_QUOTE_LENGTH = 600;

export interface Span {
  start: number;
  end: number;
}

/** Ranges of text inside balanced quotation marks. */
function quotationRanges(text: string): Span[] {
  const ranges: Span[] = [];
  for (let i = 0; i < text.length; i++) {
    const close = OPENING_QUOTES[text[i]!];
    if (!close) continue;
    // A straight quote opens only where a word starts after it.
    if (close === '"' && !/\S/.test(text[i + 1] ?? '')) continue;
    if (text[i] === '‘' && /\w/.test(text[i - 1] ?? '')) continue;
    const end = text.indexOf(close, i + 1);
    if (end > i && end - i <= MAX_QUOTE_LENGTH) {
      ranges.push({ start: i, end });
      i = end;
    }
  }
  return ranges;
}

function wordBefore(text: string, index: number): string {
  const match = /([\p{L}\p{N}.'’-]+)$/u.exec(text.slice(Math.max(0, index - 40), index));
  return match ? match[1]! : '';
}

function isAbbreviation(word: string): boolean {
  const bare = word.replace(/^[^\p{L}]+/u, '');
  if (ABBREVIATIONS.has(bare.toLowerCase())) return true;
  // Initials and dotted acronyms: "A", "U.S", "U.N".
  if (/^(\p{Lu}\.)*\p{Lu}$/u.test(bare)) return true;
  return false;
}

/** Sentence spans over `text`; every character belongs to exactly one span. */
export function splitSentences(text: string): Span[] {
  const quotes = quotationRanges(text);
  // Inside a quotation unless the terminator run carries its closing mark: `Now.”` ends it.
  const insideQuote = (stop: number, after: number) => quotes.some((q) => stop > q.start && after <= q.end);
  const spans: Span[] = [];
  let start = 0;
  const terminator = /[.?!…]+(["”’»)\]]*)(\s+)(?=["“‘«([]?[\p{Lu}\p{N}])/gu;
  for (let match = terminator.exec(text); match; match = terminator.exec(text)) {
    const stop = match.index;
    const end = stop + match[0].length - match[2]!.length;
    if (insideQuote(stop, end)) continue;
    if (text[stop] === '.' && match[0].startsWith('.') && !match[0].startsWith('..') && isAbbreviation(wordBefore(text, stop))) continue;
    spans.push({ start, end });
    start = end + match[2]!.length;
  }
  if (start < text.length && text.slice(start).trim()) spans.push({ start, end: text.trimEnd().length });
  return spans;
}

export interface GroupingOptions {
  minSentences: number;
  maxSentences: number;
  /** A paragraph closes once it reaches this many words and has enough sentences. */
  targetWords: number;
}

export const defaultGrouping: GroupingOptions = { minSentences: 2, maxSentences: 5, targetWords: 75 };

// A sentence that quotes someone and then names them: "…,” one coalition officer said.
const ATTRIBUTED_QUOTE =
  /[”"][^“”"]*\b(?:said|says|say|told|tells|added|adds|explained|explains|recalled|recounted|warned|warns|noted|notes|asked|asks|continued|stated|wrote|writes|according to)\b[^“”"]*$/i;
// How far past the usual length a paragraph may run to keep a speaker's words together.
const QUOTE_OVERRUN = 3;

/**
 * Group sentences into paragraphs of roughly 2–5 sentences. A quotation that
 * opens a sentence is a natural paragraph start in reporting, so a paragraph
 * that already has enough sentences closes before one; but never before a
 * quotation that goes on with the words of the speaker the sentence before
 * named ("…,” he said. “We had to…”), which would put them in a new
 * paragraph without their speaker.
 */
export function groupSentences(text: string, spans: readonly Span[], options: GroupingOptions = defaultGrouping): Span[] {
  const words = (span: Span) => text.slice(span.start, span.end).split(/\s+/).filter(Boolean).length;
  const groups: Span[][] = [];
  let current: Span[] = [];
  let currentWords = 0;
  let previous: Span | undefined;
  for (const span of spans) {
    const opensWithQuote = /^["“]/.test(text.slice(span.start, span.end));
    const continuesSpeaker =
      opensWithQuote && previous !== undefined && ATTRIBUTED_QUOTE.test(text.slice(previous.start, previous.end).trim());
    previous = span;
    const full = continuesSpeaker
      ? current.length >= options.maxSentences + QUOTE_OVERRUN
      : current.length >= options.maxSentences ||
        (current.length >= options.minSentences &&
          (currentWords >= options.targetWords || (opensWithQuote && currentWords >= options.targetWords / 2)));
    if (full) {
      groups.push(current);
      current = [];
      currentWords = 0;
    }
    current.push(span);
    currentWords += words(span);
  }
  if (current.length) {
    // A lone trailing sentence joins the paragraph before it.
    if (current.length < options.minSentences && groups.length && groups[groups.length - 1]!.length < options.maxSentences)
      appendAll(groups[groups.length - 1]!, current);
    else groups.push(current);
  }
  return groups.map((group) => ({ start: group[0]!.start, end: group[group.length - 1]!.end }));
}
