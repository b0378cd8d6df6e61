/** The corpus index for this build, computed once and shared by every page. */
import { siteTopics } from './site-topics.ts';
import { getChapters } from './chapters.ts';
import { buildCorpusIndex, type CorpusIndex } from '../corpus/index.ts';

let cached: Promise<CorpusIndex> | undefined;

export function getCorpusIndex(): Promise<CorpusIndex> {
  cached ??= getChapters().then((chapters) => {
    const { topics, matcher } = siteTopics();
    const index = buildCorpusIndex(chapters.map(({ chapter }) => ({ slug: chapter.id, body: chapter.body ?? '' })), matcher);
    for (const topic of topics) {
      if (!index.mentions.has(topic.slug)) console.warn(`[dossier] warning: topic "${topic.slug}" (${topic.path}) is not mentioned in any chapter: left off the topics index. Add an alias, or remove it.`);
    }
    return index;
  });
  return cached;
}
