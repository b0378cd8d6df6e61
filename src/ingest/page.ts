/**
 * A saved web page (File → Save Page As) is a whole document: navigation,
 * banners, related links and comments around one article. The article is
 * found by Mozilla's Readability over a server-side DOM (linkedom; no script
 * ever runs), and the page's own metadata is read in a documented order of
 * trust: JSON-LD (NewsArticle, Article…), then Open Graph and `article:`
 * meta, then `<meta name="author">` and other named meta, then `<time
 * datetime>`, `<link rel="canonical">`, and the `<title>` less its site-name
 * suffix; then a date or a "By …" line printed next to the headline.
 * Readability's own guesses come last. Pure: HTML in, article HTML and
 * metadata out.
 */
import { Readability } from '@mozilla/readability';
import { decodeHTML } from 'entities';
import { parseHTML } from 'linkedom';
import { dateInText, partialDateOf } from '../text/dates.ts';
import { languageTag } from '../text/language-tag.ts';
import { httpUrl } from '../text/urls.ts';
import { LIMITS, tooDeepHtml, treeDepth } from './limits.ts';
import { bylineNames, pageByline } from './rules/metadata-lines.ts';

export interface PageMetadata {
  title?: string;
  author?: string;
  /** `YYYY-MM-DD` (or less precise), as the page states it. */
  date?: string;
  publication?: string;
  url?: string;
  /** The page's summaries of itself (JSON-LD, Open Graph, meta description): a standfirst repeats one. */
  summaries?: string[];
  /** The language the page declares (`<html lang>`, `og:locale`), as a BCP 47 tag: "pt-BR". */
  language?: string;
}

export interface PageExtraction {
  /** The article's HTML, for the same safe HTML → mdast mapping as any HTML source. */
  articleHtml: string;
  metadata: PageMetadata;
  /** Words of the page that are not in the article, and the first of them, for `removed:`. */
  dropped: { words: number; excerpt: string };
  /** True when the extractor found no article and the whole body was kept. */
  wholeBody: boolean;
}

/** A whole saved page, not a fragment of article HTML. */
export function isFullDocument(html: string): boolean {
  return /<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]/i.test(html.slice(0, 4096));
}

const ARTICLE_TYPES =
  /^(NewsArticle|Article|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SocialMediaPosting)$/;
// Metadata strings are often entity-encoded once more than they should be ("Tips &amp; Tricks", "A &#8211; B").
const clean = (value: unknown): string | undefined =>
  (typeof value === 'string' && decodeHTML(decodeHTML(value)).replace(/\s+/g, ' ').trim()) || undefined;
const isUrl = (value: string) => /^(https?:)?\/\//i.test(value);

type JsonObject = Record<string, unknown>;

/** Every object in the page's JSON-LD blocks, `@graph`s and arrays flattened. */
function jsonLdObjects(document: Document): JsonObject[] {
  const found: JsonObject[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 8 || !value || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    found.push(value as JsonObject);
    visit((value as JsonObject)['@graph'], depth + 1);
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      // XHTML-minded templates wrap the block in CDATA ("<![CDATA[ {…} ]]>"), which a browser's script ignores.
      visit(JSON.parse((script.textContent ?? '').replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[|(?:\/\/\s*)?\]\]>\s*$/g, '')), 0);
    } catch {
      // A page's broken JSON-LD is its own problem; the other sources of metadata remain.
    }
  }
  return found;
}

const typesOf = (object: JsonObject) => [object['@type']].flat().filter((type): type is string => typeof type === 'string');

// Names that are a label, not a person: "By The Author", "Authors", "Admin".
const NOT_A_NAME = /^(the )?(author|authors|admin|administrator|editor|editors|staff|guest|user|unknown|anonymous)$/i;

