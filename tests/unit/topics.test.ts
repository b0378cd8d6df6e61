import type { Link, Root } from 'mdast';
import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { buildCorpusIndex } from '../../src/corpus/index.ts';
import { paragraphTexts } from '../../src/text/paragraphs.ts';
import { applyReplacements, planMentionLinks, planParagraphLinks, type LinkMode, type LinkOptions } from '../../src/topics/link.ts';
import { isShortAcronym, TopicMatcher } from '../../src/topics/matcher.ts';
import { loadRegistry } from '../../src/topics/registry.ts';
import { chapterCounts, ubiquitousTopics } from '../../src/site/site-topics.ts';
import { join } from 'node:path';
import { ROOT } from '../helpers/build.ts';

const topics = [
  { slug: 'mosul', title: 'Mosul', aliases: [] },
  { slug: 'old-city', title: 'Old City of Mosul', aliases: ['Old City'] },
  { slug: 'islamic-state', title: 'Islamic State', aliases: ['ISIS', 'IS'] },
  { slug: 'baghdadi', title: 'Abu Bakr al-Baghdadi', aliases: ['Al-Baghdadi'] },
  { slug: 'shiite-militia', title: "Shi'ite paramilitaries", aliases: [] },
];
const matcher = new TopicMatcher(topics);
const found = (text: string) => matcher.find(text).map((m) => `${m.text}→${m.slug}`);

describe('matcher', () => {
  it('matches acronyms of four letters or fewer case-sensitively', () => {
    expect(found('IS fighters say this is it; ISIS is gone')).toEqual(['IS→islamic-state', 'ISIS→islamic-state']);
    expect(isShortAcronym('IS')).toBe(true);
    expect(isShortAcronym('U.N.')).toBe(true);
    expect(isShortAcronym('VBIED')).toBe(false);
    expect(isShortAcronym('Iraq')).toBe(false);
  });

  it('matches other names case-insensitively', () => {
    expect(found('MOSUL and mosul and islamic state')).toEqual(['MOSUL→mosul', 'mosul→mosul', 'islamic state→islamic-state']);
  });

  it('prefers the longest match', () => {
    expect(found('in the Old City of Mosul today')).toEqual(['Old City of Mosul→old-city']);
  });

  it('matches whole words only, and links the name of a possessive', () => {
    expect(found('Mosuls, Mosulite, ISISX, preIS')).toEqual([]);
    expect(found("Mosul’s Old City and Mosul's people")).toEqual(['Mosul→mosul', 'Old City→old-city', 'Mosul→mosul']);
  });

  it('takes no false friend for a mention: half of a compound, an adjective, an everyday phrase, a publication', () => {
    const world = new TopicMatcher(
      [
        { slug: 'syria', title: 'Syria', aliases: ['Syrian'] },
        { slug: 'turkey', title: 'Turkey', aliases: [] },
        { slug: 'iraq', title: 'Iraq', aliases: [] },
        { slug: 'mosul', title: 'Mosul', aliases: [] },
        { slug: 'baghdadi', title: 'Abu Bakr al-Baghdadi', aliases: ['Baghdadi'] },
        { slug: 'kill-box', title: 'Kill box', aliases: ['escape route'] },
        { slug: 'old-city', title: 'Old City', aliases: [] },
      ],
      { notMentions: ['Musings on Iraq', 'Reuters'] },
    );
    const seen = (text: string) => world.find(text).map((m) => `${m.text}→${m.slug}`);
    // Halves of hyphenated compounds are not mentions; an "al-" before a name is no compound.
    expect(seen('the Turkey-Syria border, a Mosul-based group, ISIS-controlled Mosul')).toEqual(['Mosul→mosul']);
    expect(seen('a sermon by al-Baghdadi, then Baghdadi again')).toEqual(['Baghdadi→baghdadi', 'Baghdadi→baghdadi']);
    // An unspaced en dash is a dash between clauses in many sources, not a compound.
    expect(seen('the battle for Mosul–a victory')).toEqual(['Mosul→mosul']);
    // An adjective is not the place, and everyday words in lower case are not the topic.
    expect(seen('a Syrian airfield, and an escape route west; then Syria')).toEqual(['Syria→syria']);
    // A publication that carries a topic's name is not a mention of it.
    expect(seen('he spoke with Musings on Iraq about Iraq')).toEqual(['Iraq→iraq']);
    // A name of everyday words written with capitals matches only as written.
    expect(seen('in the Old City, not in an old city')).toEqual(['Old City→old-city']);
  });

  it('takes everyday words for a mention when the topic says link: always', () => {
    const always = new TopicMatcher([{ slug: 'kill-box', title: 'Kill box', aliases: ['escape route', 'Syrian'], link: 'always' }]);
    expect(always.find('an escape route, the kill box, a Syrian').map((m) => m.text)).toEqual(['escape route', 'kill box', 'Syrian']);
  });

  it('treats curly and straight apostrophes alike', () => {
    expect(found('Shi’ite paramilitaries')).toEqual(['Shi’ite paramilitaries→shiite-militia']);
  });
});

