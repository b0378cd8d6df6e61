/**
 * The corpus index reads each chapter once: its paragraphs with the anchors
 * the page carries, the mentions in them, the dates they give and the
 * quotations they hold, all from the same paragraphs.
 */
import { describe, expect, it } from 'vitest';
import { buildCorpusIndex, corpusIndexOf, indexChapter } from '../../src/corpus/index.ts';
import { TopicMatcher } from '../../src/topics/matcher.ts';

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
    expect(record.quotations).toEqual([expect.objectContaining({ anchor: 'p-2', speaker: 'Ana Brel', text: expect.stringContaining('as long as it takes') })]);
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
