/** The bundled sources, read the way ingest reads them. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseManifest } from '../../src/ingest/manifest.ts';
import type { Manifest } from '../../src/schema.ts';
import { ROOT } from './build.ts';

export const SOURCES_DIR = join(ROOT, 'content/sources');

export const SEED = {
  interview: '2017-01-musings-on-iraq-kalin-interview.txt',
  time: '2017-04-time-beginning-of-the-end-in-mosul.txt',
  duran: '2017-06-the-duran-one-square-mile.txt',
  reuters: '2017-07-reuters-victory-and-its-cost.txt',
  national: '2018-the-national-kill-box.txt',
} as const;

export function seedBytes(name: string): Buffer {
  return readFileSync(join(SOURCES_DIR, name));
}

export function seedText(name: string): string {
  return seedBytes(name).toString('utf8');
}

export function seedNames(): string[] {
  return readdirSync(SOURCES_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort();
}

export function bundledManifest(): Manifest {
  const result = parseManifest(readFileSync(join(SOURCES_DIR, 'sources.yaml'), 'utf8'), 'sources.yaml');
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.manifest;
}
