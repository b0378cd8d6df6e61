/**
 * One ingest run over a folder: read every source, build the articles, place
 * them, and write what changed. Returns what happened for the report; never
 * stops at a bad file, and never writes over a chapter that is not the
 * source's own, or that a person edited.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ManifestEntry } from '../schema.ts';
import { sha256, SOURCE_EXTENSIONS, type ArticleRecord } from './article.ts';
import { ingestInWorkers, workersFor } from './pool.ts';
import { decodeEditorFile } from '../text/decode.ts';
import { parseManifest } from './manifest.ts';
import { articleToMdx, prepareSource, readGeneratedHash, type PreparedSource } from './mdx.ts';
import { placeArticles } from './place.ts';
import { checkFolder, hasExtension, listFolder, readSource } from './read.ts';
import type { Removal } from './rules/removal.ts';
import {
  conflictPath,
  offeredVersions,
  planWrite,
  readExistingArticles,
  settledConflict,
  type ExistingArticle,
  type WritePlan,
} from './write.ts';
import { writeAtomic } from '../text/atomic-write.ts';
import { appendAll, mapConcurrently } from '../text/arrays.ts';
import { inputsOf, rememberRun, unchangedRun } from './run-record.ts';

export const MANIFEST_NAME = 'sources.yaml';

export interface RunOptions {
  sources: string;
  out: string;
  force?: boolean;
  onProgress?: (done: number, total: number, file: string) => void;
  /**
   * A folder for the run's record: when the sources, the manifest, the chapters
   * and ingest itself are byte for byte what the last run left, nothing is read
   * again and the last run's report stands. Without it, every run does the work.
   */
  cacheDir?: string;
  /** The sources' fingerprint, when the caller took it and compared it with the record already (the CLI does). */
  checkedInputs?: string;
  /** Worker threads to ingest on; by default some for a large folder on a machine with several cores, none otherwise (pool.ts). */
  workers?: number;
}

export interface FileOutcome {
  file: string;
  status: 'written' | 'skipped' | 'failed';
  message?: string;
  plan?: WritePlan;
  article?: string;
  /** The source's earlier name, when it was recognised as renamed by its content. */
  renamedFrom?: string;
  words?: number;
  paragraphs?: number;
  repairs?: number;
  removed?: Removal[];
  warnings: string[];
}

export interface RunResult {
  outcomes: FileOutcome[];
  /** Problems with the run as a whole (the manifest, missing sources, chapters left alone). */
  notices: string[];
  /** True when the run could not start (a folder, the manifest): nothing was written. */
  aborted: boolean;
}

// Enough files in flight to keep the disk busy, few enough for any system's open-file limit.
const FILES_AT_ONCE = 32;

const IGNORED = new Set([MANIFEST_NAME, 'README.md', 'README.txt', '.DS_Store', '.gitkeep']);

const abort = (notices: string[]): RunResult => ({ outcomes: [], notices, aborted: true });

async function readManifest(path: string): Promise<{ entries: Record<string, ManifestEntry>; warning?: string } | { errors: string[] }> {
  let text: string;
  let warning: string | undefined;
  try {
    const decoded = decodeEditorFile(await readFile(path), path);
    if (!decoded.ok) return { errors: [decoded.error] };
    ({ text, warning } = decoded);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { entries: {} };
    return { errors: [`${path}: cannot be read (${code ?? (error as Error).message})`] };
  }
  const parsed = parseManifest(text, path);
  return parsed.ok ? { entries: parsed.manifest.sources, ...(warning && { warning }) } : { errors: parsed.errors };
}

/** Which existing chapter belongs to which source: by the file it names, else by content (a rename). */
export interface Attachment {
  chapterOf: Map<string, ExistingArticle>;
  renamedFrom: Map<string, string>;
  /** Chapters no current source owns: their slugs stay taken. */
  unowned: ExistingArticle[];
  notices: string[];
}