const tree = (mdx: string) => mdxToMdast(mdx) as unknown as Root;
const linksOf = (root: Root): Link[] => {
  const out: Link[] = [];
  const walk = (node: { type: string; children?: unknown[] }) => {
    if (node.type === 'link') out.push(node as unknown as Link);
    for (const child of (node.children ?? []) as Array<{ type: string }>) walk(child);
  };
  walk(root as never);
  return out;
};
const link = (
  mdx: string,
  mode: LinkMode = 'first-in-chapter',
  target: LinkOptions['target'] = (slug) => ({ href: `/topics/${slug}/`, preview: `About ${slug}` }),
) => {
  const root = tree(mdx);
  applyReplacements(root, planMentionLinks(root, matcher, { mode, target }));
  return linksOf(root).map((l) => `${(l.children[0] as { value: string }).value}→${l.url}`);
};

describe('mention linking', () => {
  it('links the first mention in a chapter by default', () => {
    expect(link('Mosul fell. Mosul rose.\n\nMosul again, and ISIS.')).toEqual(['Mosul→/topics/mosul/', 'ISIS→/topics/islamic-state/']);
  });

  it('can link the first mention in each paragraph, every mention, or none', () => {
    expect(link('Mosul fell. Mosul rose.\n\nMosul again.', 'first-in-paragraph')).toEqual(['Mosul→/topics/mosul/', 'Mosul→/topics/mosul/']);
    expect(link('Mosul fell. Mosul rose.', 'every')).toHaveLength(2);
    expect(link('Mosul fell. Mosul rose.\n\nMosul again, and ISIS.', 'none')).toEqual([]);
  });

  it('never links inside links, headings or code', () => {
    // The only links: the source's own, and the mention in the last paragraph.
    expect(link('# Mosul\n\n[Mosul](https://example.org) and `Mosul`\n\nThen Mosul.')).toEqual([
      'Mosul→https://example.org',
      'Mosul→/topics/mosul/',
    ]);
  });

  it('links inside emphasis and interview components, keeping the marks', () => {
    const root = tree('<Question>\n  Was *Mosul* hard?\n</Question>');
    applyReplacements(root, planMentionLinks(root, matcher, { mode: 'every', target: (slug) => ({ href: `/t/${slug}/`, preview: '' }) }));
    const question = root.children[0] as unknown as {
      name: string;
      children: Array<{ children: Array<{ type: string; children?: Array<{ type: string; url?: string }> }> }>;
    };
    expect(question.name).toBe('Question');
    const emphasis = question.children[0]!.children.find((node) => node.type === 'emphasis')!;
    expect(emphasis.children).toEqual([expect.objectContaining({ type: 'link', url: '/t/mosul/' })]);
  });

  it('carries the preview and the description id on the link', () => {
    const root = tree('In Mosul.');
    const [replacement] = planMentionLinks(root, matcher, {
      mode: 'every',
      target: () => ({ href: '/t/mosul/', preview: 'Place: a city' }),
    });
    expect(replacement!.parts[1]).toMatchObject({
      type: 'link',
      data: { hProperties: { className: ['mention'], 'data-preview': 'Place: a city', ariaDescribedBy: 'topic-tip-mosul' } },
    });
  });

  it('finds names in a paragraph’s whole text, as the corpus index does, and links one only where a text node holds it whole', () => {
    // "Old City" across two text nodes is a mention the index counts, but no link can be made of half a node.
    expect(link('The *Old* City, then Mosul and the Old City.')).toEqual(['Mosul→/topics/mosul/', 'Old City→/topics/old-city/']);
  });

  it('takes the mentions it is given for each paragraph: the corpus index’s record, not a second search', () => {
    const root = tree('Mosul fell.\n\nMosul rose.');
    const asked: Array<[number, string]> = [];
    const fromRecord = (index: number, text: string) => {
      asked.push([index, text]);
      return index === 1 ? [{ slug: 'mosul', text: 'Mosul', start: 0, end: 5 }] : [];
    };
    applyReplacements(
      root,
      planParagraphLinks(root, fromRecord as never, { mode: 'every', target: (slug) => ({ href: `/t/${slug}/`, preview: '' }) }),
    );
    expect(asked).toEqual([
      [0, 'Mosul fell.'],
      [1, 'Mosul rose.'],
    ]);
    const paragraphs = root.children as unknown as Array<{ children: Array<{ type: string }> }>;
    expect(paragraphs.map((p) => p.children.map((c) => c.type))).toEqual([['text'], ['link', 'text']]);
  });

  it('leaves a topic with link: false unlinked', () => {
    expect(link('Mosul and ISIS', 'every', (slug) => (slug === 'mosul' ? undefined : { href: `/t/${slug}/`, preview: '' }))).toEqual([
      'ISIS→/t/islamic-state/',
    ]);
  });

  it('links at most two new topics in a paragraph, the rarer first, and links the others where they next appear', () => {
    const chapters: Record<string, number> = { mosul: 5, 'islamic-state': 4, 'old-city': 2, baghdadi: 1 };
    const root = tree('Mosul, ISIS, the Old City and al-Baghdadi.\n\nThen Mosul and ISIS again.');
    const target: LinkOptions['target'] = (slug) => ({ href: `/t/${slug}/`, preview: '' });
    applyReplacements(
      root,
      planMentionLinks(root, matcher, { mode: 'first-in-chapter', target, perParagraph: 2, chapterCount: (slug) => chapters[slug] ?? 0 }),
    );
    const links = linksOf(root).map((l) => (l.children[0] as { value: string }).value);
    // The first paragraph keeps the two rarest, in the text's order; the second picks up the next rarest, then the city.
    expect(links).toEqual(['Old City', 'al-Baghdadi', 'Mosul', 'ISIS']);
    // A topic the chapter names again waits for that paragraph, so one named only here is not lost.
    const later = tree('The Old City, Mosul and ISIS.\n\nThe Old City again.');
    applyReplacements(
      later,
      planMentionLinks(later, matcher, { mode: 'first-in-chapter', target, perParagraph: 2, chapterCount: (slug) => chapters[slug] ?? 0 }),
    );
    expect(linksOf(later).map((l) => (l.children[0] as { value: string }).value)).toEqual(['Mosul', 'ISIS', 'Old City']);
    const unlimited = tree('Mosul, ISIS, the Old City and al-Baghdadi.');
    applyReplacements(unlimited, planMentionLinks(unlimited, matcher, { mode: 'first-in-chapter', target, perParagraph: 0 }));
    expect(linksOf(unlimited)).toHaveLength(4);
  });
});

