/**
 * Temporary folders for tests, removed when the test file ends (see
 * tests/helpers/cleanup.ts, a Vitest setup file), passed or failed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

export function tempDir(prefix: string): string {
  const path = mkdtempSync(join(tmpdir(), `dossier-${prefix}-`));
  made.push(path);
  return path;
}

export function removeTempDirs(): void {
  for (const path of made.splice(0)) rmSync(path, { recursive: true, force: true });
}
