/**
 * The corpus index reads each chapter once: its paragraphs with the anchors
 * the page carries, the mentions in them, the dates they give and the
 * quotations they hold, all from the same paragraphs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { buildCorpusIndex, corpusIndexOf, indexChapter } from '../../src/corpus/index.ts';
import { chapterRecord, mentionsFromRecord } from '../../src/site/chapter-records.ts';
import { keepRecord, keptRecordPath } from '../../src/site/record-cache.ts';
import { TopicMatcher } from '../../src/topics/matcher.ts';
import { tempDir } from '../helpers/temp.ts';

const matcher = new TopicMatcher([
  { slug: 'ana-brel', title: 'Ana Brel', aliases: ['Brel'], kind: 'person' },
  { slug: 'port-ilsen', title: 'Port Ilsen', aliases: [], kind: 'place' },
] as never);

const BODY = [
  'Dockers at Port Ilsen walked out in March 2016, a year after the board cut the night shift.',
  '"We will stay out as long as it takes," said Ana Brel, who leads the union.',
  '<figure>not a paragraph of the text</figure>',
  'Brel met the board in Port Ilsen on 4 April 2016.',
].join('\n\n');

describe('indexChapter', () => {
  const record = indexChapter({ slug: 'walkout', body: BODY, date: '2016-05' }, matcher, { dates: true, quotations: true });

  it('numbers the paragraphs as the page does, from one parse', () => {
    expect(record.paragraphs.map((p) => p.anchor)).toEqual(['p-1', 'p-2', 'p-3']);
    expect(record.paragraphs[2]!.text).toBe('Brel met the board in Port Ilsen on 4 April 2016.');
  });

  it('finds the mentions with their sentences, the dates and the quotations in the same paragraphs', () => {
    expect(record.mentions.map((m) => [m.topic, m.anchor])).toEqual([
      ['port-ilsen', 'p-1'],
      ['ana-brel', 'p-2'],
      ['ana-brel', 'p-3'],
      ['port-ilsen', 'p-3'],
    ]);
    expect(record.dates.map((d) => [d.edtf, d.telling.anchor])).toEqual([
      ['2016-03', 'p-1'],
      ['2016-04-04', 'p-3'],
    ]);
    expect(record.quotations).toEqual([
      expect.objectContaining({ anchor: 'p-2', speaker: 'Ana Brel', text: expect.stringContaining('as long as it takes') }),
    ]);
  });

  it('reads dates and quotations only when asked (their views may be off)', () => {
    const bare = indexChapter({ slug: 'walkout', body: BODY, date: '2016-05' }, matcher);
    expect(bare.dates).toEqual([]);
    expect(bare.quotations).toEqual([]);
    expect(bare.mentions).toEqual(record.mentions);
  });

  it('gives the same index from records as from the chapters: counts, and topics that share a paragraph', () => {
    const chapters = [
      { slug: 'walkout', body: BODY },
      { slug: 'talks', body: 'Ana Brel said nothing.' },
    ];
    const fromRecords = corpusIndexOf(chapters.map((chapter) => indexChapter(chapter, matcher)));
    expect(fromRecords).toEqual(buildCorpusIndex(chapters, matcher));
    expect(fromRecords.byChapter.get('walkout')).toEqual([
      { topic: 'ana-brel', count: 2 },
      { topic: 'port-ilsen', count: 2 },
    ]);
    expect(fromRecords.appearsWith.get('ana-brel')).toEqual([{ slug: 'port-ilsen', shared: 1 }]);
    expect(fromRecords.mentions.get('ana-brel')!.map((m) => m.chapter)).toEqual(['walkout', 'walkout', 'talks']);
  });
});

describe('a chapter file’s record, shared by the render plugins and the pages', () => {
  const file = join(tempDir('records'), 'walkout.mdx');
  writeFileSync(
    file,
    `---\ntitle: Walkout\ndate: "2017-04"\n---\n\nIraqi forces reached Mosul's Old City -- slowly.\n\nThe "ISIS" fighters said Mosul would fall.\n`,
  );

  it('is read once, whoever asks, and again only when the file changes', () => {
    const first = chapterRecord(file);
    expect(chapterRecord(file)).toBe(first);
    expect(first.slug).toBe('walkout');
    expect(first.paragraphs.map((p) => p.anchor)).toEqual(['p-1', 'p-2']);
    expect(first.paragraphs[1]!.found.map((m) => m.text)).toEqual(['ISIS', 'Mosul']);
    const edited = join(tempDir('records'), 'talks.mdx');
    writeFileSync(edited, `---\ntitle: Talks\n---\n\nIn Mosul.\n`);
    const before = chapterRecord(edited);
    writeFileSync(edited, `---\ntitle: Talks\n---\n\nIn Baghdad.\n`);
    expect(chapterRecord(edited)).not.toBe(before);
    expect(chapterRecord(edited).paragraphs.map((p) => p.text)).toEqual(['In Baghdad.']);
  });

  it('gives a plugin the recorded mentions where its tree’s text differs only by curled quotes, and searches the tree’s text where positions moved', () => {
    const mentionsIn = mentionsFromRecord(file, new TopicMatcher([{ slug: 'mosul', title: 'Mosul', aliases: [], kind: 'place' }] as never));
    // Sätteri curls the quotes before plugins run: same positions, so the record's mentions serve (the bundled registry's, ISIS included).
    expect(mentionsIn(1, 'The “ISIS” fighters said Mosul would fall.').map((m) => m.text)).toEqual(['ISIS', 'Mosul']);
    // "--" made a dash: the positions after it moved, so this paragraph is searched again, with the matcher given.
    expect(mentionsIn(0, 'Iraqi forces reached Mosul’s Old City – slowly.').map((m) => m.text)).toEqual(['Mosul']);
  });
});

describe('a chapter record kept for the next build', () => {
  const making = {
    code: 'code-1',
    slug: 'walkout',
    contentHash: 'a1',
    matcherFingerprint: matcher.fingerprint,
    dates: true,
    quotations: true,
  };

  it('is kept under one name while nothing that makes it changed, and under another when anything did', () => {
    const kept = keptRecordPath('/cache', making);
    expect(kept).toMatch(/^\/cache\/dossier\/records\/[0-9a-f]{32}\.json$/);
    expect(keptRecordPath('/cache', { ...making })).toBe(kept);
    for (const changed of [
      { contentHash: 'a2' },
      { slug: 'walkout-2' },
      { matcherFingerprint: 'another' },
      { dates: false },
      { quotations: false },
    ])
      expect(keptRecordPath('/cache', { ...making, ...changed }), JSON.stringify(changed)).not.toBe(kept);
    // New code reads chapters anew.
    expect(keptRecordPath('/cache', { ...making, code: 'code-2' })).not.toBe(kept);
  });

  it('cannot stop the build when it cannot be written: a file where the records folder should be gives one warning', () => {
    const cache = tempDir('record-cache');
    mkdirSync(join(cache, 'dossier'));
    writeFileSync(join(cache, 'dossier', 'records'), 'not a folder');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const record = indexChapter({ slug: 'walkout', body: BODY }, matcher);
      expect(() => keepRecord(join(cache, 'dossier', 'records', 'a.json'), record)).not.toThrow();
      expect(() => keepRecord(join(cache, 'dossier', 'records', 'b.json'), record)).not.toThrow();
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn.mock.calls[0]![0]).toMatch(/chapter records cannot be kept for the next build/);
    } finally {
      warn.mockRestore();
    }
  });

  it('is not kept outside a build, where there is no cache folder', () => {
    expect(keptRecordPath(undefined, making)).toBeUndefined();
  });

  it('depends on every name the matcher looks for: a new alias or topic gives the matcher another fingerprint', () => {
    const topics = [
      { slug: 'ana-brel', title: 'Ana Brel', aliases: ['Brel'], kind: 'person' },
      { slug: 'port-ilsen', title: 'Port Ilsen', aliases: [], kind: 'place' },
    ];
    expect(new TopicMatcher(topics as never).fingerprint).toBe(matcher.fingerprint);
    expect(new TopicMatcher([topics[0], { ...topics[1]!, aliases: ['Ilsen'] }] as never).fingerprint).not.toBe(matcher.fingerprint);
    expect(new TopicMatcher([topics[0]] as never).fingerprint).not.toBe(matcher.fingerprint);
  });
});
