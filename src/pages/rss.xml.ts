import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { datePrecision } from '../schema.ts';
import { getChapters } from '../site/chapters.ts';
import { citedTitle } from '../site/supplied-title.ts';
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
      title: citedTitle(chapter.data.title, chapter.data.titleSupplied),
      link: absoluteUrl(chapterPath(chapter.id), context.site),
      description: chapter.data.dek ?? `Part ${part}: ${chapter.data.publication ?? 'a report'}`,
      // RSS dates are whole days: a chapter known to the month or year gets none, rather than an invented 1 January.
      ...(chapter.data.date && datePrecision(chapter.data.date) === 'day' && { pubDate: new Date(`${chapter.data.date}T00:00:00Z`) }),
      ...(chapter.data.author && { author: chapter.data.author }),
    })),
    customData: `<language>${site.language}</language>`,
  });
};
