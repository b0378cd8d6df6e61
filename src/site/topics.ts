/** Topic data the pages need, from the registry and the corpus index: once per build. */
import { getCorpusIndex } from './corpus-index.ts';
import type { MentionInContext, Related } from '../corpus/index.ts';
import { topicKinds } from '../schema.ts';
import { getChapters, type Chapter } from './chapters.ts';
import { smartQuotes } from '../text/typography.ts';
import { renderEditorMarkdown } from '../text/editor-markdown.ts';
import type { Topic } from '../topics/registry.ts';
import { siteTopics } from './site-topics.ts';
import { bestMentions, needsAllMentions, pageMentions, type MentionPage } from './topic-mentions.ts';

export interface TopicView {
  topic: Topic;
  /** The editor's Markdown body, as safe HTML. */
  bodyHtml: string;
  slug: string;
  title: string;
  summary: string;
  mentionCount: number;
  /** Mentions grouped by chapter, chapters in reading order, with the few the topic page shows. */
  chapters: Array<{ chapter: Chapter; part: number; mentions: MentionInContext[]; best: MentionInContext[] }>;
  /** Every mention, paged, when the topic page leaves some out (else empty). */
  mentionPages: MentionPage<Chapter>[];
  appearsWith: Array<Related & { title: string }>;
}

let cached: Promise<Map<string, TopicView>> | undefined;

export function getTopicViews(): Promise<Map<string, TopicView>> {
  cached ??= (async () => {
    const [index, chapters] = await Promise.all([getCorpusIndex(), getChapters()]);
    const { topics } = siteTopics();
    const titles = new Map(topics.map((topic) => [topic.slug, smartQuotes(topic.title)]));
    const views = new Map<string, TopicView>();
    for (const topic of topics) {
      const mentions = index.mentions.get(topic.slug) ?? [];
      const byChapter = new Map<string, MentionInContext[]>();
      for (const mention of mentions) byChapter.set(mention.chapter, [...(byChapter.get(mention.chapter) ?? []), mention]);
      const inChapters = chapters.flatMap(({ chapter, part }) =>
        byChapter.has(chapter.id) ? [{ chapter, part, mentions: byChapter.get(chapter.id)! }] : [],
      );
      const body = renderEditorMarkdown(topic.body);
      if (body.droppedHtml.length)
        console.warn(
          `[dossier] ${topic.path}: raw HTML is not shown (topic files are Markdown): ${body.droppedHtml.join(' ').slice(0, 120)}`,
        );
      views.set(topic.slug, {
        topic,
        bodyHtml: body.html,
        slug: topic.slug,
        title: titles.get(topic.slug)!,
        summary: smartQuotes(topic.summary),
        mentionCount: mentions.length,
        chapters: inChapters.map((entry) => ({ ...entry, best: bestMentions(entry.mentions, topic.title) })),
        mentionPages: needsAllMentions(inChapters) ? pageMentions(inChapters) : [],
        appearsWith: (index.appearsWith.get(topic.slug) ?? [])
          .filter((r) => titles.has(r.slug))
          .map((r) => ({ ...r, title: titles.get(r.slug)! })),
      });
    }
    return views;
  })();
  return cached;
}

/** Topics with at least one mention, grouped by kind, alphabetical. */
/** Topics the editor wrote that no chapter mentions (yet): their pages exist, reached from the foot of the index. */
export async function unmentionedTopics() {
  return [...(await getTopicViews()).values()]
    .filter((view) => view.mentionCount === 0)
    .sort((a, b) => a.title.localeCompare(b.title, 'en', { sensitivity: 'base' }));
}

export async function topicsByKind() {
  const views = [...(await getTopicViews()).values()].filter((view) => view.mentionCount > 0);
  return topicKinds
    .map((kind) => ({
      kind,
      topics: views.filter((v) => v.topic.kind === kind).sort((a, b) => a.title.localeCompare(b.title, 'en', { sensitivity: 'base' })),
    }))
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
