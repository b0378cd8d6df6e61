/**
 * The lines a copied article starts with before its body: a photo credit, a
 * kicker ("TIME Iraq": publication and section), the headline, a caption
 * (sometimes twice, once with its credit run in), and the standfirst (seed 000);
 * or a "PHOTO: caption (Credit)" line (seed 002); the masthead, a section
 * label over the headline ("Fifa"), a breadcrumb that ends in a shortened copy
 * of the headline ("Home World — Art 'Everybody is…"), a running story's
 * kicker ("Thai cave rescue latest: …"), and a byline of a bare name over a
 * place ("Wilawan Watcharasakwet" / "Chiang Rai, Thailand"). They leave the
 * body for the frontmatter, and each is recorded.
 */
import { bareDate, bylineNames, NEWSPAPER_NAME, namesAnOutlet } from './metadata-lines.ts';
import { endsLikeSentence } from '../../text/punctuation.ts';
import { splitSentences } from '../../text/sentences.ts';
import { captionWithCredit } from './caption.ts';
import { NAME_PARTICLES } from './line-rule.ts';
import { removal, type Removal } from './removal.ts';

export interface Figure {
  caption: string;
  credit?: string;
  /** The body paragraph (1 for the first) the caption stood after; none: above the text, as a lead photograph. */
  after?: number;
}

export interface HeadBlock {
  /** How many leading lines belong to the head block. */
  consumed: number;
  title?: string;
  dek?: string;
  section?: string;
  author?: string;
  /** "Jane Whitfield" over "BBC News, Leeds": the outlet the byline block names. */
  publication?: string;
  dateline?: string;
  figures: Figure[];
  removed: Removal[];
}

export interface HeadHints {
  publication?: string;
  title?: string;
  dek?: string;
  /** Head lines (by index) that a byline or date line followed, before the line rules took it out. */
  bylineAfter?: ReadonlySet<number>;
  /** Head lines (by index) that a date line alone followed, before the line rules took it out. */
  dateAfter?: ReadonlySet<number>;
  /** A byline was found already: a name over the date is then no byline of its own. */
  authorKnown?: boolean;
  /**
   * The headline a saved page shows, read from the page around the article. The extracted article
   * may repeat it; any other line at its top (a caption, a label, the first section's heading) is not it.
   */
  pageHeadline?: string;
  /** The page's summaries of itself: the line that repeats one is the standfirst. */
  pageSummaries?: readonly string[];
}

const MAX_HEAD_LINES = 10;
const MAX_HEAD_WORDS = 35;
const endsLikeProse = (line: string) => endsLikeSentence(line, ':;');
const CREDIT_LINE = /^(?:photograph|photo|photography|image|picture)s?\s+(?:by|:)\s*(.+)$/i;
// "A caption… (Photo: AFP)", "A caption…Credit: AP": a caption with its credit at the end.
// "180710-TH-rescue-top-620.jpg Thais celebrate…": an image's file name glued to its caption.
const IMAGE_FILE_CAPTION = /^[\w.-]+\.(?:jpe?g|png|gif|webp|avif)\s+(\S.{8,})$/i;
const PHOTO_CAPTION = /^(?:photo|image|picture|caption)\s*:\s*(.+?)\s*\(([^()]+)\)\s*$/i;

// "Thai cave rescue latest: Meet the divers": a running story's name before the headline.
const RUNNING_STORY_KICKER = /^(.{3,60}?\b(?:latest|live|live updates|updates?))\s*:\s+(\S.*)$/i;
// A bare name, "Wilawan Watcharasakwet", "Ahmed al-Rubaye": two to four capitalised words.
const BARE_NAME = new RegExp(`^\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|${NAME_PARTICLES}))*\\s+\\p{Lu}[\\p{L}'’.-]+$`, 'u');
// "Chiang Rai, Thailand", "MOSUL, Iraq": a place as a byline block gives it.
const PLACE = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3},\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}$/u;
const isBareName = (line: string) => BARE_NAME.test(line) && words(line) <= 4;
// Words no person's name is made of ("Teachers Under Pressure", "Breaking News"); particles (de, van, al) are lower case.
const NOT_IN_A_NAME =
  /\b(?:The|A|An|And|Of|In|On|At|For|To|From|With|Under|Over|After|Before|Into|Is|Are|Was|Were|Be|As|By|New|News|Breaking|Live|Latest|Update|Updates)\b/;
