import { citedTitle } from '../../site/supplied-title.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getChapters } from '../../site/chapters.ts';
import { site } from '../../site/config.ts';
import { buildOptions } from '../../site/options.ts';
import { cachedCard, cardCacheFolder, cardSummary, renderCard, type CardText } from '../../site/social-card.ts';
import { splitCredits } from '../../site/credits.ts';
import { displayDate } from '../../site/dates.ts';
import { countOf } from '../../text/count.ts';
import { smartQuotes } from '../../text/typography.ts';
import { getTopicViews } from '../../site/topics.ts';
import { KIND_LABEL } from '../../site/site-topics.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const chapters = await getChapters();
  const cover: CardText = {
    eyebrow: `A documentary collection · ${countOf(chapters.length, 'chapter')}`,
    title: site.title,
    subtitle: site.subtitle,
    footer: site.editor,
  };
  return [
    { params: { name: 'cover' }, props: { text: cover } },
    ...chapters.map(({ chapter, part, total }) => ({
      params: { name: chapter.id },
      props: {
        text: {
          eyebrow: `Part ${part} of ${total}${chapter.data.chapterLabel ? ` · ${chapter.data.chapterLabel}` : ''}`,
          title: smartQuotes(citedTitle(chapter.data.title, chapter.data.titleSupplied)),
          // Who published it, who wrote it, when: what a shared link should say before it is opened.
          footer:
            [chapter.data.publication, splitCredits(chapter.data.author).authors.join(' and ') || undefined, displayDate(chapter.data.date)]
              .filter(Boolean)
              .join(' · ') || site.title,
        } satisfies CardText,
      },
    })),
    ...[...(await getTopicViews()).values()].map((view) => ({
      params: { name: `topic-${view.slug}` },
      props: {
        text: {
          // The role when it fits the line (a short one: "Reuters correspondent"), else the kind.
          eyebrow: `${view.topic.role && view.topic.role.length <= 40 ? smartQuotes(view.topic.role) : KIND_LABEL[view.topic.kind]} · ${view.mentionCount} ${view.mentionCount === 1 ? 'mention' : 'mentions'}`,
          title: view.title,
          // The summary fills the card's middle: who or what this is, in a sentence or two.
          subtitle: cardSummary(view.summary),
          footer: site.title,
        } satisfies CardText,
      },
    })),
  ];
};

// In a build, from the card cache; in `astro dev` (no cache folder given), drawn fresh.
export const GET: APIRoute = async ({ props }) => {
  const { cacheDir } = buildOptions();
  const text = props.text as CardText;
  const png = cacheDir && import.meta.env.PROD ? await cachedCard(text, cardCacheFolder(cacheDir)) : await renderCard(text);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
