/**
 * The one median of the project: peer medians on screen, the benchmark's figures and the PDF
 * reader's line spacing all use it, so that a chart, a table and a tooltip can never disagree on
 * what "median" means. Pure; imported by every layer (src/lib holds only such helpers).
 */

/** Median of the numbers: the middle one, or the mean of the middle two for an even count; null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return medianOfSorted(sorted);
}

/**
 * The median of numbers already sorted (either direction: the middle is the middle), without
 * copying: a peer group of thousands is sorted once and asked for its median and ranks.
 */
export function medianOfSorted(sorted: readonly number[]): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const middle = Math.floor(n / 2);
  const upper = sorted[middle] as number;
  return n % 2 === 1 ? upper : ((sorted[middle - 1] as number) + upper) / 2;
}
