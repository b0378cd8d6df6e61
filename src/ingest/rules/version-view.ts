/**
 * A version-comparison view (NewsSniffer and the like, under a "Version 4
 * Version 5" header) prints each paragraph's older version and then its newer
 * one on the same line. The older version leaves the body, recorded; the newer
 * one stays. A line whose two halves do not resemble each other (a paragraph
 * rewritten, or one that only one version has) is kept whole: which words are
 * the newer cannot be told, and none is dropped on a guess.
 */
import type { LineRule } from './line-rule.ts';

const VERSION_HEADER = /^version \d+ version \d+$/;
// A sentence ends at . ! or ? (and a closing quote), and the next starts with a capital, with or without the
// space a diff view sometimes loses between its columns ("found.It meant").
const SENTENCE_END = /[.!?]["”’]?(?=\s*["“‘]?\p{Lu})/gu;
const MIN_RESEMBLANCE = 0.6;
const MIN_WORDS = 3;

const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** How alike two passages are: shared words over all words (Dice, on word counts). */
function resemblance(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const word of a) counts.set(word, (counts.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of b) {
    const left = counts.get(word) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(word, left - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}

/** Where the newer version starts in a line that holds two, or undefined. */
export function newerVersionStart(line: string): number | undefined {
  let best: { at: number; score: number } | undefined;
  for (const end of line.matchAll(SENTENCE_END)) {
    const at = end.index + end[0].length;
    const older = wordsOf(line.slice(0, at));
    const newer = wordsOf(line.slice(at));
    if (older.length < MIN_WORDS || newer.length < MIN_WORDS) continue;
    const score = resemblance(older, newer);
    if (score >= MIN_RESEMBLANCE && (!best || score > best.score)) best = { at, score };
  }
  if (!best) return undefined;
  return best.at + (line.slice(best.at).length - line.slice(best.at).trimStart().length);
}

export const olderVersionInView: LineRule = {
  name: 'older version in a comparison view',
  where: 'anywhere',
  match(line, { earlierHeadLines }) {
    if (!earlierHeadLines.some((earlier) => VERSION_HEADER.test(earlier))) return undefined;
    const text = line.trim();
    const start = newerVersionStart(text);
    return start === undefined
      ? undefined
      : { reason: 'older version of the paragraph (version-comparison view)', keep: text.slice(start) };
  },
};
