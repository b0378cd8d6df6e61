/** The chapters' paragraphs as discovery reads them, from `content/articles/*.mdx`, and a fingerprint of them. */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { paragraphTexts } from '../corpus/index.ts';
import { asSaved, splitFrontmatter } from '../text/frontmatter.ts';
import type { CorpusChapter } from './discover.ts';

export interface ChapterTexts {
  chapters: CorpusChapter[];
  /** Changes when any chapter's text does: the key discovery's cache is kept under. */
  fingerprint: string;
}

const chapterBody = (text: string) => {
  const saved = asSaved(text);
  return splitFrontmatter(saved)?.body ?? saved;
};

export function readChapterTexts(articlesDir: string): ChapterTexts {
  const hash = createHash('sha256');
  const names = (existsSync(articlesDir) ? readdirSync(articlesDir) : []).filter((name) => name.endsWith('.mdx')).sort();
  const chapters = names.map((name) => {
    const text = readFileSync(join(articlesDir, name), 'utf8');
    hash.update(`${name}\0${text}\0`);
    return { slug: name.replace(/\.mdx$/, ''), paragraphs: paragraphTexts(chapterBody(text)) };
  });
  return { chapters, fingerprint: hash.digest('hex') };
}
