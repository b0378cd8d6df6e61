/**
 * Measures `npm run ingest` on a synthetic corpus: the bundled sources copied
 * N times (1,000 by default) under new names, each with one changed sentence
 * so every copy is its own text. Reports the first run (every chapter
 * created) and a second run on the unchanged folder.
 * Run: npm run bench:ingest [-- sources]
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runIngest } from '../../src/ingest/run.ts';
import { ROOT } from '../helpers/build.ts';
import { tempDir } from '../helpers/temp.ts';

const count = Number(process.argv[2] ?? 1000);
const work = tempDir('bench-ingest');
try {
  const sources = join(work, 'sources');
  mkdirSync(sources);
  const seeds = readdirSync(join(ROOT, 'content/sources')).filter((name) => name.endsWith('.txt'));
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const seed = seeds[i % seeds.length]!;
    const text = `${readFileSync(join(ROOT, 'content/sources', seed), 'utf8')}\nCopy number ${i + 1} of the article, for the benchmark.\n`;
    bytes += Buffer.byteLength(text);
    writeFileSync(join(sources, `${i + 1}-${seed}`), text);
  }
  writeFileSync(join(sources, 'sources.yaml'), 'sources: {}\n');
  const out = join(work, 'articles');
  for (const label of ['first run', 'second run (nothing changed)']) {
    const start = performance.now();
    const result = await runIngest({ sources, out, cacheDir: join(work, 'cache') });
    const seconds = (performance.now() - start) / 1000;
    const failed = result.outcomes.filter((o) => o.status !== 'written').length;
    console.log(
      `${label}: ${seconds.toFixed(2)} s for ${count} sources, ${(bytes / 1024 / 1024).toFixed(1)} MB (${(bytes / 1024 / 1024 / seconds).toFixed(2)} MB/s)${failed ? `; ${failed} not written` : ''}`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
