/** Reading `content/site.yaml` without side effects, so the Astro config can check it before the build. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentDir } from '../content-dir.ts';
import { decodeEditorFile } from '../text/decode.ts';
import { siteConfig, type SiteConfig } from '../schema.ts';
import { describeIssues } from '../text/schema-issues.ts';

export function siteConfigPath(): string {
  return join(contentDir(), 'site.yaml');
}

/** site.yaml, checked: the config, or one message naming the file and each field that is wrong. */
export function readSiteConfig(path = siteConfigPath()): { ok: true; config: SiteConfig } | { ok: false; error: string } {
  let data: unknown = {};
  try {
    const decoded = decodeEditorFile(readFileSync(path), path);
    if (!decoded.ok) return { ok: false, error: decoded.error };
    if (decoded.warning) console.warn(`[dossier] warning: ${decoded.warning}`);
    data = parse(decoded.text) ?? {};
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      return { ok: false, error: `${path}: ${(error as Error).message.split('\n')[0]}` };
  }
  if (typeof data !== 'object' || Array.isArray(data))
    return { ok: false, error: `${path}: expected fields (title: …, description: …), not a list or a single value` };
  const result = siteConfig.safeParse({
    title: 'Dossier',
    description: 'A documentary collection.',
    editor: 'The editors',
    ...(data as object),
  });
  if (!result.success)
    return {
      ok: false,
      error: `${path}: ${describeIssues(result.error.issues, () => Object.keys(siteConfig.shape), { separator: '.' }).join('; ')}`,
    };
  return { ok: true, config: result.data };
}
