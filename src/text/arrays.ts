/**
 * `target.push(...items)` passes every item as an argument, and a source with
 * 150,000 images or lines overflows the call stack that way. Append in a loop.
 */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest value, or `fallback` for none: `Math.max(...values)` fails on long arrays. */
export function maxOf(values: Iterable<number>, fallback = 0): number {
  let max = -Infinity;
  for (const value of values) if (value > max) max = value;
  return max === -Infinity ? fallback : max;
}
