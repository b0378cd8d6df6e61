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
