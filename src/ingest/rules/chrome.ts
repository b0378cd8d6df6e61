/**
 * Lines that belong to the web page an article was copied from, not to the
 * article: skip links, breadcrumbs, "Advertisement", share counts, gallery
 * counters, text-size widgets, "This article is more than 3 years old",
 * paywall teasers, embedded-post labels and lists of other stories.
 */
import { WIRE_AGENCIES } from './dateline.ts';
import { type LineRule, NAME_PARTICLES } from './line-rule.ts';

// Who may stand after a photographer's slash: the wires, and the picture agencies.
const PICTURE_AGENCIES = [
  ...WIRE_AGENCIES,
  'Getty Images',
  'EPA',
  'EPA-EFE',
  'Shutterstock',
  'Alamy',
  'iStock',
  'iStockphoto',
  'Anadolu',
  'NurPhoto',
  'Sipa',
  'PA Images',
];
// A photographer, a handle ("imaginima") or a name in capitals ("Lena Ostrova", "Jean-Luc de la Cour").
const PHOTOGRAPHER = `(?:[\\p{L}\\d._-]{2,30}|\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|${NAME_PARTICLES})){1,4})`;
// The headings a page sets over its lists of other stories ("Most read", "Related stories"): the page's, not the article's.
export const OTHER_STORIES =
  "latest news|latest posts|latest stories|similar stories|related stories|related articles|related|recommended(?: for you)?|you may also like|more from .{1,40}|most (?:read|popular|viewed)|trending(?: now)?|top stories|editor'?s picks|read next|up next";

// "imaginima/Getty Images", "REUTERS/Stringer": a credit alone. "The latest Ipsos/Reuters" and "AP/NORC poll" are a
// text's words: after the agency, the photographer's name is capitalised, not in capitals.
const PHOTO_CREDIT_ALONE = new RegExp(
  `^(?:${PHOTOGRAPHER}\\s*\\/\\s*(?:${PICTURE_AGENCIES.join('|')})(?: via Getty Images)?|(?:REUTERS|AFP|AP|EPA(?:-EFE)?)\\s*\\/\\s*\\p{Lu}\\p{Ll}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3})$`,
  'u',
);

