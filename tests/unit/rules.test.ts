import { describe, expect, it } from 'vitest';
import { extractRuledBlocks, matchBoilerplate } from '../../src/ingest/rules/boilerplate.ts';
import { recognizeHeadBlock } from '../../src/ingest/rules/headline.ts';
import { interviewRoles } from '../../src/ingest/rules/interview.ts';
import {
  hasLostApostrophes,
  restoreLostApostrophes,
  restoreSpaceAfterQuotation,
  tidyLostPunctuationSpaces,
} from '../../src/ingest/rules/punctuation.ts';
import { isTruncatedParagraph } from '../../src/ingest/rules/truncation.ts';
import { SEED, seedText } from '../helpers/seeds.ts';

const lines = (name: string) =>
  seedText(name)
    .split('\n')
    .filter((line) => line.trim());
const lastLine = (name: string) => lines(name).at(-1)!;

describe('boilerplate', () => {
  it('recognises the browser notice at the end of the TIME seed', () => {
    expect(matchBoilerplate(lastLine(SEED.time))?.reason).toMatch(/browser notice/);
  });

  it('reads title and publication from "The post … appeared first on …" (The Duran seed)', () => {
    expect(matchBoilerplate(lastLine(SEED.duran))).toEqual({
      reason: 'syndication footer',
      title: 'ISIS fighters trapped in one square mile of Mosul',
      publication: 'The Duran',
    });
  });

  it('recognises rules and share lines, and leaves prose alone', () => {
    expect(matchBoilerplate('_________')?.reason).toBe('rule');
    expect(matchBoilerplate('* * *')?.reason).toBe('rule');
    expect(matchBoilerplate('Share this article on Facebook')?.reason).toMatch(/share/);
    expect(matchBoilerplate('Subscribe to our newsletter')?.reason).toMatch(/subscribe/);
    for (const line of lines(SEED.interview).slice(1)) expect(matchBoilerplate(line)).toBeUndefined();
  });

  it('takes the ruled "Read more:" block out of The National seed and keeps its three links', () => {
    const result = extractRuledBlocks(seedText(SEED.national));
    expect(result.text).not.toMatch(/_{5}|Read more/);
    expect(result.readMore).toHaveLength(1);
    expect(result.readMore[0]!.match(/<a href=/g)).toHaveLength(3);
    expect(result.removed).toEqual([expect.objectContaining({ reason: expect.stringMatching(/related-reading/) })]);
    expect(result.removed[0]!.text).toMatch(/^_+ Read more: Cellist brings sounds of peace/);
  });
});

describe('headline block', () => {
  it('separates credit, kicker, headline, doubled caption and standfirst in the TIME seed', () => {
    const head = recognizeHeadBlock(lines(SEED.time), { publication: 'TIME' });
    expect(head.title).toBe('The Beginning of the End in Mosul');
    expect(head.section).toBe('Iraq');
    expect(head.dek).toBe('In Mosul, the Islamic State is about to lose the crown jewel of its self-styled caliphate');
    expect(head.figures).toEqual([
      {
        caption: 'A sniper from the Iraqi Federal Police in the Dawasa neighborhood of Mosul on March 30.',
        credit: 'Emanuele Satolli for TIME',
      },
    ]);
    expect(lines(SEED.time)[head.consumed]).toBe('The gunmen came in the afternoon.');
  });

  it('turns "PHOTO: caption (Reuters)" into a figure (interview seed)', () => {
    const head = recognizeHeadBlock(lines(SEED.interview));
    expect(head.figures).toEqual([{ caption: 'Iraqi Special Operations Forces in eastern Mosul, January 10, 2017', credit: 'Reuters' }]);
    expect(head.consumed).toBe(1);
    expect(head.title).toBeUndefined();
  });

  it('finds no head block in an article that starts with its body', () => {
    expect(recognizeHeadBlock(lines(SEED.duran)).consumed).toBe(0);
    expect(recognizeHeadBlock(lines(SEED.reuters)).consumed).toBe(0);
  });
});

