/**
 * The timeline's proportional axis, as numbers for a static SVG: where each
 * year begins and where each date falls, so that eleven quiet years look
 * long and nine crowded months look crowded. Pure; the page draws it.
 */
import type { TimelineEvent } from './events.ts';

export interface Axis {
  width: number;
  height: number;
  ticks: Array<{ x: number; year: string }>;
  /** One mark per date, taller where more chapters tell it. */
  marks: Array<{ x: number; height: number; year: string; label: string }>;
}

const day = (sort: string) => Date.UTC(Number(sort.slice(0, 4)), Number(sort.slice(5, 7)) - 1, Number(sort.slice(8, 10)));

export function timelineAxis(events: readonly TimelineEvent[], width = 640, height = 56): Axis | undefined {
  if (events.length < 2) return undefined;
  const pad = 16;
  const firstYear = Number(events[0]!.sort.slice(0, 4));
  const lastYear = Number(events.at(-1)!.sort.slice(0, 4));
  const [start, end] = [Date.UTC(firstYear, 0, 1), Date.UTC(lastYear + 1, 0, 1)];
  const x = (time: number) => Math.round((pad + ((time - start) / (end - start)) * (width - 2 * pad)) * 10) / 10;
  const most = Math.max(...events.map((e) => e.tellings.length + e.topics.length + (e.notes?.length ?? 0)));
  // A year label every year when they fit, else every few.
  const step = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 12));
  const ticks = Array.from({ length: lastYear - firstYear + 2 }, (_, i) => firstYear + i)
    .filter((year) => (year - firstYear) % step === 0)
    .map((year) => ({ x: x(Date.UTC(year, 0, 1)), year: String(year) }));
  const marks = events.map((event) => {
    const told = event.tellings.length + event.topics.length + (event.notes?.length ?? 0);
    return {
      x: x(day(event.sort)),
      height: Math.round(8 + (told / most) * (height - 30)),
      year: event.sort.slice(0, 4),
      label: event.label,
    };
  });
  return { width, height, ticks, marks };
}
