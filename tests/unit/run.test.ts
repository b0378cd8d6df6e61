/** Ingest as an editor runs it, on real folders: nothing lost, clear errors. */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import iconv from 'iconv-lite';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.ts';
import { exitCode, formatReport, formatSummary } from '../../src/ingest/report.ts';
import { buildCorpus, runIngest } from '../../src/ingest/run.ts';
import { inputsOf, rememberRun, unchangedRun } from '../../src/ingest/run-record.ts';
import { hostileFiles } from '../helpers/hostile.ts';
import { SEED, SOURCES_DIR } from '../helpers/seeds.ts';

let sources: string;
let out: string;
let cacheDir: string;

beforeEach(() => {
  const work = tempDir('ingest');
  sources = join(work, 'sources');
  out = join(work, 'articles');
  cacheDir = join(work, 'cache');
  cpSync(SOURCES_DIR, sources, { recursive: true });
});

// Every run keeps its record, as the CLI's do: each test below also checks that the
// record never stands in for a run that had something to do.
const run = (force = false, onProgress?: () => void) => runIngest({ sources, out, force, cacheDir, onProgress });
const articlePath = (slug: string) => join(out, `${slug}.mdx`);

describe('ingest run', () => {
  it('writes one chapter per source, then nothing on a second run, and says so', async () => {
    const first = await run();
    expect(first.outcomes.map((o) => o.plan)).toEqual(['create', 'create', 'create', 'create', 'create']);
    expect(readdirSync(out).sort()).toEqual([
      'beginning-of-the-end.mdx',
      'kalin-interview.mdx',
      'kill-box.mdx',
      'one-square-mile.mdx',
      'victory-and-its-cost.mdx',
    ]);
    const before = readdirSync(out).map((name) => readFileSync(join(out, name), 'utf8'));

    const second = await run();
    expect(second.outcomes.every((o) => o.plan === 'unchanged')).toBe(true);
    expect(formatReport(second)).toContain('Nothing to write: every article is up to date.');
    expect(readdirSync(out).map((name) => readFileSync(join(out, name), 'utf8'))).toEqual(before);
  });

  it('reads nothing again when nothing changed, and does the work when a source, a chapter or --force says so', async () => {
    let ingested = 0;
    const count = () => ingested++;
    await run(false, count);
    expect(ingested).toBeGreaterThan(0);
    ingested = 0;
    const second = await run(false, count);
    expect(ingested).toBe(0);
    expect(formatReport(second)).toContain('Nothing to write: every article is up to date.');

    // An edited chapter: the run reads everything, keeps the edit, reports it.
    writeFileSync(articlePath('kill-box'), readFileSync(articlePath('kill-box'), 'utf8').replace('Mosul', 'Mosul (edited)'));
    await run(false, count);
    expect(ingested).toBeGreaterThan(0);
    expect(readFileSync(articlePath('kill-box'), 'utf8')).toContain('Mosul (edited)');

    ingested = 0;
    await run(false, count);
    expect(ingested).toBe(0);
    const name = readdirSync(sources).find((file) => file.includes('kill-box'))!;
    writeFileSync(join(sources, name), `${readFileSync(join(sources, name), 'utf8')}\nOne more paragraph, added by the editor.\n`);
    await run(false, count);
    expect(ingested).toBeGreaterThan(0);

    ingested = 0;
    await run(true, count);
    expect(ingested).toBeGreaterThan(0);
  });

  it('reads again next time when a source is saved while the run reads, and never repeats a run in which a file failed', async () => {
    const name = readdirSync(sources).find((file) => file.includes('kill-box'))!;
    let saved = false;
    await run(false, () => {
      if (saved) return;
      saved = true;
      writeFileSync(join(sources, name), `${readFileSync(join(sources, name), 'utf8')}\nA paragraph saved while ingest ran.\n`);
    });
    const next = await run();
    expect(next.outcomes.find((outcome) => outcome.file === name)?.plan).toBe('update');
    expect(readFileSync(articlePath('kill-box'), 'utf8')).toContain('A paragraph saved while ingest ran.');

    // A run with a failed file (a full disk, say) leaves no record to repeat: the next run does the work.
    const record = { sources, out, cacheDir };
    await rememberRun(record, await inputsOf(sources), {
      outcomes: [{ file: name, status: 'failed', message: 'ENOSPC', warnings: [] }],
      notices: [],
      aborted: false,
    });
    expect(await unchangedRun(record)).toBeUndefined();
  });

  it('clears away the records of runs over folders that are gone', async () => {
    const other = tempDir('ingest-other');
    cpSync(SOURCES_DIR, join(other, 'sources'), { recursive: true });
    await runIngest({ sources: join(other, 'sources'), out: join(other, 'articles'), cacheDir });
    await run();
    expect(readdirSync(cacheDir).filter((name) => name.startsWith('ingest-'))).toHaveLength(2);
    rmSync(other, { recursive: true, force: true });
    writeFileSync(join(sources, 'new.txt'), 'A new source\n\nThe crews worked through the night on the spillway, as the river rose.\n');
    await run();
    expect(readdirSync(cacheDir).filter((name) => name.startsWith('ingest-'))).toHaveLength(1);
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
    writeFileSync(
      join(sources, 'sources.yaml'),
      manifest.replace('chapterLabel: The decision to close the door', 'chapterLabel: Closing the door'),
    );
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
    writeFileSync(
      join(sources, SEED.duran),
      readFileSync(join(sources, SEED.duran), 'utf8').replace('Over the last 24 hours', 'Over the last day'),
    );
    const result = await run();
    expect(result.outcomes.find((o) => o.file === SEED.duran)?.plan).toBe('update');
    expect(readFileSync(articlePath('one-square-mile'), 'utf8')).toContain('Over the last day');
  });

  it('keeps the article of a source that disappeared, and reports it', async () => {
    await run();
    rmSync(join(sources, SEED.duran));
    const result = await run();
    expect(existsSync(articlePath('one-square-mile'))).toBe(true);
    expect(result.notices.join('\n')).toMatch(
      /one-square-mile\.mdx: its source 2017-06-the-duran-one-square-mile\.txt is gone; the chapter is kept, and its slug stays reserved/,
    );
    expect(result.notices.join('\n')).toMatch(/sources\.yaml: names "2017-06-the-duran-one-square-mile\.txt", which is not in/);
  });

  it('skips empty files and refuses binary ones by name, ingests the rest, and exits non-zero', async () => {
    for (const [name, bytes] of Object.entries(hostileFiles())) writeFileSync(join(sources, name), bytes);
    const result = await run();
    const byFile = Object.fromEntries(result.outcomes.map((o) => [o.file, o]));
    expect(byFile['empty.txt']).toMatchObject({ status: 'skipped', message: 'is empty or only white space' });
    expect(byFile['whitespace.txt']).toMatchObject({ status: 'skipped' });
    expect(byFile['binary.txt']).toMatchObject({ status: 'failed', message: 'is a PNG image, not an article' });
    expect(byFile['windows-1252.txt']).toMatchObject({ status: 'written', warnings: [expect.stringMatching(/windows-1252/)] });
    expect(result.outcomes.filter((o) => o.status === 'written')).toHaveLength(10);
    expect(exitCode(result)).toBe(1);
    expect(formatReport(result)).toMatch(/✗ binary\.txt: is a PNG image, not an article/);
    // Atomic writes leave no temporary files behind.
    expect(readdirSync(out).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('says there is no article yet in a folder with none, where no chapter folder exists either, run after run', async () => {
    // An editor who has cleared the bundled articles out: the run had ended in a stack trace (ENOENT).
    rmSync(sources, { recursive: true });
    mkdirSync(sources);
    for (const attempt of ['first', 'second']) {
      const result = await run();
      expect(exitCode(result), attempt).toBe(0);
      expect(formatReport(result).trim()).toBe(
        `! no articles in ${sources}: save them there as .txt, .html, .htm, .md files\n\nNo chapters: no source held an article.`,
      );
    }
    // Only an empty file so far: skipped by name, and no "up to date".
    writeFileSync(join(sources, 'draft.txt'), '');
    for (const attempt of ['first', 'second']) {
      const result = await run();
      expect(result.outcomes, attempt).toEqual([expect.objectContaining({ file: 'draft.txt', status: 'skipped' })]);
      expect(formatReport(result)).toContain('No chapters: no source held an article.');
      expect(formatReport(result)).not.toContain('up to date');
    }
    expect(existsSync(out)).toBe(false);
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

describe('hand edits are never overwritten', () => {
  const kill = () => articlePath('kill-box');
  /** An editor's change that ingest must keep, whatever else happens. */
  const editKillBox = (transform: (text: string) => string = (text) => `${text}\nAn editor's added paragraph.\n`) => {
    const edited = transform(readFileSync(kill(), 'utf8'));
    writeFileSync(kill(), edited);
    return edited;
  };
  const changeManifest = () => {
    const manifest = readFileSync(join(sources, 'sources.yaml'), 'utf8');
    writeFileSync(
      join(sources, 'sources.yaml'),
      manifest.replace('chapterLabel: The decision to close the door', 'chapterLabel: Closing the door'),
    );
  };

  it('reads a chapter saved with CRLF line ends or a BOM as the same chapter, and leaves it as saved', async () => {
    await run();
    const crlf = editKillBox((text) => text.replace(/\n/g, '\r\n'));
    expect((await run()).outcomes.find((o) => o.file === SEED.national)?.plan).toBe('unchanged');
    expect(readFileSync(kill(), 'utf8')).toBe(crlf);

    const bom = editKillBox((text) => `\uFEFF${text.replace(/\r\n/g, '\n')}`);
    expect((await run()).outcomes.find((o) => o.file === SEED.national)?.plan).toBe('unchanged');
    expect(readFileSync(kill(), 'utf8')).toBe(bom);

    // A real edit saved with CRLF is still an edit: kept, new version beside it.
    const edited = editKillBox((text) => `${text.replace(/\n/g, '\r\n')}An editor's paragraph.\r\n`);
    changeManifest();
    expect((await run()).outcomes.find((o) => o.file === SEED.national)?.plan).toBe('conflict');
    expect(readFileSync(kill(), 'utf8')).toBe(edited);
  });

  it('never writes over a chapter whose frontmatter it cannot parse, and says what is wrong with it', async () => {
    await run();
    const broken = editKillBox((text) => text.replace(/^title: .*$/m, 'title: "the editor\'s "better" title'));
    const result = await run();
    const outcome = result.outcomes.find((o) => o.file === SEED.national)!;
    expect(outcome.plan).toBe('conflict');
    expect(outcome.warnings.at(-1)).toMatch(
      /kill-box\.mdx: its frontmatter is not valid YAML at line \d+, column \d+ \([^)]+\)\. Ingest cannot tell what you changed, so it kept it, and wrote the new version to .*kill-box\.mdx\.new/,
    );
    expect(readFileSync(kill(), 'utf8')).toBe(broken);
    expect(readdirSync(out).filter((name) => name.startsWith('kill-box'))).toEqual(['kill-box.mdx', 'kill-box.mdx.new']);
    expect(formatReport(result)).not.toMatch(/Nothing to write/);
    expect(formatReport(result)).toMatch(/1 chapter kept as edited/);
  });

  it('offers a new version beside an edited chapter once: merged by hand and its .new deleted, it is settled, until the source changes again', async () => {
    await run();
    editKillBox();
    changeManifest();
    const national = async () => (await run()).outcomes.find((o) => o.file === SEED.national)!;
    expect((await national()).plan).toBe('conflict');
    // The editor carries the new label into the chapter by hand, keeps their paragraph, and deletes the .new.
    const merged = editKillBox((text) => text.replace(/^chapterLabel: .*$/m, 'chapterLabel: Closing the door'));
    rmSync(`${kill()}.new`);
    const settled = await national();
    expect(settled.plan).toBe('keep-edits');
    expect(existsSync(`${kill()}.new`)).toBe(false);
    expect(readFileSync(kill(), 'utf8')).toBe(merged);
    // A later change to the source is new: offered again.
    writeFileSync(
      join(sources, 'sources.yaml'),
      readFileSync(join(sources, 'sources.yaml'), 'utf8').replace('chapterLabel: Closing the door', 'chapterLabel: The door closes'),
    );
    expect((await national()).plan).toBe('conflict');
    expect(readFileSync(kill(), 'utf8')).toBe(merged);
  });

  it('says how to mend a title typed with a colon in it, the commonest slip in an edited chapter', async () => {
    await run();
    editKillBox((text) => text.replace(/^title: .*$/m, 'title: Kill box: the last stand'));
    changeManifest();
    const outcome = (await run()).outcomes.find((o) => o.file === SEED.national)!;
    expect(outcome.warnings.at(-1)).toContain('at line 2, ');
    expect(outcome.warnings.at(-1)).toContain('a value with ": " in it needs quotes: title: "Kill box: the last stand"');
  });

  it('leaves alone a chapter that names no source, and never gives its slug to another', async () => {
    await run();
    // An editor's own chapter, with no source: and a new source whose title would take its slug.
    writeFileSync(articlePath('field-notes'), '---\ntitle: Field notes\n---\n\nWritten by hand.\n');
    writeFileSync(join(sources, 'notes.txt'), 'Field notes\nA new source whose headline would make the slug field-notes, and a body.\n');
    const result = await run();
    expect(readFileSync(articlePath('field-notes'), 'utf8')).toBe('---\ntitle: Field notes\n---\n\nWritten by hand.\n');
    expect(result.outcomes.find((o) => o.file === 'notes.txt')?.article).toBe(articlePath('field-notes-2'));
    expect(result.notices.join('\n')).toMatch(/field-notes\.mdx names no source file .* ingest leaves it alone and keeps its slug/);
  });

  it('recognises a renamed source by its content, keeps its chapter and the edits, and reports the rename', async () => {
    await run();
    const edited = editKillBox();
    renameSync(join(sources, SEED.national), join(sources, `renamed-${SEED.national}`));
    // The manifest entry (with its slug) stays under the old name: only the file moved.
    const result = await run();
    const outcome = result.outcomes.find((o) => o.file === `renamed-${SEED.national}`)!;
    expect(outcome).toMatchObject({ renamedFrom: SEED.national, article: kill() });
    expect(readFileSync(kill(), 'utf8')).toBe(edited);
    expect(formatReport(result)).toMatch(/renamed from 2018-the-national-kill-box\.txt: its chapter .*kill-box\.mdx stays with it/);
    expect(formatSummary(result)).toMatch(/was renamed from 2018-the-national-kill-box\.txt/);
    expect(result.notices.join('\n')).not.toMatch(/is gone/);
  });

  it('keeps the slug of a chapter whose source is gone: a new source never takes it', async () => {
    await run();
    const edited = editKillBox();
    const text = readFileSync(join(sources, SEED.national), 'utf8');
    rmSync(join(sources, SEED.national));
    // A different text (so not a rename) with the same headline would make the same slug.
    writeFileSync(join(sources, 'another.txt'), `${text}\nA paragraph the first version did not have.\n`);
    writeFileSync(
      join(sources, 'sources.yaml'),
      readFileSync(join(sources, 'sources.yaml'), 'utf8')
        .replace(SEED.national, 'another.txt')
        .replace('slug: kill-box', 'slug: kill-box-2'),
    );
    const result = await run();
    expect(readFileSync(kill(), 'utf8')).toBe(edited);
    expect(result.outcomes.find((o) => o.file === 'another.txt')?.article).toBe(articlePath('kill-box-2'));

    // Without a slug in the manifest, the title's slug is taken, so the next free one is used.
    writeFileSync(join(sources, 'sources.yaml'), readFileSync(join(sources, 'sources.yaml'), 'utf8').replace('    slug: kill-box-2\n', ''));
    rmSync(articlePath('kill-box-2'));
    const again = await run();
    expect(again.outcomes.find((o) => o.file === 'another.txt')?.article).not.toBe(kill());
    expect(readFileSync(kill(), 'utf8')).toBe(edited);
  });

  it('refuses two sources with one slug, before writing anything, naming both', async () => {
    writeFileSync(
      join(sources, 'sources.yaml'),
      `${readFileSync(join(sources, 'sources.yaml'), 'utf8')}\n  extra.txt:\n    slug: kill-box\n`,
    );
    writeFileSync(join(sources, 'extra.txt'), 'An extra article with its own words.\n');
    const result = await run();
    expect(result.aborted).toBe(true);
    expect(existsSync(out)).toBe(false);
    expect(formatReport(result)).toMatch(/2018-the-national-kill-box\.txt and extra\.txt both have slug "kill-box"/);
  });

  it('refuses a slug that the chapter of another source already has, naming both', async () => {
    await run();
    const before = readFileSync(kill(), 'utf8');
    writeFileSync(
      join(sources, 'sources.yaml'),
      `${readFileSync(join(sources, 'sources.yaml'), 'utf8').replace('slug: kill-box', 'slug: kill-box-moved')}\n  extra.txt:\n    slug: kill-box\n`,
    );
    writeFileSync(join(sources, 'extra.txt'), 'An extra article with its own words.\n');
    const result = await run();
    expect(result.aborted).toBe(true);
    expect(formatReport(result)).toMatch(
      /extra\.txt has slug "kill-box", but .*kill-box\.mdx is the chapter of 2018-the-national-kill-box\.txt/,
    );
    expect(readFileSync(kill(), 'utf8')).toBe(before);
    expect(exitCode(result)).toBe(1);
  });

  it('reads a sources.yaml saved as Windows-1252 without turning its accents into �, and says so', async () => {
    writeFileSync(
      join(sources, 'sources.yaml'),
      iconv.encode('sources:\n  2018-the-national-kill-box.txt:\n    slug: kill-box\n    title: Le café “Mosul”\n', 'windows-1252'),
    );
    const result = await run();
    expect(readFileSync(kill(), 'utf8')).toMatch(/^title: Le café “Mosul”$/m);
    expect(result.notices[0]).toMatch(/sources\.yaml is not UTF-8: read as windows-1252; re-save it as UTF-8/);
  });

  it('never says "up to date" after a failure', async () => {
    await run();
    writeFileSync(join(sources, 'binary.txt'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    const report = formatReport(await run());
    expect(report).not.toMatch(/Nothing to write/);
    expect(report).toMatch(/1 file could not be ingested/);
  });
});

describe('one file, one outcome', () => {
  const outcomeOf = (result: Awaited<ReturnType<typeof run>>, file: string) => result.outcomes.find((o) => o.file === file);

  it('turns odd files into a line of the report each, and ingests the rest', async () => {
    mkdirSync(join(sources, 'folder.txt'));
    symlinkSync(join(sources, 'does-not-exist.txt'), join(sources, 'dangling.txt'));
    symlinkSync('/etc/hostname', join(sources, 'outside.txt'));
    symlinkSync(SEED.duran, join(sources, 'inside.txt'));
    execFileSync('mkfifo', [join(sources, 'pipe.txt')]);
    const result = await run();
    expect(outcomeOf(result, 'folder.txt')).toMatchObject({ status: 'skipped', message: 'is a folder, not a file; left alone' });
    expect(outcomeOf(result, 'dangling.txt')).toMatchObject({ status: 'failed', message: 'is a link to a file that does not exist' });
    expect(outcomeOf(result, 'outside.txt')).toMatchObject({
      status: 'skipped',
      message: expect.stringMatching(/outside the sources folder/),
    });
    expect(outcomeOf(result, 'pipe.txt')).toMatchObject({ status: 'skipped', message: 'is a named pipe, not a file; not read' });
    expect(outcomeOf(result, 'inside.txt')).toMatchObject({ status: 'written' });
    expect(result.outcomes.filter((o) => o.status === 'written')).toHaveLength(6);
    expect(exitCode(result)).toBe(1);
    expect(exitCode(result, true)).toBe(0);
  });

  it('reads huge, long and deeply nested sources, or refuses them by name past a stated limit', async () => {
    writeFileSync(join(sources, 'long.txt'), Array.from({ length: 130_000 }, (_, i) => `Line ${i} of a very long text.`).join('\n'));
    writeFileSync(join(sources, 'images.html'), `<p>Some words before the images.</p>${'<img src=x>'.repeat(150_000)}`);
    writeFileSync(join(sources, 'deep.html'), `${'<div>'.repeat(2000)}Deep text.${'</div>'.repeat(2000)}`);
    writeFileSync(join(sources, 'quotes.md'), `${'>'.repeat(10_000)} quoted`);
    let lists = '';
    for (let i = 0; lists.length < 1_000_000; i++) lists += `${'- '.repeat(i % 8)}item\n`;
    writeFileSync(join(sources, 'lists.md'), lists);
    // Nested by indentation alone: a thousand levels took the Markdown parser 49 s.
    writeFileSync(join(sources, 'indented.md'), Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n'));
    const result = await run();
    expect(outcomeOf(result, 'long.txt')).toMatchObject({ status: 'written', paragraphs: 130_000 });
    expect(outcomeOf(result, 'images.html')).toMatchObject({
      status: 'written',
      removed: [{ text: 'image (150000 times)', reason: 'HTML or Markdown element not kept' }],
    });
    expect(outcomeOf(result, 'deep.html')).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/nests HTML elements more than 256 deep/),
    });
    expect(outcomeOf(result, 'quotes.md')).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/more than 32 deep \(line 1\)/),
    });
    expect(outcomeOf(result, 'lists.md')).toMatchObject({ status: 'failed', message: expect.stringMatching(/more than 2,000 list items/) });
    expect(outcomeOf(result, 'indented.md')).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/more than 32 deep \(line 33\)/),
    });
    expect(result.outcomes.filter((o) => o.status === 'written')).toHaveLength(7);
  });

  it('refuses a folder that is not there, or an output that is a file, with a message naming the option', async () => {
    const missing = await runIngest({ sources: join(sources, 'nope'), out });
    expect(missing).toMatchObject({ aborted: true, notices: [`--sources ${join(sources, 'nope')}: no such folder`] });
    const file = join(sources, SEED.duran);
    const intoFile = await runIngest({ sources, out: file });
    expect(intoFile).toMatchObject({ aborted: true, notices: [`--out ${file} is a file, not a folder`] });
    expect(formatReport(intoFile)).toMatch(/stopped before writing anything/);
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
    expect(built[0]).toMatchObject({
      file: 'bad.txt',
      message: expect.stringMatching(/frontmatter does not fit the schema \(url: only http, https and mailto links\)/),
    });
  });
});
