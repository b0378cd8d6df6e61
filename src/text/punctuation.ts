/**
 * What ends a sentence, in the scripts news is written in: Latin and Cyrillic
 * `. ! ? …`, CJK `。 ！ ？ ｡`, Arabic and Persian `؟` (and `.`), Devanagari
 * `। ॥`; optionally followed by closing quotation marks or brackets.
 */
export const SENTENCE_END = '.!?…。！？｡؟।॥';
export const CLOSING = '"”’)\\]」』》»›';

/** True when a line ends as a sentence does (a full stop, a question mark, a closing quote after one…). */
const endings = new Map<string, RegExp>();

export function endsLikeSentence(text: string, extra = ''): boolean {
  let pattern = endings.get(extra);
  if (!pattern) endings.set(extra, (pattern = new RegExp(`[${SENTENCE_END}${CLOSING}${extra}]$`, 'u')));
  return pattern.test(text.trimEnd());
}