export function attachChapters(existing: readonly ExistingArticle[], sources: ReadonlyMap<string, Uint8Array | undefined>): Attachment {
  const chapterOf = new Map<string, ExistingArticle>();
  const renamedFrom = new Map<string, string>();
  const notices: string[] = [];
  const owned = new Set<ExistingArticle>();
  for (const article of existing) {
    if (!article.sourceFile || !sources.has(article.sourceFile)) continue;
    const first = chapterOf.get(article.sourceFile);
    if (first) {
      notices.push(
        `${article.path} and ${first.path} both name ${article.sourceFile} as their source: ingest updates only ${first.path}, and leaves ${article.path} alone`,
      );
      continue;
    }
    chapterOf.set(article.sourceFile, article);
    owned.add(article);
  }
  // A source whose bytes are those an orphaned chapter was made from was renamed.
  const orphansByHash = new Map<string, ExistingArticle[]>();
  for (const article of existing) {
    if (owned.has(article) || !article.sourceFile || sources.has(article.sourceFile) || !article.sourceSha256) continue;
    orphansByHash.set(article.sourceSha256, [...(orphansByHash.get(article.sourceSha256) ?? []), article]);
  }
  for (const [name, bytes] of sources) {
    if (chapterOf.has(name) || !bytes) continue;
    const hash = sha256(bytes);
    const orphan = orphansByHash.get(hash)?.find((article) => !owned.has(article));
    if (!orphan) continue;
    chapterOf.set(name, orphan);
    renamedFrom.set(name, orphan.sourceFile!);
    owned.add(orphan);
  }
  const unowned = existing.filter((article) => !owned.has(article));
  for (const article of unowned) {
    if (article.problem) notices.push(`${article.path} ${article.problem}: ingest leaves it alone and keeps its slug`);
    else if (article.sourceFile && !sources.has(article.sourceFile))
      notices.push(`${article.path}: its source ${article.sourceFile} is gone; the chapter is kept, and its slug stays reserved`);
  }
  return { chapterOf, renamedFrom, unowned, notices };
}

/**
 * Slugs in the manifest must be unique, and must not be another source's
 * chapter's: checked before anything is written, naming both files.
 */
export function checkManifestSlugs(
  entries: Readonly<Record<string, ManifestEntry>>,
  manifestPath: string,
  existing: readonly ExistingArticle[],
  chapterOf: ReadonlyMap<string, ExistingArticle>,
): string[] {
  const errors: string[] = [];
  const firstWithSlug = new Map<string, string>();
  const chapterWithSlug = new Map(existing.map((article) => [article.slug, article]));
  for (const [file, entry] of Object.entries(entries)) {
    if (!entry.slug) continue;
    const other = firstWithSlug.get(entry.slug);
    if (other) {
      errors.push(`${manifestPath}: ${other} and ${file} both have slug "${entry.slug}"; every chapter needs its own`);
      continue;
    }
    firstWithSlug.set(entry.slug, file);
    const holder = chapterWithSlug.get(entry.slug);
    if (!holder || chapterOf.get(file) === holder || holder.sourceFile === file) continue;
    const whose = holder.sourceFile ? `the chapter of ${holder.sourceFile}` : `a chapter that ${holder.problem ?? 'names no source'}`;
    errors.push(
      `${manifestPath}: ${file} has slug "${entry.slug}", but ${holder.path} is ${whose}; choose another slug, or move that chapter away first`,
    );
  }
  return errors;
}

