/**
 * Scores ingest on a folder of real input nobody here wrote, against its
 * ground truth. `npm run eval:ingest -- <folder>`:
 *
 * - a folder with `expected.yaml` (scraped text, such as
 *   ../shared/corpora/thai-cave-rescue): title, author, publication, date,
 *   the first words of the body, and chrome that must be gone;
 * - a folder with `pages/NNNN.html(.gz)` beside `pages/NNNN.json` in WCXB's
 *   format (saved pages, such as ../shared/corpora/wcxb-articles): title,
 *   author and date, and the body scored as the benchmark scores it
 *   (lower-cased word tokens, multiset overlap, F1 averaged per page);
 * - a folder of Mozilla Readability's test pages (`<name>/source.html` beside
 *   `<name>/expected-metadata.json`, as in its repository's `test/test-pages`):
 *   title, author, date and site name of the English pages, compared with
 *   what Readability itself reads there. That is agreement, not truth (its
 *   title keeps the site's name, its byline may be a photo credit): read the
 *   misses. A title counts as agreeing when Readability's is ours and a site
 *   name after a separator;
 * - Zyte's article-extraction-benchmark (`ground-truth.json` beside
 *   `html/<id>.html.gz`): the body's F1 as WCXB computes it, beside
 *   Readability's own text's.
 *
 * `--manifest <sources.yaml>` gives ingest what an editor would record
 * (say, only each article's `url`); a field the manifest gives is not scored.
 * A source with no headline (truth `title: null`) counts as right when its
 * title is marked as supplied, not passed off as the publication's.
 *
 * Nothing is written: every file is ingested in memory. Prints per-field
 * accuracy and every miss.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parse } from 'yaml';
import { ingestSource, type ArticleRecord } from '../../src/ingest/article.ts';
import { plainText } from '../../src/ingest/inline.ts';
import { parseManifest } from '../../src/ingest/manifest.ts';
import type { ManifestEntry } from '../../src/schema.ts';

const args = process.argv.slice(2);
const manifestAt = args.indexOf('--manifest');
const manifestPath = manifestAt >= 0 ? args.splice(manifestAt, 2)[1] : undefined;
// WCXB's pages as a reader's "select all, copy" of the whole page would give them: scraped text with every menu.
const asTextAt = args.indexOf('--as-text');
const asText = asTextAt >= 0 && args.splice(asTextAt, 1).length > 0;
const folder = args[0];
if (!folder || !existsSync(folder) || (manifestAt >= 0 && (!manifestPath || !existsSync(manifestPath)))) {
  console.error(
    'Usage: npm run eval:ingest -- <folder with expected.yaml, with pages/*.json (WCXB), Readability test pages or ground-truth.json (Zyte)> [--manifest <sources.yaml>] [--as-text: WCXB pages copied whole as text]',
  );
  process.exit(2);
}
const parsedManifest = manifestPath ? parseManifest(readFileSync(manifestPath, 'utf8'), manifestPath) : undefined;
if (parsedManifest && !parsedManifest.ok) {
  console.error(parsedManifest.errors.join('\n'));
  process.exit(2);
}
const entries: Record<string, ManifestEntry> = parsedManifest?.ok ? parsedManifest.manifest.sources : {};

const fold = (text: string | null | undefined) =>
  (text ?? '')
    .normalize('NFKC')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
const tokens = (text: string) => fold(text).match(/[\p{L}\p{N}_]+/gu) ?? [];

/** WCXB's body score: bag-of-words F1 between what was extracted and the truth. */
export function bagOfWordsF1(extracted: string, truth: string): number {
  const count = (words: string[]) => words.reduce((map, word) => map.set(word, (map.get(word) ?? 0) + 1), new Map<string, number>());
  const a = count(tokens(extracted));
  const b = count(tokens(truth));
  const total = (map: Map<string, number>) => [...map.values()].reduce((x, y) => x + y, 0);
  const [na, nb] = [total(a), total(b)];
  if (!na || !nb) return na === nb ? 1 : 0;
  let overlap = 0;
  for (const [word, n] of a) overlap += Math.min(n, b.get(word) ?? 0);
  const precision = overlap / na;
  const recall = overlap / nb;
  return precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
}

const COPIED_BLOCKS = new Set(
  'P DIV LI H1 H2 H3 H4 H5 H6 TD TH DT DD BLOCKQUOTE FIGCAPTION HEADER FOOTER NAV ASIDE SECTION ARTICLE MAIN UL OL TABLE TR FORM PRE ADDRESS FIGURE BODY BR'.split(
    ' ',
  ),
);
const NOT_COPIED = new Set('SCRIPT STYLE NOSCRIPT TEMPLATE SVG IFRAME OBJECT CANVAS HEAD TITLE'.split(' '));

