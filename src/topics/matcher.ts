/**
 * Finds topic mentions in text in one pass, whatever the number of topics: an
 * Aho–Corasick automaton (modern-ahocorasick) over every title and alias,
 * built once per build.
 *
 * Rules: whole words only; the longest match wins ("Old City of Mosul" over
 * "Mosul"); a possessive links the name ("Mosul's" → "Mosul"); acronyms of
 * four letters or fewer match case-sensitively ("IS" never matches "is"),
 * every other name case-insensitively; curly and straight apostrophes are one.
 */
import AhoCorasick from 'modern-ahocorasick';

export interface Named {
  slug: string;
  title: string;
  aliases: readonly string[];
}

export interface Mention {
  slug: string;
  start: number;
  end: number;
  /** The text as it stands in the source. */
  text: string;
}

interface Pattern {
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
  readonly #automaton: AhoCorasick<Pattern> | undefined;
  readonly size: number;

  constructor(topics: readonly Named[]) {
    const seen = new Set<string>();
    const patterns: Array<{ pattern: string; data: Pattern }> = [];
    for (const topic of topics) {
      for (const name of [topic.title, ...topic.aliases]) {
        const trimmed = name.trim();
        const key = `${topic.slug}\u0000${fold(trimmed)}`;
        if (!trimmed || seen.has(key)) continue;
        seen.add(key);
        patterns.push({ pattern: fold(trimmed), data: { slug: topic.slug, name: trimmed, caseSensitive: isShortAcronym(trimmed) } });
      }
    }
    this.size = patterns.length;
    this.#automaton = patterns.length ? new AhoCorasick(patterns) : undefined;
  }

  /** Non-overlapping mentions in `text`, left to right, longest first where they compete. */
  find(text: string): Mention[] {
    if (!this.#automaton) return [];
    const candidates = this.#automaton.search(fold(text)).filter((match) => {
      const pattern = match.data!;
      if (WORD.test(text[match.start - 1] ?? '') || WORD.test(text[match.end] ?? '')) return false;
      return !pattern.caseSensitive || text.slice(match.start, match.end) === pattern.name;
    });
    candidates.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
    const mentions: Mention[] = [];
    let taken = 0;
    for (const match of candidates) {
      if (match.start < taken) continue;
      mentions.push({ slug: match.data!.slug, start: match.start, end: match.end, text: text.slice(match.start, match.end) });
      taken = match.end;
    }
    return mentions;
  }
}
