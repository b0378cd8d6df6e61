/**
 * Sources ingested on worker threads. Ingesting a source is pure and busy
 * work (parsing, rules, serializing), so a large folder goes through in a
 * fraction of the time on a machine with several cores. Each worker holds one
 * source at a time; results come back in the sources' order whatever order
 * they finish in. A worker that stops (out of memory, a crash) costs nothing:
 * the source it held, and any left when no worker remains, are ingested on
 * this thread, as a run without workers would.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ManifestEntry } from '../schema.ts';
import type { PreparedSource } from './mdx.ts';

export interface SourceJob {
  name: string;
  bytes: Uint8Array;
  entry: ManifestEntry | undefined;
}

// Measured on this project's 2-core machine, in runs interleaved with one thread: a worker takes as long to load
// ingest as one thread takes over about 1 MB of saved pages or 2 MB of text files, and with both cores busy each
// worker does about two thirds of what one thread does alone. So two workers were slower at 5.8 MB of text files
// (1,000 sources), about even at 4 MB of mixed ones, and faster beyond: 5,000 mixed sources (20 MB) in 11.7 s
// instead of 19.3, 5,000 text files (29 MB) in 16.4–18.5 s instead of 19.3–20.7. By the same estimate (not measured),
// four workers on four cores pay from about 3 MB. The estimate takes the text files' start, the dearer one.
const STARTUP_IN_MEGABYTES = 2;
const WORKER_EFFICIENCY = 0.65;
// Each worker holds its own copy of ingest and of the source it reads: more would add memory more than speed.
const MAX_WORKERS = 4;

/** How many workers a run over this many bytes of sources should use: 0 (this thread alone) when they would not pay for their start. */
export function workersFor(bytes: number, cores = availableParallelism()): number {
  const workers = Math.min(cores, MAX_WORKERS);
  if (workers < 2) return 0;
  // One thread takes `bytes`; the pool takes its start plus `bytes` shared among workers that each go at two thirds.
  const alone = bytes / 1e6;
  const pooled = STARTUP_IN_MEGABYTES + alone / (workers * WORKER_EFFICIENCY);
  return pooled < alone ? workers : 0;
}

const WORKER_URL = new URL('./worker.ts', import.meta.url);

export interface PoolOptions {
  workers: number;
  /** The same work on this thread, for a source whose worker stopped. */
  ingestHere: (job: SourceJob) => PreparedSource;
  /** Told of each finished source. */
  onDone?: (done: number, job: SourceJob) => void;
  /** The worker's module (tests give one that misbehaves). */
  workerUrl?: URL;
}

/** Every job's result, in the jobs' order. */
export function ingestInWorkers(
  jobs: readonly SourceJob[],
  { workers, ingestHere, onDone, workerUrl = WORKER_URL }: PoolOptions,
): Promise<PreparedSource[]> {
  const results = new Array<PreparedSource>(jobs.length);
  let next = 0;
  let done = 0;
  let running = 0;
  return new Promise((resolve) => {
    const finish = (index: number, result: PreparedSource) => {
      results[index] = result;
      done++;
      onDone?.(done, jobs[index]!);
      if (done === jobs.length) resolve(results);
    };
    // What no worker is left to take is done here.
    const finishHere = () => {
      while (running === 0 && next < jobs.length) {
        const index = next++;
        finish(index, ingestHere(jobs[index]!));
      }
    };
    const start = () => {
      let worker: Worker;
      try {
        worker = new Worker(workerUrl);
      } catch {
        return; // No thread to be had (a limit of the system): this thread does the work.
      }
      running++;
      let held: number | undefined;
      let finishedAny = false;
      const feed = () => {
        if (next >= jobs.length) {
          held = undefined;
          void worker.terminate();
          return;
        }
        held = next++;
        const { name, bytes, entry } = jobs[held]!;
        worker.postMessage({ name, bytes, entry });
      };
      worker.on('message', (result: PreparedSource) => {
        const index = held!;
        finishedAny = true;
        feed();
        finish(index, result);
      });
      // An uncaught error is followed by 'exit'; the source it held is redone there.
      worker.on('error', () => {});
      worker.on('exit', () => {
        running--;
        if (held !== undefined) {
          const index = held;
          held = undefined;
          finish(index, ingestHere(jobs[index]!));
          // A worker that never finished a source could not start: another would fail the same way.
          if (finishedAny && next < jobs.length) start();
        }
        finishHere();
      });
      feed();
    };
    if (jobs.length === 0) resolve(results);
    for (let i = 0; i < Math.min(workers, jobs.length); i++) start();
    finishHere();
  });
}
