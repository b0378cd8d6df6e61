/**
 * The corpus index, computed once per build from the chapters' MDX bodies:
 * every mention with its sentence and paragraph anchor, counts per chapter,
 * and which topics share paragraphs. Pure: chapters and a matcher in, index out.
 */
import { splitSentences, type Span } from '../text/sentences.ts';
import { paragraphId, paragraphTexts } from '../text/paragraphs.ts';
import type { TopicMatcher } from '../topics/matcher.ts';

export interface IndexChapter {
  slug: string;
  /** Raw MDX body, as in the collection entry. */
  body: string;
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

export function buildCorpusIndex(chapters: readonly IndexChapter[], matcher: TopicMatcher): CorpusIndex {
  const mentions = new Map<string, MentionInContext[]>();
  const byChapter = new Map<string, Array<{ topic: string; count: number }>>();
  const pairs = new Map<string, Map<string, number>>();

  for (const chapter of chapters) {
    const counts = new Map<string, number>();
    paragraphTexts(chapter.body).forEach((text, index) => {
      const inParagraph = new Set<string>();
      const found = matcher.find(text);
      // Sentences only where there is a mention, and once per paragraph.
      const sentences = found.length ? splitSentences(text) : [];
      for (const mention of found) {
        const list = mentions.get(mention.slug) ?? [];
        list.push({ topic: mention.slug, chapter: chapter.slug, anchor: paragraphId(index), text: mention.text, ...sentenceAround(text, sentences, mention.start, mention.end) });
        mentions.set(mention.slug, list);
        counts.set(mention.slug, (counts.get(mention.slug) ?? 0) + 1);
        inParagraph.add(mention.slug);
      }
      for (const a of inParagraph) {
        for (const b of inParagraph) {
          if (a === b) continue;
          const row = pairs.get(a) ?? new Map<string, number>();
          row.set(b, (row.get(b) ?? 0) + 1);
          pairs.set(a, row);
        }
      }
    });
    byChapter.set(chapter.slug, [...counts].map(([topic, count]) => ({ topic, count })).sort((x, y) => y.count - x.count || x.topic.localeCompare(y.topic)));
  }

  const appearsWith = new Map<string, Related[]>();
  for (const [topic, row] of pairs) {
    appearsWith.set(topic, [...row].map(([slug, shared]) => ({ slug, shared })).sort((x, y) => y.shared - x.shared || x.slug.localeCompare(y.slug)));
  }
  return { mentions, byChapter, appearsWith };
}
