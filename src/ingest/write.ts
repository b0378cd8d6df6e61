/**
 * Where ingest writes: plans each write against what is on disk so
 * that an editor's changes are never overwritten, and writes atomically.
 */
import { readdir, readFile } from 'node:fs/promises';
import { mapConcurrently } from '../text/arrays.ts';
import { join } from 'node:path';
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
