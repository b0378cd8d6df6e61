/**
 * Whole pages copied as text, in the frames the big news sites put around an
 * article (tests/fixtures/pasted-pages/, written for the test): the editor
 * should get the headline, byline, date and a clean body without touching them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestSource } from '../../src/ingest/article.ts';
import { plainText } from '../../src/ingest/inline.ts';
import { siteFooter, siteHeader } from '../../src/ingest/rules/page-frame.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/pasted-pages/${name}`, import.meta.url));

function ingest(name: string, bytes: Uint8Array = fixture(name)) {
  const result = ingestSource(name, bytes);
  if (result.status !== 'ok') throw new Error(JSON.stringify(result));
  const { fields, body } = result.article;
  return { fields, body: body.map((paragraph) => plainText(paragraph.inline)) };
}

const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];

describe('pages copied whole as text', () => {
  it.each([
    {
      file: 'bbc-school.txt',
      fields: {
        title: 'School reopens a year after fire destroyed its hall',
        author: 'Jane Whitfield',
        publication: 'BBC News',
        dateline: 'Leeds',
      },
      opens: 'A primary school in West Yorkshire',
      ends: 'she said.',
      gone: ['British Broadcasting Corporation', 'iPlayer', '2 days ago', 'Save', 'More on this story', 'Council approves rebuild plans'],
    },
    {
      file: 'reuters-grain.txt',
      fields: {
        title: 'Grain exports resume through Black Sea corridor, officials say',
        author: 'Tom Baker and Irina Volk',
        date: '2024-03-06',
      },
      opens: 'Grain shipments resumed on Wednesday',
      ends: "growers' association.",
      gone: [
        'Exclusive news, data and analytics',
        'Sustainability',
        'Item 1 of 3',
        'opens new tab',
        'Editing by',
        'Suggested Topics',
        'Commodities',
      ],
    },
    {
      file: 'guardian-bees.txt',
      fields: {
        title: 'Wild bee numbers fall by a third in a decade, study finds',
        dek: 'Researchers say loss of meadows and pesticide use are the main causes of decline across northern Europe',
        author: 'Helen Marsh',
        date: '2024-03-12',
      },
      opens: 'Wild bee numbers in northern Europe',
      ends: 'it is not slowing."',
      gone: ['Environment correspondent', 'Last modified', 'Explore more on these topics', 'Insects', 'Reuse this content'],
    },
    {
      file: 'nyt-port.txt',
      fields: {
        title: 'A Port City Bets Its Future on Wind Power',
        author: 'Daniel Ortiz',
        date: '2024-04-02',
        dateline: 'Esbjerg, Denmark',
      },
      opens: 'Turbine makers are moving in.',
      ends: 'covering the Nordic countries.',
      gone: ['Supported by', 'SKIP ADVERTISEMENT', 'Reporting from', 'A version of this article appears in print', 'Order Reprints'],
    },
    {
      file: 'ap-dam.txt',
      fields: {
        title: 'Floodwaters breach dam on river as villages evacuate',
        author: 'Maria Gonzalez and Peter Holt',
        publication: 'Associated Press',
        date: '2024-03-05',
        dateline: 'KHERSONVILLE, Ukraine (AP)',
      },
      opens: 'Floodwaters broke through an earthen dam',
      ends: 'contributed to this report.',
      gone: ['All rights reserved', 'MARIA GONZALEZ'],
    },
  ])('$file: the headline, byline and date, and a body without the page', ({ file, fields, opens, ends, gone }) => {
    const article = ingest(file);
    expect(article.fields).toMatchObject({ ...fields, truncated: false });
    expect(article.body[0]).toMatch(new RegExp(`^${opens.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    expect(article.body.at(-1)!.endsWith(ends)).toBe(true);
    const text = article.body.join('\n');
    for (const chrome of gone) expect(text, chrome).not.toContain(chrome);
  });

  it.each(['bbc-school.txt', 'reuters-grain.txt', 'guardian-bees.txt', 'nyt-port.txt', 'ap-dam.txt'])(
    '%s: every word of the page is in the body, the fields or the list of what was removed',
    (file) => {
      const source = fixture(file).toString('utf8');
      const { fields, body } = ingest(file);
      const kept = new Set(
        words(
          [...body, ...fields.removed.map((item) => item.text), ...fields.figures.map((f) => `${f.caption} ${f.credit ?? ''}`)].join(' '),
        ),
      );
      expect(words(source).filter((word) => !kept.has(word))).toEqual([]);
    },
  );

  it('takes a gallery caption printed twice as one figure with its credit', () => {
    expect(ingest('reuters-grain.txt').fields.figures).toEqual([
      { caption: 'A cargo ship loaded with grain sails in the Black Sea, March 4, 2024.', credit: 'REUTERS/Stringer' },
    ]);
  });
});

describe('the page frame: a menu with a headline under it, lists after the article', () => {
  it('needs a headline under the menu, so a text that opens with a short list keeps it', () => {
    expect(siteHeader(['Ingredients', 'Flour', 'Sugar', 'Eggs', 'Mix them well and bake for an hour.']).lines).toBe(0);
    expect(siteHeader(['Dam opens', 'By Mara Holt', 'Reuters', 'March 3, 2024', 'The dam opened on Sunday.']).lines).toBe(0);
    expect(siteHeader(['News', 'World', 'Europe', 'Dam opens on the Vesna after ten years', 'The dam opened.']).lines).toBe(3);
  });

  it('leaves the masthead alone when too much stands above the menu', () => {
    const prose = 'The dam opened on Sunday, ten years after its first stone was laid.';
    expect(siteHeader([prose, 'News', 'World', 'Europe', 'Dam opens on the Vesna after ten years']).lines).toBe(0);
  });

  it('cuts a footer only when nothing but short lines follows its heading', () => {
    expect(siteFooter(['The dam opened.', 'More on this story', 'Dam opens', 'Valley floods']).lines).toBe(3);
    expect(siteFooter(['The dam opened.', 'Related', 'The engineers said the spillway had worked as planned.']).lines).toBe(0);
    expect(siteFooter(['Topics', 'The dam opened.']).lines).toBe(0);
  });
});