const isPersonsName = (line: string) => isBareName(line) && words(line) <= 3 && !NOT_IN_A_NAME.test(line) && !namesAnOutlet(line);
const ELLIPSIS_END = /(?:\.{3}|…)\s*$/;
// Print layout (masthead / headline / standfirst / byline): how near the top the byline must stand, and how long a standfirst is.
const MAX_LINES_ABOVE_BYLINE = 4;
const MAX_STANDFIRST_WORDS = 40;
// Shorter, an unpunctuated line at the top of a page's article is as likely its first section's heading.
const MIN_STANDFIRST_WORDS_ON_PAGE = 8;
// "The span carried 40,000 vehicles a day. Repairs could take two years.": a standfirst may be two short sentences.
const MAX_STANDFIRST_SENTENCES = 2;
// "Springfield Gazette", "Daily Mail", "The Valley Times": a newspaper's name, a place or a name and the word
// newspapers are named with. Not "Social Media", "Spending Review", "Fake News": those words end headlines too.
const MAX_MASTHEAD_WORDS = 4;
function isMastheadName(line: string): boolean {
  const names = line.split(/\s+/);
  if (names.length < 2 || names.length > MAX_MASTHEAD_WORDS || line.length > 40 || /[.!?:;,]/.test(line)) return false;
  // Capitalised throughout, with "The" only first ("Murdoch Sells The Times" is a headline).
  if (!names.every((word, at) => /^\p{Lu}/u.test(word) && (word !== 'The' || at === 0))) return false;
  return NEWSPAPER_NAME.test(line) || (names.length === 2 && names[0] === 'Daily');
}

const words = (line: string) => line.split(/\s+/).filter(Boolean).length;
const MAX_KICKER_WORDS = 4;
const MAX_QUESTION_HEADLINE_WORDS = 20;

