/**
 * The registry and its matcher for this build: loaded once per process. The
 * Markdown plugin (configured in astro.config.mjs) and the corpus index
 * (pages) each call this; each builds the automaton once.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fold, TopicMatcher } from './matcher.ts';
import { contentDir } from '../content-dir.ts';
import { readSiteConfig } from '../site/site-yaml.ts';
import { readChapterTexts } from './chapters.ts';
import { cachedCandidates, confidentCandidates, defaultCachePath, provisionalTopics, usesProvisionalTopics, type TopicsMode } from './provisional.ts';
import { parseAliasList, parseRejected, readOptional } from './queue.ts';
import { loadRegistry, resolveCollisions, type Topic } from './registry.ts';
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
    const { topics: registry, errors } = loadRegistry(dir);
    for (const error of errors) console.warn(`[dossier] topic registry: ${error}`);
    const config = readSiteConfig();
    const topics = withProvisionalTopics(registry, dir, config.ok ? config.config.topics : undefined);
    cached = { topics, dir, matcher: new TopicMatcher(topics) };
  }
  return cached;
}

/** The editor's topics, and (when the mode says so) those drawn from the chapters, which never take an editor's name or slug. */
export function withProvisionalTopics(registry: Topic[], topicsDir: string, mode: TopicsMode, articlesDir = join(contentDir(), 'articles'), cachePath = defaultCachePath()): Topic[] {
  if (!usesProvisionalTopics(mode)) return registry;
  const { chapters, fingerprint } = readChapterTexts(articlesDir);
  if (!chapters.length) return registry;
  const rejectedPath = join(topicsDir, 'rejected.yaml');
  const rejected = parseRejected(existsSync(rejectedPath) ? readFileSync(rejectedPath, 'utf8') : undefined);
  const editorNames = registry.flatMap((topic) => [topic.title, ...topic.aliases]);
  const sameAs = parseAliasList(readOptional(join(topicsDir, 'aliases.yaml')));
  const candidates = confidentCandidates(cachedCandidates({ chapters, fingerprint, exclude: [...editorNames, ...rejected], sameAs, cachePath }), chapters.length);
  const taken = new Set(editorNames.map(fold));
  const drawn = provisionalTopics(
    candidates.filter((candidate) => ![candidate.name, ...candidate.aliases].some((name) => taken.has(fold(name)))),
    registry.flatMap((topic) => [topic.slug, ...topic.redirectFrom]),
  );
  if (drawn.length) console.log(`[dossier] ${drawn.length} topics drawn from the text, marked as such on their pages: review them with \`npm run topics\``);
  // The editor's topics come first, so a clash of names is settled in their favour.
  return resolveCollisions([...registry, ...drawn]).topics;
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
