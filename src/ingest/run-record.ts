/**
 * The record a run leaves (in the cache folder): fingerprints of what it read
 * and what it left, and its report. When the sources folder, the chapters and
 * ingest's own code are byte for byte as the last run left them, the next run
 * reads nothing else and repeats the report. Kept apart from run.ts, and light
 * to import, so that a run with nothing to do costs no more than reading the
 * files: the command line checks here before it loads the ingest rules.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { writeAtomic } from '../text/atomic-write.ts';
import { mapConcurrently } from '../text/arrays.ts';
import { codeFingerprint } from '../text/code-fingerprint.ts';
import type { RunResult } from './run.ts';

const hashOf = (...parts: string[]) => createHash('sha256').update(parts.join('\u0000')).digest('hex');

let codeHash: string | undefined;
/** Ingest's own code: a new version of any rule makes every source worth reading again. */
function ingestCode(): string {
  codeHash ??= codeFingerprint(
    [import.meta.dirname, join(import.meta.dirname, '../text')],
    [join(import.meta.dirname, '../schema.ts'), join(import.meta.dirname, '../../package-lock.json')],
  );
  return codeHash;
}

/**
 * Every entry of a folder by name and content (an unreadable one by name): any change to it changes this.
 * Read synchronously: thousands of small files through fs/promises cost five trips to the thread pool
 * each (stat, open, fstat, read, close), which were nearly all of a run with nothing to do (1,000
 * sources and their chapters: 180 of 340 ms, the hashing 6 ms); nothing else runs while a run checks.
 */
function folderFingerprint(folder: string, keep: (name: string) => boolean = () => true): string {
  const names = readdirSync(folder).filter(keep).sort();
  const parts = names.map((name) => {
    try {
      // Only regular files are read: a named pipe would block the read for ever (ingest itself refuses it by name).
      if (!statSync(join(folder, name)).isFile()) return `${name}:not a file`;
      return `${name}:${createHash('sha256')
        .update(readFileSync(join(folder, name)))
        .digest('hex')}`;
    } catch (error) {
      return `${name}:${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`;
    }
  });
  return hashOf(...parts);
}

/** What a run reads: take it before the run reads anything, so an edit saved during the run makes the next one work. */
export const inputsOf = async (sources: string) => hashOf(ingestCode(), folderFingerprint(sources));
// No chapter folder yet is a state too: a run over sources that were all empty or skipped writes none.
const outputsOf = async (out: string) =>
  existsSync(out) ? folderFingerprint(out, (name) => name.endsWith('.mdx') || name.endsWith('.new')) : 'no chapter folder';

export interface RecordOptions {
  sources: string;
  out: string;
  cacheDir: string;
}

function recordPath({ sources, out, cacheDir }: RecordOptions): string {
  return join(cacheDir, `ingest-${hashOf(resolve(sources), resolve(out)).slice(0, 32)}.json`);
}

interface RunRecord {
  /** The folders it is for, so that a record whose folders are gone can be cleared away. */
  sources?: string;
  out?: string;
  inputs: string;
  outputs: string;
  result: RunResult;
}

/** Records of runs over folders that no longer exist (a benchmark's or a test's) are removed. */
async function clearRecordsOfGoneFolders(cacheDir: string): Promise<void> {
  let names: string[];
  try {
    names = (await readdir(cacheDir)).filter((name) => /^ingest-[0-9a-f]+\.json$/.test(name));
  } catch {
    return;
  }
  await mapConcurrently(names, 8, async (name) => {
    try {
      const record = JSON.parse(await readFile(join(cacheDir, name), 'utf8')) as RunRecord;
      const gone = await Promise.all(
        [record.sources, record.out].map((folder) =>
          folder
            ? stat(folder).then(
                () => false,
                () => true,
              )
            : true,
        ),
      );
      if (gone.some(Boolean)) await rm(join(cacheDir, name), { force: true });
    } catch {
      await rm(join(cacheDir, name), { force: true }); // unreadable: a run writes it again
    }
  });
}

/** The last run's report, when nothing it read or wrote has changed since; else undefined. */
export async function unchangedRun(options: RecordOptions, inputs?: string): Promise<RunResult | undefined> {
  let last: RunRecord;
  try {
    last = JSON.parse(await readFile(recordPath(options), 'utf8')) as RunRecord;
  } catch {
    return undefined;
  }
  try {
    if (last.inputs !== (inputs ?? (await inputsOf(options.sources))) || last.outputs !== (await outputsOf(options.out))) return undefined;
  } catch {
    return undefined; // a folder that is gone: the run says so
  }
  return last.result;
}

/**
 * Keeps what a second run with nothing changed reports: the same files, none
 * written. `inputs` is the fingerprint taken before the run read the sources.
 * A run in which a file failed is not kept: the next run tries again (the
 * disk may have been full, the folder read-only), and an old record goes.
 */
export async function rememberRun(options: RecordOptions, inputs: string, result: RunResult): Promise<void> {
  if (result.outcomes.some((outcome) => outcome.status === 'failed')) {
    await rm(recordPath(options), { force: true });
    return;
  }
  const unchanged: RunResult = {
    ...result,
    outcomes: result.outcomes.map((outcome) =>
      outcome.plan === 'create' || outcome.plan === 'update' ? { ...outcome, plan: 'unchanged' } : outcome,
    ),
  };
  const record: RunRecord = {
    sources: resolve(options.sources),
    out: resolve(options.out),
    inputs,
    outputs: await outputsOf(options.out),
    result: unchanged,
  };
  await clearRecordsOfGoneFolders(options.cacheDir);
  await writeAtomic(recordPath(options), JSON.stringify(record));
}
