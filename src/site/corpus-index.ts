/** The corpus index for this build: the chapters' records, in reading order, and what the pages draw from them. */
import { resolve } from 'node:path';
import { siteTopics } from './site-topics.ts';
import { getChapters } from './chapters.ts';
import { buildOptions } from './options.ts';
import { chapterRecord, recordStore } from './chapter-records.ts';
import { corpusIndexOf, type ChapterRecord, type CorpusIndex } from '../corpus/index.ts';

export interface SiteCorpus {
  index: CorpusIndex;
  /** In reading order. */
  records: ChapterRecord[];
}

let cached: Promise<SiteCorpus> | undefined;

export function getCorpus(): Promise<SiteCorpus> {
  cached ??= getChapters().then((chapters) => {
    const { topics } = siteTopics();
    const records = chapters.map(({ chapter }) =>
      chapterRecord(resolve(buildOptions().root ?? process.cwd(), chapter.filePath!), chapter.id),
    );
    const index = corpusIndexOf(records);
    // Said once per build: were the chapters read once each (by the render plugins or here), as they should be?
    console.log(`[dossier] corpus index: ${records.length} chapters, ${recordStore().size} read`);
    for (const topic of topics) {
      if (!index.mentions.has(topic.slug))
        console.warn(
          `[dossier] warning: topic "${topic.slug}" (${topic.path}) is not mentioned in any chapter: listed apart at the foot of the topics index. Add an alias, or remove it.`,
        );
    }
    return { index, records };
  });
  return cached;
}

export function getCorpusIndex(): Promise<CorpusIndex> {
  return getCorpus().then((corpus) => corpus.index);
}
