/**
 * Dates in text, as sources and pages write them, read to the precision they
 * state (`2018`, `2018-07`, `2018-07-10`), never through the machine's time
 * zone and never without a year. Pure.
 */
import { isCalendarDate } from '../schema.ts';

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "Jul", "July", "Sept." → 7; 0 for a word that is not a month. */
export function monthNumber(name: string): number {
  const prefix = name.slice(0, 3).toLowerCase();
  return MONTH_NAMES.findIndex((month) => month.slice(0, 3).toLowerCase() === prefix) + 1;
}

/**
 * The date a page's timestamp states, as written there and to its precision:
 * "2018-07-03T09:00:00+07:00" is 3 July, "2018-07" is July 2018, "Tue, 10 Jul
 * 2018 01:30 +0700" is 10 July. Never through the machine's time zone, and
 * never without a year.
 */
export function partialDateOf(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  const literal = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:[T\s]|$)/.exec(trimmed)?.[1];
  if (literal) return isCalendarDate(literal) ? literal : undefined;
  return dateInText(trimmed);
}

const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

// A year may be glued to the next word, as adjacent inline elements read ("Dec 17, 2025Julian Arni").
const MONTH_FIRST = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'i');
const DAY_FIRST = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})(?!\\d)`, 'i');

// "05/03/2024", "5.3.2024": numbers alone. Dotted dates are day first wherever they are printed; with slashes the
// order differs by country, so the date is read only when a part above 12 says which is the day, and is the year otherwise.
const NUMERIC = /\b(\d{1,2})([/.])(\d{1,2})\2(\d{4})(?![\d/.]\d)/;

function numericDate(found: RegExpExecArray): string {
  const [first, separator, second, year] = [Number(found[1]), found[2], Number(found[3]), found[4]!];
  const dayFirst = separator === '.' || first > 12;
  const monthFirst = !dayFirst && second > 12;
  if (!dayFirst && !monthFirst && first !== second) return year;
  const [day, month] = dayFirst ? [first, second] : [second, first];
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A date in numbers alone, for a line that says it is a date ("Issued on: 05/03/2024"): "17.12.2025",
 * "12/17/2025", "17/12/2025"; "05/03/2024" only to its year. Not read by dateInText, since a page's
 * other dates say more than an ambiguous one.
 */
export function numericDateInText(text: string): string | undefined {
  const numeric = NUMERIC.exec(text);
  const date = numeric && numericDate(numeric);
  return date && isCalendarDate(date) ? date : undefined;
}

/** A date as pages print it: "December 17, 2025", "17 Dec 2025", "2025-12-17". */
export function dateInText(text: string): string | undefined {
  return dateSpanInText(text)?.date;
}

/** The date in a text and the words that print it (to tell a line that is only a date). */
export function dateSpanInText(text: string): { date: string; start: number; end: number } | undefined {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(text);
  if (iso) {
    const date = partialDateOf(iso[0]);
    return date ? { date, start: iso.index, end: iso.index + iso[0].length } : undefined;
  }
  const monthFirst = MONTH_FIRST.exec(text);
  const dayFirst = DAY_FIRST.exec(text);
  const found = monthFirst ?? dayFirst;
  if (!found) return undefined;
  const [month, day, year] = monthFirst ? [found[1]!, found[2]!, found[3]!] : [found[2]!, found[1]!, found[3]!];
  const date = `${year}-${String(monthNumber(month)).padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isCalendarDate(date) ? { date, start: found.index, end: found.index + found[0].length } : undefined;
}
