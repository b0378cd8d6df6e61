/**
 * Measures topic discovery on a generated corpus (tests/bench/generated-corpus.ts)
 * at 500, 1,000 and 2,000 articles, and says how its cost grows: n log n
 * predicts a little over twice the time for twice the articles.
 * Run: npm run bench:discover [-- 500 1000 2000]
 */
import { discoverCandidates } from '../../src/topics/discover.ts';
import { generatedCorpus } from './generated-corpus.ts';

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const runs: Array<{ articles: number; mb: number; seconds: number; candidates: number; rssMb: number }> = [];
for (const articles of sizes.length ? sizes : [500, 1000, 2000]) {
  const corpus = generatedCorpus(articles);
  const mb = corpus.reduce((sum, c) => sum + c.paragraphs.reduce((s, p) => s + Buffer.byteLength(p) + 2, 0), 0) / 1e6;
  const start = performance.now();
  const candidates = discoverCandidates(corpus, { minMentions: 2 });
  const seconds = (performance.now() - start) / 1000;
  runs.push({ articles, mb, seconds, candidates: candidates.length, rssMb: process.memoryUsage().rss / 1e6 });
  console.log(
    `${String(articles).padStart(5)} articles, ${mb.toFixed(1)} MB: ${seconds.toFixed(2)} s, ${candidates.length} candidates, ${Math.round(process.memoryUsage().rss / 1e6)} MB resident`,
  );
}
for (let i = 1; i < runs.length; i++) {
  const [a, b] = [runs[i - 1]!, runs[i]!];
  const nLogN = (b.articles * Math.log(b.articles)) / (a.articles * Math.log(a.articles));
  const ratio = b.seconds / a.seconds;
  // A quarter over n log n is noise on a shared machine; more says the cost grows faster.
  const verdict = ratio <= nLogN * 1.25 ? 'within n log n' : 'FASTER THAN n log n';
  console.log(`${a.articles} → ${b.articles}: time ×${ratio.toFixed(2)} (n log n: ×${nLogN.toFixed(2)}): ${verdict}`);
}