/** "What does the reopened harbour mean for ferries?" over its byline or date: a headline that asks, not a sentence. */
function isQuestionHeadline(line: string, at: number, hints: HeadHints): boolean {
  return (
    /[?!]["”’)]?$/.test(line) &&
    words(line) <= MAX_QUESTION_HEADLINE_WORDS &&
    ((hints.bylineAfter?.has(at) ?? false) || (hints.dateAfter?.has(at) ?? false))
  );
}

/** "Home World — Art 'Everybody is Doing Well': World Sees…" over the whole headline: the line ends in a shortened copy of a later one. */
function endsInShortenedCopy(line: string, later: readonly string[]): boolean {
  if (!ELLIPSIS_END.test(line)) return false;
  const stem = line.replace(ELLIPSIS_END, '').trim();
  return later.some((other) => {
    const opening = other.split(/\s+/).slice(0, 4).join(' ');
    if (words(opening) < 4) return false;
    const at = stem.lastIndexOf(opening);
    return at >= 0 && other.startsWith(stem.slice(at)) && other.length > stem.length - at;
  });
}
const same = (a: string | undefined, b: string) => !!a && a.trim().toLowerCase() === b.trim().toLowerCase();
// The page's headline printed again, whatever its quotation marks, dashes, spaces or last mark: its letters and digits.
const lettersOf = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const sameHeadline = (headline: string | undefined, line: string) =>
  !!headline && lettersOf(line) !== '' && lettersOf(headline) === lettersOf(line);

const isCaptionLike = (line: string) =>
  captionWithCredit(line) !== undefined || IMAGE_FILE_CAPTION.test(line) || PHOTO_CAPTION.test(line) || CREDIT_LINE.test(line);

/**
 * The line a byline stood under, when the lines above it are a print layout's: masthead or kicker,
 * headline, standfirst, each short and none a caption. That line is the standfirst and the one
 * above it the headline, whatever their punctuation ("FOUND ALIVE!"; a standfirst ending in a full stop).
 */
function standfirstOverByline(
  lines: readonly string[],
  bylineAfter: ReadonlySet<number> | undefined,
  dateAfter: ReadonlySet<number> | undefined,
): number | undefined {
  let at = Math.min(...(bylineAfter ?? []));
  // "Anna Berg" over the date is the byline itself, without its "By": the standfirst, if any, is above it.
  if (dateAfter?.has(at) && isPersonsName(lines[at]!.trim())) at -= 1;
  if (!Number.isFinite(at) || at < 1 || at > MAX_LINES_ABOVE_BYLINE) return undefined;
  const above = lines.slice(0, at + 1).map((line) => line.trim());
  if (above.some((line) => !line || words(line) > MAX_HEAD_WORDS || isCaptionLike(line))) return undefined;
  const standfirst = above[at]!;
  return words(standfirst) <= MAX_STANDFIRST_WORDS && splitSentences(standfirst).length <= MAX_STANDFIRST_SENTENCES ? at : undefined;
}

export function recognizeHeadBlock(lines: readonly string[], hints: HeadHints = {}): HeadBlock {
  const head: HeadBlock = { consumed: 0, figures: [], removed: [] };
  let standfirstAt = standfirstOverByline(lines, hints.bylineAfter, hints.dateAfter);
  let creditLine: string | undefined;
  let i = 0;
  while (i < lines.length && i < MAX_HEAD_LINES) {
    const line = lines[i]!.trim();
    const next = lines[i + 1]?.trim() ?? '';
    if (!line) {
      i++;
      continue;
    }
    const withCredit = captionWithCredit(line);
    // A caption may be long; anything else this long is the body.
    if (words(line) > MAX_HEAD_WORDS && !withCredit && !IMAGE_FILE_CAPTION.test(line)) break;

    const credit = CREDIT_LINE.exec(line);
    const photo = PHOTO_CAPTION.exec(line);
    const creditRunIn = next.length > line.length && next.endsWith(line) ? next.slice(0, next.length - line.length).trim() : '';
    if (credit) {
      creditLine = credit[1]!.trim();
      head.removed.push(removal(line, 'photo credit (moved to the figure)'));
    } else if (IMAGE_FILE_CAPTION.test(line)) {
      head.figures.push({ caption: IMAGE_FILE_CAPTION.exec(line)![1]!.trim() });
      head.removed.push(removal(line, 'photo caption with its image file name (moved to figures)'));
    } else if (!photo && withCredit) {
      head.figures.push(withCredit);
      head.removed.push(removal(line, 'photo caption with its credit (moved to figures)'));
    } else if (photo) {
      head.figures.push({ caption: photo[1]!.trim(), credit: photo[2]!.trim() });
      head.removed.push(removal(line, 'photo caption (moved to figures)'));
    } else if (creditRunIn && words(creditRunIn) <= 10) {
      // A caption given twice, the second time with its credit run into it.
      head.figures.push({ caption: line, credit: creditRunIn });
      head.removed.push(removal(line, 'photo caption (moved to figures)'));
      head.removed.push(removal(next, 'photo caption repeated with its credit (moved to figures)'));
      i += 2;
      head.consumed = i;
      continue;
    } else if (
      !head.title &&
      !head.figures.length &&
      isMastheadName(line) &&
      words(next) >= 3 &&
      !endsLikeProse(next) &&
      !bareDate(next) &&
      // Only where a byline or a date stands under the line that would be the headline, as under a paper's.
      (hints.bylineAfter?.has(i + 1) ?? false)
    ) {
      // The paper's name over its headline; when the byline stands right under that headline, there is no standfirst.
      head.publication ??= line;
      head.removed.push(removal(line, "masthead (the publication's name)"));
      if (standfirstAt === i + 1) standfirstAt = undefined;
    } else if (standfirstAt !== undefined && i < standfirstAt - 1 && !head.title && words(line) <= 8) {
      const named = same(hints.publication, line) || isMastheadName(line);
      if (named) head.publication ??= line;
      head.removed.push(removal(line, named ? "masthead (the publication's name)" : 'masthead or label above the headline'));
    } else if (standfirstAt !== undefined && i === standfirstAt && head.title && !head.dek) {
      head.dek = line;
      head.removed.push(removal(line, 'standfirst (moved to dek)'));
    } else if (!head.title && same(hints.publication, line)) {
      head.removed.push(removal(line, "masthead (the publication's name)"));
    } else if (
      !head.title &&
      endsInShortenedCopy(
        line,
        lines.slice(i + 1, i + 4).map((later) => later.trim()),
      )
    ) {
      head.removed.push(removal(line, 'breadcrumb with a shortened copy of the headline'));
    } else if (!head.title && !hints.title && words(line) === 1 && !endsLikeProse(line) && words(next) >= 3 && !endsLikeProse(next)) {
      head.removed.push(removal(line, 'section label over the headline'));
    } else if (head.title && !head.author && isBareName(line) && PLACE.test(next)) {
      head.author = line;
      head.removed.push(removal(line, 'byline (moved to author)'));
      // "BBC News, Leeds": the outlet, then the place.
      const [outlet, ...place] = next.split(/,\s*/);
      if (place.length && namesAnOutlet(outlet!)) {
        head.publication = outlet!;
        head.dateline = place.join(', ');
        head.removed.push(removal(next, 'outlet and place under the byline (moved to publication and dateline)'));
      } else {
        head.dateline = next;
        head.removed.push(removal(next, 'place under the byline (moved to dateline)'));
      }
      i += 2;
      head.consumed = i;
      continue;
    } else if (head.title && !head.author && !hints.authorKnown && hints.dateAfter?.has(i) && isPersonsName(line)) {
      // "Anna Berg" over "Mar 5, 2024", under the headline: a newsletter's or a blog's byline, without its "By".
      head.author = line;
      head.removed.push(removal(line, 'name over the date (moved to author)'));
    } else if (standfirstAt !== undefined && i === standfirstAt && head.title && head.dek && words(line) <= MAX_STANDFIRST_WORDS) {
      // A second line of standfirst over the byline ("Policy makers kept rates" / "Governor says inflation is slowing").
      head.dek = `${head.dek}${endsLikeProse(head.dek) ? '' : '.'} ${line}`;
      head.removed.push(removal(line, 'standfirst, its second line (moved to dek)'));
    } else if (hints.publication && !head.section && !head.title && line.startsWith(`${hints.publication} `) && words(line) <= 6) {
      head.section = line.slice(hints.publication.length).trim();
      head.removed.push(removal(line, 'kicker: publication and section'));
    } else if (
      !head.dek &&
      hints.pageSummaries?.some((summary) => same(summary, line)) &&
      // A page's summary is often its first paragraph, a sentence of the body; a standfirst is set apart, unpunctuated.
      !endsLikeProse(line) &&
      // (A page may summarise itself with its headline.)
      !sameHeadline(hints.pageHeadline, line) &&
      !same(hints.title, line)
    ) {
      head.dek = line;
      head.removed.push(removal(line, "standfirst, the page's summary (moved to dek)"));
    } else if (
      hints.pageHeadline &&
      !head.title &&
      !head.dek &&
      !sameHeadline(hints.pageHeadline, line) &&
      !RUNNING_STORY_KICKER.test(line) &&
      !endsLikeProse(line) &&
      words(line) >= MIN_STANDFIRST_WORDS_ON_PAGE &&
      words(line) <= MAX_STANDFIRST_WORDS &&
      !isCaptionLike(line) &&
      // "Tuesday 15 October 2019 by Bradley M. Kuhn" is the page's date and byline.
      !bylineNames(line)
    ) {
      // At the top of a saved page's article, under the headline the page showed: a long line left unpunctuated
      // is set apart from the prose, as a standfirst is ("Our final round-up from 2025 is the best…").
      head.dek = line;
      head.removed.push(removal(line, 'standfirst under the page’s headline (moved to dek)'));
    } else if (
      !head.title &&
      (same(hints.title, line) ||
        sameHeadline(hints.pageHeadline, line) ||
        // "Varrow ferry latest: Ferry returns to Varrow", over a page whose headline is the second part.
        sameHeadline(hints.pageHeadline, RUNNING_STORY_KICKER.exec(line)?.[2] ?? '') ||
        (!hints.pageHeadline &&
          (!endsLikeProse(line) ||
            i === (standfirstAt ?? 0) - 1 ||
            isQuestionHeadline(line, i, hints) ||
            // The text's first line over its byline or date is its headline, whatever its marks ("Opinion: We rebuilt
            // once. We can't keep doing it alone.").
            (i === 0 &&
              words(line) <= MAX_QUESTION_HEADLINE_WORDS &&
              ((hints.bylineAfter?.has(0) ?? false) || (hints.dateAfter?.has(0) ?? false))))))
    ) {
      const kicker = same(hints.title, line) || sameHeadline(hints.pageHeadline, line) ? undefined : RUNNING_STORY_KICKER.exec(line);
      if (kicker && words(kicker[2]!) >= 3) {
        head.section ??= kicker[1]!.trim();
        head.title = kicker[2]!.trim();
        head.removed.push(removal(line, 'headline (moved to title) with its kicker (moved to section)'));
      } else {
        head.title = line;
        head.removed.push(removal(line, 'headline (moved to title)'));
      }
    } else if (
      head.title &&
      !head.dek &&
      (same(hints.dek, line) ||
        (!endsLikeProse(line) &&
          !bareDate(line) &&
          // Under a page's headline, a short line is as likely its first section's heading ("Background").
          (!hints.pageHeadline || words(line) >= MIN_STANDFIRST_WORDS_ON_PAGE)))
    ) {
      // (A date alone is no standfirst: a chronology's first heading, or a date the rules left for the body.)
      head.dek = line;
      head.removed.push(removal(line, 'standfirst (moved to dek)'));
    } else if (
      hints.pageHeadline &&
      // First in the article, or under the headline the page printed again.
      i === (head.title ? 1 : 0) &&
      !head.dek &&
      (hints.bylineAfter?.has(i) ?? false) &&
      words(line) <= MAX_KICKER_WORDS &&
      !/[.!?:;,]/.test(line)
    ) {
      // "Cynon Valley" over the byline at the top of a saved page's article: the kicker the page set over its headline.
      head.removed.push(removal(line, 'kicker over the byline (a section’s or a place’s label)'));
    } else {
      break;
    }
    i++;
    head.consumed = i;
  }
  if (creditLine) {
    const uncredited = head.figures.find((figure) => !figure.credit || creditLine!.endsWith(figure.credit));
    if (uncredited) uncredited.credit = creditLine;
    else head.figures.push({ caption: '', credit: creditLine });
  }
  return head;
}
