/**
 * `npm run topics` as a function: discover candidates in a content folder,
 * apply the editor's rejections and acceptances, and write the review queue.
 * Topic files are only ever created, never changed. The CLI (cli.ts) parses
 * arguments and prints; tests call this directly.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeAtomic } from '../text/atomic-write.ts';
import { readChapterTexts } from './chapters.ts';
import { candidateSlug, discoverCandidates, readsAsEnglish, type Candidate } from './discover.ts';
import { findCandidate, parseAliasList, parseRejected, queueYaml, readOptional, rejectedYaml, topicFileFor } from './queue.ts';
import { loadRegistry } from './registry.ts';

export interface TopicsOptions {
  /** The content folder: articles/ is read, topics/ is written. */
  content: string;
  accept?: readonly string[];
  /** Accept every candidate with at least `minCount` mentions. */
  acceptAll?: boolean;
  minCount?: number;
  reject?: readonly string[];
}

export interface TopicsResult {
  /** The candidates left in the queue after this run. */
  candidates: Candidate[];
  chapterCount: number;
  queuePath: string;
  accepted: Array<{ name: string; path: string }>;
  rejected: Array<{ name: string; known: boolean }>;
  /** Registry problems, each naming its file: the run goes on. */
  warnings: string[];
  /** What could not be done (an unknown name, a file that exists): the CLI exits 1. */
  problems: string[];
}

export class NoChaptersError extends Error {}

export async function runTopics(options: TopicsOptions): Promise<TopicsResult> {
  const articlesDir = join(options.content, 'articles');
  const topicsDir = join(options.content, 'topics');
  const rejectedPath = join(topicsDir, 'rejected.yaml');
  const { chapters } = readChapterTexts(articlesDir);
  if (!chapters.length) throw new NoChaptersError(`no chapters in ${articlesDir}. Run \`npm run ingest\` first.`);

  const result: TopicsResult = {
    candidates: [],
    chapterCount: chapters.length,
    queuePath: join(topicsDir, 'candidates.yaml'),
    accepted: [],
    rejected: [],
    warnings: [],
    problems: [],
  };
  const notEnglish = chapters.filter((chapter) => !readsAsEnglish(chapter));
  if (notEnglish.length)
    result.warnings.push(
      `${notEnglish.length} of ${chapters.length} chapters are not in English (${notEnglish
        .slice(0, 5)
        .map((chapter) => `${chapter.slug}: ${chapter.language}`)
        .join(
          ', ',
        )}${notEnglish.length > 5 ? ', …' : ''}); discovery reads English and did not read them. Their names are still linked when a topic has them.`,
    );
  const rejected = parseRejected(existsSync(rejectedPath) ? readFileSync(rejectedPath, 'utf8') : undefined);
  const discover = () => {
    const { topics, errors } = loadRegistry(topicsDir);
    for (const error of errors) if (!result.warnings.includes(error)) result.warnings.push(error);
    const known = topics.flatMap((topic) => [topic.title, ...topic.aliases]);
    const sameAs = parseAliasList(readOptional(join(topicsDir, 'aliases.yaml')));
    return {
      candidates: discoverCandidates(chapters, { exclude: [...known, ...rejected], linked: known, sameAs }),
      taken: new Set(topics.map((t) => t.slug)),
    };
  };

  let { candidates, taken } = discover();
  // Rejections first, so an accept-all never resurrects them.
  for (const name of options.reject ?? []) {
    const candidate = findCandidate(candidates, name);
    rejected.push(...(candidate ? [candidate.name, ...candidate.aliases] : [name]));
    result.rejected.push({ name: candidate?.name ?? name, known: Boolean(candidate) });
  }
  if (options.reject?.length) {
    await writeAtomic(rejectedPath, rejectedYaml(rejected));
    ({ candidates, taken } = discover());
  }

  const toAccept: Candidate[] = [];
  for (const name of options.accept ?? []) {
    const candidate = findCandidate(candidates, name);
    if (candidate) toAccept.push(candidate);
    else result.problems.push(`no candidate named "${name}". See ${result.queuePath} for the names and aliases on offer.`);
  }
  if (options.acceptAll) toAccept.push(...candidates.filter((c) => c.mentions >= (options.minCount ?? 3) && !toAccept.includes(c)));

  for (const candidate of toAccept) {
    let slug = candidateSlug(candidate.name);
    for (let n = 2; taken.has(slug); n++) slug = `${candidateSlug(candidate.name)}-${n}`;
    const path = join(topicsDir, `${slug}.md`);
    if (existsSync(path) || existsSync(join(topicsDir, `${slug}.mdx`))) {
      result.problems.push(`${path} already exists: left as it is`);
      continue;
    }
    await writeAtomic(path, topicFileFor(candidate));
    taken.add(slug);
    result.accepted.push({ name: candidate.name, path });
  }
  if (toAccept.length) ({ candidates } = discover());

  await writeAtomic(result.queuePath, queueYaml(candidates, chapters.length));
  result.candidates = candidates;
  return result;
}
