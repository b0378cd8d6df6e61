/** The ingest report: a table an editor can scan, then the details behind it. */
import { maxOf } from '../text/arrays.ts';
import type { RunResult } from './run.ts';
import { countOf } from '../text/count.ts';

const PLAN_LABEL = {
  create: 'created',
  update: 'updated',
  unchanged: 'unchanged',
  'keep-edits': 'kept your edits',
  conflict: 'CONFLICT',
} as const;

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => maxOf(rows.map((row) => row[column]!.length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => (column === 0 || column === row.length - 1 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

const clip = (text: string, length = 110) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

export function formatReport(result: RunResult): string {
  const lines: string[] = [];
  if (result.aborted) {
    lines.push('Ingest stopped before writing anything:', ...result.notices.map((n) => `  ✗ ${n}`));
    return lines.join('\n');
  }
  const rows = [['file', 'words', 'paragraphs', 'repairs', 'removed', 'warnings', 'result']];
  for (const outcome of result.outcomes) {
    const ok = outcome.status === 'written';
    rows.push([
      outcome.file,
      ok ? String(outcome.words) : '–',
      ok ? String(outcome.paragraphs) : '–',
      ok ? String(outcome.repairs) : '–',
      ok ? String(outcome.removed?.length ?? 0) : '–',
      String(outcome.warnings.length),
      ok ? PLAN_LABEL[outcome.plan!] : outcome.status,
    ]);
  }
  if (result.outcomes.length) lines.push(table(rows), '');
  for (const outcome of result.outcomes) {
    if (outcome.status !== 'written') {
      lines.push(`${outcome.status === 'failed' ? '✗' : '!'} ${outcome.file}: ${outcome.message}`);
      continue;
    }
    const details = [
      ...outcome.warnings.map((w) => `    ! ${w}`),
      ...(outcome.removed ?? []).map((r) => `    − ${r.reason}: “${clip(r.text)}”`),
    ];
    if (outcome.renamedFrom) details.unshift(`    ↻ renamed from ${outcome.renamedFrom}: its chapter ${outcome.article} stays with it`);
    if (details.length) lines.push(`  ${outcome.file} → ${outcome.article}`, ...details);
  }
  for (const notice of result.notices) lines.push(`! ${notice}`);
  lines.push('', ...closingLines(result));
  return lines.join('\n');
}

/** The last word of a run: what was written, and what needs the editor. "Up to date" only when nothing does. */
export function closingLines(result: RunResult): string[] {
  const written = result.outcomes.filter((o) => o.plan === 'create' || o.plan === 'update').length;
  const conflicts = result.outcomes.filter((o) => o.plan === 'conflict').length;
  const failed = result.outcomes.filter((o) => o.status === 'failed').length;
  const lines: string[] = [];
  if (written) lines.push(`Wrote ${countOf(written, 'article')}.`);
  if (conflicts)
    lines.push(
      `${countOf(conflicts, 'chapter')} kept as edited, with the new version beside ${conflicts === 1 ? 'it' : 'them'} as .mdx.new: merge by hand.`,
    );
  if (failed) lines.push(`${countOf(failed, 'file')} could not be ingested.`);
  if (!lines.length)
    lines.push(
      result.outcomes.some((o) => o.status === 'written')
        ? 'Nothing to write: every article is up to date.'
        : 'No chapters: no source held an article.',
    );
  return lines;
}

/**
 * Non-zero when the run could not start, or (unless `warnOnly`) when a file
 * could not be ingested.
 */
export function exitCode(result: RunResult, warnOnly = false): number {
  if (result.aborted) return 1;
  return !warnOnly && result.outcomes.some((o) => o.status === 'failed') ? 1 : 0;
}

/** For --quiet (the build runs ingest this way): what changed, and problems only. */
export function formatSummary(result: RunResult): string {
  if (result.aborted) return formatReport(result);
  const lines: string[] = [];
  for (const outcome of result.outcomes) {
    if (outcome.status !== 'written') lines.push(`${outcome.status === 'failed' ? '✗' : '!'} ${outcome.file}: ${outcome.message}`);
    else if (outcome.plan === 'conflict') lines.push(`! ${outcome.file}: ${outcome.warnings[outcome.warnings.length - 1]}`);
    else if (outcome.plan === 'create' || outcome.plan === 'update') lines.push(`ingest: ${PLAN_LABEL[outcome.plan]} ${outcome.article}`);
    if (outcome.renamedFrom)
      lines.push(`ingest: ${outcome.file} was renamed from ${outcome.renamedFrom}; its chapter ${outcome.article} stays with it`);
  }
  for (const notice of result.notices) lines.push(`! ${notice}`);
  return lines.join('\n');
}
