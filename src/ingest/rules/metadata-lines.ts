/**
 * Lines at the head of a copied article that are its metadata, in the forms
 * the web prints them: "By Mara Holt and Ivo Brandt", "- By X", "writer: Post
 * Reporters", "newspaper section: News", "published : 4 Jul 2018 at 05:39",
 * "Updated at 4:26 p.m. ET on 2018-07-10", a byline glued to its date ("Ella
 * Wills3 July 2018"). Each becomes a field; a byline is an author, never a
 * standfirst.
 */
import { dateInText, dateSpanInText, numericDateInText, partialDateOf } from '../../text/dates.ts';
import { WIRE_AGENCIES } from './dateline.ts';
import { type LineContext, type LineMetadata, type LineRule, type LineVerdict, mergeLineMetadata, NAME_PARTICLES } from './line-rule.ts';

const NAME = "\\p{Lu}[\\p{L}.'’-]*";
const CONNECTOR = `(?:and|&|,|y|${NAME_PARTICLES})`;
// Two or more names' words: "Mara Holt", "Mara Holt and Ivo Brandt", "Ahmed al-Rubaye".
const NAMES = `${NAME}(?:\\s+(?:${NAME}|${CONNECTOR}))*\\s+${NAME}`;
// "Interview by Lowri Thomas", "Words by…", "Reporting by…": the writer's credit, as magazines and wires print it.
const BYLINE = new RegExp(
  `^[-–—•]?\\s*(?:[Bb]y|BY|(?:[Ww]ritten|[Ii]nterview|[Ii]nterviewed|[Rr]eporting|[Rr]eported|[Ww]ords|[Tt]ext) [Bb]y)\\s+(${NAMES})\\s*,?\\s*$`,
  'u',
);
/**
 * What follows "By X," is taken for the outlet only when it looks like one: it
 * opens with "The", has a word in capitals (BBC, AFP), is one word (Reuters), or
 * names a kind of outlet. A person's name ("John Smith") or a suffix ("Jr.")
 * never does.
 */
// The words papers are named with: a paper's name ends in one ("Springfield Gazette", "Aberdare Leader", "Valley
// Voice"). "Leader" and "Record" only there: "Council Leader" is a post, "World Record" no paper.
const PAPER_WORDS =
  'Gazette|Herald|Tribune|Journal|Courier|Telegraph|Chronicle|Observer|Mail|Mirror|Examiner|Inquirer|Enquirer|Dispatch|Sentinel|Bulletin|Advertiser|Times|Post|Voice|Echo|Argus|Mercury|Messenger|Globe|Ledger|Courant|Statesman|Spectator';
const PAPER_WORDS_AT_END_ONLY = 'Leader|Record';
/** A newspaper's name, by its last word ("Daily Mail", "The Valley Times"); not "Social Media", "Fake News". */
export const NEWSPAPER_NAME = new RegExp(`\\b(?:${PAPER_WORDS}|${PAPER_WORDS_AT_END_ONLY})$`);
const OUTLET_WORDS = new RegExp(
  `\\b(?:News|Press|Guardian|Daily|Weekly|Magazine|Review|Agency|Radio|TV|Television|Online|Media|Network|Independent|Express|Standard|Monitor|Eye|Wire|Service|Broadcasting|${PAPER_WORDS})\\b`,
);
const NAME_SUFFIX = /^(?:Jr|Sr|II|III|IV|PhD|MD|Esq)\.?$/;
function looksLikeOutlet(text: string): boolean {
  if (NAME_SUFFIX.test(text) || /\b(?:and|&)\b/.test(text)) return false;
  return /^The\s/.test(text) || /\b\p{Lu}{2,}\b/u.test(text) || !/\s/.test(text) || OUTLET_WORDS.test(text);
}
// A wire agency's name, alone: the outlet most often printed under a byline.
const AGENCY_NAMES = WIRE_AGENCIES.join('|');
const AGENCIES = new RegExp(`^(?:${AGENCY_NAMES})$`);
/**
 * Stricter than after "By X,": a line of its own under the byline may as well
 * be a dateline's place ("BAGHDAD", "Mosul"), so it must name an agency, open
 * with "The", or name a kind of outlet.
 */
