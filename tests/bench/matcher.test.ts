/**
 * Matching cost is independent of the number of topics: time per text with
 * 5,000 topics stays close to the time with 50 (an automaton, one pass per
 * text). A loop over topics would be about 100 times slower at 5,000.
 */
import { describe, expect, it } from 'vitest';
import { paragraphTexts } from '../../src/text/paragraphs.ts';
import { TopicMatcher, type Named } from '../../src/topics/matcher.ts';
import { bundledCorpus } from '../helpers/corpus.ts';

/** Made-up names that look like names, deterministic. */
function syntheticTopics(count: number): Named[] {
  const syllables = ['ka', 'lo', 'mi', 'ra', 'sen', 'tor', 'vel', 'dun', 'bra', 'qui', 'zan', 'fe', 'gor', 'hal', 'pe', 'sti'];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  return Array.from({ length: count }, (_, i) => {
    const word = () => Array.from({ length: 2 + (next() % 3) }, () => syllables[next() % syllables.length]).join('');
    const title = `${word()} ${word()}`.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
    return { slug: `t${i}`, title, aliases: [word()] };
  });
}

const texts = bundledCorpus().flatMap((item) =>
  item.status === 'ok' ? paragraphTexts(item.text.replace(/^---\n[\s\S]*?\n---\n/, '')) : [],
);
const real: Named[] = [
  { slug: 'mosul', title: 'Mosul', aliases: [] },
  { slug: 'isis', title: 'Islamic State', aliases: ['ISIS', 'IS'] },
];

function microsecondsPerText(matcher: TopicMatcher): number {
  const rounds: number[] = [];
  for (let round = 0; round < 7; round++) {
    const start = performance.now();
    for (const text of texts) matcher.find(text);
    rounds.push(((performance.now() - start) * 1000) / texts.length);
  }
  return rounds.sort((a, b) => a - b)[3]!; // the median
}

describe('matcher cost as topics grow', () => {
  it('is flat from 50 to 5,000 topics', () => {
    const sizes = [50, 500, 5000];
    const matchers = sizes.map((n) => new TopicMatcher([...real, ...syntheticTopics(n)]));
    for (const matcher of matchers) microsecondsPerText(matcher); // warm up
    const times = matchers.map(microsecondsPerText);
    console.log(
      `matcher: µs per paragraph at ${sizes.join(' / ')} topics: ${times.map((t) => t.toFixed(1)).join(' / ')} (${texts.length} paragraphs)`,
    );
    expect(times[2]!).toBeLessThan(times[0]! * 3);
    // And it still finds the real topics among the 5,000.
    expect(matchers[2]!.find('ISIS left Mosul.').map((m) => m.slug)).toEqual(['isis', 'mosul']);
  });
});
