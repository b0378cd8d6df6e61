/** Ingest as an editor runs it, on real folders: nothing lost, clear errors. */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { exitCode, formatReport } from '../../src/ingest/report.ts';
import { buildCorpus, runIngest } from '../../src/ingest/run.ts';
import { hostileFiles } from '../helpers/hostile.ts';
import { SEED, SOURCES_DIR } from '../helpers/seeds.ts';

let sources: string;
let out: string;

beforeEach(() => {
  const work = mkdtempSync(join(tmpdir(), 'dossier-ingest-'));
  sources = join(work, 'sources');
  out = join(work, 'articles');
  cpSync(SOURCES_DIR, sources, { recursive: true });
});

const run = (force = false) => runIngest({ sources, out, force });
const articlePath = (slug: string) => join(out, `${slug}.mdx`);

describe('ingest run', () => {
  it('writes one chapter per source, then nothing on a second run, and says so', async () => {
    const first = await run();
    expect(first.outcomes.map((o) => o.plan)).toEqual(['create', 'create', 'create', 'create', 'create']);
    expect(readdirSync(out).sort()).toEqual(['beginning-of-the-end.mdx', 'kalin-interview.mdx', 'kill-box.mdx', 'one-square-mile.mdx', 'victory-and-its-cost.mdx']);
    const before = readdirSync(out).map((name) => readFileSync(join(out, name), 'utf8'));

    const second = await run();
    expect(second.outcomes.every((o) => o.plan === 'unchanged')).toBe(true);
    expect(formatReport(second)).toContain('Nothing to write: every article is up to date.');
    expect(readdirSync(out).map((name) => readFileSync(join(out, name), 'utf8'))).toEqual(before);
  });

  it('never overwrites a chapter edited by hand; writes the new version beside it', async () => {
    await run();
    const edited = `${readFileSync(articlePath('kill-box'), 'utf8')}\nAn editor's added paragraph.\n`;
    writeFileSync(articlePath('kill-box'), edited);

    // Sources unchanged: the edit is simply kept.
    const unchanged = await run();
    expect(unchanged.outcomes.find((o) => o.file === SEED.national)?.plan).toBe('keep-edits');
    expect(readFileSync(articlePath('kill-box'), 'utf8')).toBe(edited);

    // The manifest changes what ingest would write: a conflict, both versions kept.
    const manifest = readFileSync(join(sources, 'sources.yaml'), 'utf8');
    writeFileSync(join(sources, 'sources.yaml'), manifest.replace('chapterLabel: The decision to close the door', 'chapterLabel: Closing the door'));
    const conflict = await run();
    const outcome = conflict.outcomes.find((o) => o.file === SEED.national)!;
    expect(outcome.plan).toBe('conflict');
    expect(outcome.warnings.at(-1)).toMatch(/kill-box\.mdx was edited by hand: kept it, and wrote the new version to .*kill-box\.mdx\.new/);
    expect(readFileSync(articlePath('kill-box'), 'utf8')).toBe(edited);
    expect(readFileSync(`${articlePath('kill-box')}.new`, 'utf8')).toContain('chapterLabel: Closing the door');

    // --force overwrites.
    await run(true);
    expect(readFileSync(articlePath('kill-box'), 'utf8')).toContain('chapterLabel: Closing the door');
  });

  it('updates a chapter nobody edited when its source changes', async () => {
    await run();
    writeFileSync(join(sources, SEED.duran), readFileSync(join(sources, SEED.duran), 'utf8').replace('Over the last 24 hours', 'Over the last day'));
    const result = await run();
    expect(result.outcomes.find((o) => o.file === SEED.duran)?.plan).toBe('update');
    expect(readFileSync(articlePath('one-square-mile'), 'utf8')).toContain('Over the last day');
  });

  it('keeps the article of a source that disappeared, and reports it', async () => {
    await run();
    rmSync(join(sources, SEED.duran));
    const result = await run();
    expect(existsSync(articlePath('one-square-mile'))).toBe(true);
    expect(result.notices.join('\n')).toMatch(/one-square-mile\.mdx: its source 2017-06-the-duran-one-square-mile\.txt is gone; the article is kept/);
    expect(result.notices.join('\n')).toMatch(/sources\.yaml: names "2017-06-the-duran-one-square-mile\.txt", which is not in/);
  });

  it('skips empty files and refuses binary ones by name, ingests the rest, and exits non-zero', async () => {
    for (const [name, bytes] of Object.entries(hostileFiles())) writeFileSync(join(sources, name), bytes);
    const result = await run();
    const byFile = Object.fromEntries(result.outcomes.map((o) => [o.file, o]));
    expect(byFile['empty.txt']).toMatchObject({ status: 'skipped', message: 'is empty or only white space' });
    expect(byFile['whitespace.txt']).toMatchObject({ status: 'skipped' });
    expect(byFile['binary.txt']).toMatchObject({ status: 'failed', message: expect.stringMatching(/binary/) });
    expect(byFile['windows-1252.txt']).toMatchObject({ status: 'written', warnings: [expect.stringMatching(/windows-1252/)] });
    expect(result.outcomes.filter((o) => o.status === 'written')).toHaveLength(8);
    expect(exitCode(result)).toBe(1);
    expect(formatReport(result)).toMatch(/✗ binary\.txt: looks like a binary file/);
    // Atomic writes leave no temporary files behind.
    expect(readdirSync(out).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('stops before writing anything when the manifest is wrong, naming the file and the field', async () => {
    writeFileSync(join(sources, 'sources.yaml'), 'sources:\n  a.txt:\n    date: April 2017\n    colour: red\n');
    const result = await run();
    expect(result.aborted).toBe(true);
    expect(existsSync(out)).toBe(false);
    const report = formatReport(result);
    expect(report).toMatch(/sources\.yaml: sources → a\.txt → date: a date like 2017, 2017-04 or 2017-04-12/);
    expect(report).toMatch(/sources\.yaml: sources → a\.txt.*colour/);
  });
});

describe('buildCorpus', () => {
  it('fails, by name, a file whose metadata the article schema refuses, and builds the others', () => {
    const files = new Map([
      ['good.txt', new TextEncoder().encode('A short article body with enough words to be an article.')],
      ['bad.txt', new TextEncoder().encode('Another short article body, also long enough to keep.')],
    ]);
    // The manifest would refuse this URL; an entry that slipped past it must still not reach the MDX.
    const built = buildCorpus(files, { 'bad.txt': { notes: [], url: 'javascript:alert(1)' } });
    expect(built.map((item) => item.status)).toEqual(['failed', 'ok']);
    expect(built[0]).toMatchObject({ file: 'bad.txt', message: expect.stringMatching(/frontmatter does not fit the schema \(url: only http, https and mailto links\)/) });
  });
});
