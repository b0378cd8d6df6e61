/**
 * Where ingest writes: plans each write against what is on disk so
 * that an editor's changes are never overwritten, and writes atomically.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { mapConcurrently } from '../text/arrays.ts';
import { writeAtomicSync } from '../text/atomic-write.ts';
import { join, resolve } from 'node:path';
import { readGeneratedHash } from './mdx.ts';
import { asSaved, parseFrontmatterYaml, splitFrontmatter } from '../text/frontmatter.ts';

export type WritePlan =
  /** No article for this source yet. */
  | 'create'
  /** Byte for byte what is there already. */
  | 'unchanged'
  /** The file is as ingest left it, and the source or generator changed. */
  | 'update'
  /** A person edited the file, but the new output is what was generated before. */
  | 'keep-edits'
  /** A person edited the file and the new output differs: both are kept. */
  | 'conflict';

/**
 * `existing` is the chapter on disk as read (BOM and CRLF already undone);
 * `unreadable` when its frontmatter could not be parsed: that is an edit too.
 */
export function planWrite(existing: string | undefined, next: string, force = false, unreadable = false): WritePlan {
  if (existing === undefined) return 'create';
  if (existing === next) return 'unchanged';
  if (force) return 'update';
  if (unreadable) return 'conflict';
  const { recorded, actual } = readGeneratedHash(existing);
  if (recorded && recorded === actual) return 'update';
  const nextHash = readGeneratedHash(next).recorded;
  return recorded && recorded === nextHash ? 'keep-edits' : 'conflict';
}

/**
 * The versions ingest set beside hand-edited chapters as `.mdx.new`, by chapter path: the generated hash of each.
 * When the editor has merged one and deleted it, the chapter still records the generated version it was edited
 * from, and the next run would offer the same new version again, run after run. A version already offered, whose
 * `.new` the editor removed, is settled: the chapter is kept as it is. Kept in the cache folder, one file per
 * chapters folder; without it (a new machine), the version is offered once more.
 */
export interface OfferedVersions {
  get(path: string): string | undefined;
  offer(path: string, generatedHash: string): void;
  save(): void;
}

export function offeredVersions(cacheDir: string | undefined, out: string): OfferedVersions {
  const file = cacheDir && join(cacheDir, `offered-${createHash('sha256').update(resolve(out)).digest('hex').slice(0, 16)}.json`);
  let offered: Record<string, string> = {};
  try {
    if (file) offered = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  } catch {
    // none yet, or unreadable: every version is new
  }
  let changed = false;
  return {
    get: (path) => (Object.hasOwn(offered, resolve(path)) ? offered[resolve(path)] : undefined),
    offer(path, generatedHash) {
      if (offered[resolve(path)] === generatedHash) return;
      offered = { ...offered, [resolve(path)]: generatedHash };
      changed = true;
    },
    save() {
      if (file && changed) writeAtomicSync(file, JSON.stringify(offered));
    },
  };
}

/**
 * A conflict the editor has settled: the version ingest would offer is the one it offered before, and its `.new`
 * is gone (merged by hand, or set aside). The chapter is kept.
 */
export function settledConflict(plan: WritePlan, offered: string | undefined, next: string, newVersionStillThere: boolean): WritePlan {
  if (plan !== 'conflict' || newVersionStillThere || !offered) return plan;
  return readGeneratedHash(next).recorded === offered ? 'keep-edits' : plan;
}

/** Where the new version of a hand-edited article waits for the editor; Astro loads only `*.mdx`. */
export function conflictPath(articlePath: string): string {
  return `${articlePath}.new`;
}

export interface ExistingArticle {
  path: string;
  slug: string;
  /** The text as ingest compares it: a BOM and CRLF line ends (an editor's save) undone. */
  text: string;
  sourceFile?: string;
  /** The hash of the source it was made from, to recognise a renamed source. */
  sourceSha256?: string;
  /** Why its frontmatter cannot be read; such a chapter is never written over. */
  problem?: string;
}

/**
 * What a chapter file says about itself. When its frontmatter is broken, the
 * `file:` line is still looked for, so the chapter stays its source's.
 */
export function describeChapter(text: string): Pick<ExistingArticle, 'sourceFile' | 'sourceSha256' | 'problem'> {
  const front = splitFrontmatter(text);
  if (!front) return { problem: 'has no frontmatter (a block between --- lines at the top)' };
  const yaml = parseFrontmatterYaml(front.yaml);
  if (!yaml.ok) {
    const sourceFile = /^ +file: *["']?(.+?)["']? *$/m.exec(front.yaml)?.[1];
    return { problem: `its ${yaml.problem}`, ...(sourceFile && { sourceFile }) };
  }
  const data = yaml.data as { source?: { file?: unknown; sha256?: unknown } } | undefined;
  const file = data?.source?.file;
  const sha = data?.source?.sha256;
  if (typeof file !== 'string' || !file) return { problem: 'names no source file (source: file:) in its frontmatter' };
  return { sourceFile: file, ...(typeof sha === 'string' && { sourceSha256: sha }) };
}

/** Chapters already in the output folder, each with the source it came from. */
export async function readExistingArticles(outDir: string): Promise<ExistingArticle[]> {
  let names: string[];
  try {
    names = await readdir(outDir);
  } catch {
    return [];
  }
  return mapConcurrently(names.filter((n) => n.endsWith('.mdx')).sort(), 32, async (name): Promise<ExistingArticle> => {
    const path = join(outDir, name);
    const slug = name.replace(/\.mdx$/, '');
    let text: string;
    try {
      text = asSaved(await readFile(path, 'utf8'));
    } catch (error) {
      return { path, slug, text: '', problem: `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
    }
    return { path, slug, text, ...describeChapter(text) };
  });
}
