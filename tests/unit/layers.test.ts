/**
 * The layers hold: shared text helpers know no feature; the pure layers read
 * no file, no environment and no Astro collection, and reach nothing of the
 * site above them. A change that breaks this fails here, naming the import.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/build.ts';

const SRC = join(ROOT, 'src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|astro|mjs)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every module a file imports, as written: './x.ts', '../site/y.ts', 'node:fs'. */
function importsOf(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => m[1] ?? m[2]!,
  );
}

/** The src folder a relative import lands in: 'site', 'text'…; undefined for packages. */
function folderOf(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const target = relative(SRC, join(from, '..', specifier));
  return target.includes('/') ? target.split('/')[0] : target;
}

const files = sources(SRC).map((path) => ({ path, name: relative(SRC, path), imports: importsOf(path) }));

// Modules that do the reading and writing at the edge of a pure layer.
const EDGES = new Set([
  'text/atomic-write.ts',
  'text/code-fingerprint.ts',
  'topics/registry.ts',
  'topics/chapters.ts',
  'topics/provisional.ts',
  'topics/queue.ts',
  'topics/run.ts',
  'topics/cli.ts',
]);
const PURE = files.filter(
  ({ name }) =>
    /^(text|corpus|timeline|voices|map)\//.test(name) ||
    /^topics\/(extract|merge|rank|matcher|link|lexicon|discover)\.ts$/.test(name) ||
    ['schema.ts', 'options.ts'].includes(name),
);
const ABOVE = new Set(['site', 'pages', 'components', 'layouts', 'views', 'integration.ts', 'content.config.ts', 'content-dir.ts']);

describe('the layers', () => {
  it('finds the modules it checks', () => {
    expect(PURE.length).toBeGreaterThan(25);
    expect(files.find((f) => f.name === 'corpus/index.ts')?.imports).toContain('../text/paragraphs.ts');
  });

  it('shared text helpers import no feature (the content schemas are no feature: every layer shares them)', () => {
    const shared = new Set(['text', 'schema.ts']);
    const up = files
      .filter(({ name }) => name.startsWith('text/'))
      .flatMap(({ name, path, imports }) =>
        imports.filter((spec) => folderOf(path, spec) && !shared.has(folderOf(path, spec)!)).map((spec) => `${name} → ${spec}`),
      );
    expect(up).toEqual([]);
  });

  it('pure layers read no file, no environment and no collection, and import nothing of the site', () => {
    const found = PURE.filter(({ name }) => !EDGES.has(name)).flatMap(({ name, path, imports }) => [
      ...imports
        .filter((spec) => /^node:fs|^astro:content$/.test(spec) || ABOVE.has(folderOf(path, spec) ?? ''))
        .map((spec) => `${name} → ${spec}`),
      ...(/process\.env/.test(readFileSync(path, 'utf8')) ? [`${name} reads process.env`] : []),
    ]);
    expect(found).toEqual([]);
  });

  it('reads configuration in one place: no module but the deploy target reads the environment', () => {
    const readers = files
      // The commands' entry points (cli.ts, and compile-cache.ts, which they all load first) may: they start processes.
      .filter(({ name, path }) => /process\.env\b/.test(readFileSync(path, 'utf8')) && !/(?:cli|compile-cache)\.ts$/.test(name))
      .map(({ name }) => name);
    expect(readers).toEqual(['integration.ts']);
  });
});
