import { citedTitle } from '../../site/supplied-title.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getChapters } from '../../site/chapters.ts';
import { site } from '../../site/config.ts';
import { renderCard, type CardText } from '../../site/social-card.ts';
import { getTopicViews } from '../../site/topics.ts';
import { KIND_LABEL } from '../../site/site-topics.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const chapters = await getChapters();
  const cover: CardText = { eyebrow: `A documentary collection · ${chapters.length} chapters`, title: site.title, subtitle: site.subtitle, footer: site.editor };
  return [
    { params: { name: 'cover' }, props: { text: cover } },
    ...chapters.map(({ chapter, part, total }) => ({
      params: { name: chapter.id },
      props: {
        text: {
          eyebrow: `Part ${part} of ${total}${chapter.data.chapterLabel ? ` · ${chapter.data.chapterLabel}` : ''}`,
          title: citedTitle(chapter.data.title, chapter.data.titleSupplied),
          footer: [chapter.data.publication, site.title].filter(Boolean).join(' · '),
        } satisfies CardText,
      },
    })),
    ...[...(await getTopicViews()).values()].map((view) => ({
      params: { name: `topic-${view.slug}` },
      props: {
        text: {
          eyebrow: `${KIND_LABEL[view.topic.kind]} · ${view.mentionCount} ${view.mentionCount === 1 ? 'mention' : 'mentions'}`,
          title: view.title,
          subtitle: view.topic.role,
          footer: site.title,
        } satisfies CardText,
      },
    })),
  ];
};

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await renderCard(props.text as CardText)), { headers: { 'Content-Type': 'image/png' } });
