import { describe, expect, it } from 'vitest';
import { groupSentences, splitSentences } from '../../src/text/sentences.ts';
import { SEED, seedText } from '../helpers/seeds.ts';

const sentences = (text: string) => splitSentences(text).map((span) => text.slice(span.start, span.end));

describe('splitSentences', () => {
  it('survives titles, initials, acronyms and decimals', () => {
    expect(sentences('Dr. Smith met Lt. Gen. Jones at 3.5 km from the U.S. Army base. Dustin A. Lewis spoke next.')).toEqual([
      'Dr. Smith met Lt. Gen. Jones at 3.5 km from the U.S. Army base.',
      'Dustin A. Lewis spoke next.',
    ]);
  });

  it('keeps a quotation whole, and ends the sentence where the quotation does', () => {
    expect(sentences('He said “Stop. Now.” Then he left. “It was denied.” That was all.')).toEqual([
      'He said “Stop. Now.”',
      'Then he left.',
      '“It was denied.”',
      'That was all.',
    ]);
  });

  it('covers every character of the text once (nothing is lost between sentences)', () => {
    const text = seedText(SEED.national);
    const spans = splitSentences(text);
    const rebuilt = spans.map((span, i) => text.slice(span.start, spans[i + 1]?.start ?? text.length)).join('');
    expect(rebuilt).toBe(text);
  });

  it('splits the one-line Reuters seed without breaking "U.S. air strikes"', () => {
    const found = sentences(seedText(SEED.reuters));
    expect(found.length).toBeGreaterThan(20);
    expect(found.some((s) => s.includes('But even with supportive U.S. air strikes, Baghdad s triumph'))).toBe(true);
    expect(found.every((s) => !/^(air|S\.|Army)\b/.test(s))).toBe(true);
  });
});

describe('groupSentences', () => {
  it('makes paragraphs of two to five sentences from a one-line article', () => {
    const text = seedText(SEED.national).replace(/<[^>]+>/g, '');
    const spans = splitSentences(text);
    const paragraphs = groupSentences(text, spans);
    expect(paragraphs.length).toBeGreaterThan(6);
    for (const paragraph of paragraphs) {
      const inside = spans.filter((s) => s.start >= paragraph.start && s.end <= paragraph.end).length;
      expect(inside).toBeGreaterThanOrEqual(2);
      expect(inside).toBeLessThanOrEqual(5);
    }
  });
});

describe('paragraphs keep a speaker with their words', () => {
  it('never opens a paragraph with a quotation that goes on from the speaker named just before', async () => {
    const { groupSentences, splitSentences } = await import('../../src/text/sentences.ts');
    const text = [
      'The dam opened on Tuesday after ten years of work and delay in the valley.',
      'Engineers let the first water through the spillway at noon on the day.',
      'A crowd of several hundred people watched from the old road above it.',
      'The mayor cut the ribbon herself after a short speech to the crowd.',
      '“We waited a decade for this morning and it was worth the wait,” the mayor said.',
      '“Nobody here will forget it, and nobody should forget what it cost.”',
      'The reservoir will take two winters to fill, the operator said later.',
    ].join(' ');
    const paragraphs = groupSentences(text, splitSentences(text), { minSentences: 2, maxSentences: 4, targetWords: 40 }).map((p) =>
      text.slice(p.start, p.end),
    );
    const continued = paragraphs.findIndex((p) => p.startsWith('“Nobody here'));
    expect(continued, paragraphs.join('\n')).toBe(-1);
    expect(paragraphs.some((p) => p.includes('the mayor said. “Nobody here will forget it'))).toBe(true);
  });
});
