/**
 * Measures a full `astro build` of a 1,000-chapter corpus with each Markdown
 * processor: Sätteri (Astro 7's native default) and unified (remark/rehype).
 * The corpus is the bundled chapters copied 200 times under new slugs, with
 * the bundled topic registry.  Run: npm run bench:build [-- chapters]
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanEnvironment, ROOT, writeAstroConfig } from '../helpers/build.ts';

const chapters = Number(process.argv[2] ?? 1000);
const content = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
mkdirSync(join(content, 'articles'));
cpSync(join(ROOT, 'content/topics'), join(content, 'topics'), { recursive: true });
cpSync(join(ROOT, 'content/site.yaml'), join(content, 'site.yaml'));
cpSync(join(ROOT, 'content/intro.md'), join(content, 'intro.md'));
const seeds = readdirSync(join(ROOT, 'content/articles')).filter((n) => n.endsWith('.mdx'));
for (let i = 0; i < chapters; i++) {
  const seed = seeds[i % seeds.length]!;
  const text = readFileSync(join(ROOT, 'content/articles', seed), 'utf8')
    .replace(/^order: \d+$/m, `order: ${i + 1}`)
    .replace(/^title: (.*)$/m, (_, t) => `title: ${JSON.stringify(`${t.replace(/^"|"$/g, '')} (${i + 1})`)}`);
  writeFileSync(join(content, 'articles', `${seed.replace(/\.mdx$/, '')}-${i + 1}.mdx`), text);
}

const results: string[] = [];
try {
  for (const processor of ['satteri', 'unified']) {
    const out = join(content, `dist-${processor}`);
    const start = performance.now();
    const config = writeAstroConfig(join(content, `config-${processor}`), {
      outDir: out,
      cacheDir: join(content, `cache-${processor}`),
      dossier: { content, markdown: processor as 'satteri' | 'unified' },
    });
    // Through the script `npm run build` runs.
    const run = spawnSync(process.execPath, [join(ROOT, 'src/site/build-cli.ts'), '--config', config], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...cleanEnvironment(), ASTRO_TELEMETRY_DISABLED: '1' },
      maxBuffer: 256 * 1024 * 1024,
    });
    const seconds = (performance.now() - start) / 1000;
    if (run.status !== 0) throw new Error(`${processor} build failed:\n${run.stderr.slice(-3000)}`);
    const pages = run.stdout.match(/(\d+) page\(s\) built/)?.[1];
    results.push(`${processor}: ${seconds.toFixed(1)} s for ${chapters} chapters (${pages} pages)`);
    console.log(results.at(-1));
    rmSync(out, { recursive: true, force: true });
  }
} finally {
  // Removed whether the builds passed or not.
  rmSync(content, { recursive: true, force: true });
}
console.log(results.join('\n'));
