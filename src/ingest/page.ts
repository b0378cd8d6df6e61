/**
 * A saved web page (File → Save Page As) is a whole document: navigation,
 * banners, related links and comments around one article. The article is
 * found by Mozilla's Readability over a server-side DOM (linkedom; no script
 * ever runs), and the page's own metadata is read in a documented order of
 * trust: JSON-LD (NewsArticle, Article…), then Open Graph and `article:`
 * meta, then `<meta name="author">` and other named meta, then `<time
 * datetime>`, `<link rel="canonical">`, and the `<title>` less its site-name
 * suffix; then a date or a "By …" line printed next to the headline, and an
 * element marked as the author's or the byline. A body given as the author
 * where the page names a writer (the site itself, most often) comes after
 * every name. Readability's own guesses come last. Pure: HTML in, article
 * HTML and metadata out.
 */
import { Readability } from '@mozilla/readability';
import { decodeHTML } from 'entities';
import { parseHTML } from 'linkedom';
import { dateInText, numericDateInText, partialDateOf } from '../text/dates.ts';
import { isFirstName } from '../text/first-names.ts';
import { languageTag } from '../text/language-tag.ts';
import { httpUrl } from '../text/urls.ts';
import { LIMITS, tooDeepHtml, treeDepth } from './limits.ts';
import {
  bylineNames,
  isDateOrBylineLine,
  labelledWriterName,
  NOT_A_NAME,
  OTHER_CREDIT_VERB,
  pageByline,
  writerName,
} from './rules/metadata-lines.ts';

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
    // Short, as a date's element is: in a longer one ("Next review due: 11 Jan 2029 · 12 Jan 2026", a related post's
    // card) a date may be any date. (Reading only such an element's first lines found one more page's date on WCXB's
    // development pages and lost two on its test pages.)
    const text = clean(element.textContent);
    const date = text && text.length <= 80 ? dateInText(text) : undefined;
    if (date) return date;
  }
  return undefined;
}

/** The first `<time datetime>` that states a date, the article's first ("02-12-2025" does not say which is the month). */
function timeElementDate(document: Document): string | undefined {
  // React writes the attribute "dateTime", which the DOM here keeps in its case (and its selectors do not match).
  const times = [...document.querySelectorAll('time')];
  for (const time of [...times.filter((element) => element.closest('article')), ...times]) {
    const date = partialDateOf(time.getAttribute('datetime') ?? time.getAttribute('dateTime') ?? undefined);
    if (date) return date;
  }
  return undefined;
}

// "davidbau.com", "news.example.org": a site named by its address.
const SITE_ADDRESS = /^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}$/i;

// " | ", " – ", " - ", " » ", and a colon, which blogs write without a space before it ("Lessons Learned: The lean startup").
const TITLE_SEPARATOR = /\s*:\s+|\s+[|–—·•»-]{1,2}\s+/;

/** "Headline | The Paper" → "Headline", when the suffix is the site's name or short like one. */
export function titleWithoutSiteName(title: string, siteName?: string): string {
  const parts = title.split(TITLE_SEPARATOR);
  const site = siteName?.toLowerCase().trim();
  // "davidbau.com Vibe Coding": a site named by its address, before the headline with no separator.
  if (site && SITE_ADDRESS.test(site) && title.toLowerCase().startsWith(`${site} `)) return title.slice(site.length).trim();
  if (parts.length < 2) return title;
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
  // No site name to compare with: a short last part after " | " is one ("Headline | BBC News"), and a short first part
  // before the only bar is the site's or the section's ("Opinion | Headline of six words").
  if (/\s\|\s/.test(title) && last.split(/\s+/).length <= 4) return title.slice(0, title.lastIndexOf('|')).trim();
  const bars = title.split(/\s\|\s/);
  if (bars.length === 2 && bars[0]!.trim().split(/\s+/).length <= 3 && bars[1]!.trim().split(/\s+/).length > 4) return bars[1]!.trim();
  return title;
}

