/**
 * Topics for a first build: the candidates discovery finds above a confidence
 * floor become provisional topics, shown on the site and marked "drawn from
 * the text" until the editor accepts, renames or rejects them with `npm run
 * topics`. The editor's registry and reject list always win: a name or slug
 * they hold is never drawn. An editor who has reviewed every topic says
 * `topics: curated` in site.yaml, and only their files are shown (the bundled
 * Mosul site does). Discovery's result is cached under the chapters' fingerprint
 * and the code's (`buildCode()`), so a build with unchanged chapters does not
 * repeat it and new rules never read an old result.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeAtomicSync } from '../text/atomic-write.ts';
import type { Topic } from './registry.ts';
import { candidateSlug, discoverCandidates, type Candidate, type CorpusChapter } from './discover.ts';
import { drawnSummary } from './queue.ts';
import { drawnLink } from './rank.ts';

/** `auto` (the default): topics drawn from the text beside the editor's; `curated`: only the editor's. */
export type TopicsMode = 'auto' | 'curated' | undefined;

// The confidence floor: mentioned at least this often, in at least two chapters (in a corpus that has two).
export const PROVISIONAL_MIN_MENTIONS = 3;
export const PROVISIONAL_MIN_CHAPTERS = 2;
export function usesProvisionalTopics(mode: TopicsMode): boolean {
  return mode !== 'curated';
}

/** The candidates confident enough to stand on the site before an editor has looked at them. */
export function confidentCandidates(candidates: readonly Candidate[], chapterCount: number): Candidate[] {
  const minChapters = Math.min(PROVISIONAL_MIN_CHAPTERS, chapterCount);
  return candidates.filter((candidate) => candidate.mentions >= PROVISIONAL_MIN_MENTIONS && candidate.chapters >= minChapters);
}

/** Candidates as topics, marked provisional, with slugs that no topic file holds. */
export function provisionalTopics(candidates: readonly Candidate[], takenSlugs: Iterable<string>): Topic[] {
  const taken = new Set(takenSlugs);
  return candidates.map((candidate) => {
    const base = candidateSlug(candidate.name);
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    return {
      slug,
      path: `the topic "${candidate.name}" drawn from the text (npm run topics -- --accept "${candidate.name}" makes it a file)`,
      body: '',
      title: candidate.name,
      kind: candidate.kind,
      aliases: candidate.aliases,
      summary: drawnSummary(candidate),
      summaryDrawn: true,
      provisional: true,
      ...(candidate.role && { role: candidate.role }),
      link: drawnLink([candidate.name, ...candidate.aliases]),
      redirectFrom: [],
    };
  });
}

export interface DiscoveryCacheOptions {
  chapters: readonly CorpusChapter[];
  fingerprint: string;
  /** Names the editor's topics and rejections hold: never proposed. */
  exclude: readonly string[];
  /** The editor's alias list (content/topics/aliases.yaml). */
  sameAs?: readonly (readonly string[])[];
  /** The names of the editor's topics, which the site links to them. */
  linked?: readonly string[];
  cachePath: string;
  discover?: typeof discoverCandidates;
  /** A fingerprint of the code that discovers, so that new rules never read an old result (the build's `buildCode()`). */
  code: string;
}

/** Discovery's candidates, from the cache when the chapters and the editor's names are unchanged. */
export function cachedCandidates({
  chapters,
  fingerprint,
  exclude,
  sameAs = [],
  linked = [],
  cachePath,
  discover = discoverCandidates,
  code,
}: DiscoveryCacheOptions): Candidate[] {
  const key = createHash('sha256')
    .update(JSON.stringify([code, fingerprint, [...exclude].sort(), [...linked].sort(), sameAs]))
    .digest('hex');
  try {
    if (existsSync(cachePath)) {
      const cached = JSON.parse(readFileSync(cachePath, 'utf8')) as { key?: string; candidates?: Candidate[] };
      if (cached.key === key && Array.isArray(cached.candidates)) return cached.candidates;
    }
  } catch {
    // A damaged cache is only a slower build.
  }
  const candidates = discover(chapters, { exclude, linked, sameAs });
  try {
    // Written beside and renamed, so a build running at the same time never reads half a file.
    writeAtomicSync(cachePath, JSON.stringify({ key, candidates }));
  } catch {
    // A cache that cannot be written is only a slower next build.
  }
  return candidates;
}

/** Beside Astro's own cache (the build's `cacheDir`), else in node_modules/.cache. */
export function defaultCachePath(cacheDir: string | undefined, root = process.cwd()): string {
  return join(cacheDir || join(root, 'node_modules', '.cache'), 'dossier', 'discovered-topics.json');
}
