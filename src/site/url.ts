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

/** Paths inside the site, without the base: `chapters/<slug>/`, `topics/<slug>/`. */
export function chapterPath(slug: string): string {
  return `chapters/${slug}/`;
}

export function topicPath(slug: string): string {
  return `topics/${slug}/`;
}

/** Every mention of a topic, in pages: `topics/<slug>/mentions/`, then `…/mentions/2/`. */
export function topicMentionsPath(slug: string, page = 1): string {
  return page > 1 ? `topics/${slug}/mentions/${page}/` : `topics/${slug}/mentions/`;
}

export function topicMentionsUrl(slug: string, page = 1): string {
  return url(topicMentionsPath(slug, page));
}

export function chapterUrl(slug: string): string {
  return url(chapterPath(slug));
}

export function topicUrl(slug: string): string {
  return url(topicPath(slug));
}

/** Absolute URL (with site origin and base path), for canonical links, feeds and cards. */
export function absoluteUrl(path: string, siteUrl: URL | string | undefined): string {
  return new URL(url(path), siteUrl ?? 'https://example.org').href;
}
