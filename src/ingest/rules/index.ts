/**
 * The line rules, in the order they run: the first rule that claims a line
 * decides what happens to it. Structural passes (the head block of headline,
 * kicker and captions; lost apostrophes; interviews; truncation) run after
 * these, in ingestSource.
 */
import { boilerplateLine } from './boilerplate.ts';
import { captionLine, foldingCaptionLine, galleryCaptionLine, markedCaption } from './caption.ts';
import { audioPlayerLine, bylineLabelLine, otherStoryHeadline, pageChrome, punctuationLine, relatedStoryLine } from './chrome.ts';
import { wireDateline } from './dateline.ts';
import type { Figure } from './headline.ts';
import {
  foldLine,
  HEAD_LINES,
  type LineContext,
  type LineMetadata,
  type LineRule,
  type LineVerdict,
  mergeLineMetadata,
} from './line-rule.ts';
import { repeatedLine } from './repeated-line.ts';
import { sourceLinkLine } from './source-link.ts';
import { olderVersionInView } from './version-view.ts';
import { metadataLine } from './metadata-lines.ts';

export const LINE_RULES: readonly LineRule[] = [
  repeatedLine,
  sourceLinkLine,
  boilerplateLine,
  // Before the page chrome: a gallery's caption ends in its licensing link, as the site's own links do.
  galleryCaptionLine,
  pageChrome,
  punctuationLine,
  bylineLabelLine,
  audioPlayerLine,
  relatedStoryLine,
  // Before the other story's headline: "Published April 3, 2017 · By Omar Haddad" is as title-cased as one.
  metadataLine,
  otherStoryHeadline,
  wireDateline,
  captionLine,
  foldingCaptionLine,
  olderVersionInView,
];

// A caption the source marks as one (an HTML <figcaption>) is judged by no rule: it is a figure, whatever its words.
const MARKED_CAPTION = 'marked caption';

/** What the first rule that claims this line says. */
export function judgeLine(
  line: string,
  context: LineContext,
  rules: readonly LineRule[] = LINE_RULES,
): (LineVerdict & { rule: string }) | undefined {
  for (const rule of rules) {
    if (rule.where === 'head' && context.index >= HEAD_LINES) continue;
    const verdict = rule.match(line, context);
    if (verdict) return { ...verdict, rule: rule.name };
  }
  return undefined;
}

/**
 * Runs the rules over an article's lines, in order: each line the rules claim
 * leaves the body (recorded by the caller through `onRemoved`), or keeps only
 * its `keep` part; the metadata they found is merged, nearest the top first.
 */
export function applyLineRules<B>(
  blocks: readonly B[],
  textOf: (block: B) => string,
  cut: (block: B, keep: string) => { dropped: string; kept?: B },
  onRemoved: (text: string, reason: string) => void,
  {
    plainText,
    rules = LINE_RULES,
    captions,
  }: {
    plainText: boolean;
    rules?: readonly LineRule[];
    /** Blocks the source marks as a photograph's caption (an HTML `<figcaption>`): figures, whatever their words. */
    captions?: ReadonlySet<B>;
  },
): LinesRuled<B> {
  const metadata: LineMetadata = {};
  const kept: B[] = [];
  const figures: Array<CaptionUnder<B>> = [];
  // Kept blocks, not their places: a caption's copy taken out below would shift the places.
  const underByline = new Set<B>();
  const overDate = new Set<B>();
  const earlierHeadLines: string[] = [];
  let bylineBefore = false;
  let dateBefore = false;
  blocks.forEach((block, index) => {
    const line = textOf(block);
    const context = {
      index,
      earlierHeadLines,
      plainText,
      knownDate: metadata.date,
      afterByline: bylineBefore,
      afterDate: dateBefore,
    };
    const verdict = captions?.has(block)
      ? { reason: 'photo caption (moved to figures)', figure: markedCaption(line), rule: MARKED_CAPTION }
      : judgeLine(line, context, rules);
    bylineBefore = Boolean(verdict?.metadata?.author) && !verdict?.metadata?.publication;
    dateBefore = Boolean(verdict?.metadata?.date);
    if (index < HEAD_LINES) earlierHeadLines.push(foldLine(line));
    if (!verdict) {
      kept.push(block);
      return;
    }
    mergeLineMetadata(metadata, verdict.metadata);
    // A byline or date under a kept head line: that line is the standfirst (or the headline), whatever its punctuation.
    if (index < HEAD_LINES && kept.length && (verdict.metadata?.author || verdict.metadata?.date)) underByline.add(kept.at(-1)!);
    if (index < HEAD_LINES && kept.length && verdict.metadata?.date && !verdict.metadata.author) overDate.add(kept.at(-1)!);
    // A gallery prints its caption twice ("Item 1 of 3 …", then "[1/3]…"): one figure. Each caption the source marks
    // as one is its own photograph's, though three charts may share their words.
    const marked = verdict.rule === MARKED_CAPTION;
    if (
      verdict.figure &&
      (marked || !verdict.figure.caption || foldLine(verdict.figure.caption) !== foldLine(figures.at(-1)?.figure.caption ?? ''))
    ) {
      // The same caption one or two lines before, without its credit (a gallery prints both), goes with it.
      const caption = foldLine(verdict.figure.caption);
      const copyAt = [kept.length - 1, kept.length - 2].find((at) => at >= 0 && foldLine(textOf(kept[at]!)) === caption);
      if (copyAt !== undefined) {
        const copy = kept.splice(copyAt, 1)[0]!;
        onRemoved(textOf(copy), 'photo caption, printed again with its credit (moved to figures)');
        // A caption placed under the copy now stands under the block before it.
        for (const placed of figures) if (placed.under === copy) placed.under = kept[copyAt - 1];
      }
      figures.push({ figure: verdict.figure, under: kept.at(-1) });
    }
    if (verdict.keep === undefined) {
      onRemoved(line, verdict.reason);
      return;
    }
    const parts = cut(block, verdict.keep);
    onRemoved(parts.dropped, verdict.reason);
    if (!parts.kept) return;
    // What is left may be chrome itself ("date 2018-07-11 Twitter"): judged once more, and dropped whole if claimed.
    const rest = judgeLine(verdict.keep, context, rules);
    if (rest && rest.keep === undefined) {
      mergeLineMetadata(metadata, rest.metadata);
      onRemoved(verdict.keep, rest.reason);
    } else kept.push(parts.kept);
  });
  const bylineAfter = new Set(kept.flatMap((block, at) => (underByline.has(block) ? [at] : [])));
  const dateAfter = new Set(kept.flatMap((block, at) => (overDate.has(block) ? [at] : [])));
  return { blocks: kept, metadata, figures, bylineAfter, dateAfter };
}

/** A caption and the kept block it stood under (none: above them all), for its place in the text. */
export interface CaptionUnder<B> {
  figure: Figure;
  under: B | undefined;
}

export interface LinesRuled<B> {
  blocks: B[];
  metadata: LineMetadata;
  /** Captions found among the paragraphs, each with the kept block it stood under. */
  figures: ReadonlyArray<CaptionUnder<B>>;
  /** Kept head lines (by their place in `blocks`) that a byline or date line followed. */
  bylineAfter: ReadonlySet<number>;
  /** Kept head lines (by their place in `blocks`) that a date line alone followed: "Anna Berg" over "Mar 5, 2024". */
  dateAfter: ReadonlySet<number>;
}

export type { LineContext, LineMetadata, LineRule, LineVerdict };
