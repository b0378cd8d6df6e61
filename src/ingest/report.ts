/** The ingest report: a table an editor can scan, then the details behind it. */
import type { RunResult } from './run.ts';

const PLAN_LABEL = {
  create: 'created',
  update: 'updated',
  unchanged: 'unchanged',
  'keep-edits': 'kept your edits',
  conflict: 'CONFLICT',
} as const;

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => (column === 0 || column === row.length - 1 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ').trimEnd()).join('\n');
}

const clip = (text: string, length = 110) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

export function formatReport(result: RunResult): string {
  const lines: string[] = [];
  if (result.aborted) {
    lines.push('Ingest stopped before writing anything: the manifest needs fixing.', ...result.notices.map((n) => `  ✗ ${n}`));
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
  lines.push(table(rows), '');
  for (const outcome of result.outcomes) {
    if (outcome.status !== 'written') {
      lines.push(`${outcome.status === 'failed' ? '✗' : '!'} ${outcome.file}: ${outcome.message}`);
      continue;
    }
    const details = [
      ...outcome.warnings.map((w) => `    ! ${w}`),
      ...(outcome.removed ?? []).map((r) => `    − ${r.reason}: “${clip(r.text)}”`),
    ];
    if (details.length) lines.push(`  ${outcome.file} → ${outcome.article}`, ...details);
  }
  for (const notice of result.notices) lines.push(`! ${notice}`);
  const written = result.outcomes.filter((o) => o.plan === 'create' || o.plan === 'update').length;
  const failed = result.outcomes.filter((o) => o.status === 'failed').length;
  lines.push('', written ? `Wrote ${written} article${written === 1 ? '' : 's'}.` : 'Nothing to write: every article is up to date.');
  if (failed) lines.push(`${failed} file${failed === 1 ? '' : 's'} could not be ingested.`);
  return lines.join('\n');
}

/** Non-zero only when a file could not be ingested or the manifest is unreadable. */
export function exitCode(result: RunResult): number {
  return result.aborted || result.outcomes.some((o) => o.status === 'failed') ? 1 : 0;
}

/** For --quiet (the build runs ingest this way): what changed, and problems only. */
export function formatSummary(result: RunResult): string {
  if (result.aborted) return formatReport(result);
  const lines: string[] = [];
  for (const outcome of result.outcomes) {
    if (outcome.status !== 'written') lines.push(`${outcome.status === 'failed' ? '✗' : '!'} ${outcome.file}: ${outcome.message}`);
    else if (outcome.plan === 'conflict') lines.push(`! ${outcome.file}: ${outcome.warnings[outcome.warnings.length - 1]}`);
    else if (outcome.plan === 'create' || outcome.plan === 'update') lines.push(`ingest: ${PLAN_LABEL[outcome.plan]} ${outcome.article}`);
  }
  for (const notice of result.notices) lines.push(`! ${notice}`);
  return lines.join('\n');
}