/** Names in a JSON-LD value: a string, a Person or Organization, a list, or an `@id` pointing to one. */
function namesOf(value: unknown, byId: ReadonlyMap<string, JsonObject> = new Map(), depth = 0): string[] {
  if (depth > 4) return [];
  if (typeof value === 'string') return isUrl(value) ? [] : [clean(value) ?? ''].filter((name) => name && !NOT_A_NAME.test(name));
  if (Array.isArray(value)) return value.flatMap((item) => namesOf(item, byId, depth + 1));
  if (value && typeof value === 'object') {
    const object = value as JsonObject;
    const target = object.name === undefined && typeof object['@id'] === 'string' ? byId.get(object['@id']) : object;
    return target ? namesOf(target.name, byId, depth + 1) : [];
  }
  return [];
}

/** "A", "A and B", "A, B and C": names as a byline gives them, each once. */
export function joinNames(names: readonly string[]): string | undefined {
  const unique = [...new Set(names.map((name) => name.replace(/\s+/g, ' ').trim()).filter(Boolean))];
  if (unique.length <= 1) return unique[0];
  return `${unique.slice(0, -1).join(', ')} and ${unique.at(-1)}`;
}

/** The date a page prints near its headline, in an element named for it ("post-date", "published"). */
function visibleDate(document: Document): string | undefined {
  for (const element of document.querySelectorAll(
    '[class*="date" i], [class*="publish" i], [id*="date" i], [class*="time" i] time, .byline, .meta',
  )) {
    const text = clean(element.textContent);
    if (text && text.length <= 80) {
      const date = dateInText(text);
      if (date) return date;
    }
  }
  return undefined;
}

// " | ", " – ", " - ", " » ", and a colon, which blogs write without a space before it ("Lessons Learned: The lean startup").
const TITLE_SEPARATOR = /\s*:\s+|\s+[|–—·•»-]{1,2}\s+/;

/** "Headline | The Paper" → "Headline", when the suffix is the site's name or short like one. */
export function titleWithoutSiteName(title: string, siteName?: string): string {
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return title;
  const site = siteName?.toLowerCase().trim();
  const last = parts.at(-1)!.trim();
  const first = parts[0]!.trim();
  if (site && last.toLowerCase() === site)
    return title
      .slice(0, title.lastIndexOf(last))
      .replace(/\s+[|–—·•»:-]{1,2}\s*$/, '')
      .trim();
  if (site && first.toLowerCase() === site)
    return title
      .slice(title.indexOf(first) + first.length)
      .replace(/^\s*[|–—·•»:-]{1,2}\s+/, '')
      .trim();
  // No site name to compare with: a short last part after " | " is one ("Headline | BBC News").
  if (/\s\|\s/.test(title) && last.split(/\s+/).length <= 4) return title.slice(0, title.lastIndexOf('|')).trim();
  return title;
}

