/**
 * What is wrong with an editor's YAML file, as zod found it, in words the editor can act on: where (the field's path,
 * or "(top level)"), what, and for a misspelt field the one it was probably meant to be ("titel" → title).
 */
import type { z } from 'zod';

/** The known field nearest a misspelt one, at most two letters off, or undefined. */
export function nearestField(typed: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const field of known) {
    const distance = editDistance(typed.toLowerCase(), field.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [field, distance];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length]!;
}

/**
 * One line per issue: "sources → a.txt → colour: Unrecognized key: "colour"", with "(did you mean …?)" when a known
 * field is near. `knownFields` gives the fields an object at that path may have.
 */
export function describeIssues(
  issues: readonly z.core.$ZodIssue[],
  knownFields: (path: readonly PropertyKey[]) => readonly string[],
  { separator = ' → ', top = '(top level)' } = {},
): string[] {
  return issues.map((issue) => {
    const where = issue.path.map(String).join(separator) || top;
    if (issue.code !== 'unrecognized_keys') return `${where}: ${issue.message}`;
    const hints = issue.keys.map((key) => {
      const near = nearestField(key, knownFields(issue.path));
      return near ? `"${key}" (did you mean ${near}?)` : `"${key}"`;
    });
    return `${where}: ${issue.keys.length === 1 ? 'unknown field' : 'unknown fields'} ${hints.join(', ')}`;
  });
}
