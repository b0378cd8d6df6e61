/**
 * The corpus index, computed once per build from the chapters' MDX bodies.
 * Each chapter is read once into a record: its paragraphs (one definition,
 * with the anchor id the page carries), the mentions in them with their
 * sentences, the dates they give and the quotations they hold. The topic
 * pages and every view are drawn from these records: counts per chapter,
 * which topics share paragraphs, the timeline, the voices. Pure: chapters and
 * a matcher in, records and index out.
 */
import { splitSentences, type Span } from '../text/sentences.ts';
import { paragraphId, paragraphTexts } from '../text/paragraphs.ts';
import type { Mention, TopicMatcher } from '../topics/matcher.ts';
import { chapterTellings, type DatedTelling } from '../timeline/events.ts';
import { chapterQuotations, type Quotation } from '../voices/quotes.ts';

export interface IndexChapter {
  slug: string;
  /** Raw MDX body, as in the collection entry. */
  body: string;
  /** The chapter's own date (`2017-04`), against which "last October" is read. */
  date?: string;
}

/** What the index reads beyond mentions: each only when its view is on. */
export interface ReadOptions {
  dates?: boolean;
  quotations?: boolean;
}

/** One chapter, read once. */
export interface ChapterRecord {
  slug: string;
  /** Each paragraph with the topics' names found in its text: the links on the page are chosen from these. */
  paragraphs: Array<{ anchor: string; text: string; found: Mention[] }>;
  /** Mentions in reading order. */
  mentions: MentionInContext[];
  dates: DatedTelling[];
  quotations: Quotation[];
}

export interface MentionInContext {
  topic: string;
  chapter: string;
  /** The paragraph's anchor id: `p-7`. */
  anchor: string;
  text: string;
  /** The sentence around the mention, split at the mention. */
  before: string;
  after: string;
}

export interface Related {
  slug: string;
  /** Paragraphs the two topics share. */
  shared: number;
}

export interface CorpusIndex {
  /** Every mention of a topic, in reading order. */
  mentions: Map<string, MentionInContext[]>;
  /** Per chapter: topic → mentions, most mentioned first. */
  byChapter: Map<string, Array<{ topic: string; count: number }>>;
  /** Per topic: the topics it shares paragraphs with, most shared first. */
  appearsWith: Map<string, Related[]>;
}

function sentenceAround(text: string, sentences: readonly Span[], start: number, end: number): { before: string; after: string } {
  const sentence = sentences.find((span) => start >= span.start && start < span.end) ?? { start: 0, end: text.length };
  return { before: text.slice(sentence.start, start), after: text.slice(end, Math.max(end, sentence.end)) };
}

export function indexChapter(chapter: IndexChapter, matcher: TopicMatcher, read: ReadOptions = {}): ChapterRecord {
  const texts = paragraphTexts(chapter.body);
  const mentions: MentionInContext[] = [];
  const paragraphs = texts.map((text, index) => {
    const found = matcher.find(text);
    // Sentences only where there is a mention, and once per paragraph.
    const sentences = found.length ? splitSentences(text) : [];
    for (const mention of found) {
      mentions.push({
        topic: mention.slug,
        chapter: chapter.slug,
        anchor: paragraphId(index),
        text: mention.text,
        ...sentenceAround(text, sentences, mention.start, mention.end),
      });
    }
    return { anchor: paragraphId(index), text, found };
  });
  return {
    slug: chapter.slug,
    paragraphs,
    mentions,
    dates: read.dates ? chapterTellings({ slug: chapter.slug, date: chapter.date, paragraphs: texts }) : [],
    quotations: read.quotations ? chapterQuotations({ slug: chapter.slug, paragraphs: texts }) : [],
  };
}

export function buildCorpusIndex(chapters: readonly IndexChapter[], matcher: TopicMatcher): CorpusIndex {
  return corpusIndexOf(chapters.map((chapter) => indexChapter(chapter, matcher)));
}

/** Counts, co-occurrence and every mention by topic, from the records in reading order. */
export function corpusIndexOf(records: readonly ChapterRecord[]): CorpusIndex {
  const mentions = new Map<string, MentionInContext[]>();
  const byChapter = new Map<string, Array<{ topic: string; count: number }>>();
  const pairs = new Map<string, Map<string, number>>();

  for (const record of records) {
    const counts = new Map<string, number>();
    const byParagraph = new Map<string, Set<string>>();
    for (const mention of record.mentions) {
      const list = mentions.get(mention.topic);
      if (list) list.push(mention);
      else mentions.set(mention.topic, [mention]);
      counts.set(mention.topic, (counts.get(mention.topic) ?? 0) + 1);
      const inParagraph = byParagraph.get(mention.anchor) ?? new Set<string>();
      inParagraph.add(mention.topic);
      byParagraph.set(mention.anchor, inParagraph);
    }
    for (const inParagraph of byParagraph.values()) {
      for (const a of inParagraph) {
        for (const b of inParagraph) {
          if (a === b) continue;
          const row = pairs.get(a) ?? new Map<string, number>();
          row.set(b, (row.get(b) ?? 0) + 1);
          pairs.set(a, row);
        }
      }
    }
    byChapter.set(
      record.slug,
      [...counts].map(([topic, count]) => ({ topic, count })).sort((x, y) => y.count - x.count || x.topic.localeCompare(y.topic)),
    );
  }

  const appearsWith = new Map<string, Related[]>();
  for (const [topic, row] of pairs) {
    appearsWith.set(
      topic,
      [...row].map(([slug, shared]) => ({ slug, shared })).sort((x, y) => y.shared - x.shared || x.slug.localeCompare(y.slug)),
    );
  }
  return { mentions, byChapter, appearsWith };
}
