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

/**
 * `fn` over every item, at most `limit` at once, results in the items' order:
 * file reads and writes overlap instead of waiting for each other, without
 * opening thousands of files at the same moment.
 */
export async function mapConcurrently<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
