/**
 * A hash of the code that makes something a cache keeps: every TypeScript
 * file under some folders (by path and content), some single files (the
 * lockfile: the libraries' versions) and Node's version. A cache keyed with it
 * has no version number to remember to raise: any edit to the code, a new
 * library or a new Node makes what it kept stale.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function codeFingerprint(folders: readonly string[], files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const folder of folders) {
    for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((n) => n.endsWith('.ts'))
      .sort()) {
      hash.update(name).update(readFileSync(join(folder, name)));
    }
  }
  for (const file of files) {
    try {
      hash.update(readFileSync(file));
    } catch {
      // not in a checkout with a lockfile: the code and Node's version still count
    }
  }
  hash.update(process.version);
  return hash.digest('hex');
}
