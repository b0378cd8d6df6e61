/** An installed package's version, for cache keys: a new version of a renderer or indexer makes old results stale. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * Read from its package.json in the node_modules folders Node would search.
 * Not `require.resolve`: sharp, satori and pagefind export no package.json,
 * and pagefind has no entry point `require` may resolve at all.
 */
export function packageVersion(name: string): string {
  for (const folder of require.resolve.paths(name) ?? []) {
    try {
      return JSON.parse(readFileSync(join(folder, name, 'package.json'), 'utf8')).version;
    } catch {
      // not installed in this folder: try the next one up
    }
  }
  return 'unknown';
}
