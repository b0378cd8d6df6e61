/**
 * The options this build runs with, as the `dossier()` integration resolved
 * them. Astro runs the integration and renders the pages in one process but
 * loads them as two module graphs, so the options travel on a process-wide
 * key, set once by the integration before anything reads it. Outside a build
 * (the ingest and topics commands, unit tests) the defaults hold.
 */
import { dossierOptions, type BuildOptions, type View } from '../options.ts';

const KEY = Symbol.for('dossier.buildOptions');
const DEFAULTS: BuildOptions = dossierOptions.parse({});

export function setBuildOptions(options: BuildOptions): void {
  (globalThis as Record<symbol, unknown>)[KEY] = options;
}

export function buildOptions(): BuildOptions {
  return ((globalThis as Record<symbol, unknown>)[KEY] as BuildOptions | undefined) ?? DEFAULTS;
}

export function viewOn(view: View): boolean {
  return buildOptions().views[view];
}
