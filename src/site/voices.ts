/** The voices of this build, computed once: the /voices/ page and person pages share them. */
import { paragraphTexts } from '../text/paragraphs.ts';
import { siteTopics } from './site-topics.ts';
import { findQuotations } from '../voices/quotes.ts';
import { groupSpeakers, type Speaker } from '../voices/speakers.ts';
import { getChapters } from './chapters.ts';

let cached: Promise<Speaker[]> | undefined;

export function getVoices(): Promise<Speaker[]> {
  cached ??= getChapters().then((chapters) => {
    const { topics, matcher } = siteTopics();
    const quotations = findQuotations(chapters.map(({ chapter }) => ({ slug: chapter.id, paragraphs: paragraphTexts(chapter.body ?? '') })));
    return groupSpeakers(quotations, matcher, new Map(topics.map((topic) => [topic.slug, topic])));
  });
  return cached;
}
