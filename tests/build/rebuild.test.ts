/**
 * Building again: the same content on another day gives a byte-identical
 * site; an unchanged site redraws none of its social cards and reads none of
 * its chapters into records again; a changed chapter redraws and reads only
 * its own.
 */
import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, ROOT, type Build } from '../helpers/build.ts';
import { tempDir } from '../helpers/temp.ts';

/** Every file of a built site with the hash of its bytes. */
function fingerprint(dist: string): Map<string, string> {
  const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(
    files.map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return [relative(dist, path), createHash('sha256').update(readFileSync(path)).digest('hex')];
    }),
  );
}

const cards = (build: Build) =>
  build.output
    .match(/social cards: (\d+) drawn, (\d+) reused/)
    ?.slice(1)
    .map(Number);

let content: string;
let cache: string;
const builds: Record<'first' | 'later' | 'edited', Build> = {} as never;

beforeAll(() => {
  const work = tempDir('rebuild');
  content = join(work, 'content');
  cache = join(work, 'cache');
  for (const part of ['articles', 'topics', 'site.yaml', 'intro.md'])
    cpSync(join(ROOT, 'content', part), join(content, part), { recursive: true });
  builds.first = astroBuild({ contentDir: content, cacheDir: cache });
  builds.later = astroBuild({
    contentDir: content,
    cacheDir: cache,
    env: { NODE_OPTIONS: `--import=${pathToFileURL(join(ROOT, 'tests/helpers/later-clock.mjs')).href}` },
  });
  const chapter = join(content, 'articles', 'kill-box.mdx');
  writeFileSync(chapter, readFileSync(chapter, 'utf8').replace(/^title: .*$/m, 'title: "The kill box, retitled by the editor"'));
  builds.edited = astroBuild({ contentDir: content, cacheDir: cache });
});

describe('a second build', () => {
  it('on another day, with nothing changed, is byte for byte the same site', () => {
    for (const build of Object.values(builds)) expect(build.status, build.output).toBe(0);
    // It ran under the later clock: the day it believed it was is more than a year on.
    const day = builds.later.output.match(/\[later-clock\] (\d{4}-\d{2}-\d{2})/)?.[1];
    expect(Date.parse(day!) - Date.now()).toBeGreaterThan(360 * 24 * 60 * 60 * 1000);
    const first = fingerprint(builds.first.outDir);
    const later = fingerprint(builds.later.outDir);
    expect(first.size).toBeGreaterThan(80);
    const differing = [...first].filter(([path, hash]) => later.get(path) !== hash).map(([path]) => path);
    expect(differing).toEqual([]);
    expect([...later.keys()].filter((path) => !first.has(path))).toEqual([]);
  });

  it('redraws no social card and reuses the chapter records and the search index when nothing changed, and redraws and reads again only the edited chapter when one did', () => {
    const [drawnFirst, reusedFirst] = cards(builds.first)!;
    expect(reusedFirst).toBe(0);
    expect(drawnFirst).toBeGreaterThan(50);
    expect(cards(builds.later)).toEqual([0, drawnFirst]);
    expect(cards(builds.edited)).toEqual([1, drawnFirst! - 1]);
    expect(builds.edited.output).toContain('1 old removed');
    // The chapters' records too: the site above, built from the kept ones, is byte for byte the first.
    const records = (build: Build) =>
      build.output
        .match(/chapter records: (\d+) indexed, (\d+) reused/)
        ?.slice(1)
        .map(Number);
    const chapters = readdirSync(join(content, 'articles')).filter((name) => name.endsWith('.mdx')).length;
    expect(records(builds.first)).toEqual([chapters, 0]);
    expect(records(builds.later)).toEqual([0, chapters]);
    expect(records(builds.edited)).toEqual([1, chapters - 1]);
    expect(builds.edited.output).toMatch(/chapter records: 1 indexed, \d+ reused from the cache, 1 old removed/);
    // The search index too: reused while the searched pages are the same, made again when one changed.
    expect(builds.first.output).not.toMatch(/search index: .*reused/);
    expect(builds.later.output).toMatch(/search index: \d+ pages in [\d.]+ s, reused from the cache/);
    expect(builds.edited.output).not.toMatch(/search index: .*reused/);
    // The redrawn card is the edited chapter's, and it differs from the one before.
    const before = readFileSync(join(builds.later.outDir, 'cards/kill-box.png'));
    const after = readFileSync(join(builds.edited.outDir, 'cards/kill-box.png'));
    expect(after.equals(before)).toBe(false);
    expect(
      readFileSync(join(builds.edited.outDir, 'cards/kalin-interview.png')).equals(
        readFileSync(join(builds.later.outDir, 'cards/kalin-interview.png')),
      ),
    ).toBe(true);
  });
});
