/**
 * The cover's hook: one quotation that draws a reader in. The editor names it
 * (`hook:` in site.yaml, a phrase from it); otherwise the voices give one: a
 * named speaker's words, long enough to say something (12 words), short enough to read
 * at a glance (30), the longest such, the earliest in reading order on a tie. Pure.
 */
import type { Speaker } from './speakers.ts';
import { words, type Quotation } from './quotes.ts';
import { foldPunctuation } from '../text/paragraphs.ts';

export interface Hook {
  quotation: Quotation;
  /** As the text names the speaker, and their topic when they have one. */
  speaker?: string;
  topic?: string;
}

const MIN_WORDS = 12;
// Short enough to sit above the fold on a phone with the title and the introduction's first paragraph.
const MAX_WORDS = 30;

// The editor's phrase may be typed with straight quotes or curly, in any case.
const fold = (text: string) => foldPunctuation(text).toLowerCase();

/** `chapterOrder`: chapter slugs in reading order. `phrase`: the editor's choice, when they made one. */
export function chooseHook(
  speakers: readonly Speaker[],
  chapterOrder: readonly string[],
  phrase?: string,
): { hook?: Hook; unmatched?: string } {
  const all = speakers.flatMap((speaker) => speaker.quotations.map((quotation) => ({ quotation, speaker })));
  const hookOf = ({ quotation, speaker }: (typeof all)[number]): Hook => ({
    quotation,
    ...(speaker.key && { speaker: speaker.name }),
    ...(speaker.topic && { topic: speaker.topic }),
  });
  if (phrase?.trim()) {
    const chosen = all.find(({ quotation }) => fold(quotation.text).includes(fold(phrase.trim())));
    if (chosen) return { hook: hookOf(chosen) };
    return { ...pick(), unmatched: phrase };
  }
  return pick();

  function pick(): { hook?: Hook } {
    const position = (quotation: Quotation) => chapterOrder.indexOf(quotation.chapter) * 10_000 + Number(quotation.anchor.slice(2));
    const candidates = all
      .filter(({ speaker, quotation }) => speaker.topic && words(quotation.text) >= MIN_WORDS && words(quotation.text) <= MAX_WORDS)
      .sort((a, b) => words(b.quotation.text) - words(a.quotation.text) || position(a.quotation) - position(b.quotation));
    return candidates[0] ? { hook: hookOf(candidates[0]) } : {};
  }
}