export function namesAnOutlet(text: string): boolean {
  return AGENCIES.test(text) || /^The\s\p{Lu}/u.test(text) || OUTLET_WORDS.test(text);
}
const ROLE_WORDS =
  /\b(?:Correspondents?|Editors?|Writers?|Reporters?|Staff|Contributors?|Columnist|Chief|Leader|Producer|Analyst|Photographer|Critic|Fellow|Director|Professor|Founder|Co-founder|President|Officer|Partner|Researcher|Scientist|Lecturer|CEO|CTO|CFO|COO|CIO|VP)\b/;
// A post is written in either case: "Senior Correspondent", "Wales correspondent", "political editor".
const POST_WORDS = new RegExp(ROLE_WORDS.source, 'i');
// "By Chris Radich, public sector CTO and VP for customer success, UiPath": the byline, then the writer's post.
const BYLINE_WITH_POST = new RegExp(`^[-–—•]?\\s*(?:[Bb]y|BY)\\s+(${NAMES})\\s*,\\s*([^.!?;:]{2,120})$`, 'u');
const MAX_POST_WORDS = 16;
// "By Royal Decree, the President reopens the harbour", "By Easter Sunday, the Chief Executive had resigned":
// a sentence, with its article or its verb, not a post.
const NOT_A_POST = /^(?:the|a|an|this|that|his|her|its|their)\s|\b(?:is|are|was|were|had|has|have|will|would|said|says)\b/i;
// "By Ana Brel, Musings on Iraq": the byline and, after a comma, the outlet (a few capitalised words, no sentence).
const BYLINE_WITH_OUTLET = new RegExp(
  `^[-–—•]?\\s*(?:[Bb]y|BY)\\s+(${NAMES})\\s*,\\s*((?:The\\s+)?\\p{Lu}[\\p{L}&.'’-]*(?:\\s+(?:on|of|the|and|\\p{Lu}[\\p{L}&.'’-]*)){0,4})$`,
  'u',
);
const GLUED_BYLINE_DATE = new RegExp(`^(${NAMES})(\\d{1,2}\\s+\\p{Lu}\\p{Ll}+\\s+\\d{4})$`, 'u');
// A name or a section is given after a colon; a date may also follow "at" or "on" ("Updated at 4:26 p.m. ET on 2018-07-10").
// A desk byline alone on its line: "DNA Web Team", "Post Reporters", "Foreign Desk".
// (The last word in either case: "Ukiah Daily Record staff".)
const DESK_BYLINE = /^(?:\p{Lu}[\p{L}&.'’-]*\s+){1,3}(?:[Tt]eam|[Dd]esk|[Ss]taff|[Rr]eporters?|[Bb]ureau|[Cc]orrespondents?|[Ww]riters?)$/u;
// An outlet's name ends in an outlet's word ("Aberdare Leader", "BBC News"); "The Hague" and "Echo Park" do not.
const OUTLET_NAME_END = new RegExp(`${OUTLET_WORDS.source}$|${NEWSPAPER_NAME.source}`);
const OUTLET_AND_DATE = /^((?:The\s+)?\p{Lu}[\p{L}&.'’-]*(?:\s+(?:on|of|the|\p{Lu}[\p{L}&.'’-]*)){0,4})\s*[,|·•]\s+(.+)$/u;
// "date 2018-07-03 The heroic divers…": a crawl's date label fused to the text.
const DATE_LABEL_PREFIX = /^date\s+(\d{4}-\d{2}-\d{2})(?:\s+|$)/i;
const LABELLED =
  /^(?:(writer|author|authors|reporter|reporters|byline|written by|newspaper section|section)\s*:|(published|posted|first published|issued|updated|last updated|last modified|modified|date)\s*(?:on\s*:|:|\bat\b|\bon\b))\s*(.{2,80})$/i;