/**
 * A page's text as copying the whole page in a browser gives it: each block on its line, nothing hidden or scripted.
 * Not page.ts's textLinesOf, which sets each link on a line of its own to tell a menu's items apart; a copy keeps
 * a link inside its sentence.
 */
function copiedText(html: string): string {
  const { document } = parseHTML(html);
  let text = '';
  const visit = (node: Node) => {
    if (node.nodeType === 3) text += (node.textContent ?? '').replace(/\s+/g, ' ');
    if (node.nodeType !== 1 || NOT_COPIED.has((node as Element).tagName) || (node as Element).hasAttribute('hidden')) return;
    const block = COPIED_BLOCKS.has((node as Element).tagName);
    if (block) text += '\n';
    for (const child of node.childNodes) visit(child);
    if (block) text += '\n';
  };
  visit((document.body ?? document.documentElement) as unknown as Node);
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}

interface Score {
  right: number;
  total: number;
  misses: string[];
}
const scores = new Map<string, Score>();
function score(field: string, file: string, ok: boolean, detail: string) {
  const entry = scores.get(field) ?? { right: 0, total: 0, misses: [] };
  entry.total++;
  if (ok) entry.right++;
  else entry.misses.push(`${file}: ${detail}`);
  scores.set(field, entry);
}

function ingest(name: string, bytes: Uint8Array): ArticleRecord | string {
  try {
    const result = ingestSource(name, bytes, entries[name]);
    return result.status === 'ok' ? result.article : `${result.status}: ${result.status === 'skipped' ? result.reason : result.error}`;
  } catch (error) {
    return `crashed: ${(error as Error).message}`;
  }
}

const bodyText = (article: ArticleRecord) => article.body.map((p) => plainText(p.inline)).join('\n');
let f1Sum = 0;
let f1Count = 0;

