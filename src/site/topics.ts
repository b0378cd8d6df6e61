/** Topic data the pages need, from the registry and the corpus index: once per build. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { getCorpusIndex } from '../corpus/site-index.ts';
import type { MentionInContext, Related } from '../corpus/index.ts';
import { topicKinds } from '../schema.ts';
import { getChapters, type Chapter } from './chapters.ts';
import { smartQuotes } from './typography.ts';

export type TopicEntry = CollectionEntry<'topics'>;

export interface TopicView {
  entry: TopicEntry;
  slug: string;
  title: string;
  summary: string;
  mentionCount: number;
  /** Mentions grouped by chapter, chapters in reading order. */
  chapters: Array<{ chapter: Chapter; part: number; mentions: MentionInContext[] }>;
  appearsWith: Array<Related & { title: string }>;
}

let cached: Promise<Map<string, TopicView>> | undefined;

export function getTopicViews(): Promise<Map<string, TopicView>> {
  cached ??= (async () => {
    const [entries, index, chapters] = await Promise.all([getCollection('topics'), getCorpusIndex(), getChapters()]);
    const titles = new Map(entries.map((entry) => [entry.id, smartQuotes(entry.data.title)]));
    const views = new Map<string, TopicView>();
    for (const entry of entries) {
      const mentions = index.mentions.get(entry.id) ?? [];
      const byChapter = new Map<string, MentionInContext[]>();
      for (const mention of mentions) byChapter.set(mention.chapter, [...(byChapter.get(mention.chapter) ?? []), mention]);
      views.set(entry.id, {
        entry,
        slug: entry.id,
        title: titles.get(entry.id)!,
        summary: smartQuotes(entry.data.summary),
        mentionCount: mentions.length,
        chapters: chapters.flatMap(({ chapter, part }) => (byChapter.has(chapter.id) ? [{ chapter, part, mentions: byChapter.get(chapter.id)! }] : [])),
        appearsWith: (index.appearsWith.get(entry.id) ?? []).filter((r) => titles.has(r.slug)).map((r) => ({ ...r, title: titles.get(r.slug)! })),
      });
    }
    return views;
  })();
  return cached;
}

/** Topics with at least one mention, grouped by kind, alphabetical. */
export async function topicsByKind() {
  const views = [...(await getTopicViews()).values()].filter((view) => view.mentionCount > 0);
  return topicKinds
    .map((kind) => ({ kind, topics: views.filter((v) => v.entry.data.kind === kind).sort((a, b) => a.title.localeCompare(b.title, 'en', { sensitivity: 'base' })) }))
    .filter((group) => group.topics.length > 0);
}

/** The topics a chapter mentions, most mentioned first. */
export async function topicsInChapter(slug: string) {
  const [index, views] = await Promise.all([getCorpusIndex(), getTopicViews()]);
  return (index.byChapter.get(slug) ?? []).flatMap(({ topic, count }) => {
    const view = views.get(topic);
    return view ? [{ view, count }] : [];
  });
}

