/**
 * One source file → one article record: decode, clean, segment, and gather
 * metadata. Pure: bytes and the editor's manifest entry in, a record out.
 */
import { decodeHTML } from 'entities';
import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import type { ArticleFrontmatter, InferableField, ManifestEntry } from '../schema.ts';
import { decode } from '../text/decode.ts';
import { collectLinks, htmlToBlocks, mapText, plainText, splitInline, textWithInlineMarkup, type Block, type Inline } from './inline.ts';
import { appendAll, maxOf } from '../text/arrays.ts';
import { dateFromFileName, dateFromUrl, siteOfUrl } from '../text/urls.ts';
import { foldPunctuation, placeNotes } from '../text/paragraphs.ts';
import { markdownToBlocks } from './markdown-source.ts';
import { extractPage, isFullDocument } from './page.ts';
import { readMarkdownFrontmatter, readReaderHeader } from './rules/markdown-frontmatter.ts';
import { normalizeLineEnds, normalizeUnicode, removeInvisibleCharacters, repairDoubleEncoding } from './normalize.ts';
import { extractRuledBlocks } from './rules/boilerplate.ts';
import { applyLineRules } from './rules/index.ts';
import { type Figure, recognizeHeadBlock } from './rules/headline.ts';
import { pageBottomBelowArticle, pageTopAboveHeadline, siteFooter, siteHeader } from './rules/page-frame.ts';
import { joinSplitMetadata } from './rules/metadata-lines.ts';
import { interviewRoles, type Role } from './rules/interview.ts';
import { hasLostApostrophes, restoreLostApostrophes, restoreSpaceAfterQuotation, tidyLostPunctuationSpaces } from './rules/punctuation.ts';
import { removeInjectedSpam } from './rules/injected-spam.ts';
import { removal, type Removal } from './rules/removal.ts';
import { SourceLimitError } from './limits.ts';
import { isTruncatedParagraph } from './rules/truncation.ts';
import { groupSentences, splitSentences } from '../text/sentences.ts';
import { nonEnglishLanguage } from '../text/language.ts';
import { isEnglishTag } from '../text/language-tag.ts';

export const SOURCE_EXTENSIONS = ['.txt', '.html', '.htm', '.md'] as const;

export interface Paragraph {
  inline: Inline[];
  role: Role;
  truncated: boolean;
}

/** Everything about an article except its place among the others (order, slug). */
export type ArticleFields = Omit<ArticleFrontmatter, 'order' | 'generatedHash'>;

export interface ArticleRecord {
  fields: ArticleFields;
  /** Order from the manifest, if the editor gave one. */
  order?: number;
  slug?: string;
  body: Paragraph[];
  warnings: string[];
}

export type IngestResult =
  | { status: 'ok'; article: ArticleRecord }
  | { status: 'skipped'; reason: string }
  | { status: 'failed'; error: string };

const WORDS_PER_MINUTE = 230;
// A block longer than this with several sentences was a whole article on one line.
const ONE_LINE_ARTICLE_WORDS = 180;

