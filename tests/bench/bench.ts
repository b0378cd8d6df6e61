/**
 * `npm run bench [-- --sizes 100,1000,5000 --runs 3]`: Dossier's costs as
 * whole processes, on N raw articles (raw-corpus.ts) at each size:
 *
 * - ingest, first and second run (nothing changed), in MB/s of sources;
 * - the full build from a fresh cache, the second build with nothing changed,
 *   and the build with links in the text switched off, with peak memory;
 * - the same chapters built by a bare Astro + MDX project (one page per
 *   chapter and an index, generated here): the baseline;
 * - topic discovery (`npm run topics`);
 * - page weights of the built site.
 *
 * Median of `--runs` runs for sizes up to 1,000; larger sizes run once.
 * Prints a table and writes tests/bench/results.json (committed).
 * Not part of CI: it takes about 20 minutes on 2 cores.
 */
import { spawnSync } from 'node:child_process';
import { cpus, tmpdir } from 'node:os';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { cleanEnvironment, ROOT, writeAstroConfig } from '../helpers/build.ts';
import { median } from '../helpers/median.ts';
import { rawCorpus } from './raw-corpus.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '100,1000,5000' }, runs: { type: 'string', default: '3' } } });
const sizes = values.sizes
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const runs = Number(values.runs);

interface Measured {
  seconds: number;
  cpuSeconds: number;
  peakMb: number;
  output: string;
}

