/**
 * The only module that writes: plans each write against what is on disk so
 * that an editor's changes are never overwritten, and writes atomically.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { parse } from 'yaml';
import { readGeneratedHash } from './mdx.ts';

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

export function planWrite(existing: string | undefined, next: string, force = false): WritePlan {
  if (existing === undefined) return 'create';
  if (existing === next) return 'unchanged';
  if (force) return 'update';
  const { recorded, actual } = readGeneratedHash(existing);
  if (recorded && recorded === actual) return 'update';
  const nextHash = readGeneratedHash(next).recorded;
  return recorded && recorded === nextHash ? 'keep-edits' : 'conflict';
}

/** Where the new version of a hand-edited article waits for the editor; Astro loads only `*.mdx`. */
export function conflictPath(articlePath: string): string {
  return `${articlePath}.new`;
}

export async function writeAtomic(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

export interface ExistingArticle {
  path: string;
  slug: string;
  text: string;
  sourceFile?: string;
}

/** Articles already in the output folder, keyed by the source file they came from. */
export async function readExistingArticles(outDir: string): Promise<ExistingArticle[]> {
  let names: string[];
  try {
    names = await readdir(outDir);
  } catch {
    return [];
  }
  const articles: ExistingArticle[] = [];
  for (const name of names.filter((n) => n.endsWith('.mdx')).sort()) {
    const path = join(outDir, name);
    const text = await readFile(path, 'utf8');
    let sourceFile: string | undefined;
    try {
      const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1];
      const data = front ? (parse(front) as { source?: { file?: unknown } }) : undefined;
      if (typeof data?.source?.file === 'string') sourceFile = data.source.file;
    } catch {
      // A frontmatter an editor broke still counts as an article; it just names no source.
    }
    articles.push({ path, slug: name.replace(/\.mdx$/, ''), text, sourceFile });
  }
  return articles;
}
