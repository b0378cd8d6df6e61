/** The timeline of this build, computed once and shared by the timeline page and the cover. */
import { join } from 'node:path';
import { contentDir } from '../content-dir.ts';
import { applyTimelineEdits, parseTimelineEdits } from '../timeline/edits.ts';
import { eventsFromTellings, type TimelineEvent } from '../timeline/events.ts';
import { existsSync, readFileSync } from 'node:fs';
import { decodeEditorFile } from '../text/decode.ts';
import { siteTopics } from './site-topics.ts';
import { getCorpus } from './corpus-index.ts';
import { smartQuotes } from '../text/typography.ts';

export interface SiteTimeline {
  events: TimelineEvent[];
  /** Topic summaries, for the dated topics the timeline shows. */
  summaries: Map<string, string>;
}

let cached: Promise<SiteTimeline> | undefined;

export function getTimeline(): Promise<SiteTimeline> {
  cached ??= getCorpus().then(({ records }) => {
    const dated = siteTopics().topics.flatMap((topic) =>
      topic.date ? [{ slug: topic.slug, title: smartQuotes(topic.title), date: topic.date, summary: smartQuotes(topic.summary) }] : [],
    );
    const events = eventsFromTellings(
      records.flatMap((record) => record.dates),
      dated,
    );
    // The editor's hides, corrections and additions: content/timeline.yaml.
    const path = join(contentDir(), 'timeline.yaml');
    const decoded = existsSync(path) ? decodeEditorFile(readFileSync(path), path) : undefined;
    if (decoded && !decoded.ok) console.warn(`[dossier] warning: ${decoded.error}`);
    if (decoded?.ok && decoded.warning) console.warn(`[dossier] warning: ${decoded.warning}`);
    const { edits, errors } = parseTimelineEdits(decoded?.ok ? decoded.text : undefined, path);
    for (const error of errors) console.warn(`[dossier] warning: ${error}`);
    const edited = applyTimelineEdits(events, edits);
    for (const entry of edited.unmatched) console.warn(`[dossier] warning: ${path}: no date ${entry} on the timeline to hide or correct`);
    return { events: edited.events, summaries: new Map(dated.map((topic) => [topic.slug, topic.summary])) };
  });
  return cached;
}

/** Years and how many dates each holds, for the strip on the cover. */
export function timelineYears(events: readonly TimelineEvent[]): Array<{ year: string; dates: number }> {
  const years = new Map<string, number>();
  for (const event of events) years.set(event.sort.slice(0, 4), (years.get(event.sort.slice(0, 4)) ?? 0) + 1);
  return [...years].map(([year, dates]) => ({ year, dates }));
}
