/**
 * What the compare view shows, derived from the dataset and the UI state apart from rendering:
 * one row per jurisdiction passing the filters, split into those with a value (sorted, largest
 * first) and those without (listed as not reported, never drawn as zero).
 */

import { jurisdictionName, jurisdictionNameRank, resolveIndicator, type Dataset } from '../../data/dataset';
import { peerLookup, type PeerContext } from '../../data/peers';
import type { IndicatorEntry, JurisdictionEntry, PrimaryValueEntry, ReportEntry } from '../../data/schema';
import { selectReports, type ReportFilters } from '../../data/select-reports';
import { formatSourceRef, type UiState } from '../../state/url-state';
import { median } from '../../lib/median';

/**
 * Bars drawn at a time: a chart must stay legible on a slide, so 3,000 places are drawn 50 at a
 * time (largest first, the others page by page), the median line still over all of them.
 */
export const CHART_BARS = 50;
/** Table rows per page (all rows remain reachable, page by page, with the total said). */
export const TABLE_ROWS = 100;

export interface CompareRow {
  readonly jurisdiction: JurisdictionEntry;
  readonly name: string;
  /** null: no report for the chosen year. */
  readonly report: ReportEntry | null;
  readonly year: number | null;
  readonly value: PrimaryValueEntry | null;
  readonly isDepartment: boolean;
  /** `<reportId>/<extractionId>` of the value, for the drill-down. */
  readonly source: string | null;
  /**
   * Rank and median among the report's peers (same year, level and kind of body; same province
   * when the province filter is on; see src/data/peers.ts); null without a report or peers.
   */
  readonly peer: PeerContext | null;
}

export interface CompareState {
  readonly indicator: IndicatorEntry;
  /** null: each jurisdiction's latest report (its year shown beside it). */
  readonly year: number | null;
  /** Rows with a value, largest first (ties by name). */
  readonly reported: readonly CompareRow[];
  /** Rows without a value, by name. */
  readonly notReported: readonly CompareRow[];
  /** Median of the reported values when at least two peers report; else null. */
  readonly median: number | null;
  readonly filteredOut: number;
  /** Reports without a year or a place: listed apart, never placed among the bars. */
  readonly notComparable: readonly ReportEntry[];
}

export type CompareUi = Pick<UiState, 'indicator' | 'year' | 'province' | 'level' | 'body'>;

export function deriveCompareState(dataset: Dataset, ui: CompareUi): CompareState | null {
  const indicator = resolveIndicator(dataset, ui.indicator);
  if (!indicator) return null;
  const filters: ReportFilters = { year: ui.year, province: ui.province, level: ui.level, body: ui.body };
  const { selections, filteredOut, notComparable } = selectReports(dataset, filters);
  const peerOf = peerLookup(dataset, indicator.id, { sameProvince: ui.province !== null });
  const rows: CompareRow[] = selections.map(({ jurisdiction, report }) => {
    const value = report?.values[indicator.id] ?? null;
    return {
      jurisdiction,
      name: jurisdictionName(jurisdiction),
      report,
      year: report?.year ?? null,
      value,
      isDepartment: report?.bodyKind === 'department',
      source: report && value ? formatSourceRef(report.id, value.extractionId) : null,
      peer: report ? peerOf(report) : null,
    };
  });
  // Ties by name: the rows are in name order already and the sort is stable (a collator per
  // comparison, as `localeCompare(…, locale)` builds, was a cost the profile showed).
  const rank = jurisdictionNameRank(dataset);
  const nameRank = (row: CompareRow) => rank.get(row.jurisdiction.id) ?? 0;
  const reported = rows
    .filter((row) => row.value !== null)
    .sort((a, b) => (b.value?.value ?? 0) - (a.value?.value ?? 0) || nameRank(a) - nameRank(b));
  const notReported = rows.filter((row) => row.value === null);
  return {
    indicator,
    year: ui.year,
    reported,
    notReported,
    median: reported.length >= 2 ? median(reported.map((row) => row.value?.value ?? 0)) : null,
    filteredOut,
    notComparable,
  };
}
