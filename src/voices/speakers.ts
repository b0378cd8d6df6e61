/**
 * Who speaks: quotations grouped by speaker, a speaker resolved to a topic
 * where the speaker's words name one ("U.S. Army Lieut. Colonel James
 * Browning" is the topic James Browning), else kept as the text describes
 * them ("a coalition officer"). Pure.
 */
import type { TopicMatcher } from '../topics/matcher.ts';
import { isDescription, type Quotation } from './quotes.ts';

export interface Speaker {
  /** The topic's slug, or the description in lower case, or '' for the unattributed. */
  key: string;
  topic?: string;
  /** As the text first names or describes them. */
  name: string;
  quotations: Quotation[];
}

export interface SpeakerTopic {
  slug: string;
  kind: string;
}

/** The topic a speaker's words name: a person first, then an organisation ("U.S. Central Command"). */
export function speakerTopic(speaker: string, matcher: TopicMatcher, topics: ReadonlyMap<string, SpeakerTopic>): string | undefined {
  const named = matcher
    .find(speaker)
    .map((mention) => topics.get(mention.slug))
    .filter((topic): topic is SpeakerTopic => Boolean(topic));
  return (named.find((topic) => topic.kind === 'person') ?? named.find((topic) => topic.kind === 'organisation'))?.slug;
}

/** Speakers, those named first (most quoted first), then those described, then what no one is said to have said. */
export function groupSpeakers(
  quotations: readonly Quotation[],
  matcher: TopicMatcher,
  topics: ReadonlyMap<string, SpeakerTopic>,
): Speaker[] {
  const speakers = new Map<string, Speaker>();
  for (const quote of quotations) {
    const topic = quote.speaker ? speakerTopic(quote.speaker, matcher, topics) : undefined;
    const key = topic ?? quote.speaker?.toLowerCase() ?? '';
    const speaker = speakers.get(key) ?? { key, ...(topic && { topic }), name: quote.speaker ?? 'Not attributed', quotations: [] };
    speaker.quotations.push(quote);
    speakers.set(key, speaker);
  }
  const rank = (s: Speaker) => (!s.key ? 2 : s.topic || !isDescription(s.name) ? 0 : 1);
  return [...speakers.values()].sort(
    (a, b) => rank(a) - rank(b) || b.quotations.length - a.quotations.length || a.name.localeCompare(b.name),
  );
}
