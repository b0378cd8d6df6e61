/**
 * `npm run topics [-- --accept "Name" --accept-all --min-count N --reject "Name"]`
 * Proposes topic candidates from the chapters into content/topics/candidates.yaml.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readChapterTexts } from './chapters.ts';
import { parseCommandLine } from '../command-line.ts';
import { contentDir } from '../content-dir.ts';
import { writeAtomic } from '../ingest/write.ts';
import { candidateSlug, discoverCandidates, type Candidate } from './discover.ts';
import { findCandidate, parseAliasList, parseRejected, queueYaml, readOptional, rejectedYaml, topicFileFor } from './queue.ts';
import { loadRegistry } from './registry.ts';

const HELP = `Usage: npm run topics [-- options]

Reads the chapters in content/articles and proposes topics (people, places,
organisations, events, ideas) into content/topics/candidates.yaml, ranked by
mentions and by how many chapters mention them, each with the evidence for
the names it merged. Topic files are never changed. Names that mean one thing
but that nothing in the text ties together go in content/topics/aliases.yaml:
  same:
    - [Islamic State, Daesh]

Options:
  --accept "Name"     make a topic file for this candidate (repeatable)
  --accept-all        make topic files for every candidate with at least --min-count mentions
  --min-count N       with --accept-all (default 3)
  --reject "Name"     never propose this candidate again (repeatable)
  --content DIR       the content folder (default: content)
  --help              show this text`;

const values = parseCommandLine('topics', HELP, {
  accept: { type: 'string', multiple: true, default: [] },
  'accept-all': { type: 'boolean', default: false },
  'min-count': { type: 'string', default: '3' },
  reject: { type: 'string', multiple: true, default: [] },
  content: { type: 'string', default: contentDir() },
});

const articlesDir = join(values.content, 'articles');
const topicsDir = join(values.content, 'topics');
const rejectedPath = join(topicsDir, 'rejected.yaml');
const minCount = Number(values['min-count']);
if (!Number.isInteger(minCount) || minCount < 1) {
  console.error(`topics: --min-count takes a whole number of 1 or more; got "${values['min-count']}"`);
  process.exit(2);
}

const { chapters } = readChapterTexts(articlesDir);
if (!chapters.length) {
  console.error(`topics: no chapters in ${articlesDir}. Run \`npm run ingest\` first.`);
  process.exit(1);
}

const rejected = parseRejected(existsSync(rejectedPath) ? readFileSync(rejectedPath, 'utf8') : undefined);
const discover = () => {
  const { topics, errors } = loadRegistry(topicsDir);
  for (const error of errors) console.warn(`! ${error}`);
  const known = topics.flatMap((topic) => [topic.title, ...topic.aliases]);
  const sameAs = parseAliasList(readOptional(join(topicsDir, 'aliases.yaml')));
  return { candidates: discoverCandidates(chapters, { exclude: [...known, ...rejected], sameAs }), taken: new Set(topics.map((t) => t.slug)) };
};

let { candidates, taken } = discover();
let problems = 0;

// Rejections first, so an accept-all never resurrects them.
for (const name of values.reject) {
  const candidate = findCandidate(candidates, name);
  rejected.push(...(candidate ? [candidate.name, ...candidate.aliases] : [name]));
  console.log(`rejected: ${candidate?.name ?? name}${candidate ? '' : ' (not a current candidate; remembered anyway)'}`);
}
if (values.reject.length) {
  await writeAtomic(rejectedPath, rejectedYaml(rejected));
  ({ candidates, taken } = discover());
}

const toAccept: Candidate[] = [];
for (const name of values.accept) {
  const candidate = findCandidate(candidates, name);
  if (candidate) toAccept.push(candidate);
  else {
    console.error(`✗ no candidate named "${name}". See ${join(topicsDir, 'candidates.yaml')} for the names and aliases on offer.`);
    problems++;
  }
}
if (values['accept-all']) toAccept.push(...candidates.filter((c) => c.mentions >= minCount && !toAccept.includes(c)));

for (const candidate of toAccept) {
  let slug = candidateSlug(candidate.name);
  for (let n = 2; taken.has(slug); n++) slug = `${candidateSlug(candidate.name)}-${n}`;
  const path = join(topicsDir, `${slug}.md`);
  if (existsSync(path) || existsSync(join(topicsDir, `${slug}.mdx`))) {
    console.error(`✗ ${path} already exists: left as it is`);
    problems++;
    continue;
  }
  await writeAtomic(path, topicFileFor(candidate));
  taken.add(slug);
  console.log(`accepted: ${candidate.name} → ${path} (summary drawn from the text: rewrite it)`);
}
if (toAccept.length) ({ candidates } = discover());

await writeAtomic(join(topicsDir, 'candidates.yaml'), queueYaml(candidates, chapters.length));
console.log(`\n${candidates.length} candidates in ${join(topicsDir, 'candidates.yaml')}. The first ten:`);
for (const c of candidates.slice(0, 10)) console.log(`  ${String(c.mentions).padStart(3)} mentions, ${c.chapters} ch.  ${c.kind.padEnd(12)} ${c.name}${c.aliases.length ? `  (${c.aliases.join(', ')})` : ''}`);
process.exitCode = problems ? 1 : 0;
