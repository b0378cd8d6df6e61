/**
 * SEO spam injected inside a sentence by a scraper or a hacked site: runs of
 * shop phrases ("cheap nfl jerseys wholesale jerseys from china Michael Kors
 * outlet online") that break the sentence they sit in. A run is two or more
 * such phrases back to back, so one phrase in a real sentence ("police seized
 * cheap Nike shoes") stays. The run leaves the text, and the caller records
 * it: never guessed at silently.
 */
const SELLING = `(?:cheap|cheapest|wholesale|discount(?:ed)?|replica|fake|authentic|outlet|clearance|sale|online|buy|shop|store|free shipping|for sale|from china|uk|usa)`;
const GOODS = `(?:jerseys?|shoes|sneakers|trainers|boots|handbags?|bags|purses?|sunglasses|watches|wallets?|uggs?|nike|adidas|jordans?|air max|yeezys?|michael kors|louis vuitton|coach|gucci|prada|ray[- ]?bans?|oakleys?|pandora(?: charms)?|canada goose|moncler|north face|nfl|nba|mlb|nhl|viagra|cialis|casino|payday loans?)`;
// One shop phrase, nothing but shop words: "cheap nfl jerseys", "Michael Kors outlet online".
const PHRASE = String.raw`(?:(?:${SELLING}\s+)+(?:${GOODS}\s+)*${GOODS}(?:\s+${SELLING})*|(?:${GOODS}\s+)*${GOODS}(?:\s+${SELLING})+)`;
// Two or more back to back, with no word or comma of a sentence between them: "stalls sold cheap shoes, cheap bags" stays.
const RUN = new RegExp(String.raw`(?<![\p{L}\p{N}])${PHRASE}(?:\s+${PHRASE})+(?![\p{L}\p{N}])`, 'giu');

// Every run names goods; a text that names none (nearly every paragraph) is not searched for runs.
const ANY_GOODS = new RegExp(String.raw`\b${GOODS}`, 'i');

export interface SpamCut {
  text: string;
  /** Each run taken out, as it stood. */
  removed: string[];
}

export function removeInjectedSpam(text: string): SpamCut {
  if (!ANY_GOODS.test(text)) return { text, removed: [] };
  const removed: string[] = [];
  const cleaned = text.replace(RUN, (run) => {
    removed.push(run.trim());
    return ' ';
  });
  return removed.length ? { text: cleaned.replace(/ {2,}/g, ' ').replace(/ +(?=[.,;:!?])/g, ''), removed } : { text, removed };
}
