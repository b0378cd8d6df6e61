/**
 * Chapter records kept between builds, in `<Astro cacheDir>/dossier/records/`:
 * one file per chapter, under a hash of everything that makes its record (the
 * chapter file, every name the matcher looks for, which views read dates and
 * quotations, and the code and libraries that read it). A second build with
 * nothing changed reads them instead of indexing every chapter again: at
 * 1,000 chapters, indexing is about 2.9 s of the main thread in every build.
 * Outside a build (unit tests, the topics command) nothing is kept.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ChapterRecord } from '../corpus/index.ts';
import { writeAtomicSync } from '../text/atomic-write.ts';
import { cacheNotKept } from './cache-warning.ts';

interface RecordTally {
  indexed: number;
  reused: number;
  used: Set<string>;
}
// The render plugins and the pages load this module as two module graphs in one process: one tally for both.
const TALLY = Symbol.for('dossier.recordTally');
function tally(): RecordTally {
  const global = globalThis as Record<symbol, RecordTally | undefined>;
  return (global[TALLY] ??= { indexed: 0, reused: 0, used: new Set() });
}

/** Where the records are kept: `<Astro cacheDir>/dossier/records`. */
export function recordCacheFolder(cacheDir: string): string {
  return join(cacheDir, 'dossier', 'records');
}

export interface RecordMaking {
  /** The code that reads it: `buildCode()`. */
  code: string;
  slug: string;
  /** The hash of the chapter file as saved. */
  contentHash: string;
  matcherFingerprint: string;
  dates: boolean;
  quotations: boolean;
}

/** The file a record made this way is kept in; undefined when this process keeps none. */
export function keptRecordPath(cacheDir: string | undefined, making: RecordMaking): string | undefined {
  if (!cacheDir) return undefined;
  const key = createHash('sha256')
    .update(JSON.stringify([making.code, making.slug, making.contentHash, making.matcherFingerprint, making.dates, making.quotations]))
    .digest('hex')
    .slice(0, 32);
  return join(recordCacheFolder(cacheDir), `${key}.json`);
}

/** The kept record, or undefined when there is none (or it cannot be read: it is made again). */
export function readKeptRecord(path: string): ChapterRecord | undefined {
  const state = tally();
  state.used.add(path);
  try {
    const record = JSON.parse(readFileSync(path, 'utf8')) as ChapterRecord;
    state.reused++;
    return record;
  } catch {
    return undefined;
  }
}

/** Keeps a record made now (a cache folder that cannot be written only warns). */
export function keepRecord(path: string, record: ChapterRecord): void {
  const state = tally();
  state.indexed++;
  state.used.add(path);
  try {
    writeAtomicSync(path, JSON.stringify(record));
  } catch (error) {
    cacheNotKept('chapter records', error);
  }
}

/**
 * After a build: says how many chapters were indexed and how many records
 * reused, and removes kept records this build did not use (a chapter since
 * edited or removed), so the folder holds one site's records.
 */
export function finishRecordCache(cacheDir: string): string | undefined {
  const state = tally();
  if (state.indexed + state.reused === 0) return undefined;
  const folder = recordCacheFolder(cacheDir);
  let removed = 0;
  try {
    for (const name of readdirSync(folder)) {
      if (!state.used.has(join(folder, name))) {
        rmSync(join(folder, name), { force: true });
        removed++;
      }
    }
  } catch {
    // no folder: nothing was kept
  }
  const line = `chapter records: ${state.indexed} indexed, ${state.reused} reused from the cache${removed ? `, ${removed} old removed` : ''}`;
  state.indexed = state.reused = 0;
  state.used.clear();
  return line;
}
