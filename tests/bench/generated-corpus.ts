/**
 * A generated news corpus for benchmarks: N articles of ordinary length
 * (about 600 words) about a war that never happened, whose names vary as real
 * names do: people with titles, surnames alone and an "al-" that comes and
 * goes; places spelt two ways by two news agencies; organisations written out,
 * as acronyms, and as "X-led"; recurring terms; and new names as the corpus
 * grows (a few entities everywhere, most in a handful of articles, as in
 * news). Deterministic: the same N gives the same text.
 */
import type { CorpusChapter } from '../../src/topics/discover.ts';

/** mulberry32: a small seeded generator, so every run measures the same text. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ONSETS = ['b', 'd', 'f', 'h', 'j', 'k', 'l', 'm', 'n', 'q', 'r', 's', 't', 'v', 'z', 'kh', 'sh', 'gh'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'aa', 'ou'];
const CODAS = ['', '', 'n', 'r', 'm', 'l', 'd', 'sh'];
const TITLES = ['Colonel', 'General', 'Major', 'Minister', 'Sheikh', 'Captain', 'Governor'];
const ORG_HEADS = ['Front', 'Brigade', 'Council', 'Movement', 'Guard', 'Union'];
const TERMS = [
  'mortar shells',
  'checkpoint raids',
  'supply convoys',
  'tunnel networks',
  'ceasefire talks',
  'aid corridors',
  'drone strikes',
  'sniper fire',
];
const FILLER = [
  'The fighting moved street by street, and residents said they had not slept for days.',
  'Officials declined to give figures, saying the situation was changing by the hour.',
  'Families gathered what they could carry and walked towards the edge of town.',
  'Aid workers described shortages of water, bread and medicine in the eastern districts.',
  'The road to the south remained closed, and prices in the market had doubled.',
  'Several buildings near the river were destroyed overnight, witnesses said.',
  'Commanders said the advance would resume once reinforcements arrived.',
  'Teachers reopened two schools in the north, though few children came.',
];

const capital = (word: string) => word[0]!.toUpperCase() + word.slice(1);

function wordFrom(next: () => number, syllables: number): string {
  let word = '';
  for (let i = 0; i < syllables; i++)
    word +=
      ONSETS[Math.floor(next() * ONSETS.length)]! +
      VOWELS[Math.floor(next() * VOWELS.length)]! +
      (i === syllables - 1 ? CODAS[Math.floor(next() * CODAS.length)]! : '');
  return word;
}

/** Another agency's transliteration: q for k, ou for u, a doubled vowel made single. */
function otherSpelling(name: string): string {
  return name
    .replace(/k(?!h)/g, 'q')
    .replace(/ou/g, 'u')
    .replace(/aa/g, 'a');
}

interface Entities {
  people: Array<{ first: string; last: string; title: string }>;
  places: string[];
  orgs: Array<{ name: string; acronym: string }>;
}

/** About one new person, place and organisation for every few articles, so names grow with the corpus. */
function entities(articles: number, next: () => number): Entities {
  const count = Math.max(20, Math.round(articles / 4));
  const people = Array.from({ length: count }, () => ({
    first: capital(wordFrom(next, 2)),
    last: capital(wordFrom(next, 2 + Math.floor(next() * 2))),
    title: TITLES[Math.floor(next() * TITLES.length)]!,
  }));
  const places = Array.from({ length: count }, () => capital(wordFrom(next, 2 + Math.floor(next() * 2))));
  const orgs = Array.from({ length: Math.max(8, Math.round(count / 5)) }, () => {
    const words = [capital(wordFrom(next, 2)), capital(wordFrom(next, 2)), ORG_HEADS[Math.floor(next() * ORG_HEADS.length)]!];
    return {
      name: words.join(' '),
      acronym: words
        .map((w) => w[0])
        .join('')
        .toUpperCase(),
    };
  });
  return { people, places, orgs };
}

/** Zipf-like: index 0 often, the tail rarely. */
const zipf = (next: () => number, size: number) => Math.min(size - 1, Math.floor(size ** next() - 1));

function paragraph(e: Entities, next: () => number): string {
  const person = e.people[zipf(next, e.people.length)]!;
  const place = e.places[zipf(next, e.places.length)]!;
  const org = e.orgs[zipf(next, e.orgs.length)]!;
  const term = TERMS[Math.floor(next() * TERMS.length)]!;
  const spelt = next() < 0.3 ? otherSpelling(place) : place;
  const sentences = [
    `${person.title} ${person.first} al-${person.last} of the ${org.name} (${org.acronym}) said the ${term} near ${spelt} would continue.`,
    `“We will not leave ${place},” ${person.last} told reporters, adding that ${term} had killed at least ${2 + Math.floor(next() * 40)} people.`,
    `The ${org.acronym}-led forces reached the outskirts of ${spelt} on ${1 + Math.floor(next() * 28)} March, according to Al-${person.last}.`,
    FILLER[Math.floor(next() * FILLER.length)]!,
    FILLER[Math.floor(next() * FILLER.length)]!,
  ];
  return sentences.filter(() => next() < 0.8).join(' ') || sentences[3]!;
}

/** `articles` chapters of about 600 words each. */
export function generatedCorpus(articles: number, seed = 2017): CorpusChapter[] {
  const next = random(seed);
  const e = entities(articles, next);
  return Array.from({ length: articles }, (_, i) => ({
    slug: `article-${i + 1}`,
    paragraphs: Array.from({ length: 8 + Math.floor(next() * 4) }, () => paragraph(e, next)),
  }));
}
