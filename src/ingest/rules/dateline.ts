/**
 * A wire dateline at the start of the first paragraphs: "MAE SAI, Thailand,
 * July 10, 2018 (AFP) : All 12 boys…", "CHIANG RAI — A mini-submarine…",
 * "LONDON (Reuters) - …". It moves to the chapter's `dateline` (shown above
 * the text) and gives a date; the paragraph keeps the rest. The place must
 * open in capitals, as datelines do, so an ordinary sentence never matches.
 */
import { dateInText } from '../../text/dates.ts';
import type { LineRule } from './line-rule.ts';

const CAPS_PLACE = "\\p{Lu}[\\p{Lu}'.-]+(?:\\s+\\p{Lu}[\\p{Lu}'.-]*)*";
const REGION = "\\p{Lu}[\\p{L}'.-]+(?:\\s+\\p{Lu}[\\p{L}'.-]+)*";
// "July 10, 2018", "10 July 2018"; a wire's "March 6" without its year.
const DATE = '(?:\\p{Lu}\\p{Ll}+\\.?\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+\\p{Lu}\\p{Ll}+(?:\\s+\\d{4})?)';
/** Wire agencies by the names they print: in a dateline's brackets, or alone under a byline. */
export const WIRE_AGENCIES = [
  'AFP',
  'AP',
  'Associated Press',
  'Agence France-Presse',
  'Reuters',
  'Bloomberg',
  'UPI',
  'dpa',
  'DPA',
  'Xinhua',
  'Bernama',
  'ANI',
  'PTI',
  'IANS',
  'EFE',
  'ANSA',
  'Kyodo',
  'Yonhap',
  'TASS',
  'AAP',
  'CNA',
  'Anadolu',
  'PA',
];
const AGENCY = `\\((?:${WIRE_AGENCIES.join('|')})\\)`;
// Labels in capitals that open other lines ("PHOTO: …", "UPDATE — …") are not places.
const NOT_A_PLACE =
  '(?!(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY|TODAY|YESTERDAY|TONIGHT|PHOTOS?|IMAGES?|PICTURES?|CAPTION|VIDEO|WATCH|UPDATED?|NOTE|EDITOR|CORRECTION|CLARIFICATION|READ|LISTEN|BREAKING|EXCLUSIVE|LIVE|Q|A|FILE|WARNING)\\b)';
const DATELINE = new RegExp(
  `^(${NOT_A_PLACE}${CAPS_PLACE}(?:,\\s*${REGION})?(?:,\\s*(${DATE}))?(?:\\s*(${AGENCY}))?)\\s*(:|—|–|--?)\\s+(?=\\S)`,
  'u',
);

export const wireDateline: LineRule = {
  name: 'dateline',
  where: 'head',
  match(line) {
    const match = DATELINE.exec(line.trim());
    if (!match) return undefined;
    const [, , date, agency, separator] = match;
    // A colon ends a dateline only with a date or an agency in it; "PLACE:" alone is too like a label.
    if (separator === ':' && !date && !agency) return undefined;
    const rest = line.trim().slice(match[0].length);
    // A place has a name ("MOSUL", "ST. PETERSBURG"), not initials ("U.S."); and a dateline opens prose:
    // what follows starts a sentence and runs on for some words.
    if ((match[1]!.split(',')[0]!.match(/\p{L}/gu) ?? []).length < 3 || /^\p{Lu}\.\p{Lu}\./u.test(match[1]!)) return undefined;
    if (!/^["“‘'\p{Lu}\p{N}]/u.test(rest) || (rest.match(/[\p{L}\p{N}]+/gu) ?? []).length < 6) return undefined;
    const dateline = match[1]!.trim();
    const day = dateInText(dateline);
    return { reason: 'dateline (moved to the chapter’s dateline)', keep: rest, metadata: { dateline, ...(day && { date: day }) } };
  },
};
