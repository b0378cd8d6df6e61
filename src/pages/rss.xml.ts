import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { datePrecision } from '../schema.ts';
import { getChapters } from '../site/chapters.ts';
import { citedTitle } from '../site/supplied-title.ts';
import { site } from '../site/config.ts';
import { absoluteUrl, chapterPath } from '../site/url.ts';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

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
      // RSS 2.0's <author> must be an email address; a byline is Dublin Core's creator.
      ...(chapter.data.author && { customData: `<dc:creator>${escapeXml(chapter.data.author)}</dc:creator>` }),
    })),
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
    customData: `<language>${site.language}</language>`,
  });
};
