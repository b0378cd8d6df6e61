/**
 * Reading the sources folder, one file at a time, without trusting it: a
 * folder named `x.txt`, a pipe, a dangling link, a link out of the folder or
 * a 2 GB file each become that file's outcome, never a crash or a hang.
 */
import { constants } from 'node:fs';
import { lstat, open, readdir, realpath, stat } from 'node:fs/promises';
import { extname, join, relative, isAbsolute } from 'node:path';
import { formatBytes, LIMITS } from './limits.ts';

export type SourceRead =
  | { status: 'ok'; name: string; bytes: Uint8Array }
  | { status: 'skipped' | 'failed'; name: string; message: string };

export type FolderCheck = { ok: true } | { ok: false; error: string };

/** A folder the run reads from or writes to: `--sources` must exist, `--out` must not be a file. */
export async function checkFolder(path: string, option: '--sources' | '--out'): Promise<FolderCheck> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: true };
    return { ok: false, error: `${option} ${path} is a file, not a folder` };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && option === '--out') return { ok: true }; // created on the first write
    if (code === 'ENOENT') return { ok: false, error: `${option} ${path}: no such folder` };
    return { ok: false, error: `${option} ${path}: cannot be read (${code ?? (error as Error).message})` };
  }
}

export async function listFolder(path: string): Promise<string[]> {
  return (await readdir(path)).sort();
}

function describeKind(info: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean }): string {
  if (info.isDirectory()) return 'is a folder, not a file; left alone';
  if (info.isFIFO()) return 'is a named pipe, not a file; not read';
  if (info.isSocket()) return 'is a socket, not a file; not read';
  return 'is not a regular file (a device?); not read';
}

/**
 * One source's bytes, or why not. A symbolic link is followed only to a file
 * inside the sources folder, so `passwd.txt -> /etc/passwd` is never published.
 */
export async function readSource(folder: string, name: string): Promise<SourceRead> {
  const path = join(folder, name);
  try {
    const link = await lstat(path);
    if (link.isSymbolicLink()) {
      let target: string;
      try {
        target = await realpath(path);
      } catch {
        return { status: 'failed', name, message: 'is a link to a file that does not exist' };
      }
      const inside = relative(await realpath(folder), target);
      if (inside.startsWith('..') || isAbsolute(inside))
        return {
          status: 'skipped',
          name,
          message: `is a link to ${target}, outside the sources folder; links are followed only inside it`,
        };
    }
    // Non-blocking, so a named pipe cannot hang the run; then ask the open handle what it is.
    const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const info = await handle.stat();
      if (!info.isFile()) return { status: 'skipped', name, message: describeKind(info) };
      if (info.size > LIMITS.sourceBytes) {
        return {
          status: 'failed',
          name,
          message: `is ${formatBytes(info.size)}; ingest reads sources up to ${formatBytes(LIMITS.sourceBytes)}. Save just the article's text`,
        };
      }
      return { status: 'ok', name, bytes: await handle.readFile() };
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { status: 'failed', name, message: `could not be read (${code ?? (error as Error).message})` };
  }
}

export function hasExtension(name: string, extensions: readonly string[]): boolean {
  return extensions.includes(extname(name).toLowerCase());
}
