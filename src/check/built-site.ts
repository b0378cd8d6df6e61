/** A built site on disk, as `checkSite` reads it: its files, and the base path it was built for. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { normaliseBasePath } from '../site/deploy.ts';
import { canonicalOfCover, type BuiltSite } from './site-check.ts';

/** Throws if the folder does not exist. `base` defaults to the path of the cover's canonical address. */
export function readBuiltSite(dist: string, base?: string): BuiltSite {
  const files = new Set(
    readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/')),
  );
  const read = (file: string) => readFileSync(join(dist, file), 'utf8');
  return { files, read, base: base?.trim() ? normaliseBasePath(base) : (canonicalOfCover({ files, read })?.pathname ?? '/') };
}
