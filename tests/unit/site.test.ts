import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from '../helpers/temp.ts';
import { paragraphId, placeNotes } from '../../src/text/paragraphs.ts';
import { bibtex, plainCitation } from '../../src/site/cite.ts';
import { splitCredits } from '../../src/site/credits.ts';
import { displayDate, formatPartialDate } from '../../src/site/dates.ts';
import { contentsWindow, readingOrder } from '../../src/site/reading-order.ts';
import { cachedCard, cardSummary, finishCardCache, noLonelyLastWord } from '../../src/site/social-card.ts';
import { smartQuotes, smartQuotesInPieces } from '../../src/text/typography.ts';
import { joinBase } from '../../src/site/url.ts';

describe('joinBase', () => {
  it('builds URLs under the root and under a sub-path', () => {
    expect(joinBase('/', 'chapters/a/')).toBe('/chapters/a/');
    expect(joinBase('/mosul/', 'chapters/a/')).toBe('/mosul/chapters/a/');
    expect(joinBase('/mosul', '/about/')).toBe('/mosul/about/');
    expect(joinBase('/mosul/', '')).toBe('/mosul/');
  });
});

describe('dates', () => {
  it('keeps the precision the editor gave', () => {
    expect(formatPartialDate('2018')).toBe('2018');
    expect(formatPartialDate('2017-04')).toBe('April 2017');
    expect(formatPartialDate('2017-06-21')).toBe('21 June 2017');
  });

  it('shows a date ingest read as the source printed it, not as approximate', () => {
    expect(displayDate('2025-01-14')).toBe('14 January 2025');
    expect(displayDate(undefined)).toBeUndefined();
  });
});

