/**
 * Every internal URL goes through here, so the site works at `/` and under a
 * sub-path (`BASE_PATH=/mosul/`) alike.
 */
export function joinBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}${path.replace(/^\/+/, '')}`;
}

export function url(path = ''): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

export function chapterUrl(slug: string): string {
  return url(`chapters/${slug}/`);
}

/** Absolute URL (with site origin and base path), for canonical links, feeds and cards. */
export function absoluteUrl(path: string, siteUrl: URL | string | undefined): string {
  return new URL(url(path), siteUrl ?? 'https://example.org').href;
}