describe('ubiquitous topics', () => {
  it('are those nearly every chapter mentions, in a collection of four chapters or more', () => {
    const counts = new Map([
      ['mosul', 5],
      ['iraq', 4],
      ['baghdad', 3],
    ]);
    expect([...ubiquitousTopics(counts, 5)]).toEqual(['mosul', 'iraq']);
    expect([...ubiquitousTopics(counts, 6)]).toEqual(['mosul']);
    // Three chapters are too few to tell what every reader knows.
    expect([...ubiquitousTopics(new Map([['mosul', 3]]), 3)]).toEqual([]);
  });

  it('are counted by chapter, however often one chapter names them', () => {
    const counts = chapterCounts(
      [
        { slug: 'a', paragraphs: ['Mosul, Mosul.', 'ISIS.'] },
        { slug: 'b', paragraphs: ['Mosul.'] },
      ],
      matcher,
    );
    expect(Object.fromEntries(counts)).toEqual({ mosul: 2, 'islamic-state': 1 });
  });
});

describe('corpus index', () => {
  const chapters = [
    {
      slug: 'one',
      body: 'Mosul fell to ISIS. It was quick.\n\n<Question>\n  What of the Old City?\n</Question>\n\nThe Old City of Mosul burned. ISIS left.',
    },
    { slug: 'two', body: 'Al-Baghdadi spoke in Mosul.' },
  ];
  const index = buildCorpusIndex(chapters, matcher);

  it('numbers paragraphs as the chapter page does, questions included', () => {
    expect(paragraphTexts(chapters[0]!.body)).toEqual([
      'Mosul fell to ISIS. It was quick.',
      'What of the Old City?',
      'The Old City of Mosul burned. ISIS left.',
    ]);
  });

  it('records every mention with its paragraph anchor and sentence', () => {
    expect(index.mentions.get('old-city')!.map((m) => [m.chapter, m.anchor, m.before, m.text, m.after])).toEqual([
      ['one', 'p-2', 'What of the ', 'Old City', '?'],
      ['one', 'p-3', 'The ', 'Old City of Mosul', ' burned.'],
    ]);
    expect(index.mentions.get('mosul')!.map((m) => `${m.chapter}#${m.anchor}`)).toEqual(['one#p-1', 'two#p-1']);
  });

  it('counts mentions per chapter, most first, and ranks topics that share paragraphs', () => {
    expect(index.byChapter.get('one')).toEqual([
      { topic: 'islamic-state', count: 2 },
      { topic: 'old-city', count: 2 },
      { topic: 'mosul', count: 1 },
    ]);
    expect(index.appearsWith.get('mosul')).toEqual([
      { slug: 'baghdadi', shared: 1 },
      { slug: 'islamic-state', shared: 1 },
    ]);
  });
});

