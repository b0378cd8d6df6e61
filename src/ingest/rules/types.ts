import type { Removal } from './removal.ts';

/** What every rule reports besides its result: what it took out, and repairs made. */
export interface RuleReport {
  removed: Removal[];
  repairs: Record<string, number>;
  warnings: string[];
}

export function emptyReport(): RuleReport {
  return { removed: [], repairs: {}, warnings: [] };
}

export function mergeReports(...reports: RuleReport[]): RuleReport {
  const merged = emptyReport();
  for (const report of reports) {
    merged.removed.push(...report.removed);
    merged.warnings.push(...report.warnings);
    for (const [rule, count] of Object.entries(report.repairs)) merged.repairs[rule] = (merged.repairs[rule] ?? 0) + count;
  }
  return merged;
}
