import { buildCorpus } from '../../src/ingest/run.ts';
import { bundledManifest, seedBytes, seedNames } from './seeds.ts';

/** The bundled corpus as `npm run ingest` would write it, in memory. */
export function bundledCorpus() {
  const files = new Map(seedNames().map((name) => [name, new Uint8Array(seedBytes(name))]));
  return buildCorpus(files, bundledManifest().sources);
}