describe('reading order', () => {
  const chapter = (id: string, order: number, date?: string) => ({ id, data: { order, date, title: id } });

  it('follows the manifest order and links each chapter to its neighbours', () => {
    const placed = readingOrder([chapter('c', 3), chapter('a', 1), chapter('b', 2)]);
    expect(placed.map((p) => [p.chapter.id, p.part, p.total, p.previous?.id, p.next?.id])).toEqual([
      ['a', 1, 3, undefined, 'b'],
      ['b', 2, 3, 'a', 'c'],
      ['c', 3, 3, 'b', undefined],
    ]);
  });

  it('lets site.yaml reorder, keeping the rest after', () => {
    expect(readingOrder([chapter('a', 1), chapter('b', 2), chapter('c', 3)], ['c', 'a']).map((p) => p.chapter.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('citations', () => {
  const chapter = {
    slug: 'kill-box',
    title: 'How eliminating the ‘kill box’ turned Mosul into a meat-grinder',
    publication: 'The National',
    date: '2018',
    url: 'https://www.thenationalnews.com/x',
  };
  const context = { siteTitle: 'Mosul, 2016–2017', editor: 'The editors', pageUrl: 'https://example.org/mosul/chapters/kill-box/' };

  it('gives a plain citation with the source and this page, and no build day posing as the reader’s "accessed"', () => {
    expect(plainCitation(chapter, context)).toBe(
      '“How eliminating the ‘kill box’ turned Mosul into a meat-grinder.” The National, 2018. https://www.thenationalnews.com/x. Reprinted in Mosul, 2016–2017, ed. The editors, https://example.org/mosul/chapters/kill-box/.',
    );
    expect(bibtex(chapter, context)).not.toMatch(/urldate|accessed/);
  });

  it('names the writers alone as authors: not the photographer, not the interviewer’s role', () => {
    expect(plainCitation({ ...chapter, author: 'Jared Malsin; photographs by Emanuele Satolli' }, context)).toMatch(/^Jared Malsin\. “How/);
    expect(bibtex({ ...chapter, author: 'Joel Wing (interviewer)' }, context)).toContain('author = {Joel Wing}');
    expect(bibtex({ ...chapter, author: 'Anna Lee and Omar Said' }, context)).toContain('author = {Anna Lee and Omar Said}');
  });

  it('gives BibTeX with special characters escaped', () => {
    const entry = bibtex({ ...chapter, title: 'Costs & {braces} 100%' }, context);
    expect(entry).toMatch(/^@article\{kill_box,\n/);
    expect(entry).toContain('title = {Costs \\& \\{braces\\} 100\\%}');
    expect(entry).toContain('year = {2018}');
    expect(entry).not.toContain('month');
  });
});

describe('splitCredits', () => {
  it('keeps the writers for the byline, with their roles, and sets the photographers apart', () => {
    expect(splitCredits('Jared Malsin; photographs by Emanuele Satolli')).toEqual({
      authors: ['Jared Malsin'],
      byline: 'Jared Malsin',
      photographers: ['Emanuele Satolli'],
    });
    expect(splitCredits('Joel Wing (interviewer)')).toEqual({
      authors: ['Joel Wing'],
      byline: 'Joel Wing (interviewer)',
      photographers: [],
    });
    expect(splitCredits('Jane Doe, Reuters | Photo: John Roe')).toEqual({
      authors: ['Jane Doe, Reuters'],
      byline: 'Jane Doe, Reuters',
      photographers: ['John Roe'],
    });
    expect(splitCredits(undefined)).toEqual({ authors: [], photographers: [] });
  });
});

describe('contentsWindow: the chapters a chapter’s contents lists', () => {
  const chapters = Array.from({ length: 1000 }, (_, i) => `c${i + 1}`);

  it('lists every chapter of a small collection', () => {
    expect(contentsWindow(chapters.slice(0, 5), 4)).toEqual({ shown: chapters.slice(0, 5), first: 0, all: true });
  });

  it('lists the nearest fifteen of a large one, the reader’s among them, so no page grows with the collection', () => {
    expect(contentsWindow(chapters, 499)).toEqual({ shown: chapters.slice(492, 507), first: 492, all: false });
    expect(contentsWindow(chapters, 0).shown).toEqual(chapters.slice(0, 15));
    expect(contentsWindow(chapters, 999).shown).toEqual(chapters.slice(985));
  });
});

describe('social card text', () => {
  it('never ends a title on a line of one word', () => {
    expect(noLonelyLastWord('ISIS fighters trapped in one square mile of Mosul')).toBe(
      'ISIS fighters trapped in one square mile of\u00a0Mosul',
    );
    expect(noLonelyLastWord('Mosul')).toBe('Mosul');
  });

  it('cuts a long summary at a word, with an ellipsis, and leaves a short one whole', () => {
    const long =
      'Iraq’s second city, a once prosperous and diverse city of 2 million on the Tigris. Islamic State seized it in June 2014; Iraqi forces retook it in July 2017 after nine months of fighting.';
    const cut = cardSummary(long);
    expect(cut.length).toBeLessThanOrEqual(151);
    expect(cut).toMatch(/ [A-Za-z0-9’]+…$/);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(cardSummary('A city.')).toBe('A city.');
  });
});

describe('a social card whose cache cannot be written', () => {
  it('is drawn and served all the same, with one warning', async () => {
    const cache = tempDir('card-cache');
    mkdirSync(join(cache, 'dossier'));
    writeFileSync(join(cache, 'dossier', 'cards'), 'a file where the cards folder should be');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const text = { eyebrow: 'Part 1 of 2', title: 'The walkout at Port Ilsen', footer: 'Harbour Post' };
      const png = await cachedCard(text, join(cache, 'dossier', 'cards'));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      await cachedCard({ ...text, title: 'The talks' }, join(cache, 'dossier', 'cards'));
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn.mock.calls[0]![0]).toMatch(/social cards cannot be kept for the next build/);
      // And the build's end, which clears old cards from the folder, does not fail for want of one.
      expect(finishCardCache(join(cache, 'dossier', 'cards'))).toBe('social cards: 2 drawn, 0 reused from the cache');
    } finally {
      warn.mockRestore();
    }
  });
});

describe('typography', () => {
  it('turns straight quotes into real ones', () => {
    expect(smartQuotes(`How eliminating the 'kill box' turned "Mosul" into Iraq's meat-grinder`)).toBe(
      'How eliminating the ‘kill box’ turned “Mosul” into Iraq’s meat-grinder',
    );
  });

  it('gives the pieces of a sentence around a marked name the quotation marks the whole sentence has', () => {
    // A topic page marks the name: the apostrophe after it had become an opening quote ("Cal Fire‘s").
    expect(smartQuotesInPieces(['', 'Cal Fire', '\'s morning update said "contained" twice.'])).toEqual([
      '',
      'Cal Fire',
      '’s morning update said “contained” twice.',
    ]);
    expect(smartQuotesInPieces(['The "', 'Kill Box', '" was named by officers.'])).toEqual([
      'The “',
      'Kill Box',
      '” was named by officers.',
    ]);
  });
});

describe('paragraph anchors and notes', () => {
  it('numbers paragraphs from 1', () => {
    expect([0, 6].map(paragraphId)).toEqual(['p-1', 'p-7']);
  });

  it('places a note after the paragraph with its phrase, even after smart punctuation', () => {
    const placed = placeNotes(
      ['First.', 'the districts east of the Euphrates River.', 'It’s “here”.'],
      [
        { at: 'east of the Euphrates River', text: 'n1' },
        { at: `It's "here"`, text: 'n2' },
        { at: 'nowhere', text: 'n3' },
      ],
    );
    expect(placed.map((p) => p.paragraph)).toEqual([1, 2, -1]);
  });
});
