/**
 * The corpus index for this build: every chapter read once into a record,
 * shared by the topic pages and every view. A record is kept by the chapter's
 * content hash, so `astro dev` reads again only the chapter that changed.
 */
import { createHash } from 'node:crypto';
import { siteTopics } from './site-topics.ts';
import { getChapters } from './chapters.ts';
import { viewOn } from './options.ts';
import { corpusIndexOf, indexChapter, type ChapterRecord, type CorpusIndex } from '../corpus/index.ts';

export interface SiteCorpus {
  index: CorpusIndex;
  /** In reading order. */
  records: ChapterRecord[];
}

const records = new Map<string, ChapterRecord>();
let cached: Promise<SiteCorpus> | undefined;

export function getCorpus(): Promise<SiteCorpus> {
  cached ??= getChapters().then((chapters) => {
    const { topics, matcher } = siteTopics();
    const read = { dates: viewOn('timeline'), quotations: viewOn('voices') };
    const list = chapters.map(({ chapter }) => {
      const body = chapter.body ?? '';
      const date = chapter.data.date ? String(chapter.data.date) : undefined;
      const key = createHash('sha256').update(`${chapter.id}\0${date ?? ''}\0${body}`).digest('hex');
      let record = records.get(key);
      if (!record) records.set(key, (record = indexChapter({ slug: chapter.id, body, date }, matcher, read)));
      return record;
    });
    const index = corpusIndexOf(list);
    for (const topic of topics) {
      if (!index.mentions.has(topic.slug)) console.warn(`[dossier] warning: topic "${topic.slug}" (${topic.path}) is not mentioned in any chapter: left off the topics index. Add an alias, or remove it.`);
    }
    return { index, records: list };
  });
  return cached;
}

export function getCorpusIndex(): Promise<CorpusIndex> {
  return getCorpus().then((corpus) => corpus.index);
}
