/**
 * A photo caption standing among the paragraphs, known by its credit: glued
 * to its last word ("…with the lost boysCredit: AP") or in brackets at its
 * end ("…near the cave. (Photo: AFP)"). It leaves the body for the figures;
 * the runner also drops the same caption printed just before without its
 * credit.
 */
import type { LineRule } from './line-rule.ts';

// "…the lost boysCredit: AP:Associated Press": no space before the label, so it cannot be the prose's own "credit".
const GLUED_CREDIT = /^(.{12,400}?[\p{Ll}\d.)’”'"])(?:Credit|Photo|Picture|Image)s?\s*:\s*([^.!?]{2,80})$/u;
// "…arrive at the forest park on Jun 27, 2018. (Photo: AFP)".
const BRACKETED_CREDIT = /^(.{12,400}?)\s*\((?:photo|photograph|image|picture|credit)s?\s*:\s*([^()]{2,80})\)$/i;

/** A caption and its credit, when the line is a caption that ends in its credit. */
export function captionWithCredit(line: string): { caption: string; credit: string } | undefined {
  // Both credits end in a label and its colon: most lines have no colon, and are done without the patterns' long scan.
  if (!line.includes(':')) return undefined;
  const text = line.trim();
  const found = GLUED_CREDIT.exec(text) ?? BRACKETED_CREDIT.exec(text);
  return found ? { caption: found[1]!.trim(), credit: found[2]!.trim() } : undefined;
}

export const captionLine: LineRule = {
  name: 'caption with its credit',
  where: 'anywhere',
  match(line) {
    const figure = captionWithCredit(line);
    return figure && { reason: 'photo caption with its credit (moved to figures)', figure };
  },
};
