/** The chapters' paragraphs as discovery reads them, from `content/articles/*.mdx`, and a fingerprint of them. */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { paragraphTexts } from '../text/paragraphs.ts';
import { asSaved, parseFrontmatterYaml, splitFrontmatter } from '../text/frontmatter.ts';
import type { CorpusChapter } from './discover.ts';

export interface ChapterTexts {
  chapters: CorpusChapter[];
  /** The publications the chapters come from: names that are not mentions of what they contain ("Musings on Iraq"). */
  publications: string[];
  /** Changes when any chapter's text does: the key discovery's cache is kept under. */
  fingerprint: string;
}

/**
 * `paragraphs: false` skips parsing the Markdown: each chapter's body is one
 * text, enough to tell which topics a chapter mentions, at a fraction of the
 * cost.
 */
export function readChapterTexts(articlesDir: string, { paragraphs = true } = {}): ChapterTexts {
  const hash = createHash('sha256');
  const names = (existsSync(articlesDir) ? readdirSync(articlesDir) : []).filter((name) => name.endsWith('.mdx')).sort();
  const publications = new Set<string>();
  const chapters = names.map((name) => {
    const text = readFileSync(join(articlesDir, name), 'utf8');
    hash.update(`${name}\0${text}\0`);
    const front = splitFrontmatter(asSaved(text));
    const yaml = front ? parseFrontmatterYaml(front.yaml) : undefined;
    const data = yaml?.ok ? (yaml.data as { publication?: unknown; language?: unknown } | null) : undefined;
    if (typeof data?.publication === 'string' && data.publication.trim()) publications.add(data.publication.trim());
    const body = front?.body ?? asSaved(text);
    return {
      slug: name.replace(/\.mdx$/, ''),
      paragraphs: paragraphs ? paragraphTexts(body) : [body],
      ...(typeof data?.language === 'string' && { language: data.language }),
    };
  });
  return { chapters, publications: [...publications], fingerprint: hash.digest('hex') };
}