describe('the bundled registry', () => {
  const { topics: registry, errors } = loadRegistry(join(ROOT, 'content/topics'));

  it('has at least 45 valid topics, each with a summary', () => {
    expect(errors).toEqual([]);
    expect(registry.length).toBeGreaterThanOrEqual(45);
    for (const topic of registry) expect(topic.summary.length).toBeGreaterThan(20);
  });

  it('covers the floor of people, places, organisations, events and ideas', () => {
    const names = new Set(registry.flatMap((t) => [t.title, ...t.aliases]));
    for (const name of [
      'Abu Bakr al-Baghdadi',
      'Al-Baghdadi',
      'Ibrahim Abu Bakr Al-Baghdadi',
      'Haider al-Abadi',
      'Abadi',
      'Nuri al-Maliki',
      'Maliki',
      'Donald Trump',
      'Stephen Townsend',
      'James Browning',
      'Jay Morse',
      'Noah Bonsey',
      'Jared Kushner',
      'Bashar al-Assad',
      'Bashar Al Assad',
      'Stephen Kalin',
      'Dustin A. Lewis',
      'Jonathan Reith',
      'Jafar Jawad Qadem',
      'Jasem Ahmed',
      'Bashar Abu Ali',
      'Mosul',
      'Old City of Mosul',
      'West Mosul',
      'East Mosul',
      'Tigris',
      'Dawasa',
      'Aqeedat',
      'New Mosul',
      'Raqqa',
      'Fallujah',
      'Ramadi',
      'Baghdad',
      'Syria',
      'Iraq',
      'Kuwait',
      'Islamic State',
      'ISIS',
      'IS',
      'Islamic State group',
      'Iraqi Security Forces',
      'ISF',
      'Counter-Terrorism Service',
      'CTS',
      'Iraqi Federal Police',
      'federal police',
      'Popular Mobilisation Units',
      "Shi'ite paramilitaries",
      'Kurdish Peshmerga',
      'US-led coalition',
      'Amaq',
      'International Crisis Group',
      'United Nations',
      'Reuters',
      'Great Mosque of al-Nuri',
      'Mosque of al-Nuri',
      'Great Mosque of Mosul',
      'car bombs',
      'VBIEDs',
      'human shields',
      'civilian casualties',
      'kill box',
      'caliphate',
      'suicide bombing',
    ]) {
      expect(
        [...names].some((n) => n.toLowerCase() === name.toLowerCase()),
        name,
      ).toBe(true);
    }
  });
});

describe('preview text', () => {
  it('gives the role, or the kind when the summary already starts with the role', async () => {
    const { previewText } = await import('../../src/site/site-topics.ts');
    expect(previewText({ kind: 'person', role: 'Reuters correspondent', summary: "Covered the offensive's front line." })).toBe(
      'Reuters correspondent: Covered the offensive’s front line.',
    );
    expect(
      previewText({ kind: 'person', role: 'Leader of Islamic State', summary: 'Leader of Islamic State. He proclaimed a caliphate.' }),
    ).toBe('Person: Leader of Islamic State. He proclaimed a caliphate.');
    expect(previewText({ kind: 'place', summary: 'A city.' })).toBe('Place: A city.');
  });
});
