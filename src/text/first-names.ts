/**
 * Whether a word is a first name by compromise's lists ("Jack", "Ana", "Trevor"; not "Storm", "Health"). The lists
 * are loaded the first time they are asked for (about 0.2 s), since only a page that prints its writer's name
 * without a label or a mark needs them: ingest's other rules never wait for them.
 */
import { createRequire } from 'node:module';

type Lexicon = Record<string, string | string[] | undefined>;
/** compromise's tags for a first name; topic discovery's lexicon (src/topics/lexicon.ts) reads them too. */
export const FIRST_NAME_TAG = /^(?:FirstName|MaleName|FemaleName)$/;
let lexicon: Lexicon | undefined;

export function isFirstName(word: string): boolean {
  lexicon ??= (createRequire(import.meta.url)('compromise') as { model(): { one: { lexicon: Lexicon } } }).model().one.lexicon;
  const key = word.toLowerCase();
  const tags = Object.hasOwn(lexicon, key) ? lexicon[key] : undefined;
  return [tags ?? []].flat().some((tag) => FIRST_NAME_TAG.test(tag));
}
