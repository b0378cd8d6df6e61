/** The middle of the sorted numbers (the upper of the two middles for an even count): for runs of a measurement. */
export function median(numbers: readonly number[]): number {
  return [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)] ?? Number.NaN;
}
