/**
 * The lines a copied article starts with before its body: a photo credit, a
 * kicker ("TIME Iraq": publication and section), the headline, a caption
 * (sometimes twice, once with its credit run in), and the standfirst (seed 000);
 * or a "PHOTO: caption (Credit)" line (seed 002). They leave the body for the
 * frontmatter, and each is recorded.
 */
import { endsLikeSentence } from '../../text/punctuation.ts';
import { removal, type Removal } from './removal.ts';

export interface Figure {
  caption: string;
  credit?: string;
}

export interface HeadBlock {
  /** How many leading lines belong to the head block. */
  consumed: number;
  title?: string;
  dek?: string;
  section?: string;
  figures: Figure[];
  removed: Removal[];
}

export interface HeadHints {
  publication?: string;
  title?: string;
  dek?: string;
}

const MAX_HEAD_LINES = 10;
const MAX_HEAD_WORDS = 35;
const endsLikeProse = (line: string) => endsLikeSentence(line, ':;');
const CREDIT_LINE = /^(?:photograph|photo|photography|image|picture)s?\s+(?:by|:)\s*(.+)$/i;
// "A caption… (Photo: AFP)", "A caption…Credit: AP": a caption with its credit at the end.
const CAPTION_WITH_CREDIT = /^(.{12,}?)\s*(?:\((?:photo|photograph|image|picture|credit)s?\s*:\s*([^()]{2,60})\)|(?<=\S)(?:photo|credit)s?\s*:\s*([^.]{2,60}))\s*$/i;
// "180710-TH-rescue-top-620.jpg Thais celebrate…": an image's file name glued to its caption.
const IMAGE_FILE_CAPTION = /^[\w.-]+\.(?:jpe?g|png|gif|webp|avif)\s+(\S.{8,})$/i;
const PHOTO_CAPTION = /^(?:photo|image|picture|caption)\s*:\s*(.+?)\s*\(([^()]+)\)\s*$/i;

const words = (line: string) => line.split(/\s+/).filter(Boolean).length;
const same = (a: string | undefined, b: string) => !!a && a.trim().toLowerCase() === b.trim().toLowerCase();

export function recognizeHeadBlock(lines: readonly string[], hints: HeadHints = {}): HeadBlock {
  const head: HeadBlock = { consumed: 0, figures: [], removed: [] };
  let creditLine: string | undefined;
  let i = 0;
  while (i < lines.length && i < MAX_HEAD_LINES) {
    const line = lines[i]!.trim();
    const next = lines[i + 1]?.trim() ?? '';
    if (!line) {
      i++;
      continue;
    }
    // A caption may be long; anything else this long is the body.
    if (words(line) > MAX_HEAD_WORDS && !CAPTION_WITH_CREDIT.test(line) && !IMAGE_FILE_CAPTION.test(line)) break;

    const credit = CREDIT_LINE.exec(line);
    const photo = PHOTO_CAPTION.exec(line);
    const creditRunIn = next.length > line.length && next.endsWith(line) ? next.slice(0, next.length - line.length).trim() : '';
    if (credit) {
      creditLine = credit[1]!.trim();
      head.removed.push(removal(line, 'photo credit (moved to the figure)'));
    } else if (IMAGE_FILE_CAPTION.test(line)) {
      head.figures.push({ caption: IMAGE_FILE_CAPTION.exec(line)![1]!.trim() });
      head.removed.push(removal(line, 'photo caption with its image file name (moved to figures)'));
    } else if (!photo && CAPTION_WITH_CREDIT.test(line)) {
      const [, caption, bracketed, glued] = CAPTION_WITH_CREDIT.exec(line)!;
      head.figures.push({ caption: caption!.trim(), credit: (bracketed ?? glued)!.trim() });
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
    } else if (hints.publication && !head.section && !head.title && line.startsWith(`${hints.publication} `) && words(line) <= 6) {
      head.section = line.slice(hints.publication.length).trim();
      head.removed.push(removal(line, 'kicker: publication and section'));
    } else if (!head.title && (same(hints.title, line) || !endsLikeProse(line))) {
      head.title = line;
      head.removed.push(removal(line, 'headline (moved to title)'));
    } else if (head.title && !head.dek && (same(hints.dek, line) || !endsLikeProse(line))) {
      head.dek = line;
      head.removed.push(removal(line, 'standfirst (moved to dek)'));
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
