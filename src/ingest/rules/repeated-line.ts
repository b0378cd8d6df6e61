/**
 * A page prints its headline twice (a heading and its copy, or two side by
 * side), or a caption beside its copy: the second copy goes, and of two
 * copies on one line (a version-comparison view) one stays. A copy of the
 * very first line says that line is the headline.
 */
import { foldLine, type LineRule } from './line-rule.ts';

// Two copies side by side are a version-comparison view or a doubled heading; a short phrase said twice ("Go, go") is not.
const MIN_SIDE_BY_SIDE_WORDS = 3;

/** "Dam opens Dam opens" → "Dam opens": the line's one copy, when it is two copies side by side. */
export function sideBySideCopy(line: string): string | undefined {
  const text = line.trim();
  const middle = Math.floor(text.length / 2);
  const half = text.slice(0, middle);
  return text[middle] === ' ' && text.slice(middle + 1) === half && half.split(' ').length >= MIN_SIDE_BY_SIDE_WORDS ? half : undefined;
}

export const repeatedLine: LineRule = {
  name: 'repeated line',
  where: 'head',
  match(line, { earlierHeadLines }) {
    const copy = sideBySideCopy(line);
    if (copy) return { reason: 'the same line twice side by side (one copy kept)', keep: copy };
    const folded = foldLine(line);
    if (!folded || !earlierHeadLines.includes(folded)) return undefined;
    return {
      reason: 'the same line again (printed twice on the page)',
      ...(earlierHeadLines[0] === folded && { metadata: { title: line.trim() } }),
    };
  },
};