export function countWords(value: string): number {
  return value.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * Lines of a plain-text source. Hard-wrapped text (paragraphs separated by
 * blank lines, each broken into lines of similar width) is joined again;
 * otherwise every line is a paragraph.
 */
function textLines(source: string): string[] {
  const groups = source.split(/\n[ \t]*\n/).filter((group) => group.trim());
  const lines = source.split('\n').filter((line) => line.trim());
  const longest = maxOf(lines.map((line) => line.length));
  const innerLines = groups.flatMap((group) => group.trim().split('\n').slice(0, -1));
  const wrapped =
    groups.length > 1 &&
    innerLines.length > 0 &&
    longest <= 100 &&
    innerLines.filter((line) => line.length >= longest * 0.6).length >= innerLines.length * 0.8;
  return wrapped ? groups.map((group) => group.replace(/\s*\n\s*/g, ' ')) : lines;
}

function toBlocks(source: string, extension: string): { blocks: Block[]; dropped: string[]; captions?: ReadonlySet<Block> } {
  if (extension === '.html' || extension === '.htm') return htmlToBlocks(source);
  if (extension === '.md') return markdownToBlocks(source);
  const blocks: Block[] = [];
  for (const line of joinSplitMetadata(textLines(source))) {
    const block = textWithInlineMarkup(line);
    if (plainText(block).trim()) blocks.push(block);
  }
  return { blocks, dropped: [] };
}

/** Split a block that holds a whole article into paragraphs of a few sentences. */
function splitLongBlock(block: Block): Block[] {
  const plain = plainText(block);
  if (countWords(plain) < ONE_LINE_ARTICLE_WORDS) return [block];
  const sentences = splitSentences(plain);
  if (sentences.length < 4) return [block];
  const paragraphs = groupSentences(plain, sentences);
  return splitInline(
    block,
    paragraphs.slice(1).map((paragraph) => paragraph.start),
  );
}

/** One removal per kind of dropped element: 150,000 images are one line, "image (150000 times)". */
function summariseDropped(dropped: readonly string[]): Removal[] {
  const counts = new Map<string, number>();
  for (const what of dropped) counts.set(what, (counts.get(what) ?? 0) + 1);
  return [...counts].map(([what, count]) => removal(count > 1 ? `${what} (${count} times)` : what, 'HTML or Markdown element not kept'));
}

function shortenToTitle(sentence: string): string {
  const words = sentence
    .replace(/[.!?…]+$/, '')
    .split(/\s+/)
    .filter(Boolean);
  return words.length <= 12 ? words.join(' ') : `${words.slice(0, 10).join(' ')}…`;
}

/** The last resort for a title: the file's name, "2017-kill-box.txt" → "2017 kill box". */
function titleFromFileName(fileName: string): string {
  return (
    fileName
      .replace(/\.[^.]*$/, '')
      .replace(/[-_.\s]+/g, ' ')
      .trim() || fileName
  );
}

const foldTitle = (title: string) => foldPunctuation(title).trim().toLowerCase();

const hasWords = (text: string | undefined): text is string => !!text && /[\p{L}\p{N}]/u.test(text);
// (Not an initial: "A. J. Cronin".)
const INTERVIEW_LABEL = {
  question: /^\s*(?:Q|Question)\s*[:.–—-]\s+(?!\p{Lu}\.)/u,
  answer: /^\s*(?:A|Answer)\s*[:.–—-]\s+(?!\p{Lu}\.)/u,
} as const;

/**
 * The source prints this title as a line of its own (in HTML, an element's whole text on its line): the editor who
 * gives it in sources.yaml is correcting a headline ingest misread, not supplying one.
 */
function isPrintedLine(title: string, source: string, bodyStart: string): boolean {
  const fold = (text: string) => foldTitle(text).replace(/\s+/g, ' ');
  const wanted = fold(title);
  // Above the article's first words only: a subhead in the body is no headline ("What happens next").
  const start = bodyStart ? source.indexOf(bodyStart) : -1;
  return source
    .slice(0, start > 0 ? start : HEAD_CHARACTERS)
    .split(/\n|<\/?(?:h[1-6]|p|div|header|section|article|li|td|th|title|br)\b[^>]*>/i)
    .some((line) => fold(decodeHTML(line.replace(/<[^>]*>/g, ' '))) === wanted);
}
// Where the article's first words cannot be found in the source as collected (mended since), its head is this long.
const HEAD_CHARACTERS = 2000;

/** A copied page's menu and masthead above the article, and its lists, comments and footer below it (rules/page-frame.ts). */
function withoutPageFrame(blocks: Block[], removed: Removal[]): Block[] {
  const lines = blocks.map((block) => plainText(block));
  // The menu with a headline under it; or, where a whole page was copied, all above the headline over its prose.
  const menu = siteHeader(lines);
  const top = pageTopAboveHeadline(lines);
  const header = top.lines > menu.lines ? top : menu;
  const rest = lines.slice(header.lines);
  const lists = siteFooter(rest);
  const bottom = pageBottomBelowArticle(rest);
  const footer = bottom.lines > lists.lines ? bottom : lists;
  if (header.lines + footer.lines >= blocks.length) return blocks;
  appendAll(removed, header.removed);
  appendAll(removed, footer.removed);
  return blocks.slice(header.lines, blocks.length - footer.lines);
}

export function ingestSource(fileName: string, bytes: Uint8Array, entry: ManifestEntry = { notes: [] }): IngestResult {
  const decoded = decode(bytes);
  if (!decoded.ok) return { status: 'failed', error: decoded.error };
  const warnings = [...decoded.warnings];
  const repairs: Record<string, number> = {};
  const addRepairs = (more: Record<string, number>) => {
    for (const [rule, n] of Object.entries(more)) if (n) repairs[rule] = (repairs[rule] ?? 0) + n;
  };

  let source = normalizeLineEnds(decoded.text).text;
  // Before the controls are removed: in text encoded twice, they are what is left of a quotation mark.
  const twice = repairDoubleEncoding(source);
  source = normalizeUnicode(twice.text).text;
  addRepairs({ 'repaired text encoded twice': twice.count });
  const invisible = removeInvisibleCharacters(source);
  source = invisible.text;
  addRepairs({ 'removed invisible character': invisible.count });
  if (!source.trim()) return { status: 'skipped', reason: 'is empty or only white space' };
  const asCollected = source;

  const extension = extname(fileName).toLowerCase();
  const removed: Removal[] = [];
  // A saved web page: the article and the page's metadata, found by the extractor.
  const page = (extension === '.html' || extension === '.htm') && isFullDocument(source) ? extractPage(source) : undefined;
  if (page?.dropped.words)
    removed.push(
      removal(
        `${page.dropped.excerpt} … (${page.dropped.words} words)`,
        'the page around the article: navigation, banners, related links, comments (found by the article extractor)',
      ),
    );
  if (page?.wholeBody)
    warnings.push(
      'the article extractor found no article in this page, so its whole text was kept: check the chapter for navigation and other page text',
    );
  if (page) source = page.articleHtml;
  // A reader service's Markdown (saved as .md or .txt) is read as Markdown, under its header's metadata.
  const readerHeader = extension === '.md' || extension === '.txt' ? readReaderHeader(source) : undefined;
  // How the text is read: a saved page or fragment as HTML, a .md (or a reader service's text) as Markdown, the rest as text.
  const format = readerHeader ? '.md' : extension;
  const frontmatter = readerHeader ?? (format === '.md' ? readMarkdownFrontmatter(source) : undefined);
  if (frontmatter) {
    source = frontmatter.text;
    appendAll(removed, frontmatter.removed);
  }
  const ruled = format === '.md' || page ? { text: source, readMore: [], removed: [] } : extractRuledBlocks(source);
  appendAll(removed, ruled.removed);
  const related = ruled.readMore.flatMap((inner) =>
    htmlToBlocks(inner).blocks.flatMap((block) =>
      collectLinks(block).map((link) => ({ title: plainText(link.children as Inline[]).trim(), url: link.url })),
    ),
  );

  const { blocks: allBlocks, dropped, captions } = toBlocks(ruled.text, format);
  appendAll(removed, summariseDropped(dropped));
  // A menu and topic lists come with text copied from a page, and with a page turned into Markdown.
  const rawBlocks = format === '.txt' || format === '.md' ? withoutPageFrame(allBlocks, removed) : allBlocks;

  // The declared line rules (src/ingest/rules/index.ts): each line that is not prose leaves the
  // body, recorded; what it says about the article is kept as metadata.
  const lined = applyLineRules(
    rawBlocks,
    (block) => plainText(block),
    (block, keep) => {
      const line = plainText(block);
      const [dropped, ...kept] = splitInline(block, [line.length - line.trimStart().length + line.trim().length - keep.length]);
      return { dropped: plainText(dropped ?? []), ...(kept.length && { kept: kept.flat() }) };
    },
    (text, reason) => removed.push(removal(text, reason)),
    { plainText: format === '.txt', ...(captions && { captions }) },
  );
  const blocks = lined.blocks;
  const lineMetadata = lined.metadata;
  // The author a byline, the page or the frontmatter gives (the head block's bare name over a date comes after these).
  const printedAuthor = page?.metadata.author ?? frontmatter?.author ?? lineMetadata.author;

  const head = recognizeHeadBlock(
    blocks.map((block) => plainText(block)),
    {
      publication: entry.publication ?? page?.metadata.publication ?? lineMetadata.publication,
      title: entry.title ?? page?.metadata.title ?? frontmatter?.title ?? lineMetadata.title,
      dek: entry.dek ?? frontmatter?.dek,
      bylineAfter: lined.bylineAfter,
      dateAfter: lined.dateAfter,
      authorKnown: Boolean(entry.author ?? printedAuthor),
      pageHeadline: page?.metadata.title,
      pageSummaries: page?.metadata.summaries,
    },
  );
  appendAll(removed, head.removed);
  let bodyBlocks = blocks.slice(head.consumed);

  // Lost apostrophes are judged on the whole body, then repaired leaf by leaf.
  const bodyText = bodyBlocks.map((block) => plainText(block)).join('\n');
  if (hasLostApostrophes(bodyText)) {
    bodyBlocks = bodyBlocks.map((block) =>
      mapText(block, (value) => {
        const restored = restoreLostApostrophes(value);
        const tidied = tidyLostPunctuationSpaces(restored.text);
        addRepairs(restored.repairs);
        addRepairs(tidied.repairs);
        return tidied.text;
      }),
    );
  }

  bodyBlocks = bodyBlocks.map((block) =>
    mapText(block, (value) => {
      const spam = removeInjectedSpam(value);
      for (const run of spam.removed) removed.push(removal(run, 'SEO spam injected into a sentence'));
      const spaced = restoreSpaceAfterQuotation(spam.text);
      addRepairs(spaced.repairs);
      return spaced.text;
    }),
  );
  const pieces = bodyBlocks.map(splitLongBlock);
  const paragraphBlocks = pieces.flat();
  // How many body paragraphs stand up to and including each kept block of the body: a caption under it goes after them.
  let paragraphsSoFar = 0;
  const paragraphsThrough = new Map(blocks.slice(head.consumed).map((block, i) => [block, (paragraphsSoFar += pieces[i]!.length)]));
  const texts = paragraphBlocks.map((block) => plainText(block));
  const roles = interviewRoles(texts, entry.interview);
  // "Q: How did you hear…?" / "A: The same way…": the page marks the question, so the letters go, counted as a repair.
  // Only an interview whose questions carry the "Q:" has its answers' "A:" taken off ("A. J. Cronin" is a name).
  const labelledQuestions = texts.some((text, i) => roles[i] === 'question' && INTERVIEW_LABEL.question.test(text));
  const labelled = paragraphBlocks.map((inline, i) => {
    const label = roles[i] === 'text' || !labelledQuestions ? undefined : INTERVIEW_LABEL[roles[i]!].exec(texts[i]!)?.[0];
    if (!label) return inline;
    addRepairs({ 'took the interview’s Q: and A: off (the page marks the questions)': 1 });
    texts[i] = texts[i]!.slice(label.length);
    return splitInline(inline, [label.length])[1] ?? [];
  });
  const body: Paragraph[] = labelled.map((inline, i) => ({ inline, role: roles[i]!, truncated: isTruncatedParagraph(texts[i]!) }));
  if (body.length === 0) return { status: 'skipped', reason: 'has no body text left after removing boilerplate' };

  const truncatedAt = body.flatMap((paragraph, i) => (paragraph.truncated ? [i + 1] : []));
  if (truncatedAt.length) warnings.push(`text stops mid-sentence in paragraph ${truncatedAt.join(', ')}: marked as truncated`);
  for (const { note, paragraph } of placeNotes(texts, entry.notes)) {
    if (paragraph < 0) warnings.push(`editor's note at "${note.at}": that text is not in the article, so the note would not be shown`);
  }

  const firstSentence = texts[0]!.slice(0, splitSentences(texts[0]!)[0]?.end ?? texts[0]!.length);
  // The page's own metadata first (for a saved page), then what the text's head and footer say,
  // then what the article's address says (its date in the path, its site in the host).
  const url = page?.metadata.url ?? readerHeader?.url ?? lineMetadata.url;
  // The original the text names (a repost's or an archive's notice) says more than the copy the editor saved it from.
  const addresses = [url, entry.url];
  const found: Partial<Record<InferableField, string>> = {
    title:
      [page?.metadata.title, frontmatter?.title, head.title, lineMetadata.title, shortenToTitle(firstSentence)].find(hasWords) ??
      titleFromFileName(fileName),
    dek: frontmatter?.dek ?? head.dek,
    publication: page?.metadata.publication ?? lineMetadata.publication ?? head.publication ?? addresses.map(siteOfUrl).find(Boolean),
    section: head.section ?? lineMetadata.section,
    author: printedAuthor ?? head.author,
    date:
      page?.metadata.date ??
      frontmatter?.date ??
      lineMetadata.date ??
      addresses.map(dateFromUrl).find(Boolean) ??
      dateFromFileName(fileName),
    url,
    language: languageOfText(texts.join('\n'), page?.metadata.language),
  };
  // The headline the source itself printed, if any; a title that is not it was supplied.
  const printedHeadline = [page?.metadata.title, frontmatter?.title, head.title, lineMetadata.title].find(hasWords);
  // The editor may say so (a title they wrote); otherwise a guessed title, or one that differs from the printed headline, is supplied.
  const titleSupplied =
    entry.titleSupplied ??
    (entry.title === undefined
      ? !printedHeadline
      : printedHeadline !== undefined &&
        foldTitle(entry.title) !== foldTitle(printedHeadline) &&
        !isPrintedLine(entry.title, asCollected, texts[0]!.slice(0, 40)));
  const inferred = (Object.keys(found) as InferableField[]).filter((field) => found[field] !== undefined && entry[field] === undefined);
  const pick = (field: InferableField) => entry[field] ?? found[field];
  const wordCount = texts.reduce((sum, value) => sum + countWords(value), 0);

  const fields: ArticleFields = {
    title: pick('title')!,
    ...(pick('dek') && { dek: pick('dek') }),
    ...(pick('publication') && { publication: pick('publication') }),
    ...(pick('section') && { section: pick('section') }),
    ...(pick('author') && { author: pick('author') }),
    ...(pick('date') && { date: pick('date') }),
    ...(pick('url') && { url: pick('url') }),
    ...(pick('language') && { language: pick('language') }),
    ...(entry.chapterLabel && { chapterLabel: entry.chapterLabel }),
    ...((lineMetadata.dateline ?? head.dateline) && { dateline: lineMetadata.dateline ?? head.dateline }),
    notes: entry.notes,
    inferred,
    figures: [...head.figures, ...lined.figures.map(({ figure, under }) => placedFigure(figure, under && paragraphsThrough.get(under)))],
    related,
    removed,
    repairs: Object.entries(repairs).map(([rule, count]) => ({ rule, count })),
    truncated: truncatedAt.length > 0,
    truncatedMidText: truncatedAt.some((at) => at < body.length),
    titleSupplied,
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
    source: { file: fileName, sha256: sha256(bytes), encoding: decoded.encoding },
  };
  return { status: 'ok', article: { fields, order: entry.order, slug: entry.slug, body, warnings } };
}

/**
 * The article's language when it is not English: what the text reads as, and the page's own declaration when it
 * agrees that the text is not English (franc tells Portuguese from Spanish poorly in a table of names).
 */
function languageOfText(text: string, declared: string | undefined): string | undefined {
  const detected = nonEnglishLanguage(text);
  if (!detected) return undefined;
  return declared && !isEnglishTag(declared) ? declared : detected;
}

/** A caption with its place in the text, when it has one (a caption under the head block stands above the text). */
function placedFigure(figure: Figure, after: number | undefined): Figure {
  return after ? { ...figure, after } : figure;
}

/** Any error while ingesting one source becomes that source's outcome, with a message a person can act on. */
export function ingestIsolated(name: string, bytes: Uint8Array, entry: ManifestEntry | undefined): IngestResult {
  try {
    return ingestSource(name, bytes, entry);
  } catch (error) {
    if (error instanceof SourceLimitError) return { status: 'failed', error: error.message };
    if (error instanceof RangeError)
      return { status: 'failed', error: `is nested too deeply or too large to read (${error.message}); save the article's text as .txt` };
    return {
      status: 'failed',
      error: `could not be ingested: ${(error as Error).message}. This is a bug in Dossier; the other files were ingested`,
    };
  }
}
