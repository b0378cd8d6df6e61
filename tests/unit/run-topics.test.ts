/** `npm run topics` as a function (src/topics/run.ts), on a content folder written for the test. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { NoChaptersError, runTopics } from '../../src/topics/run.ts';
import { loadRegistry } from '../../src/topics/registry.ts';
import { TopicMatcher } from '../../src/topics/matcher.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function content(chapters: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'dossier-run-topics-'));
  folders.push(root);
  mkdirSync(join(root, 'articles'));
  mkdirSync(join(root, 'topics'));
  for (const [slug, body] of Object.entries(chapters))
    writeFileSync(join(root, 'articles', `${slug}.mdx`), `---\ntitle: ${slug}\n---\n\n${body}\n`);
  return root;
}

describe('runTopics', () => {
  it('accepts, rejects and reports, and a recurring everyday phrase is written with link: always so it still links', async () => {
    const root = content({
      one: 'Colonel Amira Haddou said car bombs hit Qaraqosh.\n\nMore car bombs hit Qaraqosh at night, Haddou said.',
      two: 'In Qaraqosh the car bombs went on.\n\nHaddou counted the car bombs.',
    });
    const result = await runTopics({ content: root, acceptAll: true, minCount: 2, reject: ['Amira Haddou'], accept: ['Nobody Here'] });
    expect(result.rejected).toEqual([{ name: 'Amira Haddou', known: true }]);
    expect(result.problems).toEqual([expect.stringMatching(/^no candidate named "Nobody Here"/)]);
    expect(result.accepted.map((a) => a.name).sort()).toEqual(['Qaraqosh', 'car bombs']);
    expect(readFileSync(join(root, 'topics', 'rejected.yaml'), 'utf8')).toContain('Amira Haddou');
    expect(existsSync(result.queuePath)).toBe(true);

    const { topics } = loadRegistry(join(root, 'topics'));
    const term = topics.find((t) => t.title === 'car bombs')!;
    expect(term.link).toBe('always');
    expect(topics.find((t) => t.title === 'Qaraqosh')!.link).toBe(true);
    expect(new TopicMatcher(topics).find('the car bombs of Qaraqosh').map((m) => m.text)).toEqual(['car bombs', 'Qaraqosh']);
  });

  it('counts no mention of a short name inside an accepted topic’s longer one', async () => {
    const root = content({
      one: 'Tarren Minerals said the pit will close in March.\n\nTarren Minerals repeated the date to the union.',
      two: "Tarren Minerals will keep 300 of the staff.\n\nMark Pendry, Tarren's chief executive, said the firm had agreed.",
      three: "The union rejected Tarren's offer on Friday.",
    });
    await runTopics({ content: root, accept: ['Tarren Minerals'] });
    const again = await runTopics({ content: root });
    const queue = parse(readFileSync(again.queuePath, 'utf8')) as {
      candidates: Array<{ name: string; mentions: number; chapters: number }>;
    };
    // "Tarren" stands alone twice; the four "Tarren Minerals" are the accepted topic's, as on the site.
    expect(queue.candidates.find((c) => c.name === 'Tarren')).toMatchObject({ mentions: 2, chapters: 2 });
  });

  it('counts a short name inside a rejected longer one, which the site does not link', async () => {
    const root = content({
      one: 'Tarren Minerals said the pit will close in March.\n\nTarren Minerals repeated the date to the union.',
      two: "Tarren Minerals will keep 300 of the staff.\n\nMark Pendry, Tarren's chief executive, said the firm had agreed.",
      three: "The union rejected Tarren's offer on Friday.",
    });
    const rejected = await runTopics({ content: root, reject: ['Tarren Minerals'] });
    const queue = parse(readFileSync(rejected.queuePath, 'utf8')) as { candidates: Array<{ name: string; mentions: number }> };
    expect(queue.candidates.find((c) => c.name === 'Tarren')).toMatchObject({ mentions: 5 });
  });

  it('never overwrites a topic file, and says so', async () => {
    const root = content({
      one: 'The army lost Qaraqosh in May, and the rebels held Qaraqosh all summer.',
      two: 'In the autumn the army took Qaraqosh back.',
    });
    writeFileSync(join(root, 'topics', 'qaraqosh.mdx'), 'an editor’s own file\n');
    const result = await runTopics({ content: root, accept: ['Qaraqosh'] });
    expect(result.problems).toEqual([expect.stringContaining('qaraqosh.md already exists: left as it is')]);
    expect(readFileSync(join(root, 'topics', 'qaraqosh.mdx'), 'utf8')).toBe('an editor’s own file\n');
  });

  it('names the folder when there are no chapters', async () => {
    const root = content({});
    await expect(runTopics({ content: root })).rejects.toThrow(NoChaptersError);
    await expect(runTopics({ content: root })).rejects.toThrow(join(root, 'articles'));
  });
});
