/**
 * Another folder of articles on another subject: ingest and build it as an
 * editor would, and check the site holds together.
 */
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString as hastText } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.ts';
import { runIngest } from '../../src/ingest/run.ts';
import { checkBuiltSite } from '../helpers/check.ts';
import { astroBuild, ROOT, type Build } from '../helpers/build.ts';
import { parseHtml } from '../helpers/links.ts';

const SITE = 'https://vesna.example';
let build: Build;
let content: string;
let ingestOk = false;

beforeAll(async () => {
  content = tempDir('other');
  cpSync(join(ROOT, 'tests/fixtures/other-corpus'), content, { recursive: true });
  const result = await runIngest({ sources: join(content, 'sources'), out: join(content, 'articles') });
  ingestOk = result.outcomes.every((o) => o.status === 'written');
  build = astroBuild({ contentDir: content, siteUrl: SITE, basePath: '/vesna/' });
});

const page = (path: string) => parseHtml(join(build.outDir, path, 'index.html'));

describe('another corpus', () => {
  it('ingests and builds, warning about the topic no chapter mentions', () => {
    expect(ingestOk).toBe(true);
    expect(build.status, build.output).toBe(0);
    // The warning names the editor's file where it really is, not a default path.
    expect(build.output).toContain(
      `topic "never-mentioned" (${join(content, 'topics', 'never-mentioned.md')}) is not mentioned in any chapter: listed apart at the foot of the topics index`,
    );
    expect(checkBuiltSite(build.outDir, '/vesna/').problems).toEqual([]);
  });

  it('reads the headline, the credit and the inline HTML of its sources', () => {
    const cover = page('');
    expect(selectAll('.chapter-list h3', cover).map((h) => hastText(h))).toEqual([
      'Vesna Dam Opens After Ten Years',
      'The flood the dam held back',
      'Spillway passes its first test before the spring floods',
    ]);
    const first = page('chapters/vesna-dam-opens-after-ten-years');
    expect(hastText(select('.figure .credit', first)!)).toBe('Photograph: Ilse Marr for The Valley Herald');
    // The source printed only the credit: the note says so without a colon before nothing.
    expect(hastText(select('.figure', first)!)).toBe('Photograph in the original.Photograph: Ilse Marr for The Valley Herald');
    expect(hastText(select('.source-box details', first)!)).toMatch(/share or subscribe line: “Share this article”/);
    expect(hastText(select('.byline', first)!)).toMatch(/16 May 1998/);
  });

  it('reads a wire story: its byline is the author, its dateline stands above the text and gives the date', () => {
    const wire = page('chapters/spillway-passes-its-first-test-before-the-spring-floods');
    expect(hastText(select('.byline', wire)!)).toMatch(/Ilse Marr and Tomas Veld/);
    expect(hastText(select('.byline', wire)!)).toMatch(/3 March 1999/);
    expect(hastText(select('.body .dateline', wire)!)).toBe('LOWER MILL, Vesna, March 3, 1999');
    const first = select('.body p[id="p-1"]', wire)!;
    expect(hastText(first)).toMatch(/^¶?Engineers opened the new spillway/);
  });

  it('shows each photograph’s caption where the photograph stood, in order, under the editor’s note and after a break-off', () => {
    const wire = page('chapters/spillway-passes-its-first-test-before-the-spring-floods');
    const body = select('.body', wire)!;
    const kids = body.children.filter((node): node is Element => node.type === 'element');
    const describe = (node: Element) =>
      node.properties.id
        ? String(node.properties.id)
        : `${node.tagName}.${String((node.properties.className as string[] | undefined)?.[0])}: ${hastText(node).trim().split(/\s+/).slice(0, 6).join(' ')}`;
    expect(kids.map(describe)).toEqual([
      'p.dateline: LOWER MILL, Vesna, March 3, 1999',
      'p-1',
      'p-2',
      'aside.editor-note: Editor’s note: The gates were built',
      'figure.figure: Photograph in the original: The four',
      'figure.figure: Photograph in the original: The gauges',
      'p-3',
      'p-4',
      'p.truncated: [The source text breaks off here,',
      'figure.figure: Photograph in the original: Engineers on',
    ]);
    expect(hastText(kids[4]!)).toBe(
      'Photograph in the original: The four gates of the new spillway at Lower Mill on Wednesday.Photograph: Valley Wire/Ilse Marr',
    );
    expect(selectAll('.body figure', wire)).toHaveLength(3);
    // The other Markdown processor places it the same way.
    const unified = astroBuild({ contentDir: content, siteUrl: SITE, basePath: '/vesna/', markdown: 'unified' });
    expect(unified.status, unified.output).toBe(0);
    const bodyHtml = (dir: string) =>
      /<div class="body">[\s\S]*?<\/div><nav class="read-next/.exec(
        readFileSync(join(dir, 'chapters/spillway-passes-its-first-test-before-the-spring-floods/index.html'), 'utf8'),
      )![0];
    expect(bodyHtml(unified.outDir)).toBe(bodyHtml(build.outDir));
  });

  it('links the first mention of each topic and lists mentions on topic pages', () => {
    const second = page('chapters/the-flood-the-dam-held-back');
    expect(selectAll('.body a.mention', second).map((a) => `${hastText(a)}→${String(a.properties.href)}`)).toEqual([
      'Vesna dam→/vesna/topics/vesna-dam/',
      'Orlen→/vesna/topics/orlen/',
      'Mara Holt→/vesna/topics/mara-holt/',
    ]);
    // The source's own link stays as it was.
    expect(select('.body a[href="https://example.org/flood"]', second)).toBeDefined();
    const holt = page('topics/mara-holt');
    expect(selectAll('.mentions mark', holt).map((m) => hastText(m))).toEqual(['Mara Holt', 'Holt', 'Mara Holt']);
  });

  it('lists the unmentioned topic apart from the index, so its page is reachable, and keeps redirects', () => {
    const index = page('topics');
    expect(
      selectAll('.topic-groups .topic-index a', index)
        .map((a) => hastText(a as Element))
        .sort(),
    ).toEqual(['Mara Holt', 'Orlen', 'Vesna dam']);
    expect(selectAll('.unmentioned a', index).map((a) => (a as Element).properties.href)).toEqual(['/vesna/topics/never-mentioned/']);
    expect(readFileSync(join(build.outDir, 'topics/the-dam/index.html'), 'utf8')).toContain('url=/vesna/topics/vesna-dam/');
    expect(existsSync(join(build.outDir, 'cards/topic-mara-holt.png'))).toBe(true);
  });
});
