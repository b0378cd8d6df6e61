/**
 * The matcher measured against mentions labelled by hand in the bundled
 * chapters (tests/fixtures/labelled/mentions.yaml): of the mentions it finds,
 * how many a reader would call mentions (precision), and of the topics each
 * chapter names, how many it finds first where the chapter first names them
 * (recall of first mentions, which is where the links go).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readChapterTexts } from '../../src/topics/chapters.ts';
import { TopicMatcher } from '../../src/topics/matcher.ts';
import { loadRegistry } from '../../src/topics/registry.ts';
import { ROOT } from '../helpers/build.ts';

type Labels = Record<string, Record<string, string[]>>;

const labels = parse(readFileSync(join(ROOT, 'tests/fixtures/labelled/mentions.yaml'), 'utf8')) as Labels;
const { topics } = loadRegistry(join(ROOT, 'content/topics'));
const texts = readChapterTexts(join(ROOT, 'content/articles'));
const matcher = new TopicMatcher(topics, { notMentions: texts.publications });

function measure() {
  const wrong: string[] = [];
  const missed: string[] = [];
  let found = 0;
  let firsts = 0;
  for (const chapter of texts.chapters) {
    const truth = labels[chapter.slug] ?? {};
    const firstLabelled = new Map<string, string>();
    const firstFound = new Map<string, string>();
    chapter.paragraphs.forEach((text, index) => {
      const anchor = `p-${index + 1}`;
      const named = new Set(truth[anchor] ?? []);
      for (const slug of named) if (!firstLabelled.has(slug)) firstLabelled.set(slug, anchor);
      for (const mention of matcher.find(text)) {
        found++;
        if (!named.has(mention.slug)) wrong.push(`${chapter.slug}#${anchor}: "${mention.text}" is not ${mention.slug}`);
        if (!firstFound.has(mention.slug)) firstFound.set(mention.slug, anchor);
      }
    });
    for (const [slug, anchor] of firstLabelled) {
      firsts++;
      if (firstFound.get(slug) !== anchor)
        missed.push(`${chapter.slug}#${anchor}: ${slug} (found first at ${firstFound.get(slug) ?? 'no paragraph'})`);
    }
  }
  return { found, wrong, firsts, missed };
}

describe('mentions in the bundled chapters, against the hand-labelled set', () => {
  const result = measure();

  it('labels every chapter, with topics the registry has', () => {
    expect(Object.keys(labels).sort()).toEqual(texts.chapters.map((c) => c.slug).sort());
    const slugs = new Set(topics.map((t) => t.slug));
    for (const paragraphs of Object.values(labels))
      for (const named of Object.values(paragraphs)) for (const slug of named) expect(slugs, slug).toContain(slug);
  });

  it('finds mentions with at least 98% precision', () => {
    expect(result.found).toBeGreaterThan(250);
    const precision = 1 - result.wrong.length / result.found;
    expect(precision, result.wrong.join('\n')).toBeGreaterThanOrEqual(0.98);
  });

  it('finds at least 97% of first mentions where the chapter first names the topic', () => {
    expect(result.firsts).toBeGreaterThan(100);
    const recall = 1 - result.missed.length / result.firsts;
    expect(recall, result.missed.join('\n')).toBeGreaterThanOrEqual(0.97);
  });
});
