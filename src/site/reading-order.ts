/** The chapters in reading order, each knowing its neighbours. Pure. */
export interface Orderable {
  id: string;
  data: { order: number; date?: string; title: string };
}

export interface Placed<T> {
  chapter: T;
  part: number;
  total: number;
  previous?: T;
  next?: T;
}

/** readingOrder entries that name no chapter: a typo the editor should hear about. */
export function unknownInReadingOrder(explicit: readonly string[], chapters: readonly { id: string }[]): string[] {
  const ids = new Set(chapters.map((chapter) => chapter.id));
  return explicit.filter((slug) => !ids.has(slug));
}

/**
 * `site.yaml`'s readingOrder first (slugs it names, in its order), then the
 * rest by the manifest's `order`, then by date.
 */
export function readingOrder<T extends Orderable>(chapters: readonly T[], explicit: readonly string[] = []): Placed<T>[] {
  const rank = new Map(explicit.map((slug, i) => [slug, i]));
  const sorted = [...chapters].sort(
    (a, b) =>
      (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity) ||
      a.data.order - b.data.order ||
      (a.data.date ?? '').localeCompare(b.data.date ?? '') ||
      a.id.localeCompare(b.id),
  );
  return sorted.map((chapter, i) => ({ chapter, part: i + 1, total: sorted.length, previous: sorted[i - 1], next: sorted[i + 1] }));
}

/**
 * The chapters a chapter's contents control lists: all of them in a small
 * collection; in a large one, those around the reader's (a page per chapter
 * listing every chapter would grow with the square of the collection), with
 * the cover's full list a link away. `index` is the reader's chapter, from 0.
 */
export function contentsWindow<T>(chapters: readonly T[], index: number, size = 15): { shown: T[]; first: number; all: boolean } {
  if (chapters.length <= size) return { shown: [...chapters], first: 0, all: true };
  const first = Math.max(0, Math.min(index - Math.floor(size / 2), chapters.length - size));
  return { shown: chapters.slice(first, first + size), first, all: false };
}
