/**
 * The language of an article that is not in English, as a BCP 47 tag ("pt",
 * "ru", "zlm"), for the chapter page's `lang` and for topic discovery, which
 * reads English. English text is told cheaply by its function words; only the
 * rest is given to franc (trigram statistics over 82 languages).
 */
import { franc } from 'franc-min';
import { iso6393 } from 'iso-639-3';

const ISO_639_1 = new Map(iso6393.flatMap((language) => (language.iso6391 ? [[language.iso6393, language.iso6391] as const] : [])));

// The commonest English words: a third or more of any English prose, a few per cent of other languages'. Not the
// stop-list topic discovery uses (stopwords-iso): it holds "do", "com", "que", "na", so a Portuguese paragraph
// scores 0.375 on it, against 0.63 for an English one.
const ENGLISH_FUNCTION_WORDS = new Set(
  'the of and to in is that for it was on with as he she by at from his her they be are this have has had were said not but an a or which who their its will would'.split(
    ' ',
  ),
);
const ENGLISH_SHARE = 0.15;
// franc reads this much: enough to be sure, little enough to cost about a millisecond.
const SAMPLE_CHARACTERS = 1500;
const MIN_CHARACTERS = 200;

/** The share of the words that are English function words. */
export function englishFunctionWordShare(text: string): number {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.length ? words.filter((word) => ENGLISH_FUNCTION_WORDS.has(word)).length / words.length : 0;
}

/** The text's language when it is surely not English; undefined for English, or when the text is too short to tell. */
export function nonEnglishLanguage(text: string): string | undefined {
  if (text.length < MIN_CHARACTERS || englishFunctionWordShare(text.slice(0, SAMPLE_CHARACTERS * 2)) >= ENGLISH_SHARE) return undefined;
  const code = franc(text.slice(0, SAMPLE_CHARACTERS), { minLength: MIN_CHARACTERS });
  if (code === 'und' || code === 'eng' || code === 'sco') return undefined;
  return ISO_639_1.get(code) ?? code;
}
