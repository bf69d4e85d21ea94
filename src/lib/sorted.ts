/**
 * Binary search over sorted arrays. The extractor looks up, for every number of a paragraph, the
 * clause, mark or match that ends or starts before it: a scan each time made long paragraphs
 * quadratic (tests/linear-time.test.ts).
 */

/**
 * The index of the last item for which `holds` is true, in an array ordered so that `holds` is
 * true for a prefix and false after it; -1 when it holds for none.
 */
export function lastIndexWhere<T>(sorted: readonly T[], holds: (item: T) => boolean): number {
  let low = 0;
  let high = sorted.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (holds(sorted[middle] as T)) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}
