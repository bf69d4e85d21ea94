/**
 * Review statuses over a dataset, apart from fetching (src/data/get-review-overlay.ts fetches):
 * this browser's reviewed values laid over the data folder's, and the "reviewed values only"
 * filter. Both are layers of the dataset's value store (src/data/value-store.ts): each returns a
 * new dataset sharing the reports and look-ups of the one given, which stays as it was.
 */

import type { Dataset } from './dataset';
import { isHidden, isReviewed, type ReviewOverlay, withOverlay, withReviewedOnly } from './value-store';

export { isReviewed, type ReviewOverlay };

/** The dataset with each overlaid report's values replaced by its reviewed ones (all indicators). */
export function overlayReviews(dataset: Dataset, overlay: ReviewOverlay): Dataset {
  const known = new Map([...overlay].filter(([reportId]) => dataset.reportById.has(reportId)));
  if (known.size === 0) return dataset;
  const values = withOverlay(dataset.values, known);
  // An overlaid report holds all its values, loaded or not: presence comes from them, not the catalogue's mask.
  const hasValue: Dataset['hasValue'] = (report, indicatorId) => {
    const reviewed = values.overlay.get(report.id);
    return reviewed ? reviewed[indicatorId] !== undefined : dataset.hasValue(report, indicatorId);
  };
  return { ...dataset, values, hasValue };
}

/**
 * The dataset with only reviewed values (已核实, 已更正, 人工添加). A value left out is *hidden*, not
 * unreported: `valueStatus` (src/data/value-status.ts) says so, and the views count it as filtered
 * out, never as 未报告.
 */
export function onlyReviewedValues(dataset: Dataset): Dataset {
  const values = withReviewedOnly(dataset.values);
  const hasValue: Dataset['hasValue'] = (report, indicatorId) =>
    !isHidden(values, report, indicatorId) && dataset.hasValue(report, indicatorId);
  return { ...dataset, values, hasValue };
}
