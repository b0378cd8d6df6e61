/**
 * The editor's word on the timeline, `content/timeline.yaml`: hide a date the
 * chapters give, correct it, or add an event no chapter dates.
 *
 *   hide:
 *     - { date: 2003, chapter: beginning-of-the-end }
 *   correct:
 *     - { date: 2017-01~, chapter: kalin-interview, paragraph: p-1, to: 2017-01-11 }
 *   add:
 *     - { date: 2016-10-17, text: The offensive to retake Mosul begins. }
 *
 * `chapter` and `paragraph` narrow a hide or a correction; without them it
 * applies wherever the timeline has that date. Each entry that is wrong is a
 * message naming the file and the entry; the others still apply.
 */
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { byDate as inDateOrder, newEvent, type TimelineEvent } from './events.ts';
import { describeIssues } from '../text/schema-issues.ts';

const EDTF_PART = /^\d{4}(-(0[1-9]|1[0-2]|2[1-4])(-(0[1-9]|[12]\d|3[01]))?)?~?$/;
const edtf = z
  .union([z.string(), z.number().int()])
  .transform(String)
  .refine(
    (value) => value.split('/').length <= 2 && value.split('/').every((part) => EDTF_PART.test(part)),
    'a date like 2014, 2014-06, 2017-03-17, 2014-22 (summer), 2016-10~ (about) or 2016-10/2017-07',
  );
const where = {
  date: edtf,
  chapter: z.string().optional(),
  paragraph: z
    .string()
    .regex(/^p-\d+$/, 'a paragraph anchor like p-7')
    .optional(),
};
const hide = z.object(where).strict();
const correct = z.object({ ...where, to: edtf }).strict();
const add = z.object({ date: edtf, text: z.string().trim().min(1, 'cannot be empty') }).strict();

export interface TimelineEdits {
  hide: z.infer<typeof hide>[];
  correct: z.infer<typeof correct>[];
  add: z.infer<typeof add>[];
}

/** The edits in `text`, and a message for each entry that cannot be read. */
export function parseTimelineEdits(text: string | undefined, path: string): { edits: TimelineEdits; errors: string[] } {
  const edits: TimelineEdits = { hide: [], correct: [], add: [] };
  const errors: string[] = [];
  if (!text) return { edits, errors };
  let data: unknown;
  try {
    data = parse(text) ?? {};
  } catch (error) {
    return { edits, errors: [`${path}: not valid YAML: ${(error as Error).message.split('\n')[0]}`] };
  }
  if (typeof data !== 'object' || Array.isArray(data)) return { edits, errors: [`${path}: expected hide:, correct: and add: lists`] };
  const lists = { hide, correct, add } as const;
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (!(key in lists)) {
      errors.push(`${path}: "${key}" is not a list the timeline reads (hide, correct, add)`);
      continue;
    }
    if (!Array.isArray(value)) {
      errors.push(`${path}: ${key}: expected a list of entries`);
      continue;
    }
    value.forEach((entry, i) => {
      const result = lists[key as keyof typeof lists].safeParse(entry);
      if (result.success) (edits[key as keyof TimelineEdits] as unknown[]).push(result.data);
      else
        errors.push(
          `${path}: ${key} entry ${i + 1}: ${describeIssues(result.error.issues, () => Object.keys(lists[key as keyof typeof lists].shape), { separator: '.', top: 'entry' }).join('; ')}; left out`,
        );
    });
  }
  return { edits, errors };
}

/** The events with the editor's hides, corrections and additions applied; what is never matched is reported. */
export function applyTimelineEdits(
  events: readonly TimelineEvent[],
  edits: TimelineEdits,
): { events: TimelineEvent[]; unmatched: string[] } {
  const unmatched: string[] = [];
  const byDate = new Map(events.map((event) => [event.edtf, { ...event, tellings: [...event.tellings], notes: [...(event.notes ?? [])] }]));
  const at = (value: string) => {
    const event = byDate.get(value) ?? { ...newEvent(value), notes: [] };
    byDate.set(value, event);
    return event;
  };
  const take = (entry: { date: string; chapter?: string; paragraph?: string }) => {
    const event = byDate.get(entry.date);
    const taken =
      event?.tellings.filter(
        (t) => (!entry.chapter || t.chapter === entry.chapter) && (!entry.paragraph || t.anchor === entry.paragraph),
      ) ?? [];
    if (event) event.tellings = event.tellings.filter((t) => !taken.includes(t));
    if (!taken.length)
      unmatched.push(`${entry.date}${entry.chapter ? ` in ${entry.chapter}` : ''}${entry.paragraph ? ` ${entry.paragraph}` : ''}`);
    return taken;
  };
  for (const entry of edits.hide) take(entry);
  for (const entry of edits.correct) at(entry.to).tellings.push(...take(entry));
  for (const entry of edits.add) at(entry.date).notes.push(entry.text);
  const kept = [...byDate.values()].filter((event) => event.tellings.length || event.topics.length || event.notes.length);
  return { events: kept.sort(inDateOrder), unmatched };
}
