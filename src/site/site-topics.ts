/**
 * The registry and its matcher for this build: loaded once per process. The
 * Markdown plugin (configured in astro.config.mjs) and the corpus index
 * (pages) each call this; each builds the automaton once.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fold, TopicMatcher } from '../topics/matcher.ts';
import { contentDir } from '../content-dir.ts';
import { buildCode, buildOptions } from './options.ts';
import { readSiteConfig } from './site-yaml.ts';
import { siteConfig, type SiteConfig } from '../schema.ts';
import { readChapterTexts, type ChapterTexts } from '../topics/chapters.ts';
import { type CorpusChapter, readsAsEnglish } from '../topics/discover.ts';
import {
  cachedCandidates,
  confidentCandidates,
  defaultCachePath,
  provisionalTopics,
  usesProvisionalTopics,
  type TopicsMode,
} from '../topics/provisional.ts';
import { parseAliasList, parseRejected, readOptional } from '../topics/queue.ts';
import { loadRegistry, resolveCollisions, type Topic } from '../topics/registry.ts';
import { smartQuotes } from '../text/typography.ts';
import { joinBase, topicPath } from './url.ts';
import type { LinkOptions, LinkTarget } from '../topics/link.ts';

export interface SiteTopics {
  topics: Topic[];
  /** The folder the registry was read from, for messages that name a file. */
  dir: string;
  matcher: TopicMatcher;
  /** How many chapters mention each topic. */
  chapterCounts: Map<string, number>;
  chapterTotal: number;
  links: LinkSettings;
}

export type LinkSettings = SiteConfig['links'];
// site.yaml's own defaults, for a build whose site.yaml could not be read (Astro's config has already said why).
const DEFAULT_LINKS: LinkSettings = siteConfig.shape.links.parse(undefined);

let cached: SiteTopics | undefined;

export function siteTopics(): SiteTopics {
  if (!cached) {
    const dir = join(contentDir(), 'topics');
    const { topics: registry, errors } = loadRegistry(dir);
    for (const error of errors) console.warn(`[dossier] topic registry: ${error}`);
    const config = readSiteConfig();
    const mode = config.ok ? config.config.topics : undefined;
    // Discovery reads paragraphs; counting the chapters a topic is in needs only the text.
    const texts = readChapterTexts(join(contentDir(), 'articles'), { paragraphs: usesProvisionalTopics(mode) });
    const topics = withProvisionalTopics(registry, dir, mode, texts);
    const matcher = new TopicMatcher(topics, { notMentions: texts.publications });
    cached = {
      topics,
      dir,
      matcher,
      chapterCounts: chapterCounts(texts.chapters, matcher),
      chapterTotal: texts.chapters.length,
      links: config.ok ? config.config.links : DEFAULT_LINKS,
    };
  }
  return cached;
}

/** For each topic, the number of chapters that mention it. */
export function chapterCounts(chapters: readonly CorpusChapter[], matcher: TopicMatcher): Map<string, number> {
  const counts = new Map<string, number>();
  for (const chapter of chapters) {
    const slugs = new Set(chapter.paragraphs.flatMap((text) => matcher.find(text).map((mention) => mention.slug)));
    for (const slug of slugs) counts.set(slug, (counts.get(slug) ?? 0) + 1);
  }
  return counts;
}

/** Nearly every chapter: at least four in five, in a collection of four chapters or more. */
export const UBIQUITOUS_SHARE = 0.8;
export const UBIQUITOUS_MIN_CHAPTERS = 4;

/** The topics every reader already knows by the first chapter: the city, the country, the main actor. */
export function ubiquitousTopics(counts: ReadonlyMap<string, number>, chapterTotal: number): Set<string> {
  if (chapterTotal < UBIQUITOUS_MIN_CHAPTERS) return new Set();
  return new Set([...counts].filter(([, count]) => count >= UBIQUITOUS_SHARE * chapterTotal).map(([slug]) => slug));
}

