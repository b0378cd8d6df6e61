/**
 * The frame of a web page copied as text, where it can only be recognised by
 * its shape, not by any one line: the site's menu at the top (a run of one- to
 * three-word lines, "Home / News / Sport / Weather"), with the masthead or the
 * site's tagline above it, and the lists of topics and other stories after the
 * article ("Explore more on these topics / Bees / Insects"). Each is taken out
 * whole and recorded; a single line of chrome is left to the line rules.
 */
import { endsLikeSentence } from '../../text/punctuation.ts';
import { bareDate, isDateOrBylineLine, OTHER_CREDIT_VERB, opensWithBy } from './metadata-lines.ts';
import { removal, type Removal } from './removal.ts';
import { OTHER_STORIES } from './chrome.ts';

export interface FrameCut {
  /** How many lines the frame takes: from the top for a header, from the bottom for a footer. */
  lines: number;
  removed: Removal[];
}

const NONE: FrameCut = { lines: 0, removed: [] };
const words = (line: string) => line.split(/\s+/).filter(Boolean).length;

// How a menu reads: a few items in a row, each a word or three; above it at most a skip link, a masthead and a tagline.
const MIN_MENU_ITEMS = 3;
const MAX_MENU_ITEM_WORDS = 3;
const MAX_MENU_ITEM_CHARS = 30;
const MAX_LINES_ABOVE_MENU = 3;
const MAX_WORDS_ABOVE_MENU = 12;
const MIN_HEADLINE_WORDS = 4;
// What a site's menu is made of, whatever the site: a list of book titles, a poem's lines or an election's parties
// under a headline are not a menu, since they name none of these.
const NAVIGATION_WORDS = new Set([
  'home',
  'news',
  'world',
  'uk',
  'us',
  'u.s.',
  'europe',
  'asia',
  'africa',
  'americas',
  'middle east',
  'local',
  'national',
  'politics',
  'business',
  'markets',
  'economy',
  'money',
  'tech',
  'technology',
  'science',
  'health',
  'climate',
  'environment',
  'sport',
  'sports',
  'football',
  'culture',
  'arts',
  'entertainment',
  'lifestyle',
  'life',
  'style',
  'travel',
  'food',
  'opinion',
  'opinions',
  'weather',
  'video',
  'videos',
  'audio',
  'podcasts',
  'live',
  'latest',
  'more',
  'menu',
  'search',
  'sections',
  'about',
  'about us',
  'contact',
  'contact us',
  'subscribe',
  'sign in',
  'log in',
  'login',
  'register',
  'newsletters',
  'shop',
  'games',
  'sustainability',
  'investigations',
  'blog',
]);
const MIN_NAVIGATION_ITEMS = 2;
const MAX_HEADLINE_WORDS = 35;

