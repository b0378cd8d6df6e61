/**
 * Topic discovery: proposes candidates from the whole corpus for an editor to
 * accept or reject. Pure: paragraph texts in, ranked candidates out, in three
 * steps that can each be tested alone:
 *
 *   extract.ts  what the chapters name, with the evidence of each sentence
 *   merge.ts    one entity, one group: a union-find over the forms' keys
 *   rank.ts     which groups are topics, their names, kinds, roles and order
 *
 * Every step is linear in the corpus (or n log n where it sorts), so a corpus
 * of thousands of articles is discovered in seconds.
 */
import slugify from '@sindresorhus/slugify';
import { isEnglishTag } from '../text/language-tag.ts';
import { extractEvidence, splitTitles, type CorpusChapter } from './extract.ts';
import { mergeForms } from './merge.ts';
import { rankGroups, type Candidate, type RankOptions } from './rank.ts';

export type { CorpusChapter } from './extract.ts';
export type { Candidate } from './rank.ts';

export interface DiscoverOptions extends RankOptions {
  /** The editor's alias list: names that mean one thing ("Islamic State", "Daesh"), the first being the name to use. */
  sameAs?: readonly (readonly string[])[];
}

/**
 * The chapters discovery reads: those in English. Its word lists, part-of-speech tags and name rules are English;
 * in German every noun is capitalised, and a Russian sentence's first word looked like a name ("Можно").
 */
export const readsAsEnglish = (chapter: CorpusChapter): boolean => !chapter.language || isEnglishTag(chapter.language);

export function discoverCandidates(chapters: readonly CorpusChapter[], options: DiscoverOptions = {}): Candidate[] {
  const english = chapters.filter(readsAsEnglish);
  const extraction = extractEvidence(english);
  const groups = mergeForms(extraction, options.sameAs);
  return rankGroups(english, groups, extraction, options);
}

/** "Abu Ali’s," → "Abu Ali"; "Colonel James Browning" → name and role. */
export function normalizeName(raw: string): { name: string; role?: string } {
  const words = raw
    .replace(/^[\s"“”‘’'([]+|[\s"“”‘’'),.;:!?\]–—-]+$/g, '')
    .replace(/['’]s$/u, '')
    .split(/\s+/)
    .filter(Boolean);
  const { role, name } = splitTitles(words);
  const cleaned = name
    .join(' ')
    .replace(/^(the|The)\s+/, '')
    .replace(/^\S+-based\s+/u, '') // the "Brussels-based" of an organisation
    .replace(/(?<=\p{Lu}\S*)\s+(neighbou?rhood|district|province|area)$/u, ''); // the "neighborhood" of a place name
  return { name: cleaned, ...(role && { role }) };
}

export function candidateSlug(name: string): string {
  return slugify(name, { decamelize: false }) || 'topic';
}
