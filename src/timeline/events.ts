/**
 * The timeline: every dated statement in the chapters, each with the sentence
 * it stands in and the paragraph it links to, in date order, the same date
 * told by several chapters kept together. Pure: chapters in, events out.
 */
import { splitSentences } from '../text/sentences.ts';
import { paragraphId } from '../text/paragraphs.ts';
import { displayEdtf, edtfSort, findDates } from './dates.ts';

export interface TimelineChapter {
  slug: string;
  /** The chapter's own date, as its frontmatter gives it: `2017-04`, `2018`, `2017-06-30`; none when the source gave none. */
  date?: string;
  paragraphs: readonly string[];
}

export interface Telling {
  chapter: string;
  anchor: string;
  /** The sentence, split around the date. */
  before: string;
  dateText: string;
  after: string;
}

/** A topic the editor dated (`date:` in its file): it takes part in the timeline. */
export interface DatedTopic {
  slug: string;
  title: string;
  date: string;
}

export interface TimelineEvent {
  edtf: string;
  sort: string;
  /** "June 2014", "about October 2016". */
  label: string;
  /** For `<time datetime>`: what HTML accepts at the precision the text gives. */
  datetime: string;
  tellings: Telling[];
  topics: DatedTopic[];
  /** The editor's own words for this date (content/timeline.yaml). */
  notes?: string[];
}

/** The last day a chapter's date can mean, so that "March 17" in an April 2017 report is 2017. */
export function referenceDate(date: string | undefined): Date | undefined {
  if (!date || !/^\d{4}(-\d{2}){0,2}$/.test(date)) return undefined;
  const [year, month, day] = date.split('-').map(Number);
  if (day) return new Date(Date.UTC(year!, month! - 1, day));
  if (month) return new Date(Date.UTC(year!, month, 0));
  return new Date(Date.UTC(year!, 11, 31));
}

/** HTML's `datetime` takes a year, a month or a day; seasons and ranges are given by where they begin. */
export function htmlDatetime(edtf: string, sort: string): string {
  const value = edtf.split('/')[0]!.replace(/~$/, '');
  if (/^\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?$/.test(value)) return value;
  return sort.slice(0, 7);
}

/** An empty event at a date; `sort` where the text knows better than the value ("late 2017" sorts from September). */
export function newEvent(edtf: string, sort = edtfSort(edtf)): TimelineEvent {
  return { edtf, sort, label: displayEdtf(edtf), datetime: htmlDatetime(edtf, sort), tellings: [], topics: [] };
}

/** Dates in order; where two begin on one day, the more precise first. */
export function byDate(a: TimelineEvent, b: TimelineEvent): number {
  return a.sort.localeCompare(b.sort) || b.edtf.length - a.edtf.length || a.edtf.localeCompare(b.edtf);
}

/** A date one chapter gives, with its telling: the timeline groups these by date. */
export interface DatedTelling {
  edtf: string;
  sort: string;
  telling: Telling;
}

/** Every date one chapter gives, in reading order, read against the chapter's own date. */
export function chapterTellings(chapter: TimelineChapter): DatedTelling[] {
  const found: DatedTelling[] = [];
  const reference = referenceDate(chapter.date);
  const precision = (['year', 'month', 'day'] as const)[(chapter.date ?? '').split('-').length - 1] ?? 'year';
  chapter.paragraphs.forEach((text, index) => {
    for (const sentence of splitSentences(text)) {
      const words = text.slice(sentence.start, sentence.end);
      for (const date of findDates(words, reference, precision)) {
        found.push({
          edtf: date.edtf,
          sort: date.sort,
          telling: {
            chapter: chapter.slug,
            anchor: paragraphId(index),
            before: words.slice(0, date.start),
            dateText: date.text,
            after: words.slice(date.end),
          },
        });
      }
    }
  });
  return found;
}

/** The events: each date once, with every chapter's telling of it and the topics dated to it. */
export function eventsFromTellings(tellings: Iterable<DatedTelling>, topics: readonly DatedTopic[] = []): TimelineEvent[] {
  const events = new Map<string, TimelineEvent>();
  const at = (edtf: string, sort?: string) => {
    const event = events.get(edtf) ?? newEvent(edtf, sort);
    events.set(edtf, event);
    return event;
  };
  for (const { edtf, sort, telling } of tellings) at(edtf, sort).tellings.push(telling);
  for (const topic of topics) at(topic.date).topics.push(topic);
  return [...events.values()].sort(byDate);
}

export function timelineEvents(chapters: readonly TimelineChapter[], topics: readonly DatedTopic[] = []): TimelineEvent[] {
  return eventsFromTellings(chapters.flatMap(chapterTellings), topics);
}
