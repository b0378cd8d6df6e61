/**
 * Dates in a sentence, as EDTF-style values that keep their precision and
 * their uncertainty: "June 2014" → 2014-06, "about October 2016" → 2016-10~,
 * "summer 2014" → 2014-22, "between January and July 2017" →
 * 2017-01/2017-07. chrono-node reads days ("March 17", "10 July 2017"),
 * resolved into the past from the chapter's date; the rest (a month and
 * year, bare years, seasons, early/mid/late, ranges, "last October") are read
 * here, since chrono misses or misreads them.
 */
import * as chrono from 'chrono-node';

export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** EDTF: `2014`, `2014-06`, `2017-03-17`, `2014-22` (summer), `2016-10~`, `2016-10/2017-07`. */
  edtf: string;
  /** Where it sorts: the first day it can mean, `YYYY-MM-DD`. */
  sort: string;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(${MONTHS.map((m) => `${m[0]!.toUpperCase()}${m.slice(1)}`).join('|')}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?`;
const YEAR = '((?:19|20)\\d{2})';
const SEASONS: Record<string, number> = { spring: 21, summer: 22, autumn: 23, fall: 23, winter: 24 };
const SEASON_START: Record<number, string> = { 21: '03', 22: '06', 23: '09', 24: '12' };

/** Where an EDTF value sorts when its text says no more: the first day it can mean (summer from June). */
export function edtfSort(edtf: string): string {
  const [year, month, day] = edtf.split('/')[0]!.replace(/~$/, '').split('-');
  return `${year}-${month ? (SEASON_START[Number(month)] ?? month) : '01'}-${day ?? '01'}`;
}

/**
 * The year of the latest `month` on or before the chapter's date (strictly before, for "last October"); or, in a
 * clause about what is to come, of the first on or after it ("will close at the end of March", written in January).
 */
function latestYear(month: number, reference: Date, strictly = false, forward = false): number {
  const current = reference.getUTCMonth() + 1;
  const year = reference.getUTCFullYear();
  // (Last month, even in a clause about the future, is last month: "will discuss the report published in December".)
  if (forward && (current - month + 12) % 12 === 1) return month < current ? year : year - 1;
  if (forward) return month >= current ? year : year + 1;
  return (strictly ? month < current : month <= current) ? year : year - 1;
}

// What is to come, said before the date: "will close at the end of March", "is due to begin on 10 February", "are
// expected to… in May". Not "would" (reported speech and conditions: "said the tariffs imposed in September would
// remain"), nor "was due to", told from the story's own past, nor a marker after the date ("unveiled in May, will…").
// "will" in lower case and not a noun's ("Will Jones joined…", "against the will of the miners"); not "plans to", which
// may be a noun's ("the council's plans to close the pit were unveiled in March").
const FUTURE =
  /(?<!\b(?:the|a|his|her|their|its|of|free|good|ill)\s)\b(?:will|shall)\b|\b(?:[Ii]s|[Aa]re)\s+(?:due|scheduled|set|expected|planned|slated|going)\s+to\b|\b(?:[Ii]s|[Aa]re)\s+to\s+be\b|\w['’]ll\b/;
// ...unless the date is when it was said: "said on 3 March it would close", "announced in June that…".
const SAID_ON =
  /\b(?:said|announced|told|wrote|declared|confirmed|reported|added|warned|stated|promised|pledged)\s+(?:(?:on|in)\s+)?(?:the\s+)?(?:(?:end|beginning|start|middle)\s+of\s+)?$/i;
const CLAUSE_END = /[.!?;:,—–()]/;

/**
 * The clause up to text[start]: from the last mark that ends one, and after a pronoun that starts one inside it ("will
 * offer its lander that the company unveiled in May"); "will not begin before Aug. 27" is one clause.
 */
function clauseBefore(text: string, start: number): string {
  let from = start;
  while (from > 0 && !CLAUSE_END.test(text[from - 1]!)) from--;
  return text
    .slice(from, start)
    .split(/\b(?:that|which|who|whom|whose|when|where)\b/i)
    .at(-1)!;
}

/** The clause up to text[start] speaks of the future, so a date there without its year lies ahead of the chapter's. */
function aboutTheFuture(text: string, start: number): boolean {
  const before = clauseBefore(text, start);
  return FUTURE.test(before) && !SAID_ON.test(before);
}

// A schedule in the present tense, as news writes what is fixed to come: "The show opens to the public on Friday",
// "Thunder: Host the Lakers on Friday", "tickets go on sale Friday".
const SCHEDULED =
  /\b(?:opens|begins|starts|meets|plays|hosts?|faces|resumes|closes|kicks off|goes on sale|go on sale|launches|arrives|takes place|returns)\b/i;
const PART_MONTH: Record<string, string> = { early: '01', mid: '05', 'mid-': '05', late: '09' };

const pad = (n: number) => String(n).padStart(2, '0');
const monthNumber = (name: string) => MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().replace(/\.$/, '').slice(0, 3))) + 1;

interface Rule {
  pattern: RegExp;
  /** The capture group that is the date itself, where the match carries a word before it ("in 2014"). */
  span?: number;
  /** Needs the chapter's date to place a month without its year. */
  relative?: boolean;
  read: (match: RegExpExecArray, reference: Date, forward: boolean) => { edtf: string; sort: string } | undefined;
}

/** Most specific first: a range before its months, a month and year before a bare year. */
const RULES: Rule[] = [
  {
    // "between January and July 2017", "from October 2016 to July 2017", "October 2016–July 2017"
    pattern: new RegExp(`\\b(?:[Bb]etween|[Ff]rom)?\\s*${MONTH}(?:\\s+${YEAR})?\\s*(?:and|to|until|–|-)\\s*${MONTH}\\s+${YEAR}\\b`, 'g'),
    read: (m) => {
      const [from, fromYear, to, toYear] = [monthNumber(m[1]!), m[2] ?? m[4]!, monthNumber(m[3]!), m[4]!];
      if (!from || !to) return undefined;
      return { edtf: `${fromYear}-${pad(from)}/${toYear}-${pad(to)}`, sort: `${fromYear}-${pad(from)}-01` };
    },
  },
  {
    // "summer 2014", "the winter of 2016"
    pattern: new RegExp(`\\b(spring|summer|autumn|fall|winter)(?:\\s+of)?\\s+${YEAR}\\b`, 'gi'),
    read: (m) => {
      const code = SEASONS[m[1]!.toLowerCase()]!;
      return { edtf: `${m[2]}-${code}`, sort: `${m[2]}-${SEASON_START[code]}-01` };
    },
  },
  {
    // "early 2017", "late October 2016", "mid-2016"
    pattern: new RegExp(`\\b(early|mid-?|late)\\s*(?:${MONTH}\\s+)?${YEAR}\\b`, 'gi'),
    read: (m) => {
      const month = m[2] ? monthNumber(m[2]) : 0;
      if (month) return { edtf: `${m[3]}-${pad(month)}~`, sort: `${m[3]}-${pad(month)}-01` };
      return { edtf: `${m[3]}~`, sort: `${m[3]}-${PART_MONTH[m[1]!.toLowerCase()]}-01` };
    },
  },
  {
    // "late February", "early March": that month, the latest before the chapter's date, about
    pattern: new RegExp(`\\b(?:early|mid-?|late)\\s+${MONTH}\\b(?!\\s+(?:\\d|of\\s+\\d))`, 'gi'),
    relative: true,
    read: (m, reference, forward) => {
      const month = monthNumber(m[1]!);
      if (!month) return undefined;
      const year = latestYear(month, reference, false, forward);
      return { edtf: `${year}-${pad(month)}~`, sort: `${year}-${pad(month)}-01` };
    },
  },
  {
    // "last October": the latest October before the chapter's date
    pattern: new RegExp(`\\b[Ll]ast\\s+${MONTH}\\b`, 'g'),
    relative: true,
    read: (m, reference) => {
      const month = monthNumber(m[1]!);
      if (!month) return undefined;
      const year = latestYear(month, reference, true);
      return { edtf: `${year}-${pad(month)}`, sort: `${year}-${pad(month)}-01` };
    },
  },
  {
    // "June 2014", "in June of 2014"
    pattern: new RegExp(`\\b${MONTH}(?:\\s+of)?\\s+${YEAR}\\b`, 'g'),
    read: (m) => {
      const month = monthNumber(m[1]!);
      return month ? { edtf: `${m[2]}-${pad(month)}`, sort: `${m[2]}-${pad(month)}-01` } : undefined;
    },
  },
  {
    // "began in october", "in June": a month alone is the latest one before the chapter's date ("may" and "march" only capitalised)
    pattern:
      /\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|(?:[Tt]he )?(?:end|beginning|start|middle) of)\s+(January|February|March|April|May|June|July|August|September|October|November|December|january|february|april|june|july|august|september|october|november|december)\b(?!\s+(?:\d|of\s+\d))/g,
    span: 1,
    relative: true,
    read: (m, reference, forward) => {
      const month = monthNumber(m[1]!);
      const year = latestYear(month, reference, false, forward);
      return { edtf: `${year}-${pad(month)}`, sort: `${year}-${pad(month)}-01` };
    },
  },
  {
    // "in 2014", "since 2003", "by 2018": a bare year after a word that dates
    pattern: new RegExp(`\\b(?:in|since|by|until|of|from|during)\\s+${YEAR}\\b(?!\\s*(?:people|fighters|troops|civilians|%))`, 'gi'),
    span: 1,
    read: (m) => ({ edtf: m[1]!, sort: `${m[1]}-01-01` }),
  },
];

const NAMED_MONTH = new RegExp(`\\b${MONTH}`, 'i');
/** Said from the day of writing: "two days ago", "last week", "yesterday", "on Wednesday" (not "two weeks earlier", told from the story's own time). */
const FROM_WRITING =
  /\b(?:ago|last (?:week|month)|this (?:week|month)|yesterday|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/i;

const WEEKDAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
const WEEK_MS = 7 * 86_400_000;
// A day without its year up to a month after the chapter's date is that one, whatever the tense ("were due to open on
// Aug. 13", written on Aug. 12): a date a year back is written with its year.
const NEAR_AHEAD_MS = 31 * 86_400_000;

/**
 * The year of a day written without one: the latest on or before the chapter's date, or up to a month after it (a
 * plan about to happen); in a clause about the future, the first after it, unless it is a day of the month just gone
 * ("will discuss the report published on 14 January", written on 20 January).
 */
function yearOfDay(month: number, day: number, reference: Date, future: boolean): number {
  const year = reference.getUTCFullYear();
  const candidate = Date.UTC(year, month - 1, day);
  if (future) return candidate < reference.getTime() - NEAR_AHEAD_MS ? year + 1 : year;
  return candidate > reference.getTime() + NEAR_AHEAD_MS ? year - 1 : year;
}

/** By the calendar day: chrono gives a weekday at noon, the chapter's date is at midnight. */
const calendarDay = (date: Date) => Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());

/**
 * A weekday told from the day of writing: the one before it ("on Monday"), or the one after it in a clause about the
 * future ("will be lifted on Friday"). chrono takes the nearest, which may lie on the wrong side.
 */
function weekdayBesideWriting(day: Date, reference: Date, future: boolean): Date {
  if (!future && calendarDay(day) > calendarDay(reference)) return new Date(day.getTime() - WEEK_MS);
  if (future && calendarDay(day) < calendarDay(reference)) return new Date(day.getTime() + WEEK_MS);
  return day;
}

/** How closely the chapter's date is known: a date told from it is known no better. */
export type Precision = 'day' | 'month' | 'year';

function toldFromWriting(index: number, text: string, date: Date, reference: Date, precision: Precision): DateMention | undefined {
  if (precision === 'year') return undefined;
  const lead = /^on\s+/i.exec(text)?.[0].length ?? 0;
  const trail = /[\s,.;:]+$/.exec(text)?.[0].length ?? 0;
  // Known to the month: the chapter's month, whatever day chrono settles on.
  const when = precision === 'month' ? reference : date;
  const [year, month, day] = [when.getUTCFullYear(), pad(when.getUTCMonth() + 1), pad(when.getUTCDate())];
  const edtf = precision === 'day' ? `${year}-${month}-${day}` : `${year}-${month}~`;
  return {
    start: index + lead,
    end: index + text.length - trail,
    text: text.slice(lead, text.length - trail),
    edtf,
    sort: `${year}-${month}-${precision === 'day' ? day : '01'}`,
  };
}

/**
 * The dates in `text`, left to right, none overlapping another. `reference`
 * is the chapter's date, known to `precision`; a chapter with no date gives
 * only the dates that carry their year.
 */
export function findDates(text: string, reference: Date | undefined, precision: Precision = 'day'): DateMention[] {
  const found: DateMention[] = [];
  const taken = (start: number, end: number) => found.some((d) => start < d.end && end > d.start);
  // Days first, with chrono: "March 17", "17 March 2017", "July 10, 2017". Only a result naming
  // a month or told from the day of writing is kept, so a sentence with neither need not be
  // parsed at all (chrono is most of the timeline's cost). In UTC, as the chapter's date is: in the
  // machine's own zone, "on Wednesday" from 30 June 2017 was the 27th at UTC+14, and the site depended
  // on where it was built.
  const chronoResults =
    NAMED_MONTH.test(text) || FROM_WRITING.test(text)
      ? chrono.en.parse(text, { instant: reference ?? new Date(0), timezone: 'UTC' }, { forwardDate: false })
      : [];
  for (const result of chronoResults) {
    const start = result.start;
    if (!reference && !start.isCertain('year')) continue;
    // "a few days ago", "on Wednesday": told from the day of writing, so known as closely as the chapter's date is.
    if (FROM_WRITING.test(result.text)) {
      if (!reference) continue;
      // (Only a weekday alone is moved: "Saturday, May 18" is that date.)
      const weekday = WEEKDAY.test(result.text) && !/\d/.test(result.text);
      const future = () => aboutTheFuture(text, result.index) || SCHEDULED.test(clauseBefore(text, result.index));
      const day = weekday ? weekdayBesideWriting(start.date(), reference, future()) : start.date();
      const told = toldFromWriting(result.index, result.text, day, reference, precision);
      if (told && !taken(told.start, told.end)) found.push(told);
      continue;
    }
    // Otherwise a day, with its month named and its number written: "March 17", not "now", "after a week" or "lasts through October".
    if (!NAMED_MONTH.test(result.text) || !/\d/.test(result.text) || !start.isCertain('month') || !start.isCertain('day')) continue;
    // chrono takes "on" with the day ("On 10 July 2017"): the date is the rest.
    const lead = /^on\s+/i.exec(result.text)?.[0].length ?? 0;
    const [begin, end] = [result.index + lead, result.index + result.text.length];
    const [month, dayOfMonth] = [start.get('month')!, start.get('day')!];
    const year =
      start.isCertain('year') || !reference ? start.get('year')! : yearOfDay(month, dayOfMonth, reference, aboutTheFuture(text, begin));
    const edtf = `${year}-${pad(month)}-${pad(dayOfMonth)}`;
    if (!taken(begin, end)) found.push({ start: begin, end, text: text.slice(begin, end), edtf, sort: edtf });
  }
  for (const rule of RULES) {
    if (rule.relative && !reference) continue;
    for (const match of text.matchAll(rule.pattern)) {
      const start = rule.span
        ? match.index + match[0].lastIndexOf(match[rule.span]!)
        : match.index + match[0].length - match[0].trimStart().length;
      const end = rule.span ? start + match[rule.span]!.length : match.index + match[0].length;
      if (taken(start, end)) continue;
      const value = rule.read(match as RegExpExecArray, reference ?? new Date(0), !!rule.relative && aboutTheFuture(text, start));
      if (value) found.push({ start, end, text: text.slice(start, end), ...value });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** "June 2014", "17 March 2017", "summer 2014", "about October 2016", "January to July 2017". */
export function displayEdtf(edtf: string): string {
  if (edtf.includes('/')) return edtf.split('/').map(displayEdtf).join(' to ');
  const approximate = edtf.endsWith('~');
  const value = edtf.replace(/~$/, '');
  const [year, month, day] = value.split('-');
  let text = year!;
  if (month && Number(month) > 20) text = `${Object.keys(SEASONS).find((s) => SEASONS[s] === Number(month))} ${year}`;
  else if (month && day)
    text = `${Number(day)} ${MONTHS[Number(month) - 1]![0]!.toUpperCase()}${MONTHS[Number(month) - 1]!.slice(1)} ${year}`;
  else if (month) text = `${MONTHS[Number(month) - 1]![0]!.toUpperCase()}${MONTHS[Number(month) - 1]!.slice(1)} ${year}`;
  return approximate ? `about ${text}` : text;
}