const PATTERNS: Array<[RegExp, string]> = [
  [/^(?:(?:skip|jump)(?: directly)? to (?:the )?(?:main )?(?:content|navigation|nav|menu|search|footer)\s*)+$/i, 'skip link'],
  [
    /^(?:(?:skip )?advertisement|advertising|sponsored(?: content)?|ad|supported by|story continues below(?: advertisement)?|scroll to continue(?: with content)?)$/i,
    'advertisement label',
  ],
  [/^this (?:article|story|content) is (?:more|over) than \w+ (?:years?|months?|days?) old$/i, 'age banner'],
  [/^(?:view|see) this (?:post|photo|video) on (?:instagram|facebook|twitter|x|tiktok)$/i, 'embedded-post label'],
  [/^a (?:post|photo|video) shared by .{1,80}$/i, 'embedded-post label'],
  [/^\d{1,6}$/, 'counter (shares, comments or views)'],
  [/^\d[\d,.]*\s*[km]?\s*(?:shares?|comments?|views?|reads?|likes?)$/i, 'counter (shares, comments or views)'],
  [/^(?:image|photo|picture|slide)?\s*\d{1,3}\s*(?:of|\/)\s*\d{1,3}$/i, 'gallery counter'],
  [/^(?:a\s*){2,3}$|^(?:text|font) size\b.{0,30}$/i, 'text-size widget'],
  [
    /^(?:share|share this(?: article| story)?|save|bookmark|gift (?:this )?article|tweet|email|print|whatsapp|facebook|twitter|linkedin|pinterest|reddit|copy link|comments?)(?:\s*[|·•/]\s*(?:share|save|bookmark|tweet|email|print|whatsapp|facebook|twitter|linkedin|pinterest|reddit|copy link|comments?))*$/i,
    'share buttons',
  ],
  [
    /^(?:to continue reading|subscribe to (?:continue|read)|already a subscriber\??|sign in to (?:continue|read)|this (?:article|content) is (?:for|available to) subscribers|you have reached your (?:free )?article limit)(?=.{0,120}$)(?:.*\b(?:subscri\w*|sign in|log in|register|account|free|trial|offer)\b|\W*$).*$/i,
    'paywall teaser',
  ],
  [new RegExp(`^(?:${OTHER_STORIES})$`, 'i'), 'list of other stories'],
  [/^home\s*(?:>|›|»|\/|\|)\s*.{1,120}$/i, 'breadcrumb'],
  [/^.{8,200}\s[–—-]\s(?:video|audio|in pictures|podcast)$/i, 'title of an embedded video or gallery'],
  [/^\((?:photo|photograph|image|picture|credit)s?\s*(?::|by\b)\s*[^()]{2,80}\)$/i, 'photo credit (its photograph is not reproduced)'],
  [/^(?:listen to (?:this )?(?:article|story)\s*)?\d{1,3}\s*(?:min|mins|minutes?)\s+(?:read|listen)$/i, 'reading or listening time'],
  [/^(?:updated|published|posted|last updated)(?: on)?$/i, 'label of the date on the next line'],
  [/^(?:follow|following|subscribed)$/i, 'follow button'],
  // "∙ Paid" under a newsletter's byline; "Free" or "Premium" alone may be a plan in a comparison, and stays.
  [/^(?:[∙·•]\s*(?:paid|premium|subscribers?[- ]only)|paid|subscribers?[- ]only)$/i, 'paywall label'],
  [/^(?:email:\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/i, 'the writer’s email address'],
  [/^save (?:articles?|stories) to read later\b.{0,80}$/i, 'bookmark prompt'],
  [
    /^(?:(?:press enter or )?click to (?:view|enlarge|expand) (?:the )?image(?: in full size)?|(?:hide|show|toggle) caption)$/i,
    'image viewer prompt',
  ],
  // "Image credit: © Depositphotos.com/AndrewLozovyi", "imaginima/Getty Images", "REUTERS/Stringer": a credit alone.
  [/^(?:photo|image|picture|header image|featured image)\s+credits?\s*:\s*.{2,120}$/i, 'photo credit (its photograph is not reproduced)'],
  [PHOTO_CREDIT_ALONE, 'photo credit (its photograph is not reproduced)'],
  [/^(?:filed under|tagged(?: with)?|tags|categories|posted in)\s*:\s*.{1,200}$/i, 'the blog’s categories and tags'],
  [/^(?:leave a (?:reply|comment)(?: cancel reply)?|cancel reply|your email address will not be published\b.{0,120})$/i, 'comment form'],
  [/^\((?:about |around |some )?\d+ (?:seconds?|minutes?|hours?|days?) (?:later|earlier|ago)\)$/i, 'live-blog time marker'],
  // "2 days ago", "Updated 5 hours ago": how old the page was when it was saved, which dates nothing.
  [
    /^(?:(?:updated|published|posted)\s+)?(?:an?|\d{1,3})\s+(?:seconds?|mins?|minutes?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago$/i,
    'the page’s age when it was saved',
  ],
  [
    /^(?:reuse this content|order reprints?|reprints?(?: (?:&|and) permissions)?|purchase licensing rights|today[’']s paper)(?:\s*[|·•,]\s*[\p{L}’' ]{1,30})*$/iu,
    'reprint and licensing links',
  ],
  // "Our Standards: The Thomson Reuters Trust Principles., opens new tab": a link's text with its screen-reader note.
  [/^.{2,120}, opens (?:in )?(?:a )?new (?:tab|window)$/i, 'link to the site’s own pages'],
  [/^a version of this (?:article|story) appear(?:s|ed) in print\b.{0,300}$/i, 'print-edition note'],
  [
    /^this (?:article|story|post) (?:is|was) (?:from the source|originally published|first published|republished)\b.{0,200}$/i,
    'reposting notice',
  ],
  [/^version \d+ version \d+$/i, 'version-comparison header'],
  [/^the (?:article|story|page) has (?:changed|been (?:updated|edited)) \d+ times?\b.{0,120}$/i, 'version-history notice'],
  [
    /^(?:you can (?:find|read) the (?:current|original|full) (?:article|story|version)|the original (?:article|story) (?:can be found|is) at)\b.{0,200}$/i,
    'reposting notice',
  ],
];

/** A rule that claims a short line matching one of its patterns, with the pattern's reason. */
function patternRule(
  name: string,
  patterns: ReadonlyArray<[RegExp, string]>,
  limits: { chars: number; words: number },
  isProse: (text: string) => boolean = () => false,
): LineRule {
  return {
    name,
    where: 'anywhere',
    match(line) {
      // Chrome is short: a long line is prose, and is not tested against every pattern.
      if (line.length > limits.chars) return undefined;
      const text = line.trim();
      if (text.split(/\s+/).length > limits.words || isProse(text)) return undefined;
      const found = patterns.find(([pattern]) => pattern.test(text));
      return found ? { reason: found[1] } : undefined;
    },
  };
}

export const pageChrome = patternRule(
  'page chrome',
  PATTERNS.map(([pattern, label]) => [pattern, `page chrome: ${label}`]),
  { chars: 400, words: 40 },
);

// "Read more: …", "More news: …", "Update: That's Ten: …": another story's headline, not a sentence of this one.
const RELATED = /^(?:read more|more news|also read|read also|see also|related|update|watch|video|listen|more)\s*:\s*\S.{0,160}$/i;

export const relatedStoryLine = patternRule('related-story line', [[RELATED, 'link to another story']], { chars: 200, words: 25 }, (text) =>
  /[.!?]["”’]?$/.test(text),
);

// A headline in Title Case standing among the paragraphs ("Sampaoli Upbeat About Argentina's Chances Against France,
// Explains Aguero Substitution Vs Nigeria") is another story's link: a subhead of the article is short, or in sentence case.
const MIN_TITLE_CASE_WORDS = 8;
function isTitleCaseHeadline(text: string): boolean {
  if (/[.!?:;,"”’)]$/.test(text)) return false;
  const words = text.split(/\s+/);
  const long = words.filter((word) => /^\p{L}{4,}/u.test(word));
  return words.length >= MIN_TITLE_CASE_WORDS && long.length >= 4 && long.every((word) => /^\p{Lu}/u.test(word));
}

export const otherStoryHeadline: LineRule = {
  name: 'headline of another story',
  where: 'anywhere',
  match(line, { index, plainText }) {
    // The first lines are this article's own headline and standfirst; in HTML and Markdown a headline among
    // the paragraphs is marked up as a subhead, and stays one.
    if (!plainText || index < 3 || line.length > 200) return undefined;
    return isTitleCaseHeadline(line.trim()) ? { reason: 'link to another story (a headline among the paragraphs)' } : undefined;
  },
};

/**
 * A line of punctuation alone among the head's lines ("—" between a masthead and the headline, a "|" left
 * from a menu): no headline or standfirst. Symbols stay ("✅" in a comparison says something), and so does
 * the first line, so a text of punctuation alone is still a text.
 */
export const punctuationLine: LineRule = {
  name: 'punctuation alone',
  where: 'head',
  match(line, { index }) {
    return index > 0 && /^[\p{P}|¦\s]+$/u.test(line) ? { reason: 'punctuation alone, above the text' } : undefined;
  },
};

/**
 * A byline's label whose name, a link, did not come along: "By", "Edited by". Only among the head's lines:
 * further down, "By" alone may be a word of a title set one to a line, "Written by" one of a play's credits.
 */
export const bylineLabelLine: LineRule = {
  name: 'byline label',
  where: 'head',
  match(line) {
    return /^(?:by|(?:written|edited|reviewed|fact[- ]checked|reported|produced|illustrated|photographs?) by)$/i.test(line.trim())
      ? { reason: 'page chrome: byline label without its name' }
      : undefined;
  },
};

/**
 * An audio player under the byline and date: "Listen", then its length ("4 min"). Only there: elsewhere
 * "Listen" may be an answer in an interview and "15 minutes" a recipe's time.
 */
export const audioPlayerLine: LineRule = {
  name: 'audio player',
  where: 'head',
  match(line, { knownDate, earlierHeadLines }) {
    if (!knownDate) return undefined;
    const text = line.trim().toLowerCase();
    if (text === 'listen' || (/^\d{1,3}\s*min$/.test(text) && earlierHeadLines.at(-1) === 'listen'))
      return { reason: 'page chrome: audio player' };
    return undefined;
  },
};
