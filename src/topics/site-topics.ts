/**
 * The registry and its matcher for this build: loaded once per process. The
 * Markdown plugin (configured in astro.config.mjs) and the corpus index
 * (pages) each call this; each builds the automaton once.
 */
import { join } from 'node:path';
import { TopicMatcher } from './matcher.ts';
import { contentDir } from '../content-dir.ts';
import { loadRegistry, type Topic } from './registry.ts';
import { smartQuotes } from '../site/typography.ts';
import { joinBase, topicPath } from '../site/url.ts';
import { LINK_MODES, type LinkMode, type LinkTarget } from './link.ts';

export interface SiteTopics {
  topics: Topic[];
  /** The folder the registry was read from, for messages that name a file. */
  dir: string;
  matcher: TopicMatcher;
}

let cached: SiteTopics | undefined;

export function siteTopics(): SiteTopics {
  if (!cached) {
    const dir = join(contentDir(), 'topics');
    const { topics, errors } = loadRegistry(dir);
    for (const error of errors) console.warn(`[dossier] topic registry: ${error}`);
    cached = { topics, dir, matcher: new TopicMatcher(topics) };
  }
  return cached;
}

export const KIND_LABEL = { person: 'Person', place: 'Place', organisation: 'Organisation', event: 'Event', idea: 'Idea' } as const;

/** "Place: Iraq's second city…"; the role for people, unless the summary already starts with it. */
export function previewText(topic: Pick<Topic, 'kind' | 'role' | 'summary'>): string {
  const label = topic.role && !topic.summary.startsWith(topic.role) ? topic.role : KIND_LABEL[topic.kind];
  return smartQuotes(`${label}: ${topic.summary}`);
}

/** Link targets for the mention linker, under the given base path: computed once per topic. */
export function linkTarget(base: string): (slug: string) => LinkTarget | undefined {
  const targets = new Map<string, LinkTarget>();
  for (const topic of siteTopics().topics) {
    if (topic.link) targets.set(topic.slug, { href: joinBase(base, topicPath(topic.slug)), preview: previewText(topic) });
  }
  return (slug) => targets.get(slug);
}

/** DOSSIER_LINK_MODE: first-in-chapter (default), first-in-paragraph or every. */
export function linkMode(value = process.env.DOSSIER_LINK_MODE): LinkMode {
  if (!value) return 'first-in-chapter';
  if ((LINK_MODES as readonly string[]).includes(value)) return value as LinkMode;
  throw new Error(`DOSSIER_LINK_MODE must be one of ${LINK_MODES.join(', ')}; got "${value}"`);
}
