/**
 * Each chapter read once into a record, whoever asks first: the render
 * plugins (which choose the chapter's links from it) or the pages (the corpus
 * index, the topic pages, every view). Astro loads the plugins and the pages
 * as two module graphs in one process, so the records are kept on a
 * process-wide key, by the chapter file and its content hash; `astro dev`
 * reads again only a chapter that changed. A build keeps them for the next
 * one (record-cache.ts). No `astro:content` here: the plugins load before the
 * collections exist.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { siteTopics } from './site-topics.ts';
import { buildCode, buildOptions, viewOn } from './options.ts';
import { keepRecord, keptRecordPath, readKeptRecord } from './record-cache.ts';
import { indexChapter, type ChapterRecord } from '../corpus/index.ts';
import { asSaved, parseFrontmatterYaml, splitFrontmatter } from '../text/frontmatter.ts';
import type { Mention, TopicMatcher } from '../topics/matcher.ts';

const STORE = Symbol.for('dossier.chapterRecords');

export function recordStore(): Map<string, ChapterRecord> {
  const global = globalThis as Record<symbol, Map<string, ChapterRecord> | undefined>;
  return (global[STORE] ??= new Map());
}

/**
 * The record of one chapter file. `slug` is the chapter's id (its file name,
 * as ingest writes it); the body and date are read from the file itself, so
 * both module graphs key and read it the same way.
 */
export function chapterRecord(file: string, slug = basename(file).replace(/\.mdx$/, '')): ChapterRecord {
  const raw = asSaved(readFileSync(file, 'utf8'));
  const contentHash = createHash('sha256').update(raw).digest('hex');
  const key = `${slug}\0${contentHash}`;
  const known = recordStore().get(key);
  if (known) return known;
  const { matcher } = siteTopics();
  const read = { dates: viewOn('timeline'), quotations: viewOn('voices') };
  const kept = keptRecordPath(buildOptions().cacheDir, {
    code: buildCode(),
    slug,
    contentHash,
    matcherFingerprint: matcher.fingerprint,
    ...read,
  });
  let record = kept ? readKeptRecord(kept) : undefined;
  if (!record) {
    const front = splitFrontmatter(raw);
    const yaml = front ? parseFrontmatterYaml(front.yaml) : undefined;
    const date = yaml?.ok ? (yaml.data as { date?: unknown } | null)?.date : undefined;
    record = indexChapter(
      { slug, body: front ? front.body : raw, date: date === undefined || date === null ? undefined : String(date) },
      matcher,
      read,
    );
    if (kept) keepRecord(kept, record);
  }
  recordStore().set(key, record);
  return record;
}

/**
 * For a render plugin: the mentions in each paragraph of this chapter, from
 * its record. Where the processor's tree gives a paragraph other text than the
 * record, the matcher finds them in the tree's text instead. Sätteri curls
 * quotation marks before its plugins run: one character for one, so the
 * record's positions still hold; a dash made of "--" would not.
 */
export function mentionsFromRecord(file: string, matcher: TopicMatcher): (index: number, text: string) => readonly Mention[] {
  const record = chapterRecord(file);
  return (index, text) => {
    const paragraph = record.paragraphs[index];
    return paragraph && sameOffsets(paragraph.text, text) ? paragraph.found : matcher.find(text);
  };
}

/** The same text but for curled quotation marks, so every position in one is the same in the other. */
function sameOffsets(recorded: string, rendered: string): boolean {
  if (recorded === rendered) return true;
  const straight = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
  return recorded.length === rendered.length && straight(recorded) === straight(rendered);
}

/**
 * For the paragraph-anchor plugins: the anchor of each paragraph, from the
 * chapter's record. The page's `<p>` elements and the record's paragraphs
 * come from the same parse in the same order; if their numbers ever differ,
 * the build says so, since links to paragraphs would then be wrong.
 */
export function recordedAnchors(file: string, paragraphsOnPage: number): string[] {
  const anchors = chapterRecord(file).paragraphs.map((paragraph) => paragraph.anchor);
  if (anchors.length !== paragraphsOnPage)
    console.warn(
      `[dossier] warning: ${file}: the page has ${paragraphsOnPage} paragraphs, the corpus index ${anchors.length}; links to its paragraphs may be wrong`,
    );
  return anchors;
}