/** The editor's topics, and (when the mode says so) those drawn from the chapters, which never take an editor's name or slug. */
export function withProvisionalTopics(
  registry: Topic[],
  topicsDir: string,
  mode: TopicsMode,
  texts: ChapterTexts | string = join(contentDir(), 'articles'),
  cachePath = defaultCachePath(buildOptions().cacheDir),
): Topic[] {
  if (!usesProvisionalTopics(mode)) return registry;
  const { chapters, fingerprint } = typeof texts === 'string' ? readChapterTexts(texts) : texts;
  if (!chapters.length) return registry;
  const rejectedPath = join(topicsDir, 'rejected.yaml');
  const rejected = parseRejected(existsSync(rejectedPath) ? readFileSync(rejectedPath, 'utf8') : undefined);
  const editorNames = registry.flatMap((topic) => [topic.title, ...topic.aliases]);
  const sameAs = parseAliasList(readOptional(join(topicsDir, 'aliases.yaml')));
  const candidates = confidentCandidates(
    cachedCandidates({
      chapters,
      fingerprint,
      exclude: [...editorNames, ...rejected],
      linked: editorNames,
      sameAs,
      cachePath,
      code: buildCode(),
    }),
    chapters.length,
  );
  const taken = new Set(editorNames.map(fold));
  const drawn = provisionalTopics(
    candidates.filter((candidate) => ![candidate.name, ...candidate.aliases].some((name) => taken.has(fold(name)))),
    registry.flatMap((topic) => [topic.slug, ...topic.redirectFrom]),
  );
  // Astro loads this module twice in one build (config, then pages): say it once per process.
  const said = Symbol.for('dossier.drawnTopicsSaid');
  if (drawn.length && !(globalThis as Record<symbol, unknown>)[said]) {
    (globalThis as Record<symbol, unknown>)[said] = true;
    const notEnglish = chapters.filter((chapter) => !readsAsEnglish(chapter)).length;
    console.log(
      `[dossier] ${drawn.length} topics drawn from the text, marked as such on their pages: review them with \`npm run topics\`${
        notEnglish
          ? ` (${notEnglish} ${notEnglish === 1 ? 'chapter is' : 'chapters are'} not in English: discovery reads English and passed ${notEnglish === 1 ? 'it' : 'them'} by)`
          : ''
      }`,
    );
  }
  // The editor's topics come first, so a clash of names is settled in their favour.
  return resolveCollisions([...registry, ...drawn]).topics;
}

export const KIND_LABEL = { person: 'Person', place: 'Place', organisation: 'Organisation', event: 'Event', idea: 'Idea' } as const;

/** "Place: Iraq's second city…"; the role for people, unless the summary already starts with it. */
export function previewText(topic: Pick<Topic, 'kind' | 'role' | 'summary'>): string {
  const label = topic.role && !topic.summary.startsWith(topic.role) ? topic.role : KIND_LABEL[topic.kind];
  return smartQuotes(`${label}: ${topic.summary}`);
}

/**
 * The mention linker's options for this site, under the given base path:
 * site.yaml's `links`, with `dossier({ links })` overriding the mode. Topics
 * with `link: false`, and the ubiquitous ones unless `links.ubiquitous`, get
 * no link.
 */
export function siteLinkOptions(base: string, modeOverride = buildOptions().links): LinkOptions {
  const { topics, chapterCounts: counts, chapterTotal, links } = siteTopics();
  const ubiquitous = links.ubiquitous ? new Set<string>() : ubiquitousTopics(counts, chapterTotal);
  const targets = new Map<string, LinkTarget>();
  for (const topic of topics) {
    // The visible preview names the topic first: the words linked may be only a surname or an acronym.
    if (topic.link && !ubiquitous.has(topic.slug))
      targets.set(topic.slug, {
        href: joinBase(base, topicPath(topic.slug)),
        preview: `${smartQuotes(topic.title)}\n${previewText(topic)}`,
      });
  }
  return {
    mode: modeOverride ?? links.mode,
    target: (slug) => targets.get(slug),
    perParagraph: links.perParagraph,
    chapterCount: (slug) => counts.get(slug) ?? 0,
  };
}
