/** Where each article goes among the others: reading order and a unique slug. */
import slugify from '@sindresorhus/slugify';

export interface Placeable {
  file: string;
  title: string;
  date?: string;
  order?: number;
  /** From the manifest, or the file an earlier run wrote: kept so URLs stay put. */
  slug?: string;
}

export interface Placement {
  file: string;
  order: number;
  slug: string;
}

const MAX_SLUG_LENGTH = 80;

/** Stable ASCII slug; a long title is cut at a word boundary. */
export function slugFor(title: string): string {
  const slug = slugify(title, { decamelize: false });
  if (slug.length <= MAX_SLUG_LENGTH) return slug || 'article';
  return slug.slice(0, slug.lastIndexOf('-', MAX_SLUG_LENGTH)) || slug.slice(0, MAX_SLUG_LENGTH);
}

/**
 * Manifest order first; articles without one follow, by date, then file name.
 * Orders are renumbered 1…n so gaps and ties in the manifest do no harm.
 * A new slug never takes one in `reserved`: a chapter whose source is gone,
 * or that ingest cannot read, still holds its URL.
 */
export function placeArticles(items: readonly Placeable[], reserved: ReadonlySet<string> = new Set()): Placement[] {
  const sorted = [...items].sort((a, b) => {
    if (a.order !== undefined || b.order !== undefined)
      return (a.order ?? Infinity) - (b.order ?? Infinity) || a.file.localeCompare(b.file);
    return (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.file.localeCompare(b.file);
  });
  // Chapters no source owns now keep their slugs; then the slugs the editor or an earlier run fixed.
  const taken = new Set<string>(reserved);
  const fixed = new Map(sorted.filter((item) => item.slug).map((item) => [item.file, item.slug!]));
  for (const slug of fixed.values()) taken.add(slug);
  return sorted.map((item, index) => {
    let slug = fixed.get(item.file);
    if (!slug) {
      const base = slugFor(item.title);
      slug = base;
      for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
      taken.add(slug);
    }
    return { file: item.file, order: index + 1, slug };
  });
}