if (existsSync(join(folder, 'expected.yaml'))) {
  const expected = parse(readFileSync(join(folder, 'expected.yaml'), 'utf8')) as Record<string, Record<string, unknown>>;
  for (const [file, truth] of Object.entries(expected)) {
    const path = join(folder, file);
    if (!existsSync(path)) continue;
    const article = ingest(file, readFileSync(path));
    if (typeof article === 'string') {
      for (const field of ['title', 'author', 'publication', 'date', 'first words', 'no chrome']) score(field, file, false, article);
      continue;
    }
    const { fields } = article;
    for (const field of ['title', 'author', 'publication', 'date'] as const) {
      if (entries[file]?.[field] !== undefined) continue;
      const want = truth[field] as string | null | undefined;
      const got = fields[field];
      const untitledMarked = field === 'title' && want === null && fields.titleSupplied;
      score(
        field,
        file,
        untitledMarked || fold(want) === fold(got),
        `expected ${JSON.stringify(want ?? null)}, got ${JSON.stringify(got ?? null)}`,
      );
    }
    const body = bodyText(article);
    const firstWords = fold(body).split(' ').slice(0, 8).join(' ');
    score(
      'first words',
      file,
      firstWords === fold(truth.first_body_words as string),
      `expected “${truth.first_body_words}”, got “${firstWords}”`,
    );
    const lines = body.split('\n').map(fold);
    const chrome = ((truth.chrome as string[] | undefined) ?? []).filter((item) =>
      /^\S{1,4}$/.test(item.trim()) ? lines.includes(fold(item)) : fold(body).includes(fold(item)),
    );
    score('no chrome', file, chrome.length === 0, `still in the body: ${chrome.map((c) => `“${c.slice(0, 60)}”`).join(', ')}`);
  }
} else if (existsSync(join(folder, 'pages'))) {
  const pages = join(folder, 'pages');
  for (const name of readdirSync(pages)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const { ground_truth: truth } = JSON.parse(readFileSync(join(pages, name), 'utf8')) as {
      ground_truth: { title?: string; author?: string | null; publish_date?: string | null; main_content: string };
    };
    const base = name.replace(/\.json$/, '');
    const gz = join(pages, `${base}.html.gz`);
    const bytes = existsSync(gz) ? gunzipSync(readFileSync(gz)) : readFileSync(join(pages, `${base}.html`));
    const article = asText
      ? ingest(`${base}.txt`, new TextEncoder().encode(copiedText(new TextDecoder().decode(bytes))))
      : ingest(`${base}.html`, bytes);
    if (typeof article === 'string') {
      for (const field of ['title', 'author', 'date']) score(field, base, false, article);
      f1Count++;
      continue;
    }
    const { fields } = article;
    score('title', base, fold(fields.title) === fold(truth.title), `expected “${truth.title}”, got “${fields.title}”`);
    // A page's byline may hold more than the truth's one name ("A and B"): the truth's name must be there, and nothing when there is none.
    score(
      'author',
      base,
      truth.author ? fold(fields.author).includes(fold(truth.author)) : !fields.author,
      `expected ${JSON.stringify(truth.author ?? null)}, got ${JSON.stringify(fields.author ?? null)}`,
    );
    score(
      'date',
      base,
      truth.publish_date ? fields.date === truth.publish_date.slice(0, 10) : true,
      `expected ${truth.publish_date ?? null}, got ${fields.date ?? null}`,
    );
    const f1 = bagOfWordsF1([fields.title, fields.dek, bodyText(article)].filter(Boolean).join('\n'), truth.main_content);
    f1Sum += f1;
    f1Count++;
    if (f1 < 0.8) score('body F1 ≥ 0.8', base, false, `F1 ${f1.toFixed(2)}`);
    else score('body F1 ≥ 0.8', base, true, '');
  }
} else if (existsSync(join(folder, 'ground-truth.json')) && existsSync(join(folder, 'html'))) {
  const truth = JSON.parse(readFileSync(join(folder, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
  let readabilitySum = 0;
  for (const [id, { articleBody }] of Object.entries(truth)) {
    const gz = join(folder, 'html', `${id}.html.gz`);
    if (!existsSync(gz)) continue;
    const bytes = gunzipSync(readFileSync(gz));
    const article = ingest(`${id.slice(0, 12)}.html`, bytes);
    const f1 = typeof article === 'string' ? 0 : bagOfWordsF1(bodyText(article), articleBody);
    f1Sum += f1;
    f1Count++;
    score('body F1 ≥ 0.8', id.slice(0, 12), f1 >= 0.8, typeof article === 'string' ? article : `F1 ${f1.toFixed(2)}`);
    const { document } = parseHTML(bytes.toString('utf8'));
    readabilitySum += bagOfWordsF1(new Readability(document as unknown as Document).parse()?.textContent ?? '', articleBody);
  }
  console.log(`Readability alone, body F1 (mean over ${f1Count} pages): ${(readabilitySum / Math.max(1, f1Count)).toFixed(3)}`);
} else if (readdirSync(folder).some((name) => existsSync(join(folder, name, 'expected-metadata.json')))) {
  for (const name of readdirSync(folder).sort()) {
    const metaPath = join(folder, name, 'expected-metadata.json');
    if (!existsSync(metaPath) || !existsSync(join(folder, name, 'source.html'))) continue;
    const truth = JSON.parse(readFileSync(metaPath, 'utf8')) as Record<string, string | null>;
    if (truth.lang && !truth.lang.startsWith('en')) continue;
    const article = ingest(`${name}.html`, readFileSync(join(folder, name, 'source.html')));
    if (typeof article === 'string') {
      for (const field of ['title', 'author']) score(field, name, false, article);
      continue;
    }
    const { fields } = article;
    const [want, got] = [fold(truth.title), fold(fields.title)];
    score(
      'title',
      name,
      want === got || (got !== '' && want.startsWith(got) && /^\s*(?:[|:·•»-]|\[)/.test(want.slice(got.length))),
      `Readability “${truth.title}”, ours “${fields.title}”`,
    );
    score(
      'author',
      name,
      // Readability's byline is the element's text ("By Erin Cunningham", a date after the name): one holds the other.
      truth.byline && fields.author
        ? fold(truth.byline).includes(fold(fields.author)) || fold(fields.author).includes(fold(truth.byline))
        : !truth.byline === !fields.author,
      `Readability ${JSON.stringify(truth.byline ?? null)}, ours ${JSON.stringify(fields.author ?? null)}`,
    );
    if (truth.publishedTime)
      score(
        'date',
        name,
        fields.date === truth.publishedTime.slice(0, 10),
        `Readability ${truth.publishedTime}, ours ${fields.date ?? null}`,
      );
    if (truth.siteName)
      score(
        'publication',
        name,
        fold(fields.publication) === fold(truth.siteName),
        `Readability “${truth.siteName}”, ours “${fields.publication}”`,
      );
  }
} else {
  console.error(`${folder}: no expected.yaml, no pages/ folder, no Readability test pages and no ground-truth.json to score against`);
  process.exit(2);
}

for (const [field, { right, total, misses }] of scores) {
  console.log(`${field.padEnd(16)} ${String(right).padStart(3)}/${total}  ${((100 * right) / total).toFixed(0)}%`);
  for (const miss of misses) console.log(`    ✗ ${miss.slice(0, 220)}`);
}
if (f1Count) console.log(`body F1 (mean over ${f1Count} pages): ${(f1Sum / f1Count).toFixed(3)}`);
