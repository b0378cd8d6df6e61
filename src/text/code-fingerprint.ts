/**
 * A fingerprint of the code that made a cached result: the TypeScript files of
 * some folders, a few files beside them (the lockfile, so a new version of a
 * library counts) and Node's version. A cache keyed by it is never read by a
 * newer version of the rules that wrote it, with no version number to bump.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const known = new Map<string, string>();

export function codeFingerprint(folders: readonly string[], files: readonly string[] = []): string {
  const id = JSON.stringify([folders, files]);
  const cached = known.get(id);
  if (cached) return cached;
  const hash = createHash('sha256');
  for (const folder of folders) {
    const names = readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.ts'))
      .sort();
    for (const name of names) hash.update(name).update(readFileSync(join(folder, name)));
  }
  // A file that is not there (no lockfile outside a checkout) is left out: the code and Node's version still count.
  for (const file of files) if (existsSync(file)) hash.update(file.split('/').pop()!).update(readFileSync(file));
  hash.update(process.version);
  const fingerprint = hash.digest('hex');
  known.set(id, fingerprint);
  return fingerprint;
}