/** One whole process, timed by GNU time for its CPU and peak resident memory. */
function measure(command: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Measured {
  const timing = join(tmpdir(), `dossier-bench-time-${process.pid}`);
  const start = performance.now();
  const run = spawnSync('/usr/bin/time', ['-f', '%U %S %M', '-o', timing, ...command], {
    cwd,
    encoding: 'utf8',
    env: { ...cleanEnvironment(), ASTRO_TELEMETRY_DISABLED: '1', ...env },
    maxBuffer: 1024 * 1024 * 1024,
  });
  const seconds = (performance.now() - start) / 1000;
  const output = `${run.stdout}\n${run.stderr}`;
  if (run.status !== 0) throw new Error(`${command.join(' ')} failed:\n${output.slice(-4000)}`);
  const [user, system, kb] = readFileSync(timing, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
  rmSync(timing, { force: true });
  return { seconds, cpuSeconds: user! + system!, peakMb: kb! / 1024, output };
}

const node = process.execPath;
const astro = join(ROOT, 'node_modules/astro/bin/astro.mjs');
// Dossier's commands run as package.json's scripts run them, keeping Node's compiled modules (src/compile-cache.ts).
const compiled = ['--import', join(ROOT, 'src/compile-cache.ts')];

function dossierBuild(work: string, label: string, content: string, cacheDir: string, links?: 'none'): Measured {
  const config = writeAstroConfig(join(work, `config-${label}`), {
    outDir: join(work, `dist-${label}`),
    cacheDir,
    dossier: { content, ...(links && { links }) },
  });
  // Through the script `npm run build` runs (the bundler's memory options; GNU time's peak covers the build it starts).
  // The bare Astro + MDX baseline below runs as plain `astro build` does, without them.
  return measure([node, ...compiled, join(ROOT, 'src/site/build-cli.ts'), '--config', config], ROOT);
}

/** A bare Astro + MDX project over the same chapters: a page per chapter, an index, nothing else. */
function bareProject(work: string, articles: string): string {
  const project = join(work, 'bare');
  mkdirSync(join(project, 'src/pages'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'));
  writeFileSync(join(project, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(join(project, 'astro.config.mjs'), `import mdx from '@astrojs/mdx';\nexport default { integrations: [mdx()] };\n`);
  writeFileSync(
    join(project, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { articles: defineCollection({ loader: glob({ pattern: '*.mdx', base: ${JSON.stringify(articles)} }) }) };\n`,
  );
  writeFileSync(
    join(project, 'src/pages/index.astro'),
    `---\nimport { getCollection } from 'astro:content';\nconst articles = await getCollection('articles');\n---\n<html lang="en"><head><meta charset="utf-8"><title>Index</title></head><body><ul>{articles.map((a) => <li><a href={'/' + a.id + '/'}>{a.data.title}</a></li>)}</ul></body></html>\n`,
  );
  writeFileSync(
    join(project, 'src/pages/[slug].astro'),
    `---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  return (await getCollection('articles')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));\n}\nconst { Content } = await render(Astro.props.entry);\n---\n<html lang="en"><head><meta charset="utf-8"><title>{Astro.props.entry.data.title}</title></head><body><article><h1>{Astro.props.entry.data.title}</h1><Content components={{ Question: 'div', Answer: 'div' }} /></article></body></html>\n`,
  );
  return project;
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((path) => statSync(join(folder, path)).isFile());
}

/** What a reader's browser fetches for a chapter: its HTML and CSS, the Latin fonts its CSS declares, its script. */
function pageWeights(dist: string) {
  const chapters = readdirSync(join(dist, 'chapters'));
  const chapterKb = chapters.map((slug) => {
    const html = readFileSync(join(dist, 'chapters', slug, 'index.html'), 'utf8');
    const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)]
      .map((m) => readFileSync(join(dist, m[1]!.replace(/^\//, '')), 'utf8'))
      .join('');
    const script = [...html.matchAll(/<script(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].reduce(
      (sum, m) => sum + m[0].length,
      0,
    );
    const fonts = new Set<string>();
    for (const face of css.match(/@font-face\s*{[^}]*}/g) ?? []) {
      const range = face.match(/unicode-range:\s*([^;}]+)/)?.[1];
      if (range && !/U\+(\?\?|0+-0*FF\b)/i.test(range)) continue; // a subset (Cyrillic, Greek…) Latin text never asks for
      for (const url of face.matchAll(/url\(([^)]+)\)/g)) if (/\.woff2\b/.test(url[1]!)) fonts.add(url[1]!.replace(/^["']?\/?|["']$/g, ''));
    }
    const fontBytes = [...fonts].reduce((sum, path) => sum + statSync(join(dist, path)).size, 0);
    return {
      html: html.length / 1024,
      css: css.length / 1024,
      gzip: (gzipSync(html).length + gzipSync(css).length) / 1024,
      fonts: fontBytes / 1024,
      script: script / 1024,
    };
  });
  const topicPages = readdirSync(join(dist, 'topics')).filter((slug) => statSync(join(dist, 'topics', slug)).isDirectory());
  const topicKb = topicPages.map((slug) => statSync(join(dist, 'topics', slug, 'index.html')).size / 1024);
  const max = (list: number[]) => Math.max(...list);
  return {
    chapterHtmlCssKb: { median: median(chapterKb.map((c) => c.html + c.css)), max: max(chapterKb.map((c) => c.html + c.css)) },
    chapterGzipKb: { median: median(chapterKb.map((c) => c.gzip)), max: max(chapterKb.map((c) => c.gzip)) },
    chapterFontKb: max(chapterKb.map((c) => c.fonts)),
    chapterScriptKb: max(chapterKb.map((c) => c.script)),
    topicHtmlKbMax: max(topicKb),
    pages: filesUnder(dist).filter((path) => path.endsWith('.html')).length,
  };
}

interface SizeResult {
  chapters: number;
  sourceMb: number;
  runs: number;
  ingest: { firstSeconds: number; mbPerSecond: number; secondSeconds: number; secondShare: number };
  build: { seconds: number; cpuSeconds: number; peakMb: number; msPerChapter: number };
  secondBuild: { seconds: number; shareOfFirst: number };
  linksOff: { seconds: number } | undefined;
  bare: { seconds: number; peakMb: number; msPerChapter: number };
  ratioToBare: number;
  discovery: { seconds: number; peakMb: number };
  weights: ReturnType<typeof pageWeights>;
}

const results: SizeResult[] = [];
for (const chapters of sizes) {
  const repeat = chapters <= 1000 ? runs : 1;
  const samples: Array<Record<string, Measured>> = [];
  let sourceMb = 0;
  let weights: ReturnType<typeof pageWeights> | undefined;
  for (let run = 0; run < repeat; run++) {
    const work = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
    try {
      const sources = join(work, 'sources');
      const content = join(work, 'content');
      mkdirSync(sources);
      mkdirSync(content);
      let bytes = 0;
      for (const article of rawCorpus(chapters)) {
        writeFileSync(join(sources, article.name), article.text);
        bytes += Buffer.byteLength(article.text);
      }
      sourceMb = bytes / 1e6;
      const ingest = [
        node,
        ...compiled,
        join(ROOT, 'src/ingest/cli.ts'),
        '--sources',
        sources,
        '--out',
        join(content, 'articles'),
        '--quiet',
      ];
      const sample: Record<string, Measured> = {};
      sample.ingest = measure(ingest, ROOT);
      sample.ingestAgain = measure(ingest, ROOT);
      const cache = join(work, 'cache');
      sample.build = dossierBuild(work, 'first', content, cache);
      sample.secondBuild = dossierBuild(work, 'second', content, cache);
      if (chapters <= 1000) sample.linksOff = dossierBuild(work, 'links-off', content, join(work, 'cache-links-off'), 'none');
      const bare = bareProject(work, join(content, 'articles'));
      sample.bare = measure([node, astro, 'build'], bare);
      sample.discovery = measure([node, ...compiled, join(ROOT, 'src/topics/cli.ts'), '--content', content], ROOT);
      weights ??= pageWeights(join(work, 'dist-first'));
      samples.push(sample);
      console.error(
        `${chapters} chapters, run ${run + 1}/${repeat}: ${Object.entries(sample)
          .map(([name, m]) => `${name} ${m.seconds.toFixed(1)} s`)
          .join(', ')}`,
      );
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  const m = (name: string, field: keyof Measured = 'seconds') => median(samples.map((s) => s[name]![field] as number));
  results.push({
    chapters,
    sourceMb,
    runs: repeat,
    ingest: {
      firstSeconds: m('ingest'),
      mbPerSecond: sourceMb / m('ingest'),
      secondSeconds: m('ingestAgain'),
      secondShare: m('ingestAgain') / m('ingest'),
    },
    build: {
      seconds: m('build'),
      cpuSeconds: m('build', 'cpuSeconds'),
      peakMb: m('build', 'peakMb'),
      msPerChapter: (1000 * m('build')) / chapters,
    },
    secondBuild: { seconds: m('secondBuild'), shareOfFirst: m('secondBuild') / m('build') },
    linksOff: samples[0]!.linksOff ? { seconds: m('linksOff') } : undefined,
    bare: { seconds: m('bare'), peakMb: m('bare', 'peakMb'), msPerChapter: (1000 * m('bare')) / chapters },
    ratioToBare: m('build') / m('bare'),
    discovery: { seconds: m('discovery'), peakMb: m('discovery', 'peakMb') },
    weights: weights!,
  });
}

const git = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
const report = {
  measured: new Date().toISOString().slice(0, 10),
  commit: git,
  node: process.version,
  cores: cpus().length,
  cpu: cpus()[0]?.model,
  results,
};
writeFileSync(join(ROOT, 'tests/bench/results.json'), `${JSON.stringify(report, null, 2)}\n`);

const f = (n: number, digits = 1) => n.toFixed(digits);
console.log(`\nDossier benchmark, ${report.measured}, ${report.cores} cores, Node ${report.node}, commit ${git} (medians)\n`);
console.log(
  '| chapters | MB | ingest MB/s | 2nd ingest | build s | ms/chapter | peak MB | 2nd build | links off s | bare Astro s | × bare | discovery s |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of results) {
  console.log(
    `| ${r.chapters} | ${f(r.sourceMb)} | ${f(r.ingest.mbPerSecond)} | ${f(100 * r.ingest.secondShare, 0)}% | ${f(r.build.seconds)} | ${f(r.build.msPerChapter, 0)} | ${f(r.build.peakMb, 0)} | ${f(100 * r.secondBuild.shareOfFirst, 0)}% | ${r.linksOff ? f(r.linksOff.seconds) : '–'} | ${f(r.bare.seconds)} | ${f(r.ratioToBare, 2)} | ${f(r.discovery.seconds)} |`,
  );
}
const w = results.at(-1)!.weights;
console.log(
  `\nPages (${results.at(-1)!.chapters} chapters): chapter HTML+CSS median ${f(w.chapterHtmlCssKb.median)} KB (max ${f(w.chapterHtmlCssKb.max)}; gzip median ${f(w.chapterGzipKb.median)} KB), Latin fonts ${f(w.chapterFontKb)} KB, script ${f(w.chapterScriptKb)} KB; largest topic page ${f(w.topicHtmlKbMax)} KB.`,
);
console.log('Written to tests/bench/results.json.');
