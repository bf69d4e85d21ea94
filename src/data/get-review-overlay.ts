/**
 * This browser's review decisions over the dataset every view reads: the reports this browser has
 * decided on are read with their decisions applied (one reviewed-report query each, through
 * react-query) and their reviewed values laid over the data folder's (src/data/review-overlay.ts).
 */

import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';

import type { Dataset } from './dataset';
import { reviewedReportQueryOptions } from './get-report-detail';
import { useReviewDecisions } from './get-review-decisions';
import { overlayReviews, type ReviewOverlay } from './review-overlay';
import type { PrimaryValueEntry } from './schema';

interface OverlayResult {
  /** Undefined until every decided report is read. */
  readonly overlay: ReviewOverlay | undefined;
}

/** Module level, so that react-query re-runs it only when a query's result changes. */
function combineOverlay(
  results: readonly {
    data?: { detail: { reportId: string }; values: Record<string, PrimaryValueEntry>; browserDecisions: number } | undefined;
    isPending: boolean;
  }[],
): OverlayResult {
  if (results.some((result) => result.isPending)) return { overlay: undefined };
  const overlay = new Map<string, Record<string, PrimaryValueEntry>>();
  for (const result of results) {
    // A report whose file could not be read keeps the data folder's values (its own panel says why).
    if (result.data && result.data.browserDecisions > 0) overlay.set(result.data.detail.reportId, result.data.values);
  }
  return { overlay };
}

/**
 * The reviewed values of the reports this browser has decided on, by report id; undefined while
 * they load. `dataset` undefined: nothing is loaded (a view that does its own look-ups).
 */
export function useReviewOverlay(dataset: Dataset | undefined): ReviewOverlay | undefined {
  const decisions = useReviewDecisions();
  const reports = useMemo(() => {
    if (!dataset || !decisions.data) return [];
    return [...decisions.data.byReport.keys()].flatMap((id) => {
      const report = dataset.reportById.get(id);
      return report ? [report] : [];
    });
  }, [dataset, decisions.data]);
  const { overlay } = useQueries({ queries: reports.map((report) => reviewedReportQueryOptions(report)), combine: combineOverlay });
  return decisions.isPending ? undefined : overlay;
}

/**
 * The dataset with this browser's reviews laid over it. Until they are read, the dataset as it is
 * stands in (statuses from the data folder), so that nothing waits on IndexedDB.
 */
export function useReviewedDataset(dataset: Dataset | undefined): Dataset | undefined {
  const overlay = useReviewOverlay(dataset);
  return useMemo(() => (dataset && overlay ? overlayReviews(dataset, overlay) : dataset), [dataset, overlay]);
}
