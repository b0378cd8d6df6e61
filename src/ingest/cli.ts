/**
 * `npm run ingest [-- --sources DIR --out DIR --force]`
 * Raw articles in content/sources → MDX chapters in content/articles.
 */
import { join } from 'node:path';
import { parseCommandLine } from '../command-line.ts';
import { exitCode, formatReport, formatSummary } from './report.ts';
import { inputsOf, unchangedRun } from './run-record.ts';

const HELP = `Usage: npm run ingest [-- options]

Reads every .txt, .html, .htm and .md file in the sources folder and writes one
MDX chapter per file. Facts you give in sources.yaml win over what ingest infers.

Options:
  --sources DIR   folder of raw articles (default: content/sources)
  --out DIR       folder for the MDX chapters (default: content/articles)
  --force         overwrite chapters even if they were edited by hand
  --workers N     threads to ingest on: 0 for this one alone (less memory);
                  by default, some for a large folder on a machine with
                  several cores
  --quiet         print only problems
  --warn-only     report files that failed, but exit 0 (npm run build uses
                  this, so one bad file never stops the site)
  --help          show this text`;

const values = parseCommandLine('ingest', HELP, {
  sources: { type: 'string', default: 'content/sources' },
  out: { type: 'string', default: 'content/articles' },
  force: { type: 'boolean', default: false },
  quiet: { type: 'boolean', default: false },
  'warn-only': { type: 'boolean', default: false },
  workers: { type: 'string' },
});

const workers = values.workers === undefined ? undefined : Number(values.workers);
if (workers !== undefined && (!Number.isInteger(workers) || workers < 0)) {
  console.error(`ingest: --workers takes a whole number of 0 or more; got "${values.workers}"`);
  process.exit(2);
}

{
  const tty = process.stderr.isTTY && !values.quiet;
  // A second run with nothing changed reads nothing again (node_modules/.cache, beside the other caches),
  // and is answered before the ingest rules are even loaded.
  const cacheDir = join('node_modules', '.cache', 'dossier');
  const inputs = await inputsOf(values.sources).catch(() => undefined);
  const unchanged =
    values.force || !inputs ? undefined : await unchangedRun({ sources: values.sources, out: values.out, cacheDir }, inputs);
  const result =
    unchanged ??
    (await (
      await import('./run.ts')
    ).runIngest({
      sources: values.sources,
      out: values.out,
      force: values.force,
      cacheDir,
      checkedInputs: inputs,
      workers,
      onProgress: tty ? (done, total, file) => process.stderr.write(`\r\x1b[2Kingest [${done}/${total}] ${file}`) : undefined,
    }));
  if (tty) process.stderr.write('\r\x1b[2K');
  const code = exitCode(result, values['warn-only']);
  if (values.quiet) {
    const summary = formatSummary(result);
    if (summary) console.log(summary);
  } else {
    console.log(formatReport(result));
  }
  process.exitCode = code;
}