/** "Home", "World news", "iPlayer": an item of a site's menu. No sentence, no number, no date. */
function isMenuItem(line: string): boolean {
  const text = line.trim();
  return (
    text.length <= MAX_MENU_ITEM_CHARS &&
    words(text) <= MAX_MENU_ITEM_WORDS &&
    /^\p{L}/u.test(text) &&
    !/^by\s/i.test(text) &&
    // No digits, so no date: "May" or "March" alone is no date line either.
    !/[\d.!?,;:…"“”()]/u.test(text)
  );
}

/** A line that may be the headline under a menu: a few words, no full stop, not a byline or a date. */
const isHeadlineLike = (line: string) => {
  const text = line.trim();
  const count = words(text);
  return (
    count >= MIN_HEADLINE_WORDS &&
    count <= MAX_HEADLINE_WORDS &&
    !/[.;:,]["”’]?$/.test(text) &&
    !/^by\s/i.test(text) &&
    bareDate(text) === undefined
  );
};

/**
 * The page's header: the site's menu near the top, and the short lines above it (a skip link, the
 * masthead, a tagline). Only when a headline follows the menu, so a text that opens with a short list
 * of its own is never cut.
 */
export function siteHeader(lines: readonly string[]): FrameCut {
  for (let start = 0; start <= MAX_LINES_ABOVE_MENU && start < lines.length; start++) {
    let end = start;
    while (end < lines.length && isMenuItem(lines[end]!)) end++;
    if (end - start < MIN_MENU_ITEMS) continue;
    const navigation = lines.slice(start, end).filter((line) => NAVIGATION_WORDS.has(line.trim().toLowerCase())).length;
    if (navigation < MIN_NAVIGATION_ITEMS) continue;
    const above = lines.slice(0, start).map((line) => line.trim());
    // A byline or a date comes after a page's menu, never before it.
    if (above.some((line) => words(line) > MAX_WORDS_ABOVE_MENU || endsLikeSentence(line) || /^by\s/i.test(line) || bareDate(line)))
      return NONE;
    if (end >= lines.length || !isHeadlineLike(lines[end]!)) return NONE;
    const menu = lines.slice(start, end).map((line) => line.trim());
    return {
      lines: end,
      removed: [
        ...above.map((line) => removal(line, 'page header: the masthead or a line above the site’s menu')),
        removal(menu.join(' · '), 'page chrome: the site’s menu'),
      ],
    };
  }
  return NONE;
}

// A whole page copied as text: its article starts at the first run of prose, and the menus, banners and teasers above
// it are many short lines. Enough of them, and words a site's chrome is made of, say a page was copied.
const MIN_PROSE_WORDS = 20;
const MIN_FRAME_LINES = 8;
const SHORT_LINE_WORDS = 5;
const MIN_SHORT_SHARE = 0.6;
const MAX_LINES_FROM_HEADLINE_TO_PROSE = 8;
const MIN_MENU_RUN = 20;
const MIN_MENU_RUN_SHORT_SHARE = 0.75;
const CHROME_LINE =
  /^(?:skip to (?:main )?content|skip to navigation|toggle (?:navigation|menu|side panel)|close|open menu|main menu|search|sign in|sign up|log in|login|subscribe|newsletter|cart|account|my account|menu|back to menu|share|follow us|top of page|go to navigation|cookie settings|accept(?: all)?(?: cookies)?)$/i;

// The writer's credit, another's ("Medically reviewed by"), a date's label ("Updated on") or a photograph's: no headline.
const isCreditLine = (line: string) => {
  // "Medically reviewed by", "Updated on": the credit opens the line, after an adverb at most (not "Dam reviewed by
  // inspectors").
  const credit = line.split(/\s+(?:by|on)\b/i)[0]!;
  return opensWithBy(line) || /^photo/i.test(line) || (/^(?:\p{L}+ly\s+)?\S+$/u.test(credit) && OTHER_CREDIT_VERB.test(credit));
};
const isProse = (line: string) => words(line) >= MIN_PROSE_WORDS && endsLikeSentence(line.trim());

// A headline may ask ("What is Cloud Computing?"); a byline line is no headline ("Written by Ana Brel").
const readsAsHeadline = (line: string) => isHeadlineLike(line) && !/[.;:,…]["”’]?$/.test(line) && !isCreditLine(line);

/** The nearest line above the prose that reads as a headline, with at most a date, a byline or a standfirst between. */
function headlineOverProse(lines: readonly string[], prose: number): number | undefined {
  let longLines = 0;
  for (let at = prose - 1; at >= Math.max(0, prose - MAX_LINES_FROM_HEADLINE_TO_PROSE); at--) {
    const line = lines[at]!.trim();
    if (readsAsHeadline(line)) return at;
    if (words(line) > SHORT_LINE_WORDS && ++longLines > 1) return undefined;
  }
  return undefined;
}

const MAX_LINES_FROM_BYLINE_HEADLINE_TO_PROSE = 40;
const BYLINE_UNDER_HEADLINE = 4;

/**
 * The nearest line above the prose that reads as a headline and has a byline or a date within its next few lines
 * ("34 Top Photography Trends" / "by" / "Taya Iv" / "16 min read"), however much stands between it and the prose.
 */
function headlineOverItsByline(lines: readonly string[], prose: number): number | undefined {
  for (let at = prose - 1; at >= Math.max(0, prose - MAX_LINES_FROM_BYLINE_HEADLINE_TO_PROSE); at--) {
    if (!readsAsHeadline(lines[at]!.trim())) continue;
    const under = lines.slice(at + 1, at + 1 + BYLINE_UNDER_HEADLINE).map((line) => line.trim());
    if (under.some((line) => opensWithBy(line) || isDateOrBylineLine(line))) return at;
  }
  return undefined;
}

// A standfirst is a long line; a headline, a shorter one above it, and longer than a kicker.
const MIN_STANDFIRST_WORDS = 12;
const MAX_KICKER_WORDS = 4;

/**
 * The headline over its standfirst, when the line over the byline is the standfirst ("Hundreds march through
 * Aberdare as miners vote to strike" / "Families and shopkeepers joined a rally for the pit, days after the
 * union's ballot" / "By Rhys Pritchard"): the line above reads as a headline and is the shorter.
 */
function headlineOverStandfirst(lines: readonly string[], overByline: number | undefined): number | undefined {
  if (overByline === undefined || overByline < 1) return overByline;
  const line = lines[overByline]!.trim();
  const above = lines[overByline - 1]!.trim();
  // (A kicker of a few words over a long headline is no headline: "Cost of living crisis".)
  const standfirst = words(line) >= MIN_STANDFIRST_WORDS && words(above) > MAX_KICKER_WORDS && words(above) < words(line);
  return standfirst && readsAsHeadline(above) && !CHROME_LINE.test(above) && !/[›»>|]/.test(above) ? overByline - 1 : overByline;
}

/**
 * The top of a whole page copied as text, down to the headline: the first run of prose is the article's (two prose
 * lines among the first three from it), the headline the nearest line above it that reads as one with its byline or
 * date under it (past an author's box or an offer, "As taught in our course"), or else the nearest that reads as one,
 * with at most a date, a byline or a standfirst between. Cut only where what stands above is a page's: many lines, mostly short,
 * with a menu's words or a site's buttons among them ("Skip to content", "Search", "Home", "Sign in").
 */
export function pageTopAboveHeadline(lines: readonly string[]): FrameCut {
  const prose = lines.findIndex(
    (line, at) => isProse(line) && lines.slice(at, at + 3).filter((next) => words(next) >= MIN_PROSE_WORDS).length >= 2,
  );
  if (prose < MIN_FRAME_LINES) return NONE;
  const headline = headlineOverStandfirst(lines, headlineOverItsByline(lines, prose)) ?? headlineOverProse(lines, prose) ?? -1;
  if (headline < MIN_FRAME_LINES) return NONE;
  const above = lines.slice(0, headline).map((line) => line.trim());
  const short = above.filter((line) => words(line) <= SHORT_LINE_WORDS).length;
  const chrome = above.filter((line) => CHROME_LINE.test(line) || NAVIGATION_WORDS.has(line.toLowerCase())).length;
  // A site's own menu words, or a long run of short lines no article opens with ("Windows & Doors", "Get Quote", …).
  const pageShaped = chrome >= MIN_NAVIGATION_ITEMS || (above.length >= MIN_MENU_RUN && short >= above.length * MIN_MENU_RUN_SHORT_SHARE);
  if (short < above.length * MIN_SHORT_SHARE || !pageShaped) return NONE;
  return { lines: headline, removed: [removal(above.join(' · '), 'page header: the page around the article, above its headline')] };
}

// Where a copied page's bottom starts after the article: its other stories, its comments, its footer's lines.
// (The headings of its lists of other stories are chrome.ts's; these are the ones only a page's bottom has.)
const PAGE_BOTTOM_START = new RegExp(
  `^(?:${OTHER_STORIES}|related (?:posts?|content|reading|links)|you might also like|recommended reading|more (?:from|stories|articles|posts)\\b.*|read more|leave a (?:reply|comment)|\\d+ (?:comments?|responses?)|comments?(?: \\(\\d+\\))?|most shared|trending stories|popular (?:stories|posts|articles)|share this(?: article| post)?|about the author|subscribe to .*|sign up for .*|newsletter|follow us.*|privacy policy|terms (?:of (?:use|service)|and conditions)|cookie (?:policy|settings)|contact us|about us)\\s*:?$`,
  'i',
);
const FOOTER_LINE = /©|\bcopyright\b|all rights reserved|privacy policy|terms (?:of (?:use|service)|and conditions)|cookie/i;
const MIN_BOTTOM_LINES = 6;

/**
 * The bottom of a whole page copied as text, after its article: from the first line after the last run of prose that
 * opens a page's bottom ("Related posts", "Leave a Reply", "Privacy Policy"), when what follows is mostly short lines
 * with a footer's among them (a copyright, a policy, a menu's words). The article's own last lists stay: they come
 * before that line.
 */
export function pageBottomBelowArticle(lines: readonly string[]): FrameCut {
  let lastProse = -1;
  for (let at = lines.length - 1; at >= 0; at--)
    if (isProse(lines[at]!)) {
      lastProse = at;
      break;
    }
  if (lastProse < 0) return NONE;
  const start = lines.findIndex((line, at) => at > lastProse && PAGE_BOTTOM_START.test(line.trim()));
  if (start < 0 || lines.length - start < MIN_BOTTOM_LINES) return NONE;
  const below = lines.slice(start).map((line) => line.trim());
  // A page's lists are short lines and other stories' headlines ("Man charged after crash on A470"), not sentences.
  const short = below.filter(
    (line) =>
      words(line) <= SHORT_LINE_WORDS || FOOTER_LINE.test(line) || (words(line) <= MAX_FOOTER_LINE_WORDS && !endsLikeSentence(line)),
  ).length;
  const footer = below.filter(
    (line) => FOOTER_LINE.test(line) || CHROME_LINE.test(line) || NAVIGATION_WORDS.has(line.toLowerCase()),
  ).length;
  if (short < below.length * MIN_SHORT_SHARE || footer < MIN_NAVIGATION_ITEMS) return NONE;
  return { lines: below.length, removed: [removal(below.join(' · '), 'page footer: the page around the article, below it')] };
}

// What heads a page's lists after the article: of its topics, of other stories.
// Only headings no article gives its own lists ("Topics", "Read more" or "Latest news" may head a list of the story's).
const FOOTER_HEADING =
  /^(?:explore more on (?:these|this) topics?|suggested topics|related topics|more on (?:this|these) (?:story|stories|topics?)|related(?: stories| articles| content| coverage| links)?|you may also like|you might also like|recommended for you|most (?:read|popular|viewed))\s*:?$/iu;
const MAX_FOOTER_LINES = 30;
const MAX_FOOTER_LINE_WORDS = 16;

/**
 * The page's footer: a heading such as "Explore more on these topics" or "More on this story" and, to
 * the end of the text, nothing but short lines that are no sentences (the topics, other stories'
 * headlines, "Share"). A heading with prose after it is left to the line rules.
 */
export function siteFooter(lines: readonly string[]): FrameCut {
  const first = Math.max(0, lines.length - MAX_FOOTER_LINES);
  for (let at = first; at < lines.length; at++) {
    if (!FOOTER_HEADING.test(lines[at]!.trim())) continue;
    const rest = lines.slice(at).map((line) => line.trim());
    if (rest.slice(1).every((line) => words(line) <= MAX_FOOTER_LINE_WORDS && !endsLikeSentence(line)))
      return { lines: rest.length, removed: [removal(rest.join(' · '), 'page footer: lists of topics and other stories')] };
  }
  return NONE;
}
