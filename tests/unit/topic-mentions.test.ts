import { describe, expect, it } from 'vitest';
import type { MentionInContext } from '../../src/corpus/index.ts';
import { bestMentions, needsAllMentions, pageMentions, pageOfChapter, sentenceItems } from '../../src/site/topic-mentions.ts';

const mention = (anchor: string, before: string, text: string, after: string): MentionInContext => ({
  topic: 'is',
  chapter: 'c',
  anchor,
  before,
  text,
  after,
});

describe('the mentions a topic page shows', () => {
  const list = [
    mention('p-1', 'Fighters of the ', 'Islamic State', ' held the Old City for three years, until the summer of 2017.'),
    mention('p-2', '', 'IS', ' fell.'),
    mention('p-3', 'In the west, ', 'ISIS', ' fighters dug tunnels between houses to move unseen by drones.'),
    mention('p-3', 'In the west, ISIS fighters dug tunnels between houses to move unseen by ', 'drones', '.'),
    mention('p-4', 'By July the ', 'Islamic State', ' held a strip of streets by the river, and its leaders had fled.'),
    mention('p-5', 'Then ', 'ISIS', ' was gone.'),
  ];

  it('keeps the chapter’s first, the full name and whole sentences over fragments, in the chapter’s order', () => {
    expect(bestMentions(list, 'Islamic State').map((m) => m.anchor)).toEqual(['p-1', 'p-3', 'p-4']);
  });

  it('never shows one sentence twice', () => {
    const twice = [list[2]!, list[3]!, list[1]!];
    expect(bestMentions(twice, 'Islamic State').map((m) => m.anchor)).toEqual(['p-3', 'p-2']);
  });

  it('shows every mention of a topic with few, and pages the rest', () => {
    const few = [{ chapter: 'a', mentions: list }];
    expect(needsAllMentions(few)).toBe(false);
    const many = [{ chapter: 'a', mentions: [...list, ...list, ...list] }];
    expect(needsAllMentions(many)).toBe(true);
    // Many mentions spread thin over chapters: each chapter's list is whole already.
    expect(needsAllMentions(Array.from({ length: 10 }, (_, i) => ({ chapter: `c${i}`, mentions: list.slice(0, 2) })))).toBe(false);
    // Unless there are more chapters than a topic page shows: a collection of a thousand.
    expect(needsAllMentions(Array.from({ length: 30 }, (_, i) => ({ chapter: `c${i}`, mentions: list.slice(0, 1) })))).toBe(true);
  });

  it('pages every mention in reading order, continuing a chapter across a page break', () => {
    const chapters = [
      { chapter: 'one', mentions: list.slice(0, 4) },
      { chapter: 'two', mentions: list.slice(0, 5) },
    ];
    const pages = pageMentions(chapters, 6);
    expect(pages.map((p) => p.groups.map((g) => `${g.chapter}:${g.mentions.length}${g.continued ? '+' : ''}`))).toEqual([
      ['one:4', 'two:2'],
      ['two:3+'],
    ]);
    expect(pages.flatMap((p) => p.groups.flatMap((g) => g.mentions))).toHaveLength(9);
    expect(pageOfChapter(pages, 'two')).toBe(1);
  });

  it('marks each mention in a sentence that holds two', () => {
    const items = sentenceItems([
      mention('p-1', 'The ', 'ISIS', ' fighters and ISIS’s leaders.'),
      mention('p-1', 'The ISIS fighters and ', 'ISIS', '’s leaders.'),
      mention('p-2', '', 'IS', ' fell.'),
    ]);
    expect(items.map((item) => item.parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join(''))).toEqual([
      'The [ISIS] fighters and [ISIS]’s leaders.',
      '[IS] fell.',
    ]);
  });
});
