/**
 * The line rules, in the order they run: the first rule that claims a line
 * decides what happens to it. Structural passes (the head block of headline,
 * kicker and captions; lost apostrophes; interviews; truncation) run after
 * these, in ingestSource.
 */
import { boilerplateLine } from './boilerplate.ts';
import { pageChrome, relatedStoryLine } from './chrome.ts';
import { wireDateline } from './dateline.ts';
import { HEAD_LINES, type LineMetadata, type LineRule, type LineVerdict } from './line-rule.ts';
import { metadataLine } from './metadata-lines.ts';

export const LINE_RULES: readonly LineRule[] = [boilerplateLine, pageChrome, relatedStoryLine, metadataLine, wireDateline];

/** What the first rule that claims this line says; `index` is the line's place among the article's lines. */
export function judgeLine(line: string, index: number, rules: readonly LineRule[] = LINE_RULES): (LineVerdict & { rule: string }) | undefined {
  for (const rule of rules) {
    if (rule.where === 'head' && index >= HEAD_LINES) continue;
    const verdict = rule.match(line);
    if (verdict) return { ...verdict, rule: rule.name };
  }
  return undefined;
}

/** Metadata from several lines: the first value of each field wins, as it stands nearest the top. */
export function mergeLineMetadata(into: LineMetadata, more: LineMetadata | undefined): void {
  for (const [field, value] of Object.entries(more ?? {}) as Array<[keyof LineMetadata, string]>) into[field] ??= value;
}

export type { LineMetadata, LineRule, LineVerdict };
