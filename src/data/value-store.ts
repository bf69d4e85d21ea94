/**
 * The values a dataset holds, kept apart from its reports: the columns of the value files loaded so
 * far (per indicator), this browser's reviews laid over them, and the "reviewed values only"
 * filter. Each is a layer a read consults, so that adding an indicator's values, laying reviews
 * over the data or turning the filter on makes a new store over the same columns and leaves the
 * report and place look-ups as they were: rebuilding the whole dataset for each (buildDataset over
 * every report) took 40–200 ms at 18,000 reports (scripts/bench-value-store.ts).
 *
 * Every read of a report's value in the app goes through {@link shownValue} (or {@link valueStatus}
 * in src/data/value-status.ts): `report.values` holds only what the report arrived with (an index
 * read whole, a report added in this browser), never the values of files loaded later.
 */

import { checkValuesFit, compactValueAt } from './compact-value';
import type { CompactValues, PrimaryValueEntry, ReportEntry } from './schema';

/** Reviewed values by report id: what this browser's decisions make of each report it has decided on (all indicators). */
export type ReviewOverlay = ReadonlyMap<string, Readonly<Record<string, PrimaryValueEntry>>>;

/** A report as the store reads it: its id, and the values it arrived with. */
export type ValueHolder = Pick<ReportEntry, 'id' | 'values'>;

export interface ValueStore {
  /** Values of the loaded value files: indicator id → report id → value. */
  readonly columns: ReadonlyMap<string, ReadonlyMap<string, PrimaryValueEntry>>;
  /** This browser's reviewed values; a report in it reads all its values from it. */
  readonly overlay: ReviewOverlay;
  /** The "reviewed values only" filter: an unreviewed value is hidden (never "not reported"). */
  readonly reviewedOnly: boolean;
}

const NO_COLUMNS: ReadonlyMap<string, ReadonlyMap<string, PrimaryValueEntry>> = new Map();
const NO_OVERLAY: ReviewOverlay = new Map();

/** A store of nothing but the values the reports arrived with. */
export const REPORT_VALUES: ValueStore = Object.freeze({ columns: NO_COLUMNS, overlay: NO_OVERLAY, reviewedOnly: false });

/** Whether a value has a person's review behind it (a rejected value is not a value at all). */
export function isReviewed(value: Pick<PrimaryValueEntry, 'review'> | null | undefined): boolean {
  return value?.review !== undefined && value.review.status !== 'rejected';
}

/**
 * The store with the values of `files` added as columns (a column already there is kept): each
 * file's positions are positions in `reports`, the catalogue's order. Costs the files' values, not
 * the reports. Throws when a file does not belong to this catalogue.
 */
export function withColumns(store: ValueStore, reports: readonly Pick<ReportEntry, 'id'>[], files: readonly CompactValues[]): ValueStore {
  const added = files.filter((file) => !store.columns.has(file.indicator));
  if (added.length === 0) return store;
  const columns = new Map(store.columns);
  for (const file of added) {
    checkValuesFit(file, reports.length);
    const column = new Map<string, PrimaryValueEntry>();
    file.report.forEach((position, i) => {
      const report = reports[position];
      if (report) column.set(report.id, compactValueAt(file, i));
    });
    columns.set(file.indicator, column);
  }
  return { ...store, columns };
}

/** The store with `overlay` laid over it (a report in both takes the newer reviews). */
export function withOverlay(store: ValueStore, overlay: ReviewOverlay): ValueStore {
  if (overlay.size === 0) return store;
  return { ...store, overlay: store.overlay.size === 0 ? overlay : new Map([...store.overlay, ...overlay]) };
}

/** The store with the "reviewed values only" filter on. */
export function withReviewedOnly(store: ValueStore): ValueStore {
  return store.reviewedOnly ? store : { ...store, reviewedOnly: true };
}

/**
 * What the data states for the report and indicator, reviews laid over, before the filter: the
 * reviewed values of a report this browser decided on, else the loaded column's, else the report's own.
 */
export function statedValue(store: ValueStore, report: ValueHolder, indicatorId: string): PrimaryValueEntry | undefined {
  const reviewed = store.overlay.get(report.id);
  if (reviewed) return reviewed[indicatorId];
  return store.columns.get(indicatorId)?.get(report.id) ?? report.values[indicatorId];
}

/** The value a view shows: the {@link statedValue} unless the "reviewed values only" filter hides it. */
export function shownValue(store: ValueStore, report: ValueHolder, indicatorId: string): PrimaryValueEntry | undefined {
  const value = statedValue(store, report, indicatorId);
  return value && store.reviewedOnly && !isReviewed(value) ? undefined : value;
}

/** Whether the report states the indicator but the "reviewed values only" filter hides it. */
export function isHidden(store: ValueStore, report: ValueHolder, indicatorId: string): boolean {
  if (!store.reviewedOnly) return false;
  const value = statedValue(store, report, indicatorId);
  return value !== undefined && !isReviewed(value);
}

/** Every value the report shows, by indicator id (the loaded ones: a column not loaded is not read). */
export function shownValues(store: ValueStore, report: ValueHolder): Record<string, PrimaryValueEntry> {
  const reviewed = store.overlay.get(report.id);
  const stated: Record<string, PrimaryValueEntry> = reviewed ? { ...reviewed } : { ...report.values };
  if (!reviewed) {
    for (const [indicatorId, column] of store.columns) {
      const value = column.get(report.id);
      if (value) stated[indicatorId] = value;
    }
  }
  if (!store.reviewedOnly) return stated;
  return Object.fromEntries(Object.entries(stated).filter(([, value]) => isReviewed(value)));
}

/**
 * The reports with the values the store shows written into `report.values`, for code that reads a
 * whole index (the review queue ranking a folder without a queue file). Costs every report: not for
 * a view's every render.
 */
export function reportsWithShownValues<T extends ValueHolder>(reports: readonly T[], store: ValueStore): T[] {
  if (store === REPORT_VALUES) return [...reports];
  return reports.map((report) => ({ ...report, values: shownValues(store, report) }));
}
