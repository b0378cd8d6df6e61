/** Ingest on worker threads: the same chapters as on one thread, and no source lost when a worker stops. */
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestInWorkers, workersFor, type SourceJob } from '../../src/ingest/pool.ts';
import { runIngest } from '../../src/ingest/run.ts';
import { hostileFiles } from '../helpers/hostile.ts';
import { SOURCES_DIR } from '../helpers/seeds.ts';
import { ROOT } from '../helpers/build.ts';
import { tempDir } from '../helpers/temp.ts';

const MB = 1_000_000;

describe('how many workers a run uses', () => {
  it('none on one core or for a folder too small to pay for their start; some for a large one, at most four', () => {
    expect(workersFor(50 * MB, 1)).toBe(0);
    expect(workersFor(1 * MB, 8)).toBe(0);
    expect(workersFor(6 * MB, 2)).toBe(0);
    expect(workersFor(20 * MB, 2)).toBe(2);
    expect(workersFor(6 * MB, 4)).toBe(4);
    expect(workersFor(20 * MB, 64)).toBe(4);
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
    spawnSync(join(ROOT, 'node_modules/.bin/node'), [join(ROOT, 'src/ingest/cli.ts'), '--quiet', ...args], { cwd, encoding: 'utf8' });

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

describe('a worker that stops', () => {
  const jobs: SourceJob[] = ['a', 'b', 'crash', 'c', 'd', 'e'].map((name) => ({ name, bytes: new Uint8Array(), entry: undefined }));
  const ingestHere = (job: SourceJob) => ({ status: 'skipped' as const, reason: `read on the main thread: ${job.name}` });
  const fixture = (name: string) => new URL(`../fixtures/workers/${name}`, import.meta.url);

  it('costs only its source, which is read on the main thread; the others stay on workers, in order', async () => {
    const results = await ingestInWorkers(jobs, { workers: 2, ingestHere, workerUrl: fixture('stops-on-crash.mjs') });
    expect(results.map((r) => r.status === 'skipped' && r.reason)).toEqual([
      'read by a worker: a',
      'read by a worker: b',
      'read on the main thread: crash',
      'read by a worker: c',
      'read by a worker: d',
      'read by a worker: e',
    ]);
  });

  it('before it could start leaves every source to the main thread', async () => {
    const seen: string[] = [];
    const results = await ingestInWorkers(jobs, {
      workers: 2,
      ingestHere,
      workerUrl: fixture('fails-to-load.mjs'),
      onDone: (_, job) => seen.push(job.name),
    });
    expect(results.map((r) => r.status === 'skipped' && r.reason)).toEqual(jobs.map((job) => `read on the main thread: ${job.name}`));
    expect(seen.sort()).toEqual(jobs.map((job) => job.name).sort());
  });
});
