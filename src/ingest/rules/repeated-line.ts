/**
 * A page prints its headline twice (a heading and its copy, or two side by
 * side), or a caption beside its copy: the second copy goes. A copy of the
 * very first line says that line is the headline.
 */
import { foldLine, type LineRule } from './line-rule.ts';

export const repeatedLine: LineRule = {
  name: 'repeated line',
  where: 'head',
  match(line, { earlierHeadLines }) {
    const folded = foldLine(line);
    if (!folded || !earlierHeadLines.includes(folded)) return undefined;
    return { reason: 'the same line again (printed twice on the page)', ...(earlierHeadLines[0] === folded && { metadata: { title: line.trim() } }) };
  },
};
