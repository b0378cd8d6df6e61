/**
 * Measures the corpus index: every chapter read into a record (paragraphs,
 * mentions, dates, quotations), then counts and co-occurrence, at 500, 1,000
 * and 2,000 chapters (the bundled chapters copied), and says whether its cost
 * grows linearly, as one pass per chapter should.
 * Run: npm run bench:index [-- 500 1000 2000]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusIndexOf, indexChapter } from '../../src/corpus/index.ts';
import { asSaved, splitFrontmatter } from '../../src/text/frontmatter.ts';
import { TopicMatcher } from '../../src/topics/matcher.ts';
import { loadRegistry } from '../../src/topics/registry.ts';
import { ROOT } from '../helpers/build.ts';

const articles = join(ROOT, 'content/articles');
const seeds = readdirSync(articles)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => {
    const front = splitFrontmatter(asSaved(readFileSync(join(articles, name), 'utf8')))!;
    return { body: front.body, date: /^date: "?([\d-]+)"?$/m.exec(front.yaml)?.[1] };
  });
const matcher = new TopicMatcher(loadRegistry(join(ROOT, 'content/topics')).topics);

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const runs: Array<{ chapters: number; seconds: number }> = [];
for (const chapters of sizes.length ? sizes : [500, 1000, 2000]) {
  const start = performance.now();
  const records = Array.from({ length: chapters }, (_, i) =>
    indexChapter({ slug: `chapter-${i + 1}`, ...seeds[i % seeds.length]! }, matcher, { dates: true, quotations: true }),
  );
  const index = corpusIndexOf(records);
  const seconds = (performance.now() - start) / 1000;
  runs.push({ chapters, seconds });
  const dates = records.reduce((n, r) => n + r.dates.length, 0);
  const quotations = records.reduce((n, r) => n + r.quotations.length, 0);
  console.log(
    `${String(chapters).padStart(5)} chapters: ${seconds.toFixed(2)} s (${index.mentions.size} topics mentioned, ${dates} dates, ${quotations} quotations)`,
  );
}
for (let i = 1; i < runs.length; i++) {
  const [a, b] = [runs[i - 1]!, runs[i]!];
  const linear = b.chapters / a.chapters;
  const ratio = b.seconds / a.seconds;
  // A quarter over linear is noise on a shared machine; more says the cost grows faster.
  console.log(
    `${a.chapters} → ${b.chapters}: time ×${ratio.toFixed(2)} (linear: ×${linear.toFixed(2)}): ${ratio <= linear * 1.25 ? 'linear' : 'FASTER THAN LINEAR'}`,
  );
}
