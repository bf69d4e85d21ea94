/**
 * One value of a compact value file (src/data/compact.ts) as a contract entry. Apart from
 * compact.ts so that the value store (src/data/value-store.ts), which the dataset imports, reads
 * value files without the writer's imports (review-risk, and through it the dataset: a cycle).
 */

import { QUALIFIERS } from '../extract/light';
import type { CompactValues, PrimaryValueEntry } from './schema';

/** Throws when a value file was written for more reports than the catalogue it is read with holds. */
export function checkValuesFit(file: CompactValues, reportCount: number): void {
  if (file.reportCount > reportCount)
    throw new Error(`values of ${file.indicator}: written for ${file.reportCount} reports, the catalogue has fewer`);
}

/** The `i`-th value of a value file as a contract entry (its report is `file.report[i]`). */
export function compactValueAt(file: CompactValues, i: number): PrimaryValueEntry {
  const entry: PrimaryValueEntry = {
    value: file.value[i] as number,
    qualifier: QUALIFIERS[file.qualifier[i] as number] as PrimaryValueEntry['qualifier'],
    derived: file.derived[i] === 1,
    extractionId: file.extraction[i] as string,
  };
  const variant = file.variant?.[i];
  if (variant) entry.variant = variant;
  const warnings = file.warnings?.[i];
  if (warnings) entry.warnings = warnings;
  const confidence = file.confidence?.[i];
  if (confidence !== null && confidence !== undefined) entry.confidence = confidence;
  const checks = file.checks?.[i];
  if (checks && checks.length > 0) entry.checks = checks;
  const review = file.review?.[i];
  if (review) entry.review = review;
  return entry;
}
