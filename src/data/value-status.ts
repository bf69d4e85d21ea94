/**
 * The one model of what a view shows for a place, a year and an indicator — a number, or which
 * kind of absence — and the one function that works it out. Every view (trend, compare, coverage,
 * briefing, profile) reads its cells from {@link valueStatus}; none decides on its own whether an
 * absence is 未报告. tests/value-status-model.test.ts keeps it so.
 *
 * The absences are kept apart because they mean different things to a reader: a report that does
 * not state the number is itself a finding (未报告); a place without a report that year is not; a
 * value still loading, or filtered out by the "reviewed values only" filter, says nothing about the
 * report and must never read as 未报告.
 */

import type { ReviewStatus } from '../lib/review-vocabulary';
import { type Dataset, isLoaded, preferredReport } from './dataset';
import type { DetailFile, ExtractionEntry, PrimaryValueEntry, ReportEntry } from './schema';
import { isHidden, shownValue } from './value-store';

/** A number to show, with what the views mark on it. */
export interface ReportedValue {
  readonly kind: 'reported';
  readonly report: ReportEntry;
  readonly value: PrimaryValueEntry;
  /** A person's review behind it (已核实 confirmed, 已更正 corrected, 人工添加 added); null while unreviewed. */
  readonly review: Exclude<ReviewStatus, 'rejected'> | null;
  /** Computed by the extractor from other numbers of the report (a rate from counts), not stated. */
  readonly derived: boolean;
  /** Stated with a qualifier (约, 以上, 不足): not an exact figure. */
  readonly approximate: boolean;
}

export type ValueStatus =
  | ReportedValue
  /** The report exists and does not state the indicator: 未报告. */
  | { readonly kind: 'not_reported'; readonly report: ReportEntry }
  /** The report states it, but the "reviewed values only" filter hides it: filtered out, not 未报告. */
  | { readonly kind: 'hidden'; readonly report: ReportEntry }
  /**
   * Not known yet: the indicator's value file is not loaded (`report` set), or the place's reports
   * of that year are in a part of a sharded folder not loaded (`report` null). Never 未报告.
   */
  | { readonly kind: 'not_loaded'; readonly report: ReportEntry | null }
  /** The place has no report that year. */
  | { readonly kind: 'no_report'; readonly report: null };

export type ValueStatusKind = ValueStatus['kind'];

/** An absence that says nothing about the report: a value filtered out or not loaded yet. Never 未报告. */
export type UnshownKind = Extract<ValueStatusKind, 'hidden' | 'not_loaded'>;

/** An absence that is a finding about a place: its report does not state the number (未报告), or it has no report that year. */
export type AbsenceKind = Extract<ValueStatusKind, 'not_reported' | 'no_report'>;

/**
 * The absence a status is, for a row (`not_reported`, `no_report`); null for a value or an unshown
 * one. Here rather than beside the tidy rows (src/data/tidy-rows.ts) that use it: the compare
 * view, on the first chart's path, needs only this, and the rows' code loads with the downloads.
 */
export function absenceOf(kind: ValueStatusKind): AbsenceKind | null {
  return kind === 'not_reported' ? kind : kind === 'no_report' ? kind : null;
}

/**
 * Where a value is looked for: a report; or a place and a year (null: its latest report), whose
 * report is the one that stands for the place that year (`preferredReport`) unless the view chose
 * it by its own filters (`report`, src/data/select-reports.ts).
 */
export type ValueAt =
  { readonly report: ReportEntry } | { readonly place: string; readonly year: number | null; readonly report?: ReportEntry | null };

/** What a view shows for `at` and the indicator: see {@link ValueStatus}. */
export function valueStatus(dataset: Dataset, at: ValueAt, indicatorId: string): ValueStatus {
  const report =
    at.report !== undefined
      ? at.report
      : 'place' in at
        ? preferredReport(dataset.reportsByJurisdiction.get(at.place) ?? [], at.year)
        : null;
  if (!report)
    return 'place' in at && yearNotLoaded(dataset, at.place, at.year)
      ? { kind: 'not_loaded', report: null }
      : { kind: 'no_report', report: null };
  const value = shownValue(dataset.values, report, indicatorId);
  if (value) {
    const review = value.review && value.review.status !== 'rejected' ? value.review.status : null;
    return { kind: 'reported', report, value, review, derived: value.derived, approximate: value.qualifier !== 'exact' };
  }
  if (isHidden(dataset.values, report, indicatorId)) return { kind: 'hidden', report };
  // A report added in this browser carries all its values: for it, absent is absent.
  if (report.local !== true && !isLoaded(dataset, indicatorId)) return { kind: 'not_loaded', report };
  return { kind: 'not_reported', report };
}

/**
 * Whether the place's reports of `year` may be in a part of a sharded folder the dataset did not
 * load: it has reports in the loaded shards' manifest, and no part of that year is loaded (a
 * dataset loads either every year of its shards or one, src/data/shard-selection.ts).
 */
function yearNotLoaded(dataset: Dataset, place: string, year: number | null): boolean {
  const parts = dataset.loadedParts;
  if (!parts || parts.complete || year === null || !parts.placeBodies.has(place)) return false;
  // A year in which the folder has no report at all is no report, whatever is loaded (a sharded
  // dataset's years are its manifest's).
  if (!dataset.years.includes(year)) return false;
  return !parts.parts.some((part) => part.year === year);
}

/**
 * What a printed page's footnote holds for a value: the report's own words, the formula of a
 * derived value, or why neither can be shown (the detail file failed, or is still loading).
 */
export type FootnoteKind = 'quote' | 'derived' | 'unavailable' | 'loading';

export interface Footnote {
  readonly kind: FootnoteKind;
  /** The quote, or the formula of a derived value; null otherwise. */
  readonly text: string | null;
}

/**
 * The footnote of a value on a printed page. `detail`: the report's detail file, undefined while it
 * loads, null when it could not be loaded.
 */
export function footnoteOf(
  value: Pick<PrimaryValueEntry, 'derived' | 'extractionId'>,
  detail: DetailFile | null | undefined,
  extraction: ExtractionEntry | undefined = detail?.extractions.find((entry) => entry.id === value.extractionId),
): Footnote {
  if (detail === undefined) return { kind: 'loading', text: null };
  if (value.derived) return { kind: 'derived', text: extraction?.formula ?? null };
  if (extraction?.quote) return { kind: 'quote', text: extraction.quote };
  return { kind: 'unavailable', text: null };
}
