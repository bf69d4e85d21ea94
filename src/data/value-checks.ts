/**
 * Checks on a primary value, computed when the dataset is built (src/data/primary-values.ts) and
 * carried on the value, so that the review queue can put the riskiest values first without loading
 * 16,000 detail files. Pure.
 */

import { MIN_PRIMARY_CONFIDENCE } from '../extract/light';
import { VALUE_CHECKS, type ValueCheck } from '../lib/review-vocabulary';
import type { DetailFile, ExtractionEntry } from './schema';

/**
 * Warnings about a pair of indicators rather than a paragraph: they concern both values wherever
 * in the report each was stated (the extractor warns when more reconsideration cases were
 * concluded than received).
 */
const INDICATOR_WARNINGS: Readonly<Partial<Record<ValueCheck, readonly string[]>>> = {
  concluded_exceeds_received: ['review.received', 'review.concluded'],
};

/** Warnings that concern the values of the paragraph they point at. */
const PARAGRAPH_WARNINGS: readonly ValueCheck[] = ['rate_disagrees_with_counts'];

/** Whether an extraction is still a candidate value (a person rejecting it ends that). */
const isCandidate = (extraction: ExtractionEntry) => extraction.review?.status !== 'rejected';

/**
 * The checks that concern `value` (one of `detail`'s extractions), in {@link ValueCheck} order:
 * warnings about it, other different figures of its indicator in the report's results
 * (conflicting_values), and figures of its indicator that are not the place's own (other_scope).
 */
export function valueChecks(value: ExtractionEntry, detail: Pick<DetailFile, 'extractions' | 'warnings'>): ValueCheck[] {
  const checks = new Set<ValueCheck>();
  for (const warning of detail.warnings) {
    const code = warning.code as ValueCheck;
    if (INDICATOR_WARNINGS[code]?.includes(value.indicator)) checks.add(code);
    if (PARAGRAPH_WARNINGS.includes(code) && warning.paragraphId === value.paragraphId) checks.add(code);
  }
  for (const other of detail.extractions) {
    if (other.id === value.id || other.indicator !== value.indicator || !isCandidate(other)) continue;
    const otherScope = other.scope;
    if (otherScope !== 'own') checks.add('other_scope');
    else if (!other.derived && other.sectionKind === 'results' && other.confidence >= MIN_PRIMARY_CONFIDENCE && other.value !== value.value)
      checks.add('conflicting_values');
  }
  return VALUE_CHECKS.filter((check) => checks.has(check));
}