const MAX_METADATA_WORDS = 8;
// "5 min read", "• 8 minutes": how long the story takes to read, which no headline ends with.
const READING_TIME = /\b\d{1,3}\s+min(?:ute)?s?\s+read\b|[•·|]\s*\d{1,3}\s+min(?:ute)?s?\b/i;
// "9:45 am", "08.45": the time a page was published, printed beside its date.
const TIME_OF_DAY = /\b\d{1,2}[:.]\d{2}\b/;
const HEAD_SOURCE = /^Source\s*:\s*(\p{Lu}[\p{L}&.'’ -]{1,40})$/u;
const TRAILING_COUNTER = /\s*[|·•]\s*(?:\d+\s+comments?|no comments|leave a comment|\d+\s+min(?:ute)?s? read)\s*$/i;
// "Published August 7, 2023 by Nicole Burke": a byline at the end of a page's short meta line.
const TRAILING_BYLINE = new RegExp(`(?:^|\\s)(?:[Bb]y|BY)\\s+(${NAMES})\\s*$`, 'u');

// "Helen Marsh Environment correspondent": a name, then the writer's beat in lower case after its first word.
const NAME_WITH_ROLE = new RegExp(
  `^(${NAME}(?:\\s+${NAME}){1,2}?)\\s+((?:\\p{Lu}\\p{Ll}+\\s+){0,2}(?:correspondent|editor|reporter|writer|columnist|journalist|contributor|critic|producer))$`,
  'u',
);
// "Reporting from Esbjerg, Denmark": where the story was filed, printed under the byline.
const REPORTING_FROM = /^Reporting from\s+(\p{Lu}[^.!?;:]{1,60})$/u;
// "By MARIA GONZALEZ and PETER HOLT Associated Press": the agency run on after the names.
const TRAILING_AGENCY = new RegExp(`^(.+?)\\s+(${AGENCY_NAMES})$`);

const LOWER_CASE_IN_NAMES = new RegExp(`^(?:and|${NAME_PARTICLES})$`, 'i');

/** "MARIA GONZALEZ and PETER O'NEILL" → "Maria Gonzalez and Peter O'Neill"; names already in mixed case are left as printed. */
function namesInCapitals(names: string): string {
  const nameWords = names.split(/\s+/).filter((word) => !/^(?:and|&|,)$/.test(word));
  if (!nameWords.some((word) => /\p{Lu}{3}/u.test(word)) || nameWords.some((word) => /\p{Ll}/u.test(word))) return names;
  return names.replace(/[\p{L}'’.-]+/gu, (word) =>
    // "and", and the particles inside a name ("Juan de la Cruz"), stay lower case; "MCDONALD" is "McDonald".
    LOWER_CASE_IN_NAMES.test(word)
      ? word.toLowerCase()
      : word
          .toLowerCase()
          .replace(/(^|['’-])(\p{L})/gu, (_, mark, letter) => mark + letter.toUpperCase())
          .replace(/^(Ma?c)(\p{L})/u, (_, prefix, letter) => prefix + letter.toUpperCase()),
  );
}

/** A byline's names, with a wire agency run on after them taken apart ("… PETER HOLT Associated Press"). */
function bylineFields(names: string): { author: string; publication?: string } {
  const agency = TRAILING_AGENCY.exec(names.trim());
  const author = agency && agency[1]!.split(/\s+/).length >= 2 ? agency[1]! : names.trim();
  return { author: namesInCapitals(author), ...(agency && author === agency[1] && { publication: agency[2]! }) };
}

const BARE_NAMES = new RegExp(`^${NAMES}$`, 'u');
const MAX_HEAD_SCAN = 15;

const DATE_LABEL_ALONE = /^\s*(?:updated|published|posted|last updated)(?: on)?\s*:?\s*$/i;

/**
 * Metadata a page set on several lines, joined again so the rules read it whole: "By Chris Navarro" / "and" /
 * "Dana Whitlock" (names set as links, one to a line), and "Updated on" / "March 5, 2024 at 11:00 AM".
 */
export function joinSplitMetadata(lines: readonly string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (i < MAX_HEAD_SCAN && DATE_LABEL_ALONE.test(line) && dateInText(lines[i + 1] ?? '')) {
      joined.push(`${line.trim()} ${lines[++i]!.trim()}`);
      continue;
    }
    // Only a byline whose first name is a name ("By the river" / "and" / "Silent Waters" are a poem's titles).
    if (i < MAX_HEAD_SCAN && BYLINE.test(line.trim())) {
      while (/^\s*(?:and|&|,)\s*$/.test(lines[i + 1] ?? '') && BARE_NAMES.test((lines[i + 2] ?? '').trim())) {
        line = `${line.trim()}${lines[i + 1]!.trim() === ',' ? ',' : ` ${lines[i + 1]!.trim()}`} ${lines[i + 2]!.trim()}`;
        i += 2;
      }
    }
    joined.push(line);
  }
  return joined;
}

// What a meta line may say before its trailing "by X": "Posted", "Story", "Words", "Published on", separators.
const BYLINE_LEAD =
  /^(?:(?:posted|published|written|submitted|story|words|text|article|report(?:ed|ing)?|first|originally|on|at)\b[\s,:;|·•–—-]*)+$/i;

/**
 * The names of a byline line ("By X and Y", "- By X", "Published 3 May by X"), or undefined. A "by X" that ends a
 * sentence ("…translated into English by Michael Wells") or a caption ("Photo by Joan Bardeletti") names someone
 * else: before a trailing byline there may be only a date or a meta line's own words.
 */
export function bylineNames(line: string): string | undefined {
  const text = line.trim();
  const leading = BYLINE.exec(text);
  if (leading) return leading[1]!.trim();
  const trailing = TRAILING_BYLINE.exec(text);
  if (!trailing) return undefined;
  const lead = text.slice(0, trailing.index).trim();
  return !lead || BYLINE_LEAD.test(lead) || isDateLine(lead) ? trailing[1]!.trim() : undefined;
}

// What follows the writer's name in a page's byline element: "Edited by Betsy Beyer", the editor's.
// Names that are a label, not a person: "By The Author", "Authors", "Admin".
const LABEL_NAMES = 'author|authors|admin|administrator|editor|editors|staff|guest|user|unknown|anonymous|webmaster';
export const NOT_A_NAME = new RegExp(`^(?:the )?(?:${LABEL_NAMES})$`, 'i');
// Another's credit beside the writer's: "Edited by", "Medically reviewed by", "Fact-checked by".
const OTHER_CREDIT_VERBS = 'edited|reviewed|fact[- ]checked|illustrated|photographed|translated|updated';
/** A line that ends with another's credit, its "by" and name on the next line ("Medically reviewed" / "by …"). */
export const OTHER_CREDIT_VERB = new RegExp(`\\b(?:${OTHER_CREDIT_VERBS})$`, 'i');
const OTHER_CREDIT = new RegExp(`\\s+(?:${OTHER_CREDIT_VERBS}) by\\b.*$`, 'i');
// "By:", "Written by", and "by" in the languages pages most often print it in ("por", "par").
const BY_WORD = /^(?:(?:written|posted|story|words|text) )?(?:by|por|par)\s*:?\s+/i;
const NOT_A_PERSON = new RegExp(`${ROLE_WORDS.source}|${OUTLET_WORDS.source}`, 'i');
const EDGE_SEPARATORS = /^[\s,:;|·•–—-]+|[\s,:;|·•–—-]+$/g;
// Words a byline element holds when it holds no name: "Follow Author", "Last Updated: …", "About the Author".
const NOT_A_BYLINE = /^(?:follow|subscribe|contact|share|more|view|see|read|last|updated|published|posted|modified|about|all)\b/i;

/**
 * The writer's name in what a page's byline element or metadata says, cleaned of what stands beside it there:
 * "Written by Rob Ewaschuk Edited by Betsy Beyer", "Nathan Willis March 25, 2015", "BY: JOE WEE | Feb 29",
 * "Nicolas Perriault —", "por César Salza", "JEFFREY GETTLEMAN". Undefined when no name is left ("Follow Author",
 * "Last Updated: January 7, 2025").
 */
export function pageByline(printed: string): string | undefined {
  let text = printed.replace(/\s+/g, ' ').trim().replace(OTHER_CREDIT, '').replace(BY_WORD, '');
  // The name before a date beside it, or after one that comes first ("March 25, 2015 by Nathan Willis").
  const date = dateSpanInText(text);
  if (date) text = date.start > 0 ? text.slice(0, date.start) : text.slice(date.end).replace(EDGE_SEPARATORS, '').replace(BY_WORD, '');
  text = text.split(/\s+[|·•]\s+/)[0]!.replace(EDGE_SEPARATORS, '');
  if (!text || NOT_A_BYLINE.test(text)) return undefined;
  // A desk, an outlet or one word stays as printed ("TMZ STAFF", "BBC NEWS", "NASA"); a person's name in capitals is set as a name.
  return NOT_A_PERSON.test(text) || !/\s/.test(text) ? text : namesInCapitals(text);
}

// "2/26/2015 7:11 AM PST": a date in numbers, which bareDate leaves alone, is a date here, before a byline.
const NUMERIC_DATE = /\b\d{1,2}([/.])\d{1,2}\1\d{2,4}\b/;
function isDateLine(text: string): boolean {
  if (bareDate(text)) return true;
  const numeric = NUMERIC_DATE.exec(text);
  if (!numeric) return false;
  return onlyDateCompanions(text.replace(numeric[0], ' '));
}

// "TOI News Desk / Updated: Jun 1, 2024", "By Mara Holt | March 3, 2024": metadata side by side on one line.
const SIDE_BY_SIDE = /\s+[/|·•]\s+/;
const MAX_SIDE_BY_SIDE_WORDS = 20;

export const metadataLine: LineRule = {
  name: 'metadata line',
  where: 'head',
  match(line, context) {
    const single = metadataOnOneLine(line, context);
    if (single || !SIDE_BY_SIDE.test(line) || line.split(/\s+/).length > MAX_SIDE_BY_SIDE_WORDS) return single;
    const parts = line.trim().split(SIDE_BY_SIDE);
    if (parts.length < 2) return undefined;
    // Each part must be metadata by itself; their fields are merged, the first of each kind kept.
    const verdicts = parts.map((part) => metadataOnOneLine(part, { ...context, index: Math.max(1, context.index) }));
    if (verdicts.some((verdict) => !verdict?.metadata || verdict.keep !== undefined)) return undefined;
    const metadata: LineMetadata = {};
    for (const verdict of verdicts) mergeLineMetadata(metadata, verdict!.metadata);
    return { reason: verdicts.map((verdict) => verdict!.reason).join('; '), metadata };
  },
};

function metadataOnOneLine(line: string, context: LineContext): LineVerdict | undefined {
  // "Posted on June 2, 2023 by Martha Greene | 14 Comments": the comment count is no part of the byline.
  const trimmed = line.trim();
  const text = /[|·•]/.test(trimmed) ? trimmed.replace(TRAILING_COUNTER, '') : trimmed;
  // "By" / "Mara Holt": a byline whose name, a link, the page set on a line of its own (the "By" is chrome).
  if (context.earlierHeadLines.at(-1) === 'by' && BARE_NAMES.test(text))
    return { reason: 'byline, its name under its "By" (moved to author)', metadata: { author: text } };
  const byline = BYLINE.exec(text);
  if (byline) {
    const fields = bylineFields(byline[1]!);
    return fields.publication
      ? { reason: 'byline and agency (moved to author and publication)', metadata: fields }
      : { reason: 'byline (moved to author)', metadata: fields };
  }
  // Never the first line: "By Any Means Necessary, Fighters Hold the Line" is a headline.
  const withOutlet = context.index > 0 ? BYLINE_WITH_OUTLET.exec(text) : null;
  if (withOutlet) {
    const after = withOutlet[2]!.trim();
    // "By Mara Holt, Senior Correspondent": after the comma a role, not an outlet.
    if (ROLE_WORDS.test(after)) return { reason: 'byline with role (moved to author)', metadata: { author: withOutlet[1]!.trim() } };
    if (looksLikeOutlet(after))
      return {
        reason: 'byline and outlet (moved to author and publication)',
        metadata: { author: withOutlet[1]!.trim(), publication: after },
      };
    // "By Jane Doe, John Smith and Ali Hassan", "By Martin Smith, Jr.": more names, or part of one; left as it is.
  }
  const withPost = context.index > 0 && !withOutlet ? BYLINE_WITH_POST.exec(text) : null;
  if (withPost && POST_WORDS.test(withPost[2]!) && !NOT_A_POST.test(withPost[2]!) && withPost[2]!.split(/\s+/).length <= MAX_POST_WORDS)
    return { reason: 'byline with role (moved to author)', metadata: { author: withPost[1]!.trim() } };
  // "By Mara Holt" then "Reuters": the outlet alone on the line under the byline, when it looks like one.
  // "Source: CNN" under the byline and date: the outlet, as its own line names it.
  const source = HEAD_SOURCE.exec(text);
  if (source && (context.knownDate || context.afterByline) && looksLikeOutlet(source[1]!))
    return { reason: 'source line under the byline (moved to publication)', metadata: { publication: source[1]! } };
  if (context.afterByline && text.split(/\s+/).length <= 4 && !/[.!?:;,\d]/.test(text) && namesAnOutlet(text))
    return { reason: 'outlet under the byline (moved to publication)', metadata: { publication: text } };
  const withRole = context.index > 0 ? NAME_WITH_ROLE.exec(text) : null;
  if (withRole) return { reason: 'byline with role (moved to author)', metadata: { author: withRole[1]!.trim() } };
  // Only under the byline: "Reporting from Gaza" elsewhere is a subhead.
  const filedFrom = context.afterByline ? REPORTING_FROM.exec(text) : null;
  if (filedFrom) return { reason: 'place the story was filed from (moved to dateline)', metadata: { dateline: filedFrom[1]!.trim() } };
  const glued = GLUED_BYLINE_DATE.exec(text);
  const gluedDate = glued && dateInText(glued[2]!);
  if (glued && gluedDate)
    return { reason: 'byline and date (moved to author and date)', metadata: { author: glued[1]!.trim(), date: gluedDate } };
  if (DESK_BYLINE.test(text)) return { reason: 'desk byline (moved to author)', metadata: { author: text } };
  // "Aberdare Leader, 22 April 2025": the outlet and the date, as a paper prints them under the byline.
  const outletDate = context.index > 0 ? OUTLET_AND_DATE.exec(text) : null;
  const outletDated = outletDate && OUTLET_NAME_END.test(outletDate[1]!) ? bareDate(outletDate[2]!) : undefined;
  if (outletDate && outletDated)
    return { reason: 'outlet and date (moved to publication and date)', metadata: { publication: outletDate[1]!, date: outletDated } };
  const dateLabel = DATE_LABEL_PREFIX.exec(text);
  if (dateLabel && partialDateOf(dateLabel[1])) {
    const rest = text.slice(dateLabel[0].length);
    return { reason: 'date label (moved to date)', metadata: { date: partialDateOf(dateLabel[1])! }, ...(rest && { keep: rest }) };
  }
  const labelled = LABELLED.exec(text);
  if (!labelled) {
    // "Published November 19, 2016 · By Ivo Brandt": a date line that ends with the byline, which is no headline,
    // no chronology's heading and no standfirst, wherever it stands at the head.
    const trailing = TRAILING_BYLINE.exec(text);
    const date = bareDate(trailing ? text.slice(0, trailing.index) : text);
    if (!(trailing && date)) {
      // A date alone on a line is the article's only under its headline (never the headline itself: "October 7,
      // 2023" may be one; "December 17, 2025 • 8 minutes", with its reading time, or "November 19, 2019 at
      // 9:45 am", with its time, is not) and only the first: after it, dated lines are a chronology's headings.
      if (context.index === 0 && !READING_TIME.test(trimmed) && !TIME_OF_DAY.test(trimmed)) return undefined;
      if (context.knownDate)
        return context.afterDate && bareDate(text) === context.knownDate ? { reason: 'the date printed again' } : undefined;
    }
    if (!date) return undefined;
    return trailing
      ? { reason: 'date and byline line (moved to date and author)', metadata: { date, author: trailing[1]!.trim() } }
      : { reason: 'date line (moved to date)', metadata: { date } };
  }
  const label = (labelled[1] ?? labelled[2])!.toLowerCase();
  const value = labelled[3]!.trim();
  // "Reporters on the ground said…" is a sentence, not a label: metadata is short and is not a sentence.
  if (value.split(/\s+/).length > MAX_METADATA_WORDS || /\p{Ll}{2,}[.!?]$/u.test(value)) return undefined;
  if (/writer|author|reporter|byline|written/.test(label))
    return { reason: `${label} line (moved to author)`, metadata: { author: value.replace(/^by\s+/i, '') } };
  if (/section/.test(label)) return { reason: `${label} line (moved to section)`, metadata: { section: value } };
  // A date in numbers alone counts here, after its label: alone on its line it may be a table's cell ("1/1/2013").
  const date = dateInText(value) ?? numericDateInText(value);
  if (!date) return undefined;
  // "Published November 19, 2016 · By Ivo Brandt": the byline that ends the line is the author.
  const author = TRAILING_BYLINE.exec(value)?.[1]?.trim();
  return author
    ? { reason: `${label} line with byline (moved to date and author)`, metadata: { date, author } }
    : { reason: `${label} line (moved to date)`, metadata: { date } };
}

// What may stand beside a date on a line of its own: the weekday, a time and its zone, "Updated", separators.
const DATE_COMPANIONS =
  /\b\d{1,2}[:.]\d{2}\s?[ap]\.?m\b\.?|\b(?:an?|\d{1,3})\s+(?:mins?|minutes?|hours?|hrs?|days?)\s+ago\b|\b\d{1,3}\s+min(?:ute)?s?(?:\s+read)?\b|(?<=[A-Z]{2,4})[+-]\d{1,2}(?::?\d{2})?\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:mon|tue|wed|thu|fri|sat|sun)\b\.?|\b\d{1,2}[:.]\d{2}\b|\b[ap]\.?m\b\.?|\b(?:updated|published|posted|on|at|last)\b|[()·|,•–—\-/]/giu;
// A time zone: BST, GMT, ET, UTC (capitals only, so no word of a sentence goes with it).
const TIME_ZONE = /\b[A-Z]{2,4}\b/g;

/**
 * A head line that is a date and nothing more: "March 1, 2024", "1 March 2024",
 * "Tuesday 10 July 2018 08.45 BST", "2018-07-10". Pasted articles carry one
 * under the headline or byline; it is the date, not the standfirst.
 */
export function bareDate(printed: string): string | undefined {
  if (printed.split(/\s+/).length > MAX_DATE_LINE_WORDS) return undefined;
  // "March 6, 20245:12 AM GMTUpdated 2 hours ago": a page's date, time and label run together when copied.
  const line = printed.replace(/\b((?:19|20)\d{2})(?=\d{1,2}[:.]\d{2}\b)/g, '$1 ').replace(/(\p{Lu}{2})(?=\p{Lu}\p{Ll})/gu, '$1 ');
  const found = dateSpanInText(line);
  if (!found) return undefined;
  // "Published August 13, 2025 4:12pm PDT | Updated August 13, 2025 6:40pm PDT": the first date is the article's.
  let rest = `${line.slice(0, found.start)} ${line.slice(found.end)}`;
  for (let other = dateSpanInText(rest); other; other = dateSpanInText(rest))
    rest = `${rest.slice(0, other.start)} ${rest.slice(other.end)}`;
  return onlyDateCompanions(rest) ? found.date : undefined;
}
// A date line with its times, zones and "Updated" ("August 15, 2025 7:18 PM PDT Updated 2 hours ago").
const MAX_DATE_LINE_WORDS = 16;

/** What is left of a line without its date is only what may stand beside a date: a weekday, a time, "Updated". */
function onlyDateCompanions(rest: string): boolean {
  return (
    rest
      .replace(DATE_COMPANIONS, ' ')
      .replace(TIME_ZONE, ' ')
      .replace(/[.,:;]/g, ' ')
      .trim() === ''
  );
}

// A byline element's label before the name: "Author", "Written by:", "Posted by:Ana", "Article by", "ByAna Brel" (glued).
const WRITER_LABEL =
  /^(?:(?:author\(s\)|authors?|contributors?|writers?)\s*:?\s+|(?:(?:article|post|story)\s+)?(?:(?:written|posted|authored|published)\s+)?by\b\s*:?\s*|(?:written |posted |article )?by(?=\p{Lu}\p{Ll}))/iu;
// What follows the name there: "in Project Management" (the post's category), "on behalf of …", "Updated on", and
// the writer's post, "| Author", "Staff Writer" (not a desk's "Staff": "Our Foreign Staff").
const AFTER_WRITER =
  /(?:\s+in\s+\S.*|\s+on behalf of\b.*|\s*(?:updated|published|posted|modified)(?:\s+on)?\s*:?|[\s,|–—-]*(?:(?:Senior|Staff|Contributing|Guest|Tech|Managing|Executive)\s+)?(?:Writer|Editor|Reporter|Correspondent|Contributor|Columnist|Author|Journalist|Producer|Analyst|Photographer|Critic|Researcher|Expert|Reviewer))$/;
// A writer's name as a byline element gives it: names of capitalised words ("Lisa D. Ellis", "Ana Brel and Tom Rees"),
// or a desk ("the Lavazza Team"); no digits, no sentence.
const WRITER = new RegExp(
  `^(?:the\\s+)?${NAME},?(?:\\s+(?:${NAME},?|${CONNECTOR}))*(?:\\s+(?:editors|staff|team|desk|reporters|writers))?$`,
  'u',
);
const MAX_WRITER_WORDS = 8;
// One word in a byline element that is its label or a button, not a name.
const NOT_ONE_NAME = new RegExp(
  `^(?:${LABEL_NAMES}|author\\w*|by|written|posted|bio|profile|avatar|contact|email|e-mail|twitter|linkedin|facebook|instagram|website|home|blog|menu|share|follow)$`,
  'i',
);

/**
 * The writer a page's byline element names ("Author Isaiah Reyes Updated on April 19, 2025", "Written by:Ana Brel",
 * "Ana Brel in Project Management", "Ana Brel | Writer"), or undefined when it names nobody. One word ("Newsdesk",
 * "Clay") only where the caller knows the element is the author's, and never its label ("Author", "Bio").
 */
export function writerName(printed: string, { oneWord = false } = {}): string | undefined {
  const unlabelled = printed.replace(/\s+/g, ' ').trim().replace(WRITER_LABEL, '');
  let name = unlabelled && pageByline(unlabelled);
  if (!name) return undefined;
  // Taken off while a name of two words or more remains: "Post Reporters", "The Currency editors" are desks' names.
  if (!/^the\s/i.test(name))
    for (let shorter = name.replace(AFTER_WRITER, '').replace(EDGE_SEPARATORS, ''); shorter !== name && /\s/.test(shorter); ) {
      name = shorter;
      shorter = name.replace(AFTER_WRITER, '').replace(EDGE_SEPARATORS, '');
    }
  const words = name.split(/\s+/).filter((word) => !/^(?:and|&|,)$/.test(word));
  if (!WRITER.test(name) || words.length > MAX_WRITER_WORDS || (words.length < 2 && (!oneWord || NOT_ONE_NAME.test(name))))
    return undefined;
  return name;
}

/** A line that is only a date, a byline, or both ("Posted on July 1, 2024 by Ana Brel", "Dec 18 2025"). */
export function isDateOrBylineLine(line: string): boolean {
  const text = line.trim();
  if (!text) return false;
  if (isDateLine(text) || bylineNames(text)) return true;
  const labelled = LABELLED.exec(text);
  return !!labelled && !!(dateInText(labelled[3]!) ?? numericDateInText(labelled[3]!));
}

// A line that says it names the writer: "Written by", "By:", "Posted by", after a date or not. Not "Author:", which in
// an article's text may name a book's ("Author: H.G. Parry Released: June 17").
const WRITER_LINE = /^(?:(?:written|posted|published|authored|article|story)\s+by|by)\b\s*:?/i;

/** A line that opens with the writer's "by" ("By Ana Brel", "Written by", "by" alone over a linked name). */
export const opensWithBy = (line: string) => WRITER_LINE.test(line.trim());

/**
 * The writer a line by the headline names after its label ("by: Ziyi Xu, Dec 17, 2025", "Written by Ana Brel and Tom
 * Rees", "12/19/2025 — by Ana Brel in Guides"), or undefined: a line without the label may be a kicker or a section's
 * name.
 */
export function labelledWriterName(line: string): string | undefined {
  const text = line.trim();
  const date = dateSpanInText(text) ?? numericDateSpan(text);
  const rest = date && date.start === 0 ? text.slice(date.end).replace(EDGE_SEPARATORS, '') : text;
  return WRITER_LINE.test(rest) ? writerName(rest) : undefined;
}

function numericDateSpan(text: string): { start: number; end: number } | undefined {
  const numeric = NUMERIC_DATE.exec(text);
  return numeric ? { start: numeric.index, end: numeric.index + numeric[0].length } : undefined;
}
