/**
 * Sources ingested on worker threads. Ingesting a source is pure and busy
 * work (parsing, rules, serializing), so a large folder goes through in less
 * time on a machine with several cores. Each worker holds one source at a
 * time; results come back in the sources' order whatever order they finish
 * in. No source is lost to a worker that stops (a crash, a reply that cannot
 * be read): the source it held, and any left when no worker remains, are
 * ingested on this thread, as a run without workers would, and the run says so.
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

/** What the pool sends a worker, and what the worker answers (worker.ts). */
export type WorkerRequest = SourceJob & { index: number };
export type WorkerReply = { ready: true } | { index: number; result: PreparedSource };

// Rough figures, measured on this project's 2-core machine in runs interleaved with one thread. A worker takes as
// long to start as one thread takes over 1 to 2 MB of sources; with both cores busy, each worker did 0.6 (text
// files) to 0.9 (saved pages and HTML) of what one thread does alone. The estimate takes the text files' figures,
// the less favourable, so that the pool is not used where it would slow a run down: two workers were slower over
// 1,000 text files (5.8 MB), and faster over 5,000 (29 MB: 16.0–18.5 s instead of 19.3–20.7) and over 5,000 mixed
// sources (20 MB: 11.7 s instead of 19.3). Four cores were not measured.
const STARTUP_IN_MEGABYTES = 2;
const WORKER_EFFICIENCY = 0.65;
// Each worker holds its own copy of ingest and of the source it reads: more would add memory more than speed.
const MAX_WORKERS = 4;

/**
 * How many workers a run over `sources` files of `bytes` in all should use: 0 (this thread alone) when they would
 * not pay for their start. `cores` is what Node reports (logical processors, which a busy machine or a quota shares).
 */
export function workersFor(sources: number, bytes: number, cores = availableParallelism()): number {
  const workers = Math.min(cores, MAX_WORKERS, sources);
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
  /** The worker's module (tests give ones that misbehave). */
  workerUrl?: URL;
}

export interface PoolResult {
  /** Each job's result, in the jobs' order. */
  prepared: PreparedSource[];
  /** Sources a stopped worker held, ingested again on this thread. */
  redone: string[];
  /** Why the first worker that stopped did, when one did. */
  trouble?: string;
}

export function ingestInWorkers(
  jobs: readonly SourceJob[],
  { workers, ingestHere, onDone, workerUrl = WORKER_URL }: PoolOptions,
): Promise<PoolResult> {
  const prepared = new Array<PreparedSource>(jobs.length);
  const redone: string[] = [];
  const live = new Set<Worker>();
  let trouble: string | undefined;
  let next = 0;
  let done = 0;
  let settled = false;
  return new Promise((resolve, reject) => {
    // Whatever goes wrong here (a progress callback that throws) ends the run with that error, never a hang.
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      for (const worker of live) void worker.terminate();
      reject(error);
    };
    const guarded =
      <A extends unknown[]>(handler: (...args: A) => void) =>
      (...args: A) => {
        try {
          handler(...args);
        } catch (error) {
          fail(error);
        }
      };
    const finish = (index: number, result: PreparedSource) => {
      if (settled) return;
      prepared[index] = result;
      done++;
      onDone?.(done, jobs[index]!);
      if (done === jobs.length) {
        settled = true;
        resolve({ prepared, redone, ...(trouble && { trouble }) });
      }
    };
    const redo = (index: number) => {
      redone.push(jobs[index]!.name);
      finish(index, ingestHere(jobs[index]!));
    };
    // What no worker is left to take is done here.
    const finishHere = () => {
      while (live.size === 0 && next < jobs.length && !settled) finish(next, ingestHere(jobs[next++]!));
    };
    const start = () => {
      let worker: Worker;
      try {
        worker = new Worker(workerUrl);
      } catch (error) {
        trouble ??= `no worker thread could be started (${(error as Error).message})`;
        return;
      }
      live.add(worker);
      let held: number | undefined;
      let ready = false;
      const feed = () => {
        if (next >= jobs.length || settled) {
          held = undefined;
          void worker.terminate();
          return;
        }
        held = next++;
        const { name, bytes, entry } = jobs[held]!;
        worker.postMessage({ index: held, name, bytes, entry } satisfies WorkerRequest);
      };
      worker.on(
        'message',
        guarded((reply: WorkerReply) => {
          if ('ready' in reply) {
            ready = true;
            return;
          }
          // Only the answer to the source it holds; anything else would fill another source's place.
          if (reply.index !== held) return;
          feed();
          finish(reply.index, reply.result);
        }),
      );
      // A reply that cannot be read: the worker goes, and its source is done here.
      worker.on('messageerror', (error) => {
        trouble ??= `a worker's reply could not be read (${error.message})`;
        void worker.terminate();
      });
      // An uncaught error is followed by 'exit', where the source is done again.
      worker.on('error', (error) => {
        trouble ??= `a worker thread stopped: ${error.message}`;
      });
      worker.on(
        'exit',
        guarded(() => {
          live.delete(worker);
          if (held !== undefined && !settled) {
            const index = held;
            held = undefined;
            trouble ??= 'a worker thread stopped';
            redo(index);
            // A worker that never loaded would not load the second time either; one that did is replaced.
            if (ready && next < jobs.length) start();
          }
          finishHere();
        }),
      );
      feed();
    };
    guarded(() => {
      if (jobs.length === 0) {
        settled = true;
        resolve({ prepared, redone });
      }
      for (let i = 0; i < Math.min(workers, jobs.length); i++) start();
      finishHere();
    })();
  });
}
