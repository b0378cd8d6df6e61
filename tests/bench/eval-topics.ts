/**
 * How good is topic discovery on a folder of chapters nobody tuned it for?
 * Prints what `npm run topics -- --accept-all --min-count N` would create
 * (rank, kind, mentions, chapters, aliases) and, given a label file of the
 * names an editor keeps and drops, the share kept overall and in the top 20.
 *
 *   npm run eval:topics -- --articles <dir> [--min-count 2] [--labels labels.yaml]
 *
 * The label file (outside the repository for corpora that are not ours):
 *   keep: [Mosul, Islamic State, …]     drop: [situation, HTML, …]
 *   kinds: { Mosul: place, Islamic State: organisation, … }   (optional)
 * A candidate counts as kept when its name or one of its aliases is under
 * `keep`; one named under neither is listed as unjudged. With `kinds`, the
 * share of the labelled candidates whose guessed kind is the label's.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { parseCommandLine } from '../../src/command-line.ts';
import { readChapterTexts } from '../../src/topics/chapters.ts';
import { discoverCandidates } from '../../src/topics/discover.ts';

const HELP = 'Usage: npm run eval:topics -- --articles <dir> [--min-count N] [--labels FILE]';
const values = parseCommandLine('eval:topics', HELP, {
  articles: { type: 'string' },
  'min-count': { type: 'string', default: '2' },
  labels: { type: 'string' },
});
const dir = values.articles;
if (!dir || !existsSync(dir)) {
  console.error(HELP);
  process.exit(2);
}
const minCount = Number(values['min-count']);
const { chapters } = readChapterTexts(dir);
const start = performance.now();
const candidates = discoverCandidates(chapters);
const seconds = (performance.now() - start) / 1000;
const accepted = candidates.filter((c) => c.mentions >= minCount);
const labels = values.labels
  ? (parse(readFileSync(values.labels, 'utf8')) as { keep?: string[]; drop?: string[]; kinds?: Record<string, string> })
  : undefined;
const keep = new Set((labels?.keep ?? []).map((n) => n.toLowerCase()));
const drop = new Set((labels?.drop ?? []).map((n) => n.toLowerCase()));
const verdict = (names: string[]) =>
  names.some((n) => keep.has(n.toLowerCase())) ? 'keep' : names.some((n) => drop.has(n.toLowerCase())) ? 'DROP' : '?';

console.log(
  `${chapters.length} chapters; discovery ${seconds.toFixed(2)} s; ${candidates.length} candidates, ${accepted.length} with ${minCount}+ mentions\n`,
);
accepted.forEach((c, i) => {
  const judged = labels ? `${verdict([c.name, ...c.aliases]).padEnd(5)}` : '';
  console.log(
    `${String(i + 1).padStart(3)} ${judged}${c.kind.padEnd(13)}${String(c.mentions).padStart(4)} ${String(c.chapters).padStart(3)}  ${c.name}${c.role ? ` [${c.role}]` : ''}${c.aliases.length ? `  (${c.aliases.join(', ')})` : ''}`,
  );
});
if (labels) {
  const verdicts = accepted.map((c) => verdict([c.name, ...c.aliases]));
  const kept = verdicts.filter((v) => v === 'keep').length;
  const top = verdicts.slice(0, 20);
  console.log(
    `\nkept ${kept}/${accepted.length} (${((100 * kept) / Math.max(1, accepted.length)).toFixed(0)}%), unjudged ${verdicts.filter((v) => v === '?').length}; top 20 kept ${top.filter((v) => v === 'keep').length}/${top.length}`,
  );
}
const kindLabels = new Map(Object.entries(labels?.kinds ?? {}).map(([name, kind]) => [name.toLowerCase(), kind]));
if (kindLabels.size) {
  const labelled = accepted.flatMap((c) => {
    const kind = [c.name, ...c.aliases].map((n) => kindLabels.get(n.toLowerCase())).find(Boolean);
    return kind ? [{ c, kind }] : [];
  });
  const wrong = labelled.filter(({ c, kind }) => c.kind !== kind);
  console.log(
    `kinds right ${labelled.length - wrong.length}/${labelled.length} (${((100 * (labelled.length - wrong.length)) / labelled.length).toFixed(1)}%)`,
  );
  for (const { c, kind } of wrong) console.log(`  ${c.name}: ${c.kind}, labelled ${kind}`);
}