describe('lost punctuation (Reuters seed)', () => {
  const reuters = seedText(SEED.reuters);

  it('is detected only where apostrophes were lost', () => {
    expect(hasLostApostrophes(reuters)).toBe(true);
    expect(hasLostApostrophes(seedText(SEED.time))).toBe(false);
    expect(hasLostApostrophes("Iraq's and it s")).toBe(false);
  });

  it('restores possessives and split words, and counts them', () => {
    const result = restoreLostApostrophes(reuters);
    expect(result.text).toContain('could Iraq’s government really deliver');
    expect(result.text).toContain('In the end, the army, Shi’ite Muslim paramilitaries');
    expect(result.text).toContain('Maliki’s successor, Haider al-Abadi');
    expect(result.text).not.toMatch(/\p{L} s\b/u);
    expect(result.repairs['restored apostrophe']).toBe((reuters.match(/\p{L} s\b|Shi ite/gu) ?? []).length);
  });

  it('restores contractions', () => {
    expect(restoreLostApostrophes('We don t know and they re sure it s over').text).toBe('We don’t know and they’re sure it’s over');
  });

  it('puts back the quotation marks and dashes the gaps prove, keeping every word', () => {
    const result = tidyLostPunctuationSpaces('seat of the ultra-hardline Sunni insurgents   caliphate . IS fighters   both Iraqis');
    expect(result.text).toBe('seat of the ultra-hardline Sunni insurgents’ “caliphate.” IS fighters — both Iraqis');
    expect(result.repairs).toEqual({ 'restored quotation marks': 1, 'restored dash': 1 });
    expect(tidyLostPunctuationSpaces('he called it  a victory , then left').text).toBe('he called it “a victory,” then left');
  });

  it('only closes a gap that proves nothing', () => {
    // Too many words between the gaps for a quotation that lost its marks: each gap just closes.
    const result = tidyLostPunctuationSpaces('a gap  here and then far more words than a lost quotation would hold . The end');
    expect(result.text).toBe('a gap here and then far more words than a lost quotation would hold. The end');
    expect(result.repairs).toEqual({ 'closed gap left by lost punctuation': 2 });
  });
});

describe('truncation', () => {
  it('flags the paragraph of The Duran seed that stops mid-sentence', () => {
    const cut = lines(SEED.duran).filter(isTruncatedParagraph);
    expect(cut).toHaveLength(1);
    expect(cut[0]).toMatch(/they probably were$/);
  });

  it('flags the end of the Reuters seed, and not complete or short lines', () => {
    expect(isTruncatedParagraph(seedText(SEED.reuters))).toBe(true);
    expect(isTruncatedParagraph('The gunmen came in the afternoon.')).toBe(false);
    expect(isTruncatedParagraph('The Beginning of the End in Mosul')).toBe(false);
  });

  it('does not take a labelled line, a press release’s contact, for a paragraph cut off', () => {
    expect(isTruncatedParagraph('Media contact: Rebecca Lund, Cal Fire Mendocino Unit, (707) 555-0143')).toBe(false);
    expect(isTruncatedParagraph('The crews worked through the night to hold the line near the')).toBe(true);
  });

  it('does not take a list’s item closed by a semicolon for a paragraph cut off', () => {
    expect(isTruncatedParagraph('a hardship fund of more than £60,000, most of it in notes and coins;')).toBe(false);
    expect(isTruncatedParagraph('the bakery on Commercial Street sending up bread every morning;')).toBe(false);
  });

  it('does not take a paragraph that ends in an emoji, as posts do, for one cut off', () => {
    expect(isTruncatedParagraph('The whole team made it out of the cave and into the ambulances 🎉')).toBe(false);
    expect(isTruncatedParagraph('Thank you to every diver who went back in for them 🙏🏽')).toBe(false);
    expect(isTruncatedParagraph('So proud of the volunteers at the pumps tonight ❤️')).toBe(false);
    expect(isTruncatedParagraph('Welcome home to the whole team, from all of us in Oslo 🇳🇴')).toBe(false);
    // A symbol that is no pictograph closes nothing, nor does a trade mark.
    expect(isTruncatedParagraph('The water level in the third chamber dropped by 2 cm →')).toBe(true);
    expect(isTruncatedParagraph('The pumps were made by the valley firm known as AquaLift™')).toBe(true);
  });
});

describe('interview', () => {
  const paragraphs = lines(SEED.interview).slice(1);

  it('marks the questions and answers of the interview seed, after its introduction', () => {
    const roles = interviewRoles(paragraphs, undefined);
    expect(roles.slice(0, 2)).toEqual(['text', 'text']);
    const questions = paragraphs.filter((_, i) => roles[i] === 'question');
    expect(questions).toHaveLength(4);
    expect(questions[0]).toMatch(/^What changes were made/);
    expect(questions[3]).toMatch(/^What has the fighting done/);
    expect(roles.filter((role) => role === 'answer')).toHaveLength(paragraphs.length - 2 - 4);
  });

  it('leaves an article that is not an interview alone, and obeys the manifest', () => {
    expect(new Set(interviewRoles(lines(SEED.time), undefined))).toEqual(new Set(['text']));
    expect(new Set(interviewRoles(paragraphs, false))).toEqual(new Set(['text']));
  });
});

describe('a space lost after a quotation', () => {
  it('is put back between a closed quotation and the next sentence, and counted', () => {
    expect(restoreSpaceAfterQuotation('the heart of things.”If you do that')).toEqual({
      text: 'the heart of things.” If you do that',
      repairs: { 'space restored after a quotation': 1 },
    });
  });

  it('leaves initials, abbreviations and ordinary quotations alone', () => {
    for (const text of ['the U.S.”The', 'he said, “Yes.” Then', 'in “Mosul”Today'])
      expect(restoreSpaceAfterQuotation(text)).toEqual({ text, repairs: {} });
  });
});
