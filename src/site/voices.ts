/** The voices of this build, computed once: the /voices/ page and person pages share them. */
import { siteTopics } from './site-topics.ts';
import { groupSpeakers, type Speaker } from '../voices/speakers.ts';
import { getCorpus } from './corpus-index.ts';

let cached: Promise<Speaker[]> | undefined;

export function getVoices(): Promise<Speaker[]> {
  cached ??= getCorpus().then(({ records }) => {
    const { topics, matcher } = siteTopics();
    const quotations = records.flatMap((record) => record.quotations);
    return groupSpeakers(quotations, matcher, new Map(topics.map((topic) => [topic.slug, topic])));
  });
  return cached;
}
