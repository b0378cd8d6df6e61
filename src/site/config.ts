/** `content/site.yaml`, read and validated once per build. */
import type { SiteConfig } from '../schema.ts';
import { readSiteConfig } from './site-yaml.ts';
import { smartQuotes } from '../text/typography.ts';

function loadSiteConfig(): SiteConfig {
  const read = readSiteConfig();
  if (!read.ok) throw new Error(read.error);
  const { title, subtitle, description } = read.config;
  return {
    ...read.config,
    title: smartQuotes(title),
    description: smartQuotes(description),
    ...(subtitle && { subtitle: smartQuotes(subtitle) }),
  };
}

export const site: SiteConfig = loadSiteConfig();
