/** The chapters of this build, in reading order: loaded once, shared by every page. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { site } from './config.ts';
import { readingOrder, type Placed } from './reading-order.ts';

export type Chapter = CollectionEntry<'articles'>;

let cached: Promise<Placed<Chapter>[]> | undefined;

export function getChapters(): Promise<Placed<Chapter>[]> {
  cached ??= getCollection('articles').then((chapters) => readingOrder(chapters, site.readingOrder));
  return cached;
}
