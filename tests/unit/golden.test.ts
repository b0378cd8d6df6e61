/**
 * Golden files: the MDX each seed becomes, in tests/fixtures/golden/. When a
 * change to ingest is intended, regenerate them with
 *   UPDATE_GOLDEN=1 npm test -- tests/unit/golden.test.ts
 * and read the diff before committing it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/build.ts';
import { bundledCorpus } from '../helpers/corpus.ts';

const GOLDEN_DIR = join(ROOT, 'tests/fixtures/golden');
const update = process.env.UPDATE_GOLDEN === '1';

describe('golden MDX for every seed', () => {
  const corpus = bundledCorpus();

  it('ingests all five seeds', () => {
    expect(corpus.map((item) => item.status)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
  });

  for (const item of corpus) {
    it(`${item.file} matches its golden file`, () => {
      if (item.status !== 'ok') throw new Error(`${item.file} was not ingested`);
      const path = join(GOLDEN_DIR, item.file.replace(/\.\w+$/, '.mdx'));
      if (update || !existsSync(path)) {
        mkdirSync(GOLDEN_DIR, { recursive: true });
        writeFileSync(path, item.text);
        if (!update) throw new Error(`${path} did not exist: written now; review it and run again`);
      }
      expect(item.text).toBe(readFileSync(path, 'utf8'));
    });
  }
});