export async function runIngest(options: RunOptions): Promise<RunResult> {
  // Fingerprinted before anything is read: a source saved during the run differs from the record next time.
  const inputs = options.checkedInputs ?? (options.cacheDir ? await inputsOf(options.sources).catch(() => undefined) : undefined);
  if (options.cacheDir && inputs && !options.force && !options.checkedInputs) {
    const unchanged = await unchangedRun({ sources: options.sources, out: options.out, cacheDir: options.cacheDir }, inputs);
    if (unchanged) return unchanged;
  }
  for (const [path, option] of [
    [options.sources, '--sources'],
    [options.out, '--out'],
  ] as const) {
    const check = await checkFolder(path, option);
    if (!check.ok) return abort([check.error]);
  }
  const manifestPath = join(options.sources, MANIFEST_NAME);
  const manifest = await readManifest(manifestPath);
  if ('errors' in manifest) return abort(manifest.errors);
  const entries = manifest.entries;
  const notices: string[] = manifest.warning ? [manifest.warning] : [];

  const names = (await listFolder(options.sources)).filter((name) => !name.startsWith('.') && !IGNORED.has(name));
  const sourceNames = names.filter((name) => hasExtension(name, SOURCE_EXTENSIONS));
  if (!sourceNames.length) notices.push(`no articles in ${options.sources}: save them there as ${SOURCE_EXTENSIONS.join(', ')} files`);
  for (const name of names.filter((n) => !hasExtension(n, SOURCE_EXTENSIONS)))
    notices.push(`${join(options.sources, name)}: not a source type (${SOURCE_EXTENSIONS.join(', ')}); left alone`);
  const listed = new Set(sourceNames);
  for (const name of Object.keys(entries).filter((n) => !listed.has(n)))
    notices.push(`${manifestPath}: names "${name}", which is not in ${options.sources}`);

  const outcomes: FileOutcome[] = [];
  const files = new Map<string, Uint8Array>();
  // Every name stays known, readable or not, so a chapter whose source failed to read is not taken for an orphan.
  const present = new Map<string, Uint8Array | undefined>();
  const reads = await mapConcurrently(sourceNames, FILES_AT_ONCE, (name) => readSource(options.sources, name));
  for (const [index, name] of sourceNames.entries()) {
    const read = reads[index]!;
    if (read.status === 'ok') files.set(name, read.bytes);
    else outcomes.push({ file: name, status: read.status, message: read.message, warnings: [] });
    present.set(name, read.status === 'ok' ? read.bytes : undefined);
  }

  const existing = await readExistingArticles(options.out);
  const attached = attachChapters(existing, present);
  const slugErrors = checkManifestSlugs(entries, manifestPath, existing, attached.chapterOf);
  if (slugErrors.length) return abort(slugErrors);
  notices.push(...attached.notices);

  const reserved = new Set(attached.unowned.map((article) => article.slug));
  const { prepared, notices: poolNotices } = await prepareAll(files, entries, options.onProgress, options.workers);
  notices.push(...poolNotices);
  const built = placeAndSerialize([...files.keys()], prepared, (file) => attached.chapterOf.get(file)?.slug, reserved);
  const onDisk = new Set(existing.map((article) => article.path));
  const offered = offeredVersions(options.cacheDir, options.out);
  const written = await mapConcurrently(built, FILES_AT_ONCE, async (item): Promise<FileOutcome> => {
    if (item.status !== 'ok') return { file: item.file, status: item.status, message: item.message, warnings: [] };
    const { article } = item;
    const previous = attached.chapterOf.get(item.file);
    const outcome: FileOutcome = {
      file: item.file,
      status: 'written',
      words: article.fields.wordCount,
      paragraphs: article.body.length,
      repairs: (article.fields.repairs ?? []).reduce((sum, repair) => sum + repair.count, 0),
      removed: article.fields.removed ?? [],
      warnings: [...article.warnings],
      ...(attached.renamedFrom.has(item.file) && { renamedFrom: attached.renamedFrom.get(item.file) }),
    };
    const path = previous?.path ?? join(options.out, `${item.slug}.mdx`);
    outcome.article = path;
    if (previous?.slug && item.slug !== previous.slug) {
      outcome.warnings.push(
        `sources.yaml gives the slug "${item.slug}", but the chapter is ${path}: rename the file to move it (ingest never moves a chapter)`,
      );
    }
    try {
      if (!previous && onDisk.has(path)) throw new Error(`would write ${path}, which is another chapter; nothing written`);
      const plan = settledConflict(
        planWrite(previous?.text, item.text, options.force, Boolean(previous?.problem)),
        // A chapter whose frontmatter cannot be read is never settled: the build would stop on it.
        previous?.problem ? undefined : offered.get(path),
        item.text,
        existsSync(conflictPath(path)),
      );
      outcome.plan = plan;
      if (plan === 'create' || plan === 'update') await writeAtomic(path, item.text);
      if (plan === 'conflict') {
        await writeAtomic(conflictPath(path), item.text);
        const generated = readGeneratedHash(item.text).recorded;
        if (generated) offered.offer(path, generated);
        const why = previous?.problem ? `: ${previous.problem}. Ingest cannot tell what you changed, so it` : ' was edited by hand:';
        outcome.warnings.push(`${path}${why} kept it, and wrote the new version to ${conflictPath(path)} (use --force to overwrite)`);
      }
    } catch (error) {
      outcome.status = 'failed';
      outcome.message = (error as Error).message;
    }
    return outcome;
  });
  offered.save();
  appendAll(outcomes, written);
  outcomes.sort((a, b) => a.file.localeCompare(b.file));
  const result = { outcomes, notices, aborted: false };
  if (options.cacheDir && inputs)
    await rememberRun({ sources: options.sources, out: options.out, cacheDir: options.cacheDir }, inputs, result);
  return result;
}

