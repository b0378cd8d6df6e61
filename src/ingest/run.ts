/**
 * One ingest run over a folder: read every source, build the articles, place
 * them, and write what changed. Returns what happened for the report; never
 * stops at a bad file.
 */
import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { ManifestEntry } from '../schema.ts';
import { ingestSource, SOURCE_EXTENSIONS, type ArticleRecord } from './article.ts';
import { parseManifest } from './manifest.ts';
import { articleToMdx } from './mdx.ts';
import { placeArticles } from './place.ts';
import type { Removal } from './rules/removal.ts';
import { conflictPath, planWrite, readExistingArticles, writeAtomic, type WritePlan } from './write.ts';

export const MANIFEST_NAME = 'sources.yaml';

export interface RunOptions {
  sources: string;
  out: string;
  force?: boolean;
  onProgress?: (done: number, total: number, file: string) => void;
}

export interface FileOutcome {
  file: string;
  status: 'written' | 'skipped' | 'failed';
  message?: string;
  plan?: WritePlan;
  article?: string;
  words?: number;
  paragraphs?: number;
  repairs?: number;
  removed?: Removal[];
  warnings: string[];
}

export interface RunResult {
  outcomes: FileOutcome[];
  /** Problems with the run as a whole (the manifest, missing sources). */
  notices: string[];
  /** True when the manifest could not be read: nothing was written. */
  aborted: boolean;
}

const IGNORED = new Set([MANIFEST_NAME, 'README.md', 'README.txt', '.DS_Store', '.gitkeep']);

export async function runIngest(options: RunOptions): Promise<RunResult> {
  const notices: string[] = [];
  const manifestPath = join(options.sources, MANIFEST_NAME);
  let entries: Record<string, ManifestEntry> = {};
  const manifestText = await readFile(manifestPath, 'utf8').catch(() => undefined);
  if (manifestText !== undefined) {
    const parsed = parseManifest(manifestText, manifestPath);
    if (!parsed.ok) return { outcomes: [], notices: parsed.errors, aborted: true };
    entries = parsed.manifest.sources;
  }

  const names = (await readdir(options.sources)).filter((name) => !name.startsWith('.') && !IGNORED.has(name)).sort();
  const sourceNames = names.filter((name) => (SOURCE_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase()));
  for (const name of names.filter((n) => !sourceNames.includes(n))) notices.push(`${join(options.sources, name)}: not a source type (${SOURCE_EXTENSIONS.join(', ')}); left alone`);
  for (const name of Object.keys(entries).filter((n) => !sourceNames.includes(n))) notices.push(`${manifestPath}: names "${name}", which is not in ${options.sources}`);

  const files = new Map<string, Uint8Array>();
  for (const name of sourceNames) files.set(name, await readFile(join(options.sources, name)));

  const existing = await readExistingArticles(options.out);
  const existingBySource = new Map(existing.filter((a) => a.sourceFile).map((a) => [a.sourceFile!, a]));
  for (const article of existing) {
    if (article.sourceFile && !sourceNames.includes(article.sourceFile)) notices.push(`${article.path}: its source ${article.sourceFile} is gone; the article is kept`);
  }

  const built = buildCorpus(files, entries, (file) => existingBySource.get(file)?.slug, options.onProgress);
  const outcomes: FileOutcome[] = [];
  for (const item of built) {
    if (item.status !== 'ok') {
      outcomes.push({ file: item.file, status: item.status, message: item.message, warnings: [] });
      continue;
    }
    const { article } = item;
    const outcome: FileOutcome = {
      file: item.file,
      status: 'written',
      words: article.fields.wordCount,
      paragraphs: article.body.length,
      repairs: (article.fields.repairs ?? []).reduce((sum, repair) => sum + repair.count, 0),
      removed: article.fields.removed ?? [],
      warnings: article.warnings,
    };
    try {
      const previous = existingBySource.get(item.file);
      const path = previous?.path ?? join(options.out, `${item.slug}.mdx`);
      const plan = planWrite(previous?.text, item.text, options.force);
      outcome.plan = plan;
      outcome.article = path;
      if (plan === 'create' || plan === 'update') await writeAtomic(path, item.text);
      if (plan === 'conflict') {
        await writeAtomic(conflictPath(path), item.text);
        outcome.warnings = [...outcome.warnings, `${path} was edited by hand: kept it, and wrote the new version to ${conflictPath(path)} (use --force to overwrite)`];
      }
    } catch (error) {
      outcome.status = 'failed';
      outcome.message = (error as Error).message;
    }
    outcomes.push(outcome);
  }
  outcomes.sort((a, b) => a.file.localeCompare(b.file));
  return { outcomes, notices, aborted: false };
}

export type BuiltArticle =
  | { status: 'ok'; file: string; article: ArticleRecord; slug: string; order: number; text: string }
  | { status: 'skipped' | 'failed'; file: string; message: string };

/**
 * The pure heart of a run: every source ingested, placed in reading order with
 * a unique slug, and serialized to MDX. `knownSlug` keeps an earlier run's slug.
 */
export function buildCorpus(
  files: ReadonlyMap<string, Uint8Array>,
  entries: Readonly<Record<string, ManifestEntry>>,
  knownSlug: (file: string) => string | undefined = () => undefined,
  onProgress?: RunOptions['onProgress'],
): BuiltArticle[] {
  const built: BuiltArticle[] = [];
  const articles = new Map<string, ArticleRecord>();
  let done = 0;
  for (const [name, bytes] of files) {
    onProgress?.(done++, files.size, name);
    const result = ingestSource(name, bytes, entries[name]);
    if (result.status === 'ok') articles.set(name, result.article);
    else built.push({ status: result.status, file: name, message: result.status === 'skipped' ? result.reason : result.error });
  }
  onProgress?.(files.size, files.size, '');
  const placements = placeArticles(
    [...articles].map(([file, article]) => ({ file, title: article.fields.title, date: article.fields.date, order: article.order, slug: article.slug ?? knownSlug(file) })),
  );
  for (const { file, order, slug } of placements) {
    const article = articles.get(file)!;
    try {
      built.push({ status: 'ok', file, article, slug, order, text: articleToMdx({ ...article.fields, order }, article.body) });
    } catch (error) {
      built.push({ status: 'failed', file, message: (error as Error).message });
    }
  }
  return built.sort((a, b) => a.file.localeCompare(b.file));
}