function meta(document: Document, ...keys: string[]): string | undefined {
  for (const key of keys) {
    // Names are written in any case ("DC.Date", "dc.date").
    for (const element of document.querySelectorAll(`meta[property="${key}" i], meta[name="${key}" i], meta[itemprop="${key}" i]`)) {
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

const VENUE_OR_EVENT =
  /\b(?:Church|Chapel|Cathedral|Show|Festival|Fair|Hall|Park|Centre|Center|Club|School|College|Street|Road|Avenue|Hotel|Theatre|Theater|Museum|Market|Gallery|House|Stadium|Arena|Award|Awards|Prize|Day|Week|Conference|Summit)$/;
// A name on a line of its own is short: "Jack Shepherd", "Ana Brel in Guides"; a longer line is a sentence or a kicker.
const MAX_NAME_LINE = 48;

/**
 * A name alone on its line under the headline, with the date just above it or just below it, or below its role ("Jack
 * Shepherd" / "Co-Founder & Marketing Director" / "Updated on 23 Oct 2025"), that opens with a first name: the byline
 * of a page that prints no "by" and marks no element as the author's.
 */
function nameBesideItsDate(pageLines: readonly string[], headline: string | undefined): string | undefined {
  const at = headline ? pageLines.findIndex((line) => fold(line) === fold(headline)) : -1;
  if (at < 0) return undefined;
  const lines = pageLines.slice(at + 1, at + 1 + LINES_AFTER_HEADLINE);
  const isDate = (line: string | undefined) => !!line && line.length <= MAX_META_LINE && isDateOrBylineLine(line);
  for (let i = 0; i < lines.length; i++) {
    const name = lines[i]!.length <= MAX_NAME_LINE ? writerName(lines[i]!) : undefined;
    // Nothing says it is a name but its first word: "Storm Damage Report" over a date is a heading, and "Grace Church"
    // or "Chelsea Flower Show" over one is where and what, not who.
    if (
      name &&
      isFirstName(name.split(/\s/)[0]!) &&
      !VENUE_OR_EVENT.test(name) &&
      (isDate(lines[i - 1]) || isDate(lines[i + 1]) || isDate(lines[i + 2]))
    )
      return name;
  }
  return undefined;
}

/** "by" and the linked name after it are two lines of the page text (a link is a block there); a reader sees one byline. */
function withBylinesJoined(lines: readonly string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^(?:(?:written|posted) )?by:?$/i.test(line) && i + 1 < lines.length) joined.push(`${line} ${lines[++i]}`);
    // "Medically reviewed" / "by Dana Reyes": another's credit, not the byline, read whole.
    else if (OTHER_CREDIT_VERB.test(line) && /^by\b/i.test(lines[i + 1] ?? '')) joined.push(`${line} ${lines[++i]}`);
    else joined.push(line);
  }
  return joined;
}

/**
 * An `<h1>` that is one part of the `<title>`, when another part is at least as long (the headline), is the site's name
 * ("Lessons Learned: The lean startup" over a blog whose one <h1> is "Lessons Learned").
 */
function isSiteNameHeading(heading: string, titleElement: string | undefined): boolean {
  // "davidbau.com": an address is a site's name, never a headline.
  if (SITE_ADDRESS.test(heading.trim())) return true;
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

/** Of several <h1>s ("The Blog", then the post's own), the one the page's meta titles name. */
function headingStatedAsTitle(headings: readonly Element[], statedTitles: readonly string[]): Element | undefined {
  for (const title of statedTitles) {
    const heading = headings.find((candidate) => fold(clean(candidate.textContent)) === fold(title));
    if (heading) return heading;
  }
  return undefined;
}

/**
 * A headline the template printed with its date or byline inside the <h1> ("Preparing a transition Posted on July 1,
 * 2024 by Ana", "Dec 18 2025 Preparing a transition"), or after its section's label ("Blog: …"): the stated title,
 * when the rest is only that.
 */
function withoutPrintedMetadata(heading: string | undefined, statedTitles: readonly string[]): string | undefined {
  // A heading the stated titles hold whole ("Yoga: Body, Breath, & Mind Series | Human Resources") is as stated.
  if (!heading || statedTitles.some((title) => fold(title).includes(fold(heading)))) return heading;
  for (const title of statedTitles) {
    const at = heading.toLowerCase().indexOf(title.toLowerCase());
    if (at < 0 || title.split(/\s+/).length < 2 || title.length === heading.length) continue;
    const rest = `${heading.slice(0, at)} ${heading.slice(at + title.length)}`.trim();
    // "Blog: Best Agencies of 2025": a section's label before the stated title.
    const isLabel = at > 0 && !heading.slice(at + title.length).trim() && /^\p{L}+(?:\s\p{L}+)?\s*:$/u.test(rest);
    if (isLabel || isDateOrBylineLine(rest)) return heading.slice(at, at + title.length);
  }
  return heading;
}

const MAX_HEADLINE_WORDS = 20;
const wordSet = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/**
 * An <h1> the meta title says better: a paragraph set large ("Learn which home renovations…? Get expert tips…", two
 * sentences and past twenty words), or the headline in capitals ("BEST DRIP COFFEE MAKER IN 2026") where the meta
 * title gives most of its words in their own case.
 */
function isNoHeadline(heading: string, metaTitle: string): boolean {
  const words = heading.split(/\s+/);
  if (words.length > MAX_HEADLINE_WORDS && /[.!?]\s+\p{Lu}/u.test(heading)) return true;
  if (words.length < 3 || /\p{Ll}/u.test(heading) || !/\p{Ll}/u.test(metaTitle)) return false;
  const stated = wordSet(metaTitle);
  const printed = [...wordSet(heading)];
  return printed.filter((word) => stated.has(word)).length >= printed.length * 0.6;
}

// "0 Comments", "12 Responses", "Leave a Reply": the comments' heading, which some templates set as an <h1>.
const COMMENTS_HEADING = /^(?:\d+|no|one)\s+(?:comments?|responses?|replies|thoughts?)\b|^leave a (?:comment|reply)\b/i;
const TEMPLATE_TEXT = /\{\{|\}\}|\$\{/;

/**
 * "The Best Notion Alternatives<span class="block">Top Note-taking Tools</span>": a heading's parts that a style sets
 * on lines of their own run together in its text; a space between a word and a capital keeps them apart.
 */
function spaceGluedHeadingParts(document: Document): void {
  for (const part of document.querySelectorAll('h1 *')) {
    const before = part.previousSibling?.textContent ?? '';
    if (/[\p{Ll}\p{N}.:!?)]$/u.test(before) && /^\p{Lu}/u.test(part.textContent ?? '')) part.before(document.createTextNode(' '));
  }
}

/**
 * The heading printed with characters its encoding lost ("Beginner? Guide", "Beginner\uFFFD Guide"), where the meta
 * title has them ("Beginner's Guide"): the meta title is the same headline, whole.
 */
function lostCharactersIn(heading: string, metaTitle: string): boolean {
  if (!/\p{L}[?\uFFFD]\s*\p{L}|\uFFFD/u.test(heading)) return false;
  const pattern = heading
    .split(/[?\uFFFD]/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.{1,3}');
  return new RegExp(`^${pattern}$`, 'iu').test(metaTitle);
}

/** "*A Treatise on Coffee* (1792)": a title written in Markdown for a template that prints it as it is. */
const withoutMarkdownEmphasis = (title: string | undefined) =>
  title?.replace(/(^|[\s(“"])([*_])(?=\S)([^*_]+?)(?<=\S)\2(?=$|[\s),.:;!?”"])/g, '$1$3');

// A link to a site's front page: "/", "./", "index.html", "https://example.org/".
const HOME_LINK = /^(?:\.?\/|(?:\.\/)?index\.html?|https?:\/\/[^/?#]+\/?)$/i;

/** An `<h1>` whose whole text is a link to the front page is the site's masthead ("Hi, I'm Nicolas.", a logo), not a headline. */
function isMastheadHeading(heading: Element): boolean {
  const link = heading.closest('a[href]') ?? heading.querySelector('a[href]');
  return (
    !!link && HOME_LINK.test(link.getAttribute('href')?.trim() ?? '') && fold(link.textContent ?? '') === fold(heading.textContent ?? '')
  );
}

// Organization and its kinds (NewsMediaOrganization, EducationalOrganization…), and Corporation.
const ORGANISATION_TYPES = /Organization$|^Corporation$/;

/** Whether a JSON-LD author is a body (an Organization), not a person, itself or through its `@id`. */
function isOrganisation(value: unknown, byId: ReadonlyMap<string, JsonObject>): boolean {
  const objects = [value].flat().filter((item): item is JsonObject => !!item && typeof item === 'object');
  return (
    objects.length > 0 &&
    objects.every((object) => {
      const target = typeof object['@id'] === 'string' && !object['@type'] ? (byId.get(object['@id']) ?? object) : object;
      return typesOf(target).some((type) => ORGANISATION_TYPES.test(type));
    })
  );
}

// What a template prints where it has no name: "undefined", "Name *", "page.head.extra.author", "{{author}}", an id
// number, a copyright line.
const PLACEHOLDER_NAME = /^(?:undefined|null|none|n\/a|nan|\d+)$|[{}<>*©%]|^@|^[\w-]+(?:\.[\w-]+){3,}$/i;
// An account's handle, not a name a byline prints: "andrew.keaveney", "brandon-peaktwo", "levinemusic".
const HANDLE = /^[\p{Ll}\d]+(?:[._-][\p{Ll}\d]+)*$/u;

interface AuthorCandidate {
  name: string | undefined;
  organisation?: boolean;
  /** A meta value longer than this is a description, not a byline. */
  maxWords?: number;
}

/**
 * The author from the page's candidates, most trusted first. A body where the page names a writer (the site itself,
 * "Cleveland Clinic", as the JSON-LD author over "By Dana Reyes"), or an account's handle, comes after every name.
 */
function chooseAuthor(
  candidates: readonly (AuthorCandidate | (() => AuthorCandidate))[],
  siteName: string | undefined,
): string | undefined {
  let fallback: string | undefined;
  // In order, and only as far as needed: looking through the page's elements for a byline costs the most.
  for (const given of candidates) {
    const candidate = typeof given === 'function' ? given() : given;
    const raw = candidate.name?.replace(/^by:?\s+/i, '').trim();
    if (
      !raw ||
      isUrl(raw) ||
      NOT_A_NAME.test(raw) ||
      PLACEHOLDER_NAME.test(raw) ||
      raw.split(/\s+/).length > (candidate.maxWords ?? Infinity)
    )
      continue;
    const name = pageByline(raw);
    // "mdelatorreq6vkpg2ma0ci": an account's generated id is no byline at all.
    if (!name || NOT_A_NAME.test(name) || (HANDLE.test(name) && /\d/.test(name))) continue;
    if (!candidate.organisation && fold(name) !== fold(siteName) && !HANDLE.test(name)) return name;
    fallback ??= name;
  }
  return fallback;
}

// Elements a template marks as the writer's: the most precise first.
const BYLINE_ELEMENTS = [
  '[itemprop~="author"] [itemprop="name"], [itemprop~="author"], [rel~="author"], .author-name, .byline__name',
  '[class*="author" i], [class*="byline" i], [id*="author" i], [id*="byline" i]',
];
// A commenter's name, the site's menu: not the article's writer.
const NOT_THE_ARTICLES = '[class*="comment" i], [id*="comment" i], nav';
// The page's own footer ("© 2025 Ana Brel"); an article's footer ("Posted by Ana Brel") is the article's.
const isInPageFooter = (element: Element) => !!element.closest('footer') && !element.closest('article, main');
const MAX_BYLINE_ELEMENT_TEXT = 120;
const ONE_WORD_AUTHOR = '[rel~="author"], [itemprop~="author"], [itemprop="name"], [class*="author" i], [id*="author" i]';
// Another post's card, listed beside the article, with its own writer.
const ANOTHER_POST = '[class*="related" i], [class*="recommend" i], [class*="teaser" i]';

/**
 * The writer a byline element names ("Author Isaiah Reyes Updated on April 19, 2025", "By Ana Brel in Guides"),
 * the first after the headline when one is, else the first on the page.
 */
function bylineElementName(document: Document, headline: Element | undefined): string | undefined {
  for (const selector of BYLINE_ELEMENTS) {
    const named = [...document.querySelectorAll(selector)].filter(
      (element) => !element.closest(NOT_THE_ARTICLES) && !element.closest(ANOTHER_POST) && !isInPageFooter(element),
    );
    const afterHeadline = headline
      ? named.filter((element) => headline.compareDocumentPosition(element) & 4 /* Node.DOCUMENT_POSITION_FOLLOWING */)
      : [];
    for (const element of [...afterHeadline, ...named]) {
      const text = textLinesOf(element).join(' · ');
      if (!text || text.length > MAX_BYLINE_ELEMENT_TEXT) continue;
      // "Author" / "Isaiah Reyes" on lines of their own: the label and the name read as one.
      const name = writerName(
        text.replace(/^([^·]{1,24}?)\s+·\s+/, (label, word) =>
          /^(?:author|by|written by|posted by)\s*:?$/i.test(word) ? `${word} ` : label,
        ),
        // One word only where the element says it is the author (not a "byline" box's category tag: "Lifestyle").
        { oneWord: element.matches(ONE_WORD_AUTHOR) },
      );
      if (name) return name;
    }
  }
  return undefined;
}

/** The page's metadata, most trusted source first; `pageLines` are its text lines, for what is printed by the headline. */
export function pageMetadata(document: Document, pageLines: readonly string[] = []): PageMetadata {
  const ld = jsonLdObjects(document);
  const byId = new Map(ld.flatMap((object) => (typeof object['@id'] === 'string' ? [[object['@id'], object] as const] : [])));
  const article = ld.find((object) => typesOf(object).some((type) => ARTICLE_TYPES.test(type)));
  // A WebPage (as Yoast writes it) often carries the dates when the Article does not.
  const webPage = ld.find((object) => typesOf(object).some((type) => /WebPage$/.test(type)));
  const website = ld.find((object) => typesOf(object).includes('WebSite'));

  const metaAuthor = meta(document, 'article:author', 'author', 'byl', 'parsely-author', 'sailthru.author');
  // A paper's authors, one meta each, as catalogues write them ("Roy, Aniruddha"): the citation's list, else Dublin Core's.
  const catalogued = (name: string) =>
    [...document.querySelectorAll(`meta[name="${name}" i]`)].map((element) =>
      (clean(element.getAttribute('content')) ?? '').replace(/^([^,\s]+(?:\s[^,\s]+)?),\s+([^,]+)$/, '$2 $1'),
    );
  const paperAuthors = joinNames(catalogued('citation_author')) ?? joinNames(catalogued('dc.creator'));
  const titleElement = clean(document.querySelector('title')?.textContent);
  // The headline a reader sees is the page's one <h1> (or the first in its article), when it is a headline
  // and not the site's name; the meta titles are often written for search engines.
  // A headline broken over two lines ("Ferry returns<br>to Varrow") reads with a space there.
  for (const br of document.querySelectorAll('h1 br')) br.replaceWith(document.createTextNode(' '));
  spaceGluedHeadingParts(document);
  // A template's unfilled heading ("{{ $localize('cart.summary') }}") or an empty one is no headline.
  // One that ends with a colon introduces what follows ("A message from our founder:").
  const isHeadline = (heading: Element) => {
    const text = clean(heading.textContent);
    return !!text && !TEMPLATE_TEXT.test(text) && !text.endsWith(':') && !COMMENTS_HEADING.test(text);
  };
  const headings = [...document.querySelectorAll('article h1, main h1')].filter(isHeadline);
  const h1s = headings.length ? headings : [...document.querySelectorAll('h1')].filter(isHeadline);
  // What the page says its headline is, to tell it among several <h1>s and from what is printed beside it.
  const ogTitle = meta(document, 'og:title');
  const twitterTitle = meta(document, 'twitter:title');
  const statedTitles = [
    clean(article?.headline),
    ogTitle,
    twitterTitle,
    titleElement,
    ...[titleElement, ogTitle].flatMap((title) =>
      (title ?? '').split(TITLE_SEPARATOR).filter((part) => part.trim().split(/\s+/).length >= 3),
    ),
  ].filter((text): text is string => !!text);
  const h1Element =
    (h1s.length > 1 ? headingStatedAsTitle(h1s, statedTitles) : undefined) ?? (h1s.length === 1 || headings.length ? h1s[0] : undefined);
  const h1 = h1Element && withoutPrintedMetadata(clean(h1Element.textContent), statedTitles);
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
  const metaTitle = withoutMarkdownEmphasis(
    clean(article?.headline) ?? ogTitle ?? twitterTitle ?? (titleElement && titleWithoutSiteName(titleElement, siteName)),
  );
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
  const title =
    (visibleTitle && metaTitle && metaTitlePrintedBelow(document, metaTitle, siteName)) ??
    (visibleTitle && metaTitle && (lostCharactersIn(visibleTitle, metaTitle) || isNoHeadline(visibleTitle, metaTitle))
      ? metaTitle
      : visibleTitle) ??
    metaTitle;
  const headline = title && titleWithoutSiteName(title, siteName);
  // By the headline, or by the <h1> when the page's stated title was taken over it.
  const nearHeadline = linesNearHeadline(pageLines, headline);
  if (h1 && fold(h1) !== fold(headline)) nearHeadline.push(...linesNearHeadline(pageLines, h1));
  const author = chooseAuthor(
    [
      { name: joinNames(namesOf(article?.author, byId)), organisation: isOrganisation(article?.author, byId) },
      // A "By …" line under the headline is what the reader is told; a meta author is often an account name.
      { name: nearHeadline.map(bylineNames).find(Boolean) ?? nearHeadline.map(labelledWriterName).find(Boolean) },
      { name: metaAuthor ?? paperAuthors, maxWords: metaAuthor ? 8 : undefined },
      () => ({ name: bylineElementName(document, h1Element) }),
      () => ({ name: nameBesideItsDate(pageLines, headline) ?? (h1 ? nameBesideItsDate(pageLines, h1) : undefined) }),
    ],
    siteName,
  );
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
        'published',
        'published-date',
        'publish_date',
        'date-published',
        'dc.date',
        'dc.date.issued',
        'dcterms.date',
        'dcterms.created',
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
    timeElementDate(document) ??
    visibleDate(document) ??
    nearHeadline.map(dateInText).find(Boolean) ??
    // "17.05.2021" alone on its line by the headline; read nowhere else, since elsewhere it may be a table's cell.
    nearHeadline.map((line) => (isDateOrBylineLine(line) ? numericDateInText(line) : undefined)).find(Boolean) ??
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

/**
 * The page's DOM. A script between `</head>` and `<body>` (where some themes print one) leaves the parser with an
 * empty body and the page's content out of its reach; such a page is read again without what stands there.
 */
function pageDocument(html: string): Document {
  const { document } = parseHTML(html);
  if (document.body?.firstElementChild || !/<\/head>\s*<(?!body)[\s\S]*?<body[\s>]/i.test(html)) return document as unknown as Document;
  return parseHTML(html.replace(/(<\/head>)[\s\S]*?(<body[\s>])/i, '$1$2')).document as unknown as Document;
}

// Readability's own threshold for an article's text: below it, a page's article was likely not found.
const MIN_ARTICLE_CHARACTERS = 500;

/**
 * The article, by Readability. A page that streams its content into a `<div hidden>` for a script to reveal (as
 * Next.js does) shows Readability only its footer: when what it finds is that short and the page hides text, the page
 * is read again with nothing hidden, and the longer article kept.
 */
function readArticle(document: Document, html: string) {
  const article = new Readability(document, { keepClasses: false }).parse();
  if ((article?.textContent?.trim().length ?? 0) >= MIN_ARTICLE_CHARACTERS || !/\shidden[\s=>]/i.test(html)) return article;
  const revealed = pageDocument(html);
  for (const element of revealed.querySelectorAll('[hidden]')) element.removeAttribute('hidden');
  const again = new Readability(revealed, { keepClasses: false }).parse();
  return (again?.textContent?.trim().length ?? 0) > (article?.textContent?.trim().length ?? 0) ? again : article;
}

export function extractPage(html: string): PageExtraction {
  const document = pageDocument(html);
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
  const article = readArticle(document, html);
  const articleHtml = article?.content?.trim() ? article.content : undefined;
  const fallback = !articleHtml;
  const articleBody = articleHtml ? parseHTML(`<!doctype html><html><body>${articleHtml}</body></html>`).document.body : undefined;
  const dropped = droppedLines(
    pageLines,
    articleBody ? textLinesOf(articleBody as unknown as Element) : [],
    metadata.title ?? article?.title ?? undefined,
  );
  // Readability's guess is a short line near the top, which may be "3 min read", or a category beside a date
  // ("Lifestyle January 27, 2025"): one word is taken only when it was the whole line ("whova").
  const byline = article?.byline ? chooseAuthor([{ name: article.byline, maxWords: 8 }], undefined) : undefined;
  const bylineIsWhole = byline && (/\s/.test(byline) || fold(byline) === fold(article?.byline ?? ''));
  if (!metadata.author && byline && bylineIsWhole && !/\d/.test(byline)) metadata.author = byline;
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
