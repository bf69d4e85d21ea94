/**
 * Review statuses over a dataset, apart from fetching (src/data/get-review-overlay.ts fetches):
 * this browser's reviewed values laid over the data folder's, and the "reviewed values only"
 * filter. Pure; each returns a new dataset and leaves the one given as it was.
 */

import { buildDataset, carriedOptions, type Dataset } from './dataset';
import type { PrimaryValueEntry, ReportEntry } from './schema';

/** Reviewed values by report id: what this browser's decisions make of each report it has decided on. */
export type ReviewOverlay = ReadonlyMap<string, Readonly<Record<string, PrimaryValueEntry>>>;

/** The dataset with each overlaid report's values replaced by its reviewed ones (all indicators). */
export function overlayReviews(dataset: Dataset, overlay: ReviewOverlay): Dataset {
  if (overlay.size === 0) return dataset;
  let changed = false;
  const reports = dataset.index.reports.map((report): ReportEntry => {
    const values = overlay.get(report.id);
    if (!values) return report;
    changed = true;
    return { ...report, values: { ...values } };
  });
  if (!changed) return dataset;
  // An overlaid report holds all its values, loaded or not: presence comes from them, not the catalogue's mask.
  const hasValue: Dataset['hasValue'] = (report, indicatorId) => (overlay.has(report.id) ? report.values[indicatorId] !== undefined : dataset.hasValue(report, indicatorId));
  return buildDataset({ ...dataset.index, reports }, { hasValue, loaded: dataset.loaded, hidden: dataset.hidden, ...carriedOptions(dataset) });
}

/** Whether a value has a person's review behind it (a rejected value is not a value at all). */
export function isReviewed(value: Pick<PrimaryValueEntry, 'review'> | null | undefined): boolean {
  return value?.review !== undefined && value.review.status !== 'rejected';
}

/**
 * The dataset with only reviewed values (已核实, 已更正, 人工添加). A value left out is *hidden*, not
 * unreported: `dataset.hidden` says so, and the views count it as filtered out, never as 未报告.
 */
export function onlyReviewedValues(dataset: Dataset): Dataset {
  const hiddenKeys = new Set<string>();
  const reports = dataset.index.reports.map((report): ReportEntry => {
    const entries = Object.entries(report.values);
    const kept = entries.filter(([, value]) => isReviewed(value));
    if (kept.length === entries.length) return report;
    for (const [indicator, value] of entries) if (!isReviewed(value)) hiddenKeys.add(`${report.id}|${indicator}`);
    return { ...report, values: Object.fromEntries(kept) };
  });
  const hidden = (report: Pick<ReportEntry, 'id'>, indicatorId: string) => hiddenKeys.has(`${report.id}|${indicatorId}`);
  const hasValue: Dataset['hasValue'] = (report, indicatorId) => !hidden(report, indicatorId) && dataset.hasValue(report, indicatorId);
  return buildDataset({ ...dataset.index, reports }, { hasValue, loaded: dataset.loaded, hidden, ...carriedOptions(dataset) });
}
