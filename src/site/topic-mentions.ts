/**
 * Which mentions a topic page shows, and how the full list is paged: pure
 * functions, so a page for "Islamic State" stays readable on a phone while
 * every mention is still one click away.
 */
import type { MentionInContext } from '../corpus/index.ts';
import { fold } from '../topics/matcher.ts';

/** Mentions shown for one chapter on the topic page itself. */
export const BEST_PER_CHAPTER = 3;
/** A topic with more mentions than this shows the best few of each chapter; one with fewer shows them all. */
export const MANY_MENTIONS = 15;
/** Chapters a topic page shows mentions from, in reading order; the rest are on the "all mentions" pages. */
export const CHAPTERS_SHOWN = 24;
/** Mentions on each page of "all mentions". */
export const MENTIONS_PER_PAGE = 40;
/**
 * A speaker's quotations on their topic page, and on the voices page: the
 * first ones in reading order. Past this a page grows with the corpus (a
 * speaker quoted in every one of 1,000 chapters made a 290 KB topic page and a
 * 2 MB voices page). A speaker with no topic page (unnamed, or not
 * attributed) shows QUOTATIONS_ON_TOPIC_PAGE on the voices page.
 */
export const QUOTATIONS_ON_TOPIC_PAGE = 12;
export const QUOTATIONS_PER_VOICE = 5;

/** The sentence a mention stands in, for telling two mentions in one sentence apart. */
const sentenceOf = (mention: MentionInContext) => `${mention.anchor}\u0000${mention.before}${mention.text}${mention.after}`;

/**
 * How much a mention tells a reader who arrives at the topic: the chapter's
 * first mention introduces it; the full name says more than a surname or an
 * acronym; a sentence of some length says more than a fragment.
 */
export function mentionScore(mention: MentionInContext, index: number, title: string): number {
  const sentence = (mention.before + mention.text + mention.after).trim();
  const first = index === 0 ? 3 : 0;
  const fullName = fold(mention.text) === fold(title) ? 1 : 0;
  const length = Math.min(sentence.length, 240) / 120;
  const fragment = sentence.length < 40 ? -1 : 0;
  return first + fullName + length + fragment;
}

/** The best `count` mentions of one chapter's list, one per sentence, in the chapter's order. */
export function bestMentions(mentions: readonly MentionInContext[], title: string, count = BEST_PER_CHAPTER): MentionInContext[] {
  const seen = new Set<string>();
  const distinct = mentions
    .map((mention, index) => ({ mention, index }))
    .filter(({ mention }) => {
      const key = sentenceOf(mention);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  return distinct
    .map((entry) => ({ ...entry, score: mentionScore(entry.mention, entry.index, title) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, count)
    .sort((a, b) => a.index - b.index)
    .map(({ mention }) => mention);
}

export interface ChapterMentions<C> {
  chapter: C;
  mentions: MentionInContext[];
}

/** One page of the full list: runs of mentions, each under its chapter, continuing across pages. */
export interface MentionPage<C> {
  /** 1-based. */
  number: number;
  groups: Array<ChapterMentions<C> & { continued: boolean }>;
}

/** Every mention in reading order, cut into pages of `size`; a chapter that runs over a page break is continued on the next. */
export function pageMentions<C>(chapters: ReadonlyArray<ChapterMentions<C>>, size = MENTIONS_PER_PAGE): MentionPage<C>[] {
  const pages: MentionPage<C>[] = [];
  let current: MentionPage<C> | undefined;
  let room = 0;
  for (const { chapter, mentions } of chapters) {
    let start = 0;
    while (start < mentions.length) {
      if (!current || room === 0) {
        current = { number: pages.length + 1, groups: [] };
        pages.push(current);
        room = size;
      }
      const taken = mentions.slice(start, start + room);
      current.groups.push({ chapter, mentions: taken, continued: start > 0 });
      start += taken.length;
      room -= taken.length;
    }
  }
  return pages;
}

/** The page of the full list on which a chapter's mentions begin. */
export function pageOfChapter<C>(pages: readonly MentionPage<C>[], chapter: C): number {
  return pages.find((page) => page.groups.some((group) => group.chapter === chapter && !group.continued))?.number ?? 1;
}

/** A topic with many mentions shows the best few of each chapter, and the full list on pages of its own. */
export function needsAllMentions(
  chapters: ReadonlyArray<ChapterMentions<unknown>>,
  count = BEST_PER_CHAPTER,
  many = MANY_MENTIONS,
  shown = CHAPTERS_SHOWN,
): boolean {
  const total = chapters.reduce((sum, { mentions }) => sum + mentions.length, 0);
  return chapters.length > shown || (total > many && chapters.some(({ mentions }) => mentions.length > count));
}

/** A sentence shown once, with each of the topic's mentions in it marked. */
export interface SentenceItem {
  anchor: string;
  parts: Array<{ text: string; mark: boolean }>;
}

/** Mentions as sentences: two mentions in one sentence ("ISIS fighters… ISIS's leadership") make one item with two marks. */
export function sentenceItems(mentions: readonly MentionInContext[]): SentenceItem[] {
  const items: Array<{ key: string; sentence: string; anchor: string; spans: Array<[number, number]> }> = [];
  for (const mention of mentions) {
    const sentence = mention.before + mention.text + mention.after;
    const key = `${mention.anchor}\u0000${sentence}`;
    const last = items.at(-1);
    const span: [number, number] = [mention.before.length, mention.before.length + mention.text.length];
    if (last?.key === key) last.spans.push(span);
    else items.push({ key, sentence, anchor: mention.anchor, spans: [span] });
  }
  return items.map(({ sentence, anchor, spans }) => {
    const parts: SentenceItem['parts'] = [];
    let at = 0;
    for (const [start, end] of spans.sort((a, b) => a[0] - b[0])) {
      if (start < at) continue;
      if (start > at) parts.push({ text: sentence.slice(at, start), mark: false });
      parts.push({ text: sentence.slice(start, end), mark: true });
      at = end;
    }
    if (at < sentence.length) parts.push({ text: sentence.slice(at), mark: false });
    return { anchor, parts };
  });
}