function meta(document: Document, ...keys: string[]): string | undefined {
  for (const key of keys) {
    for (const element of document.querySelectorAll(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`)) {
      const value = clean(element.getAttribute('content'));
      if (value) return value;
    }
  }
  return undefined;
}

// How far from the headline a reader still reads a line as its date or byline.
const LINES_BEFORE_HEADLINE = 3;
const LINES_AFTER_HEADLINE = 12;
const MAX_META_LINE = 100;

/** The short lines printed around the headline (its date, its byline), nearest first. */
function linesNearHeadline(pageLines: readonly string[], headline: string | undefined): string[] {
  const at = headline ? pageLines.findIndex((line) => fold(line) === fold(headline)) : -1;
  if (at < 0) return [];
  const after = withBylinesJoined(pageLines.slice(at + 1, at + 1 + LINES_AFTER_HEADLINE));
  const before = withBylinesJoined(pageLines.slice(Math.max(0, at - LINES_BEFORE_HEADLINE), at)).reverse();
  return [...after, ...before].filter((line) => line.length <= MAX_META_LINE);
}

/** "by" and the linked name after it are two lines of the page text (a link is a block there); a reader sees one byline. */
function withBylinesJoined(lines: readonly string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^(?:(?:written|posted) )?by:?$/i.test(line) && i + 1 < lines.length) joined.push(`${line} ${lines[++i]}`);
    else joined.push(line);
  }
  return joined;
}

/**
 * An `<h1>` that is one part of the `<title>`, when another part is at least as long (the headline), is the site's name
 * ("Lessons Learned: The lean startup" over a blog whose one <h1> is "Lessons Learned").
 */
function isSiteNameHeading(heading: string, titleElement: string | undefined): boolean {
  const parts = (titleElement ?? '').split(TITLE_SEPARATOR).map(fold);
  const name = fold(heading);
  const at = parts.indexOf(name);
  if (at < 0 || !parts.some((part) => part !== name && part.length >= name.length)) return false;
  // "Mozilla - Wikipedia", "On Recent Events - Bradley M. Kuhn": the headline first, the site after a dash or a bar;
  // a site's name comes first before a colon ("Lessons Learned: The lean startup") or last.
  return at > 0 || (TITLE_SEPARATOR.exec(titleElement ?? '')?.[0] ?? '').includes(':');
}

/**
 * The page's own title, when it is printed as a lesser heading too: then the `<h1>` above it is a section's or a
 * blog's name ("Allergies Health Center" over "Babies Who Eat Peanuts Early…", "Minecraft News" over a post).
 */
function metaTitlePrintedBelow(document: Document, metaTitle: string, siteName: string | undefined): string | undefined {
  const wanted = fold(titleWithoutSiteName(metaTitle, siteName));
  if (wanted.split(' ').length < 2) return undefined;
  for (const heading of document.querySelectorAll('h2, h3')) {
    const text = clean(heading.textContent);
    if (text && fold(text) === wanted) return text;
  }
  return undefined;
}

// A link to a site's front page: "/", "./", "index.html", "https://example.org/".
const HOME_LINK = /^(?:\.?\/|(?:\.\/)?index\.html?|https?:\/\/[^/?#]+\/?)$/i;

/** An `<h1>` whose whole text is a link to the front page is the site's masthead ("Hi, I'm Nicolas.", a logo), not a headline. */
function isMastheadHeading(heading: Element): boolean {
  const link = heading.closest('a[href]') ?? heading.querySelector('a[href]');
  return (
    !!link && HOME_LINK.test(link.getAttribute('href')?.trim() ?? '') && fold(link.textContent ?? '') === fold(heading.textContent ?? '')
  );
}

/** The page's metadata, most trusted source first; `pageLines` are its text lines, for what is printed by the headline. */
export function pageMetadata(document: Document, pageLines: readonly string[] = []): PageMetadata {
  const ld = jsonLdObjects(document);
  const byId = new Map(ld.flatMap((object) => (typeof object['@id'] === 'string' ? [[object['@id'], object] as const] : [])));
  const article = ld.find((object) => typesOf(object).some((type) => ARTICLE_TYPES.test(type)));
  // A WebPage (as Yoast writes it) often carries the dates when the Article does not.
  const webPage = ld.find((object) => typesOf(object).some((type) => /WebPage$/.test(type)));
  const website = ld.find((object) => typesOf(object).includes('WebSite'));

  const metaAuthor = meta(
    document,
    'article:author',
    'author',
    'byl',
    'parsely-author',
    'sailthru.author',
    'dc.creator',
    'DC.creator',
    'citation_author',
  );
  const visibleAuthor = clean(
    document.querySelector('[itemprop="author"] [itemprop="name"], [itemprop="author"], a[rel="author"], .author-name, .byline__name')
      ?.textContent,
  );
  const titleElement = clean(document.querySelector('title')?.textContent);
  // The headline a reader sees is the page's one <h1> (or the first in its article), when it is a headline
  // and not the site's name; the meta titles are often written for search engines.
  // A headline broken over two lines ("Ferry returns<br>to Varrow") reads with a space there.
  for (const br of document.querySelectorAll('h1 br')) br.replaceWith(document.createTextNode(' '));
  const headings = [...document.querySelectorAll('article h1, main h1')];
  const h1s = headings.length ? headings : [...document.querySelectorAll('h1')];
  const h1Element = h1s.length === 1 || headings.length ? h1s[0] : undefined;
  const h1 = clean(h1Element?.textContent);
  const headingIsSiteName = h1 !== undefined && isSiteNameHeading(h1, titleElement);
  const headingIsMasthead = h1Element !== undefined && isMastheadHeading(h1Element);
  // "Autoracing | F1 | Indy | MotoGP" is the site's name and its sections.
  const siteName = (
    namesOf(article?.publisher, byId)[0] ??
    // "http://www.tmz.com" is where the site is, not its name.
    [meta(document, 'og:site_name'), meta(document, 'application-name')].find((name) => name && !isUrl(name)) ??
    clean(website?.name) ??
    (headingIsSiteName ? h1 : undefined)
  )?.split(/\s+\|\s+/)[0];
  const metaTitle =
    clean(article?.headline) ??
    meta(document, 'og:title', 'twitter:title') ??
    (titleElement && titleWithoutSiteName(titleElement, siteName));
  // One word is a headline only when the <title> opens with it ("Mozilla - Wikipedia"); alone it may be "Menu".
  const titleOpensWithHeading = h1 !== undefined && fold(titleElement?.split(TITLE_SEPARATOR)[0]) === fold(h1);
  const visibleTitle =
    h1 &&
    (h1.split(/\s+/).length >= 2 || titleOpensWithHeading) &&
    h1.length <= 300 &&
    fold(h1) !== fold(siteName) &&
    !headingIsSiteName &&
    !headingIsMasthead
      ? h1
      : undefined;
  const title = (visibleTitle && metaTitle && metaTitlePrintedBelow(document, metaTitle, siteName)) ?? visibleTitle ?? metaTitle;
  const headline = title && titleWithoutSiteName(title, siteName);
  const nearHeadline = linesNearHeadline(pageLines, headline);
  const printedAuthor =
    joinNames(namesOf(article?.author, byId)) ??
    // A "By …" line under the headline is what the reader is told; a meta author is often an account name.
    nearHeadline.map(bylineNames).find(Boolean) ??
    [metaAuthor, visibleAuthor]
      .map((name) => name?.replace(/^by:?\s+/i, '').trim())
      .find((name) => name && !isUrl(name) && !NOT_A_NAME.test(name) && name.split(/\s+/).length <= 8);
  const author = printedAuthor && pageByline(printedAuthor);
  const date =
    partialDateOf(clean(article?.datePublished)) ??
    partialDateOf(clean(webPage?.datePublished)) ??
    partialDateOf(
      meta(
        document,
        'article:published_time',
        'og:published_time',
        'datePublished',
        'parsely-pub-date',
        'pubdate',
        'publishdate',
        'publish-date',
        'sailthru.date',
        'dc.date',
        'DC.date',
        'dc.date.issued',
        'citation_publication_date',
        'date',
      ),
    ) ??
    partialDateOf(
      document.querySelector('[itemprop="datePublished"]')?.getAttribute('content') ??
        document.querySelector('[itemprop="datePublished"]')?.getAttribute('datetime') ??
        undefined,
    ) ??
    // When the article was created, often in UTC: a stated publication time, in the publication's own zone, comes first.
    partialDateOf(clean(article?.dateCreated)) ??
    partialDateOf(document.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime') ?? undefined) ??
    visibleDate(document) ??
    nearHeadline.map(dateInText).find(Boolean) ??
    // Last: when the page was changed, which is when it says it was "updated".
    partialDateOf(clean(article?.dateModified) ?? clean(webPage?.dateModified) ?? meta(document, 'article:modified_time'));
  const summaries = [
    ...new Set(
      [clean(article?.description), ...['og:description', 'twitter:description', 'description'].map((key) => meta(document, key))].filter(
        (summary): summary is string => summary !== undefined,
      ),
    ),
  ];
  const canonical =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(document, 'og:url') ?? clean(article?.url);
  const language = languageTag(document.documentElement?.getAttribute('lang') || meta(document, 'og:locale'));
  return {
    ...(headline && { title: headline }),
    ...(language && { language }),
    ...(author && { author }),
    ...(date && { date }),
    ...(siteName && { publication: siteName }),
    ...(httpUrl(canonical) && { url: canonical!.trim() }),
    ...(summaries.length && { summaries }),
  };
}

const fold = (text: string | undefined) => (text ?? '').toLowerCase().replace(/\s+/g, ' ').trim();

const wordsOf = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];
const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'TD',
  'TH',
  'DT',
  'DD',
  'BLOCKQUOTE',
  'FIGCAPTION',
  'HEADER',
  'FOOTER',
  'NAV',
  'ASIDE',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'UL',
  'OL',
  'TABLE',
  'TR',
  'FORM',
  'BUTTON',
  'LABEL',
  'A',
  'PRE',
  'ADDRESS',
  'FIGURE',
  'BODY',
]);
const NO_TEXT_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS']);

/** The page's text as a reader sees it, one line per block (a link, a list item, a paragraph), without recursion. */
function textLinesOf(root: Element): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  const stack: Array<Node | 'end'> = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node === 'end') {
      flush();
      continue;
    }
    if (node.nodeType === 3) current += node.textContent ?? '';
    if (node.nodeType !== 1 || NO_TEXT_TAGS.has((node as Element).tagName)) continue;
    const block = BLOCK_TAGS.has((node as Element).tagName);
    if (block) {
      flush();
      stack.push('end');
    }
    const children = [...node.childNodes];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  flush();
  return lines;
}

/** The lines of the page that are not in the article (nor its headline): what the extractor dropped. */
function droppedLines(pageLines: readonly string[], articleLines: readonly string[], title: string | undefined): string[] {
  // Compared line by line through a set (the page and the article are cut into lines the same way):
  // searching the whole article text for every page line would cost their product on a long page.
  const key = (line: string) => wordsOf(line).join(' ').toLowerCase();
  const kept = new Set(articleLines.map(key));
  kept.add(key(title ?? ''));
  return pageLines.filter((line) => !kept.has(key(line)));
}

/** The first dropped lines, "Home · News · Log In · We use cookies…", short enough to read in a report. */
function excerptOf(lines: readonly string[], limit = 240): string {
  let excerpt = '';
  for (const line of lines) {
    const next = excerpt ? `${excerpt} · ${line}` : line;
    if (next.length > limit) return excerpt || `${line.slice(0, limit)}…`;
    excerpt = next;
  }
  return excerpt;
}

export function extractPage(html: string): PageExtraction {
  const { document } = parseHTML(html);
  // Readability's cost grows fast with nesting: refuse a page past the depth limit before it runs.
  if (
    document.body &&
    treeDepth({ children: [...document.body.childNodes] as unknown[] }, (node) => [...((node as Node).childNodes ?? [])] as unknown[]) >
      LIMITS.htmlDepth
  )
    throw tooDeepHtml();
  const pageLines = document.body ? textLinesOf(document.body as unknown as Element) : [];
  const metadata = pageMetadata(document, pageLines);
  // Readability changes the document it reads; metadata was taken first.
  const article = new Readability(document as unknown as Document, { keepClasses: false }).parse();
  const articleHtml = article?.content?.trim() ? article.content : undefined;
  const fallback = !articleHtml;
  const articleBody = articleHtml ? parseHTML(`<!doctype html><html><body>${articleHtml}</body></html>`).document.body : undefined;
  const dropped = droppedLines(
    pageLines,
    articleBody ? textLinesOf(articleBody as unknown as Element) : [],
    metadata.title ?? article?.title ?? undefined,
  );
  const byline = article?.byline && pageByline(article.byline);
  if (!metadata.author && byline && !isUrl(byline) && !NOT_A_NAME.test(byline) && byline.split(/\s+/).length <= 8) metadata.author = byline;
  if (!metadata.publication && article?.siteName) metadata.publication = article.siteName;
  if (!metadata.date) {
    const date = partialDateOf(article?.publishedTime ?? undefined);
    if (date) metadata.date = date;
  }
  if (!metadata.title && article?.title) metadata.title = article.title;
  return {
    articleHtml: articleHtml ?? parseHTML(html).document.body?.innerHTML ?? '',
    metadata,
    dropped: fallback
      ? { words: 0, excerpt: '' }
      : { words: dropped.reduce((sum, line) => sum + wordsOf(line).length, 0), excerpt: excerptOf(dropped) },
    wholeBody: fallback,
  };
}
