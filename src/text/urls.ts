/**
 * What an article's address says about it: many sites put the publication
 * date in the path ("/2018/07/04/…", "/2018/jul/04/…", "/20180703/…"), and
 * the host names the site. Pure.
 */
import { isCalendarDate } from '../schema.ts';
import { MONTH_NAMES, monthNumber } from './dates.ts';

// Years a news address may carry; an id like "/1496902/" is not a date.
const isPlausibleYear = (year: string) => +year >= 1990 && +year <= 2100;

/** An http(s) address (no white space inside it), or undefined. */
export function httpUrl(value: string | undefined): URL | undefined {
  const trimmed = value?.trim();
  if (!trimmed || !/^https?:\/\/\S+$/i.test(trimmed) || !URL.canParse(trimmed)) return undefined;
  return new URL(trimmed);
}

/** The date a URL's path gives, to the precision it gives it (day or month), or undefined. */
/**
 * The date an editor's file name starts with, or holds between separators, as an editor names files by date
 * ("2025-08-12-ap-fire.txt", "wire_2025-08-12.html"): the last guess for an article that prints none.
 */
export function dateFromFileName(fileName: string): string | undefined {
  const found = /(?:^|[\s_.-])((?:19|20)\d{2})-(\d{2})-(\d{2})(?=[\s_.-]|$)/.exec(fileName);
  if (!found) return undefined;
  const date = `${found[1]}-${found[2]}-${found[3]}`;
  return isPlausibleYear(found[1]!) && isCalendarDate(date) ? date : undefined;
}

export function dateFromUrl(value: string | undefined): string | undefined {
  const url = httpUrl(value);
  if (!url) return undefined;
  const path = url.pathname.toLowerCase();
  const pad = (n: string | number) => String(n).padStart(2, '0');
  const checked = (year: string, month: number, day?: string) => {
    if (!isPlausibleYear(year) || month < 1 || month > 12) return undefined;
    const date = day === undefined ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
    return day === undefined || isCalendarDate(date) ? date : undefined;
  };
  // "jul", "july", "sept": a month's name or its start, not any word that starts like one ("/2018/mayor/04/").
  const monthOf = (word: string) => (MONTH_NAMES[monthNumber(word) - 1]?.toLowerCase().startsWith(word) ? monthNumber(word) : 0);
  let found: RegExpExecArray | null;
  if ((found = /\/(\d{4})\/(\d{1,2})\/(\d{1,2})(?=\/|$|[-_.])/.exec(path))) return checked(found[1]!, +found[2]!, found[3]!);
  if ((found = /\/(\d{4})\/([a-z]{3,9})\/(\d{1,2})(?=\/|$)/.exec(path)) && monthOf(found[2]!))
    return checked(found[1]!, monthOf(found[2]!), found[3]!);
  if ((found = /(?:^|[/_-])(\d{4})-(\d{2})-(\d{2})(?=$|[/_.-])/.exec(path))) return checked(found[1]!, +found[2]!, found[3]!);
  if ((found = /\/(\d{4})(\d{2})(\d{2})(?=\/|$)/.exec(path))) return checked(found[1]!, +found[2]!, found[3]!);
  if ((found = /\/(\d{4})\/(\d{1,2})(?=\/)/.exec(path))) return checked(found[1]!, +found[2]!);
  return undefined;
}

/** The site an address belongs to, as a reader would name it from the address: "theguardian.com". */
export function siteOfUrl(value: string | undefined): string | undefined {
  const host = httpUrl(value)?.hostname.toLowerCase();
  return host ? host.replace(/^(?:www\d?|m|amp|mobile)\./, '') : undefined;
}

/** An archive's copy of a page names the original inside its own address: the original. */
export function originalOfArchivedUrl(value: string): string {
  const wayback = /^https?:\/\/web\.archive\.org\/web\/\d{1,14}[a-z_]*\/(https?:\/\/.+)$/i.exec(value);
  return wayback ? wayback[1]! : value;
}
