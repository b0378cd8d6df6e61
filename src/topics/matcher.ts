/**
 * Finds topic mentions in text in one pass, whatever the number of topics: an
 * Aho–Corasick automaton (modern-ahocorasick) over every title and alias,
 * built once per build.
 *
 * Rules: whole words only; the longest match wins ("Old City of Mosul" over
 * "Mosul"); a possessive links the name ("Mosul's" → "Mosul"); acronyms of
 * four letters or fewer match case-sensitively ("IS" never matches "is"),
 * every other name case-insensitively; curly and straight apostrophes are one.
 *
 * False friends are not mentions: half of a hyphenated compound
 * ("Turkey-Syria border", "Mosul-based"; "al-Baghdadi" still names Baghdadi),
 * a name inside a longer name that is not a topic (the `notMentions` list: the
 * chapters' publications, so "Musings on Iraq" is not Iraq), and, unless the
 * topic says `link: always`, a name that is everyday English: a lone
 * adjective ("Syrian", "sectarian") or a phrase of everyday words written in
 * lower case ("escape route", "coalition"). Such a name written with capitals
 * ("Old City", "Rice") matches only as written.
 */
import { createHash } from 'node:crypto';
import AhoCorasick from 'modern-ahocorasick';
import { everydayRank, isAdjective, isOrdinaryWord, knownAs } from './lexicon.ts';

export interface Named {
  slug: string;
  title: string;
  aliases: readonly string[];
  /** `always`: every name links, everyday words too. */
  link?: boolean | 'always';
}

export interface MatcherOptions {
  /** Names that are not mentions of anything, though they contain a topic's name: publications, for one. */
  notMentions?: readonly string[];
}

/** How a name is matched: folded (case-insensitive), exact (as written), or not at all. */
export type NameUse = 'fold' | 'exact' | 'skip';

/** Everyday words: the first 3,000 of spoken English, as discovery's recurring terms need one word beyond them. */
const EVERYDAY_RANK = 3000;

/** "escape route", "Coalition", "Rice": every word one everybody uses daily. */
export function isEverydayPhrase(name: string): boolean {
  const words = name.split(/[\s-]+/).filter(Boolean);
  return (
    words.length > 0 &&
    words.every(
      (word) =>
        !knownAs(word) &&
        isOrdinaryWord(word) &&
        Math.min(everydayRank(word), everydayRank(word.replace(/(?<=[^s])s$/i, ''))) <= EVERYDAY_RANK,
    )
  );
}

export function nameUse(name: string, link: Named['link'] = true): NameUse {
  if (isShortAcronym(name)) return 'exact';
  if (link === 'always') return 'fold';
  const words = name.split(/\s+/);
  if (words.length === 1 && !name.includes('-') && isAdjective(name)) return 'skip';
  if (!isEverydayPhrase(name)) return 'fold';
  return name === name.toLowerCase() ? 'skip' : 'exact';
}

/** "al-" and its assimilated forms: "al-Baghdadi" names Baghdadi, where "Turkey-Syria" does not name Syria. */
const ARTICLE_BEFORE_HYPHEN = /(?:^|[^\p{L}])(?:al|el|ad|an|ar|as|ash|at|az|ath|ud|ul)$/iu;
// Not the en dash: many sources set it, unspaced, as a dash between clauses ("the battle for Mosul–a victory").
const HYPHENS = new Set(['-', '\u2010', '\u2011']);

export interface Mention {
  slug: string;
  start: number;
  end: number;
  /** The text as it stands in the source. */
  text: string;
}

interface Pattern {
  /** '' for a name that is not a mention (a publication): it only takes its span from shorter names. */
  slug: string;
  name: string;
  caseSensitive: boolean;
}

/** "IS", "ISF", "CTS", "U.N." — short all-capitals names. */
export function isShortAcronym(name: string): boolean {
  const letters = name.replace(/[.\s]/g, '');
  return letters.length <= 4 && /^[\p{Lu}\p{N}]+$/u.test(letters) && /\p{Lu}/u.test(letters);
}

/** Case and apostrophe folding that keeps every UTF-16 offset where it was. */
export function fold(text: string): string {
  let out = '';
  for (const char of text) {
    const lower = char === '’' || char === '‘' ? "'" : char.toLowerCase();
    out += lower.length === char.length ? lower : char;
  }
  return out;
}

const WORD = /[\p{L}\p{N}]/u;

export class TopicMatcher {
  #automaton: AhoCorasick<Pattern> | undefined;
  readonly size: number;
  /** Every name it looks for, as it looks for it: two matchers with the same fingerprint find the same mentions. */
  readonly fingerprint: string;

  constructor(topics: readonly Named[], options: MatcherOptions = {}) {
    const seen = new Set<string>();
    const patterns: Array<{ pattern: string; data: Pattern }> = [];
    const add = (slug: string, name: string, use: NameUse) => {
      const trimmed = name.trim();
      const key = `${slug}\u0000${fold(trimmed)}`;
      if (!trimmed || use === 'skip' || seen.has(key)) return;
      seen.add(key);
      patterns.push({ pattern: fold(trimmed), data: { slug, name: trimmed, caseSensitive: use === 'exact' } });
    };
    for (const topic of topics) {
      for (const name of [topic.title, ...topic.aliases]) add(topic.slug, name, nameUse(name.trim(), topic.link));
    }
    this.size = patterns.length;
    this.#automaton = patterns.length ? new AhoCorasick(patterns) : undefined;
    // Only the names that hide a topic's name matter ("Musings on Iraq", not "Reuters"), matched as written.
    const hiding = (options.notMentions ?? []).filter((name) => this.find(name).length > 0);
    if (hiding.length) {
      for (const name of hiding) add('', name, 'exact');
      this.#automaton = new AhoCorasick(patterns);
    }
    this.fingerprint = createHash('sha256')
      .update(JSON.stringify(patterns.map(({ pattern, data }) => [pattern, data.slug, data.name, data.caseSensitive])))
      .digest('hex');
  }

  /** Non-overlapping mentions in `text`, left to right, longest first where they compete. */
  find(text: string): Mention[] {
    if (!this.#automaton) return [];
    const candidates = this.#automaton.search(fold(text)).filter((match) => {
      const pattern = match.data!;
      if (WORD.test(text[match.start - 1] ?? '') || WORD.test(text[match.end] ?? '')) return false;
      return !pattern.caseSensitive || text.slice(match.start, match.end) === pattern.name;
    });
    // Longest first at each start, so a publication's name hides the place inside it.
    candidates.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
    const mentions: Mention[] = [];
    let taken = 0;
    for (const match of candidates) {
      if (match.start < taken) continue;
      if (inCompound(text, match.start, match.end)) continue;
      taken = match.end;
      if (match.data!.slug)
        mentions.push({ slug: match.data!.slug, start: match.start, end: match.end, text: text.slice(match.start, match.end) });
    }
    return mentions;
  }
}

/** Half of a hyphenated compound: "Syria" in "Turkey-Syria", "Mosul" in "Mosul-based"; not "Baghdadi" in "al-Baghdadi". */
function inCompound(text: string, start: number, end: number): boolean {
  const before =
    HYPHENS.has(text[start - 1] ?? '') &&
    WORD.test(text[start - 2] ?? '') &&
    !ARTICLE_BEFORE_HYPHEN.test(text.slice(Math.max(0, start - 6), start - 1));
  const after = HYPHENS.has(text[end] ?? '') && WORD.test(text[end + 1] ?? '');
  return before || after;
}
