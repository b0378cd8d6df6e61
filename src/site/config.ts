/** `content/site.yaml`, read and validated once per build. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentDir } from '../content-dir.ts';
import { siteConfig, type SiteConfig } from '../schema.ts';
import { smartQuotes } from './typography.ts';

function loadSiteConfig(): SiteConfig {
  const path = join(contentDir(), 'site.yaml');
  let data: unknown = {};
  try {
    data = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error(`${path}: ${(error as Error).message}`);
  }
  const result = siteConfig.safeParse({ title: 'Dossier', description: 'A documentary collection.', editor: 'The editors', ...(data as object) });
  if (!result.success) throw new Error(`${path}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const { title, subtitle, description } = result.data;
  return { ...result.data, title: smartQuotes(title), description: smartQuotes(description), ...(subtitle && { subtitle: smartQuotes(subtitle) }) };
}

export const site: SiteConfig = loadSiteConfig();
