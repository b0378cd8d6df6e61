/**
 * The line rules, in the order they run: the first rule that claims a line
 * decides what happens to it. Structural passes (the head block of headline,
 * kicker and captions; lost apostrophes; interviews; truncation) run after
 * these, in ingestSource.
 */
import { boilerplateLine } from './boilerplate.ts';
import { pageChrome, relatedStoryLine } from './chrome.ts';
import { wireDateline } from './dateline.ts';
import { foldLine, HEAD_LINES, type LineContext, type LineMetadata, type LineRule, type LineVerdict } from './line-rule.ts';
import { repeatedLine } from './repeated-line.ts';
import { metadataLine } from './metadata-lines.ts';

export const LINE_RULES: readonly LineRule[] = [repeatedLine, boilerplateLine, pageChrome, relatedStoryLine, metadataLine, wireDateline];

/** What the first rule that claims this line says. */
export function judgeLine(line: string, context: LineContext, rules: readonly LineRule[] = LINE_RULES): (LineVerdict & { rule: string }) | undefined {
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
  rules: readonly LineRule[] = LINE_RULES,
): { blocks: B[]; metadata: LineMetadata } {
  const metadata: LineMetadata = {};
  const kept: B[] = [];
  const earlierHeadLines: string[] = [];
  blocks.forEach((block, index) => {
    const line = textOf(block);
    const verdict = judgeLine(line, { index, earlierHeadLines }, rules);
    if (index < HEAD_LINES) earlierHeadLines.push(foldLine(line));
    if (!verdict) return kept.push(block);
    mergeLineMetadata(metadata, verdict.metadata);
    if (verdict.keep === undefined) return onRemoved(line, verdict.reason);
    const parts = cut(block, verdict.keep);
    onRemoved(parts.dropped, verdict.reason);
    if (parts.kept) kept.push(parts.kept);
  });
  return { blocks: kept, metadata };
}

/** Metadata from several lines: the first value of each field wins, as it stands nearest the top. */
export function mergeLineMetadata(into: LineMetadata, more: LineMetadata | undefined): void {
  for (const [field, value] of Object.entries(more ?? {}) as Array<[keyof LineMetadata, string]>) into[field] ??= value;
}

export type { LineContext, LineMetadata, LineRule, LineVerdict };