export type BuiltArticle =
  | { status: 'ok'; file: string; article: ArticleRecord; slug: string; order: number; text: string }
  | { status: 'skipped' | 'failed'; file: string; message: string };

/** Every source prepared on this thread, in the files' order. */
function prepareHere(
  files: ReadonlyMap<string, Uint8Array>,
  entries: Readonly<Record<string, ManifestEntry>>,
  onProgress?: RunOptions['onProgress'],
): PreparedSource[] {
  let done = 0;
  const prepared = [...files].map(([name, bytes]) => {
    onProgress?.(done++, files.size, name);
    return prepareSource(name, bytes, entries[name]);
  });
  onProgress?.(files.size, files.size, '');
  return prepared;
}

/** Every source prepared, on worker threads when the folder is large enough to gain from them (pool.ts). */
async function prepareAll(
  files: ReadonlyMap<string, Uint8Array>,
  entries: Readonly<Record<string, ManifestEntry>>,
  onProgress?: RunOptions['onProgress'],
  workers = workersFor(
    files.size,
    [...files.values()].reduce((sum, bytes) => sum + bytes.length, 0),
  ),
): Promise<{ prepared: PreparedSource[]; notices: string[] }> {
  if (workers === 0) return { prepared: prepareHere(files, entries, onProgress), notices: [] };
  const jobs = [...files].map(([name, bytes]) => ({ name, bytes, entry: entries[name] }));
  const pooled = await ingestInWorkers(jobs, {
    workers,
    ingestHere: (job) => prepareSource(job.name, job.bytes, job.entry),
    onDone: (done, job) => onProgress?.(done, files.size, job.name),
  });
  onProgress?.(files.size, files.size, '');
  const { redone, trouble } = pooled;
  const named = redone.length > 5 ? `${redone.slice(0, 5).join(', ')} and ${redone.length - 5} more` : redone.join(', ');
  const notices = trouble
    ? [
        `${trouble}; ${redone.length ? `${named} ingested again on the main thread` : 'the main thread did its work'}. ` +
          'Every chapter is complete. This is a bug in Dossier, or the machine ran short of memory; --workers 0 keeps ingest on one thread',
      ]
    : [];
  return { prepared: pooled.prepared, notices };
}

/**
 * A run's work in memory, on this thread (the tests' way in): every source
 * ingested, placed in reading order with a unique slug, and serialized to MDX,
 * by the same steps `runIngest` takes. `knownSlug` keeps an earlier run's slug;
 * `reserved` slugs belong to chapters no source owns now.
 */
export function buildCorpus(
  files: ReadonlyMap<string, Uint8Array>,
  entries: Readonly<Record<string, ManifestEntry>>,
  knownSlug: (file: string) => string | undefined = () => undefined,
  onProgress?: RunOptions['onProgress'],
  reserved: ReadonlySet<string> = new Set(),
): BuiltArticle[] {
  return placeAndSerialize([...files.keys()], prepareHere(files, entries, onProgress), knownSlug, reserved);
}

/** Prepared sources (`prepared[i]` is `names[i]`'s) placed in reading order with a unique slug, and written out as MDX. */
function placeAndSerialize(
  names: readonly string[],
  prepared: readonly PreparedSource[],
  knownSlug: (file: string) => string | undefined,
  reserved: ReadonlySet<string>,
): BuiltArticle[] {
  const built: BuiltArticle[] = [];
  const articles = new Map<string, { article: ArticleRecord; bodyMdx: string }>();
  for (const [index, name] of names.entries()) {
    const result = prepared[index]!;
    if (result.status === 'ok') articles.set(name, { article: result.article, bodyMdx: result.bodyMdx });
    else built.push({ status: result.status, file: name, message: result.status === 'skipped' ? result.reason : result.error });
  }
  const placements = placeArticles(
    [...articles].map(([file, { article }]) => ({
      file,
      title: article.fields.title,
      date: article.fields.date,
      order: article.order,
      slug: article.slug ?? knownSlug(file),
    })),
    reserved,
  );
  for (const { file, order, slug } of placements) {
    const { article, bodyMdx } = articles.get(file)!;
    try {
      built.push({ status: 'ok', file, article, slug, order, text: articleToMdx({ ...article.fields, order }, article.body, bodyMdx) });
    } catch (error) {
      built.push({ status: 'failed', file, message: (error as Error).message });
    }
  }
  return built.sort((a, b) => a.file.localeCompare(b.file));
}
