/** Ingest on worker threads: the same chapters as on one thread, and no source lost when a worker stops. */
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestInWorkers, workersFor, type PoolResult, type SourceJob } from '../../src/ingest/pool.ts';
import { prepareSource } from '../../src/ingest/mdx.ts';
import { runIngest } from '../../src/ingest/run.ts';
import { hostileFiles } from '../helpers/hostile.ts';
import { seedBytes, seedNames, SOURCES_DIR } from '../helpers/seeds.ts';
import { ROOT } from '../helpers/build.ts';
import { tempDir } from '../helpers/temp.ts';

const MB = 1_000_000;

describe('how many workers a run uses', () => {
  it('none on one core, for one file or for a folder too small to pay for their start; some for a large one, at most four', () => {
    expect(workersFor(5000, 50 * MB, 1)).toBe(0);
    expect(workersFor(1, 50 * MB, 8)).toBe(0);
    expect(workersFor(300, 1 * MB, 8)).toBe(0);
    expect(workersFor(1000, 6 * MB, 2)).toBe(0);
    expect(workersFor(5000, 20 * MB, 2)).toBe(2);
    expect(workersFor(1000, 6 * MB, 4)).toBe(4);
    expect(workersFor(5000, 20 * MB, 64)).toBe(4);
    expect(workersFor(3, 20 * MB, 64)).toBe(3);
  });
});

describe('ingest on worker threads', () => {
  it('writes the same chapters and reports the same outcomes as one thread, failures and skips included', async () => {
    const work = tempDir('ingest-pool');
    const sources = join(work, 'sources');
    cpSync(SOURCES_DIR, sources, { recursive: true });
    for (const [name, bytes] of Object.entries(hostileFiles())) writeFileSync(join(sources, name), bytes);
    cpSync(join(ROOT, 'tests/fixtures/pages/saved-article.html'), join(sources, 'saved-article.html'));

    const progress: number[] = [];
    const onThread = await runIngest({ sources, out: join(work, 'one-thread'), workers: 0 });
    const onWorkers = await runIngest({ sources, out: join(work, 'workers'), workers: 2, onProgress: (done) => progress.push(done) });

    const chapters = (folder: string) =>
      readdirSync(join(work, folder))
        .sort()
        .map((name) => [name, readFileSync(join(work, folder, name), 'utf8')]);
    expect(chapters('workers')).toEqual(chapters('one-thread'));
    expect(chapters('workers').length).toBeGreaterThan(10);
    const outcome = ({ article, ...rest }: (typeof onThread.outcomes)[number]) => ({ ...rest, article: article?.split('/').at(-1) });
    expect(onWorkers.outcomes.map(outcome)).toEqual(onThread.outcomes.map(outcome));
    expect(onWorkers.outcomes.map((o) => o.status)).toEqual(expect.arrayContaining(['written', 'skipped', 'failed']));
    expect(progress.at(-1)).toBe(onThread.outcomes.length);
  });
});

describe('npm run ingest -- --workers', () => {
  const ingest = (cwd: string, ...args: string[]) =>
    spawnSync(join(ROOT, 'node_modules/.bin/node'), [join(ROOT, 'src/ingest/cli.ts'), '--quiet', ...args], {
      cwd,
      encoding: 'utf8',
      timeout: 300_000, // a hang guard: the CLI ends when its workers are done
    });

  it('ingests on that many workers, writes the same chapters, and ends', () => {
    const work = tempDir('ingest-workers-cli');
    const alone = ingest(work, '--sources', SOURCES_DIR, '--out', join(work, 'alone'), '--workers', '0');
    const pooled = ingest(work, '--sources', SOURCES_DIR, '--out', join(work, 'pooled'), '--workers', '2');
    expect([alone.status, pooled.status]).toEqual([0, 0]);
    const chapters = (folder: string) => readdirSync(join(work, folder)).map((name) => readFileSync(join(work, folder, name), 'utf8'));
    expect(chapters('pooled')).toEqual(chapters('alone'));
    expect(chapters('pooled')).toHaveLength(5);
  });

  it('stops with a message naming the option when N is not a whole number', () => {
    const work = tempDir('ingest-workers-cli');
    const result = ingest(work, '--sources', SOURCES_DIR, '--out', join(work, 'out'), '--workers', 'two');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--workers takes a whole number of 0 or more; got "two"/);
  });
});

