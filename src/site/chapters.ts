/** The chapters of this build, in reading order: loaded once, shared by every page. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { site } from './config.ts';
import { siteConfigPath } from './site-yaml.ts';
import { readingOrder, unknownInReadingOrder, type Placed } from './reading-order.ts';
import { smartQuotes } from '../text/typography.ts';

export type Chapter = CollectionEntry<'articles'>;

let cached: Promise<Placed<Chapter>[]> | undefined;

export function getChapters(): Promise<Placed<Chapter>[]> {
  cached ??= getCollection('articles').then((chapters) => {
    for (const slug of unknownInReadingOrder(site.readingOrder ?? [], chapters)) {
      console.warn(`[dossier] warning: ${siteConfigPath()}: readingOrder names "${slug}", but no chapter has that slug; it is ignored`);
    }
    return readingOrder(chapters.map(withTypography), site.readingOrder);
  });
  return cached;
}

/**
 * Frontmatter text shown as prose gets real quotation marks, once per build. And a chapter is an excerpt only while
 * its text still says where the source breaks off: an editor who took the lines that broke off out of the chapter
 * (a page's footer ingest left in) has mended it, whatever its `truncated:` still says.
 */
function withTypography(chapter: Chapter): Chapter {
  const { data } = chapter;
  return {
    ...chapter,
    data: {
      ...data,
      truncated: data.truncated && (chapter.body === undefined || /<Truncated\b/.test(chapter.body)),
      title: smartQuotes(data.title),
      ...(data.dek && { dek: smartQuotes(data.dek) }),
      ...(data.chapterLabel && { chapterLabel: smartQuotes(data.chapterLabel) }),
      figures: data.figures.map((figure) => ({ ...figure, caption: smartQuotes(figure.caption) })),
      related: data.related.map((link) => ({ ...link, title: smartQuotes(link.title) })),
    },
  };
}
