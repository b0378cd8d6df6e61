import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { chooseHook } from '../../src/voices/hook.ts';
import { readChapterTexts } from '../../src/topics/chapters.ts';
import { TopicMatcher } from '../../src/topics/matcher.ts';
import { loadRegistry } from '../../src/topics/registry.ts';
import { findQuotations, type Quotation } from '../../src/voices/quotes.ts';
import { groupSpeakers, speakerTopic } from '../../src/voices/speakers.ts';
import { ROOT } from '../helpers/build.ts';

const chapter = (slug: string, ...paragraphs: string[]) => ({ slug, paragraphs });
const said = (quotes: Quotation[]) => quotes.map((q) => `${q.anchor} ${q.speaker ?? '?'}: ${q.text}`);

describe('quotations and who said them', () => {
  it('reads the tags news writing uses, after and before the quotation', () => {
    const quotes = findQuotations([
      chapter(
        'a',
        '“We held the bridge,” said Colonel Amira Haddou. “Then we lost it.”',
        'Sgt. Jamal Rashid said: “Nobody came to help us that night.”',
        '“It was the worst week of my life,” a baker said, pointing to the ruins.',
        'The ministry denied it. “No civilians were harmed in the strike,” according to the Defence Ministry.',
      ),
    ]);
    expect(said(quotes)).toEqual([
      'p-1 Colonel Amira Haddou: We held the bridge,',
      'p-1 Colonel Amira Haddou: Then we lost it.',
      'p-2 Sgt. Jamal Rashid: Nobody came to help us that night.',
      'p-3 a baker: It was the worst week of my life,',
      'p-4 Defence Ministry: No civilians were harmed in the strike,',
    ]);
  });

  it('gives "he said" to the one the paragraph names, and a quotation that runs on into the next paragraph is one', () => {
    const quotes = findQuotations([
      chapter(
        'a',
        'Governor Narong Osot toured the site on Monday. “We will rebuild every house,” he said.',
        '“The first families come back next week. Then the school reopens.',
        '“After that, the market,” the governor added.',
      ),
    ]);
    expect(said(quotes)).toEqual([
      'p-1 Governor Narong Osot: We will rebuild every house,',
      'p-2 the governor: The first families come back next week. Then the school reopens. After that, the market,',
    ]);
  });

  it('takes the person for the speaker, not a possessive, the listener, the clause’s object or a conjunction', () => {
    const quotes = findQuotations([
      chapter(
        'b',
        '“We have looked at every option, and none of them keeps the pit open,” said the company’s chief executive, Mark Pendry.',
        'The Economy Secretary, Rhiannon Beynon, said the money was “a bridge, not a bailout” and that talks were under way.',
        '“We will not go quietly,” Dai Morgan told the crowd. “This valley has buried enough of its work.”',
        'The union welcomed the vote but said it was “no substitute for a working pit”.',
      ),
    ]);
    expect(said(quotes)).toEqual([
      'p-1 Mark Pendry: We have looked at every option, and none of them keeps the pit open,',
      'p-2 Rhiannon Beynon: a bridge, not a bailout',
      'p-3 Dai Morgan: We will not go quietly,',
      'p-3 Dai Morgan: This valley has buried enough of its work.',
      'p-4 ?: no substitute for a working pit',
    ]);
    // A job before the name; a street or a town is no one who speaks, the person the text says "who" of is.
    expect(
      said(
        findQuotations([
          chapter(
            'd',
            '“We planned for six hundred,” said shelter manager Denise Albright.',
            '“The wind turned at noon,” Cal Fire spokesperson Capt. Rebecca Lund told the Daily Record.',
            'Carla Mendes, who has lived on Helen Avenue for thirty years, watched the ridge burn. “Now I look at them and I see fuel,” she said.',
            '“Financial health is the point,” as one neo-bank CEO told me.',
          ),
        ]),
      ),
    ).toEqual([
      'p-1 Denise Albright: We planned for six hundred,',
      'p-2 Capt. Rebecca Lund: The wind turned at noon,',
      'p-3 Carla Mendes: Now I look at them and I see fuel,',
      'p-4 ?: Financial health is the point,',
    ]);
    // A day after the comma is no one's name.
    expect(said(findQuotations([chapter('c', '“We are done,” said a spokesman for the council, Monday.')]))).toEqual([
      'p-1 a spokesman: We are done,',
    ]);
  });

  it('takes no scare quote for a quotation, and guesses no speaker', () => {
    const quotes = findQuotations([chapter('a', 'Fighters called it the “kill box”. “Everyone left at night, and nobody counted them.”')]);
    expect(said(quotes)).toEqual(['p-1 ?: Everyone left at night, and nobody counted them.']);
  });

  it('puts named speakers first, each under their topic, and the unattributed last', () => {
    const matcher = new TopicMatcher([{ slug: 'haddou', title: 'Amira Haddou', aliases: ['Haddou'] }]);
    const topics = new Map([['haddou', { slug: 'haddou', kind: 'person' }]]);
    const quotes = findQuotations([
      chapter(
        'a',
        '“Nobody counted them at all.”',
        '“One, two, three,” a soldier said. “Held,” Haddou said, “until dawn came up.”',
        '“We held the bridge,” said Colonel Amira Haddou.',
      ),
    ]);
    expect(groupSpeakers(quotes, matcher, topics).map((s) => `${s.topic ?? s.key}:${s.quotations.length}`)).toEqual([
      'haddou:2',
      'a soldier:1',
      ':1',
    ]);
    expect(speakerTopic('U.S. Army Colonel Amira Haddou', matcher, topics)).toBe('haddou');
  });
});