describe('the pool', () => {
  const jobsNamed = (...names: string[]): SourceJob[] => names.map((name) => ({ name, bytes: new Uint8Array(), entry: undefined }));
  const ingestHere = (job: SourceJob) => ({ status: 'skipped' as const, reason: `read on the main thread: ${job.name}` });
  const fixture = (name: string) => new URL(`../fixtures/workers/${name}`, import.meta.url);
  const reasons = ({ prepared }: PoolResult) => prepared.map((result) => result.status === 'skipped' && result.reason);

  it('ingests every source on its workers, none on the main thread', async () => {
    const jobs = seedNames()
      .slice(0, 3)
      .map((name) => ({ name, bytes: seedBytes(name), entry: undefined }));
    const onMain: string[] = [];
    const pooled = await ingestInWorkers(jobs, {
      workers: 2,
      ingestHere: (job) => {
        onMain.push(job.name);
        return prepareSource(job.name, job.bytes, job.entry);
      },
    });
    expect(onMain).toEqual([]);
    expect(pooled.prepared).toEqual(jobs.map((job) => prepareSource(job.name, job.bytes, job.entry)));
    expect(pooled.trouble).toBeUndefined();
  });

  it('loses only the stopped worker’s source to the main thread, replaces the worker, and says why', async () => {
    const pooled = await ingestInWorkers(jobsNamed('a', 'b', 'crash', 'c', 'd', 'e'), {
      workers: 2,
      ingestHere,
      workerUrl: fixture('stops-on-crash.mjs'),
    });
    expect(reasons(pooled)).toEqual([
      'read by a worker: a',
      'read by a worker: b',
      'read on the main thread: crash',
      'read by a worker: c',
      'read by a worker: d',
      'read by a worker: e',
    ]);
    expect(pooled.redone).toEqual(['crash']);
    expect(pooled.trouble).toMatch(/this worker crashed/);
  });

  it('replaces a worker that stopped on its very first source, even when it was the only one', async () => {
    const pooled = await ingestInWorkers(jobsNamed('crash', 'b', 'crash', 'd'), {
      workers: 1,
      ingestHere,
      workerUrl: fixture('stops-on-crash.mjs'),
    });
    expect(reasons(pooled)).toEqual([
      'read on the main thread: crash',
      'read by a worker: b',
      'read on the main thread: crash',
      'read by a worker: d',
    ]);
  });

  it('leaves every source to the main thread when no worker can load, and counts each once', async () => {
    const jobs = jobsNamed('a', 'b', 'c', 'd');
    const seen: string[] = [];
    const pooled = await ingestInWorkers(jobs, {
      workers: 2,
      ingestHere,
      workerUrl: fixture('fails-to-load.mjs'),
      onDone: (_, job) => seen.push(job.name),
    });
    expect(reasons(pooled)).toEqual(jobs.map((job) => `read on the main thread: ${job.name}`));
    expect(seen.sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(pooled.trouble).toMatch(/cannot load/);
  });

  it('takes a reply only for the source the worker holds', async () => {
    const pooled = await ingestInWorkers(jobsNamed('a', 'b', 'c'), { workers: 1, ingestHere, workerUrl: fixture('stray-replies.mjs') });
    expect(reasons(pooled)).toEqual(['read by a worker: a', 'read by a worker: b', 'read by a worker: c']);
  });

  it('answers an empty folder, and ends the run with the error when reporting progress fails', async () => {
    expect(await ingestInWorkers([], { workers: 2, ingestHere })).toEqual({ prepared: [], redone: [] });
    const failing = ingestInWorkers(jobsNamed('a', 'b', 'c'), {
      workers: 2,
      ingestHere,
      workerUrl: fixture('stops-on-crash.mjs'),
      onDone: () => {
        throw new Error('the terminal went away');
      },
    });
    await expect(failing).rejects.toThrow('the terminal went away');
  });
});
