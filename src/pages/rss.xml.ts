import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getChapters } from '../site/chapters.ts';
import { site } from '../site/config.ts';
import { absoluteUrl, chapterPath } from '../site/url.ts';

// @astrojs/rss drops the base path from relative links, so every link is absolute.
export const GET: APIRoute = async (context) => {
  const chapters = await getChapters();
  return rss({
    title: site.title,
    description: site.description,
    site: absoluteUrl('', context.site),
    items: chapters.map(({ chapter, part }) => ({
      title: chapter.data.title,
      link: absoluteUrl(chapterPath(chapter.id), context.site),
      description: chapter.data.dek ?? `Part ${part}: ${chapter.data.publication ?? 'a report'}`,
      ...(chapter.data.date && { pubDate: new Date(`${chapter.data.date}${chapter.data.date.length === 4 ? '-01-01' : chapter.data.date.length === 7 ? '-01' : ''}T00:00:00Z`) }),
      ...(chapter.data.author && { author: chapter.data.author }),
    })),
    customData: `<language>${site.language}</language>`,
  });
};
