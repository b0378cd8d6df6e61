/**
 * `npm run topics [-- --accept "Name" --accept-all --min-count N --reject "Name"]`
 * Proposes topic candidates from the chapters into content/topics/candidates.yaml.
 */
import { parseCommandLine } from '../command-line.ts';
import { contentDir } from '../content-dir.ts';
import { NoChaptersError, runTopics } from './run.ts';

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

const minCount = Number(values['min-count']);
if (!Number.isInteger(minCount) || minCount < 1) {
  console.error(`topics: --min-count takes a whole number of 1 or more; got "${values['min-count']}"`);
  process.exit(2);
}

let result: Awaited<ReturnType<typeof runTopics>>;
try {
  result = await runTopics({
    content: values.content,
    accept: values.accept,
    acceptAll: values['accept-all'],
    minCount,
    reject: values.reject,
  });
} catch (error) {
  if (!(error instanceof NoChaptersError)) throw error;
  console.error(`topics: ${error.message}`);
  process.exit(1);
}
for (const warning of result.warnings) console.warn(`! ${warning}`);
for (const { name, known } of result.rejected)
  console.log(`rejected: ${name}${known ? '' : ' (not a current candidate; remembered anyway)'}`);
for (const problem of result.problems) console.error(`✗ ${problem}`);
for (const { name, path } of result.accepted) console.log(`accepted: ${name} → ${path} (summary drawn from the text: rewrite it)`);
console.log(`\n${result.candidates.length} candidates in ${result.queuePath}. The first ten:`);
for (const c of result.candidates.slice(0, 10))
  console.log(
    `  ${String(c.mentions).padStart(3)} mentions, ${c.chapters} ch.  ${c.kind.padEnd(12)} ${c.name}${c.aliases.length ? `  (${c.aliases.join(', ')})` : ''}`,
  );
process.exitCode = result.problems.length ? 1 : 0;
