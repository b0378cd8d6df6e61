/**
 * Where the site will live, from the two deploy-time variables: SITE_URL (the
 * origin, for canonical URLs, the feed and cards) and BASE_PATH (the sub-path).
 * What has one obvious meaning is normalised (`mosul` → `/mosul/`, a SITE_URL
 * with a path gives the base path); anything else is refused with a message
 * naming the variable, before Astro starts. Pure.
 */
export interface DeployTarget {
  /** The origin only, e.g. `https://example.github.io`. */
  site: string;
  /** Always starts and ends with `/`. */
  base: string;
}

export class DeployConfigError extends Error {}

const DEFAULT_SITE = 'https://example.org';
// Unreserved URL characters only, so a base path never needs escaping anywhere it is written.
const PATH_SEGMENT = /^[A-Za-z0-9._~-]+$/;

export function normaliseBasePath(value: string, variable = 'BASE_PATH'): string {
  const trimmed = value.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith('//') || trimmed.startsWith('\\')) {
    throw new DeployConfigError(
      `${variable}="${value}" points to another site; it must be a path on this one, like /mosul/ (put the address in SITE_URL)`,
    );
  }
  const segments = trimmed.split('/').filter(Boolean);
  for (const segment of segments) {
    if (segment === '.' || segment === '..')
      throw new DeployConfigError(`${variable}="${value}" has a "${segment}" segment; write the path as it will be served, like /mosul/`);
    if (!PATH_SEGMENT.test(segment)) {
      const suggestion =
        segment
          .normalize('NFKD')
          .replace(/[^A-Za-z0-9._~-]+/g, '-')
          .replace(/^-|-$/g, '') || 'site';
      throw new DeployConfigError(
        `${variable}="${value}": "${segment}" has characters a URL path would have to escape; use letters, digits, ".", "_", "~" and "-", like /${suggestion}/`,
      );
    }
  }
  return segments.length ? `/${segments.join('/')}/` : '/';
}

export function deployTarget(env: { SITE_URL?: string; BASE_PATH?: string }): DeployTarget {
  const siteValue = env.SITE_URL?.trim() || DEFAULT_SITE;
  let parsed: URL;
  try {
    parsed = new URL(siteValue);
  } catch {
    throw new DeployConfigError(`SITE_URL="${siteValue}" is not an address; write the site's origin, like https://example.github.io`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new DeployConfigError(`SITE_URL="${siteValue}" must start with https:// or http://, like https://example.github.io`);
  }
  if (parsed.username || parsed.password || parsed.search || parsed.hash) {
    throw new DeployConfigError(
      `SITE_URL="${siteValue}" has a user name, query or #fragment; write only the origin (and path), like https://example.github.io/mosul/`,
    );
  }
  let decodedPath: string;
  try {
    decodedPath = decodeURIComponent(parsed.pathname);
  } catch {
    throw new DeployConfigError(
      `SITE_URL="${siteValue}" has a path that is not valid percent-encoding; write it as it will be served, like https://example.github.io/mosul/`,
    );
  }
  if (/%2f/i.test(parsed.pathname))
    throw new DeployConfigError(`SITE_URL="${siteValue}" has an encoded "/" in its path; write the path plainly, like /mosul/`);
  const sitePath = normaliseBasePath(decodedPath, 'SITE_URL path');
  const basePath = env.BASE_PATH?.trim() ? normaliseBasePath(env.BASE_PATH) : undefined;
  if (basePath && sitePath !== '/' && basePath !== sitePath) {
    throw new DeployConfigError(
      `SITE_URL="${siteValue}" has the path ${sitePath}, but BASE_PATH="${env.BASE_PATH}"; give the path in one of them`,
    );
  }
  return { site: parsed.origin, base: basePath ?? sitePath };
}