describe('the bundled chapters, against quotations labelled by hand', () => {
  const labels = parse(readFileSync(join(ROOT, 'tests/fixtures/labelled/quotes.yaml'), 'utf8')) as Array<{
    chapter: string;
    anchor: string;
    starts: string;
    speaker: string;
  }>;
  const { topics } = loadRegistry(join(ROOT, 'content/topics'));
  const matcher = new TopicMatcher(topics);
  const byTopic = new Map(topics.map((t) => [t.slug, t]));
  const quotes = findQuotations(readChapterTexts(join(ROOT, 'content/articles')).chapters);
  const norm = (text: string) =>
    text
      .replace(/[‘’]/g, "'")
      .replace(/[,.\s]+$/, '')
      .toLowerCase();
  const head = (speaker: string) => speaker.toLowerCase().split(/\s+/).at(-1)!.replace(/s$/, '');
  const sameSpeaker = (a: string, b: string) => {
    const [ta, tb] = [speakerTopic(a, matcher, byTopic), speakerTopic(b, matcher, byTopic)];
    return ta || tb ? ta === tb : head(a) === head(b);
  };
  const quotesOf = (label: (typeof labels)[number]) =>
    quotes.filter(
      (q) =>
        q.chapter === label.chapter &&
        q.anchor === label.anchor &&
        (norm(q.text).startsWith(norm(label.starts)) || norm(label.starts).startsWith(norm(q.text))),
    );

  it('finds at least 90% of the quotations with the right speaker', () => {
    const right = labels.filter((label) => quotesOf(label).some((q) => q.speaker && sameSpeaker(q.speaker, label.speaker)));
    const missed = labels
      .filter((label) => !right.includes(label))
      .map(
        (l) =>
          `${l.chapter}#${l.anchor} "${l.starts}" (${l.speaker}): ${
            quotesOf(l)
              .map((q) => q.speaker ?? '?')
              .join() || 'not found'
          }`,
      );
    expect(right.length / labels.length, missed.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('gives no quotation to the wrong named person', () => {
    const wrong = quotes.filter((q) => {
      const topic = q.speaker && speakerTopic(q.speaker, matcher, byTopic);
      if (!topic) return false;
      const here = labels.filter((l) => l.chapter === q.chapter && l.anchor === q.anchor);
      return !here.some((l) => speakerTopic(l.speaker, matcher, byTopic) === topic);
    });
    expect(wrong.map((q) => `${q.chapter}#${q.anchor} ${q.speaker}: ${q.text.slice(0, 40)}`)).toEqual([]);
  });
});

describe('chooseHook: the quotation the cover leads with', () => {
  const q = (chapter: string, anchor: string, text: string) => ({ chapter, anchor, text });
  const speakers = [
    {
      key: 'noah-bonsey',
      topic: 'noah-bonsey',
      name: 'Noah Bonsey',
      quotations: [
        q('b', 'p-3', 'Even as they lose territory, I think it is likely that they will maintain relevance by shifting strategy'),
        q('b', 'p-9', 'Too short to lead.'),
      ],
    },
    {
      key: 'one iraqi commander',
      name: 'one Iraqi commander',
      quotations: [q('c', 'p-2', 'Looking back, we should have let ISIS escape.')],
    },
    {
      key: 'stephen-townsend',
      topic: 'stephen-townsend',
      name: 'Stephen Townsend',
      quotations: [
        q(
          'a',
          'p-5',
          'This is the most significant close-quarters combat since World War II, and the hardest fight anyone has seen in decades anywhere',
        ),
      ],
    },
    {
      key: '',
      name: '',
      quotations: [q('a', 'p-1', 'An unattributed quotation long enough to be chosen if the speaker did not matter at all here')],
    },
  ];

  it('takes the longest named speaker’s words that fit at a glance, never an unattributed one', () => {
    const { hook } = chooseHook(speakers, ['a', 'b', 'c']);
    expect(hook).toEqual({ quotation: speakers[2]!.quotations[0], speaker: 'Stephen Townsend', topic: 'stephen-townsend' });
  });

  it('takes the editor’s pick by a phrase from it, whoever said it, and says when no quotation holds the phrase', () => {
    expect(chooseHook(speakers, ['a', 'b', 'c'], 'should have let ISIS escape').hook).toEqual({
      quotation: speakers[1]!.quotations[0],
      speaker: 'one Iraqi commander',
    });
    const missing = chooseHook(speakers, ['a', 'b', 'c'], 'not in any chapter');
    expect(missing.unmatched).toBe('not in any chapter');
    expect(missing.hook?.speaker).toBe('Stephen Townsend');
  });
});
