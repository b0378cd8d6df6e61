/**
 * The options this build runs with, as the `dossier()` integration resolved
 * them. Astro runs the integration and renders the pages in one process but
 * loads them as two module graphs, so the options travel on a process-wide
 * key, set once by the integration before anything reads it. Outside a build
 * (the ingest and topics commands, unit tests) the defaults hold.
 */
import { join } from 'node:path';
import { dossierOptions, type BuildOptions, type View } from '../options.ts';
import { codeFingerprint } from '../text/code-fingerprint.ts';

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

/** Dossier's code as a fingerprint of `src/`, the lockfile and Node's version: what a cache made by this code is kept under. */
export function sourceFingerprint(src: string): string {
  return codeFingerprint([src], [join(src, '../package-lock.json')]);
}

let unbundled: string | undefined;
/**
 * The fingerprint the caches a build keeps (chapter records, discovered
 * topics) are made under, so that any change to the code reads afresh with no
 * version number to remember. The integration takes it from the source folder
 * (the pages, bundled by Astro, cannot see it); outside a build, where this
 * module runs from its own file, it is taken here.
 */
export function buildCode(): string {
  return buildOptions().code ?? (unbundled ??= sourceFingerprint(join(import.meta.dirname, '..')));
}
