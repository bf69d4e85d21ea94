/**
 * What the coverage grid shows: indicators (grouped by theme) × jurisdictions for a year, each
 * cell the value or "not reported", with a shade scaled per indicator and coverage counted both
 * ways. Which districts did not disclose a number is itself the finding here.
 *
 * The grid is always whole on the page (no inner scroll box): on a wide screen the indicators are
 * rows and as many places as fit the width are columns, page by page; on a phone the grid is
 * transposed (places as rows) and shows one indicator group (theme) at a time.
 */

import { type Dataset, groupIndicatorsByTheme, jurisdictionName, type ResolvedYear, resolveYear } from '../../data/dataset';
import type { IndicatorEntry, JurisdictionEntry, PrimaryValueEntry, ReportEntry } from '../../data/schema';
import { selectReports } from '../../data/select-reports';
import { valueStatus, type ValueStatusKind } from '../../data/value-status';
import { shownValue } from '../../data/value-store';
import { formatSourceRef, type SortState, type UiState } from '../../state/url-state';

export interface CoverageColumn {
  readonly jurisdiction: JurisdictionEntry;
  readonly name: string;
  /** null: no report for the chosen year. */
  readonly report: ReportEntry | null;
  readonly year: number | null;
  readonly isDepartment: boolean;
  /** Indicators this jurisdiction's report gives (of the indicators shown). */
  readonly reportedCount: number;
}

export interface CoverageCell {
  readonly jurisdictionId: string;
  readonly status: ValueStatusKind;
  readonly value: PrimaryValueEntry | null;
  readonly source: string | null;
  /** 0 (smallest) … 1 (largest) within this indicator; null without a value. */
  readonly shade: number | null;
}

export interface CoverageRow {
  readonly indicator: IndicatorEntry;
  /** Same order as {@link CoverageState.shownColumns}. */
  readonly cells: readonly CoverageCell[];
  /** Over all columns, shown or not. */
  readonly reportedCount: number;
}

export interface CoverageGroup {
  readonly theme: string;
  readonly themeLabel: IndicatorEntry['themeLabel'];
  readonly rows: readonly CoverageRow[];
}

/** A wide screen's columns at most (and a phone's rows per page): 3,000 × 28 cells at once took seconds of layout. */
export const COVERAGE_PAGE_MAX = 50;

/** Widths (px) the wide layout is planned with: the indicator column, the count column, one place. */
export const COVERAGE_WIDTHS = { label: 220, count: 96, place: 92 } as const;

/** How many place columns fit a table `width` pixels wide (at least one, at most {@link COVERAGE_PAGE_MAX}). */
export function placesThatFit(width: number): number {
  const fit = Math.floor((width - COVERAGE_WIDTHS.label - COVERAGE_WIDTHS.count) / COVERAGE_WIDTHS.place);
  return Math.min(COVERAGE_PAGE_MAX, Math.max(1, fit));
}

export interface CoverageState {
  readonly year: ResolvedYear;
  /** Every jurisdiction passing the filters, by name (or by count, most indicators first). */
  readonly columns: readonly CoverageColumn[];
  /** The columns the cells are for: `columns.slice(shown.start, shown.end)`. */
  readonly shownColumns: readonly CoverageColumn[];
  readonly shown: { readonly start: number; readonly end: number };
  /** The indicator groups shown (all, or the one picked), rows by catalogue order or by count. */
  readonly groups: readonly CoverageGroup[];
  /** Every group of the catalogue, for the group picker. */
  readonly allGroups: readonly { readonly theme: string; readonly themeLabel: IndicatorEntry['themeLabel'] }[];
  /** Indicators shown (the denominator of per-jurisdiction coverage). */
  readonly indicatorCount: number;
  /** Columns that have a report (the denominator of per-indicator coverage). */
  readonly reportCount: number;
  readonly filteredOut: number;
  /** Reports without a year or a place, not placed in the grid (the compare view lists them). */
  readonly notComparable: number;
  /** True when sorted by count (most first) rather than by name and catalogue order. */
  readonly byCount: boolean;
}

export type CoverageUi = Pick<UiState, 'year' | 'province' | 'city' | 'level' | 'body' | 'group'> & { readonly sort?: SortState | null };

/**
 * Where a value sits between the indicator's smallest and largest value, 0…1. A lone value, or
 * equal values, sit in the middle: there is nothing to compare them with.
 */
export function shadeWithin(value: number, values: readonly number[]): number {
  return shadeBetween(value, values.length, ...range(values));
}

function range(values: readonly number[]): [number, number] {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const value of values) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return [min, max];
}

function shadeBetween(value: number, count: number, min: number, max: number): number {
  if (count < 2) return 0.5;
  return max === min ? 0.5 : (value - min) / (max - min);
}

/** Cells are built for `slice` of the columns only (all when absent); counts and shades use all. */
export function deriveCoverageState(dataset: Dataset, ui: CoverageUi, slice?: { start: number; end: number }): CoverageState {
  const year = resolveYear(dataset, ui.year);
  const { selections, filteredOut, notComparable } = selectReports(dataset, {
    year: year.year,
    province: ui.province,
    city: ui.city,
    level: ui.level,
    body: ui.body,
  });
  const byCount = ui.sort?.key === 'count';
  const allGroups = groupIndicatorsByTheme(dataset.indicators);
  const pickedGroups = ui.group === null ? allGroups : allGroups.filter((group) => group.theme === ui.group);
  const indicators = pickedGroups.flatMap((group) => group.indicators);
  const columns: CoverageColumn[] = selections.map(({ jurisdiction, report }) => ({
    jurisdiction,
    name: jurisdictionName(jurisdiction),
    report,
    year: report?.year ?? null,
    isDepartment: report?.bodyKind === 'department',
    reportedCount: report ? indicators.filter((i) => shownValue(dataset.values, report, i.id) !== undefined).length : 0,
  }));
  // Stable sort: equal counts keep name order.
  if (byCount)
    columns.sort((a, b) => (ui.sort?.descending === false ? a.reportedCount - b.reportedCount : b.reportedCount - a.reportedCount));
  const shown = slice ? { start: Math.max(0, slice.start), end: Math.min(columns.length, slice.end) } : { start: 0, end: columns.length };
  const shownColumns = columns.slice(shown.start, shown.end);
  const groups = pickedGroups.map((group) => {
    const rows = group.indicators.map((indicator): CoverageRow => {
      const values = columns.flatMap((c) => {
        const value = c.report ? shownValue(dataset.values, c.report, indicator.id) : undefined;
        return value ? [value.value] : [];
      });
      // The range once per indicator, not per cell.
      const [min, max] = range(values);
      const cells = shownColumns.map((column): CoverageCell => {
        const status = valueStatus(dataset, { place: column.jurisdiction.id, year: year.year, report: column.report }, indicator.id);
        const value = status.kind === 'reported' ? status.value : null;
        return {
          jurisdictionId: column.jurisdiction.id,
          status: status.kind,
          value,
          source: value && column.report ? formatSourceRef(column.report.id, value.extractionId) : null,
          shade: value ? shadeBetween(value.value, values.length, min, max) : null,
        };
      });
      return { indicator, cells, reportedCount: values.length };
    });
    if (byCount)
      rows.sort((a, b) => (ui.sort?.descending === false ? a.reportedCount - b.reportedCount : b.reportedCount - a.reportedCount));
    return { theme: group.theme, themeLabel: group.themeLabel, rows };
  });
  return {
    year,
    columns,
    shownColumns,
    shown,
    groups,
    allGroups: allGroups.map(({ theme, themeLabel }) => ({ theme, themeLabel })),
    indicatorCount: indicators.length,
    reportCount: columns.filter((c) => c.report !== null).length,
    filteredOut,
    notComparable: notComparable.length,
    byCount,
  };
}

/** The values the grid shows, in its order: indicator by indicator, every column left to right (every page, not only the one on screen). */
export function coverageValueRefs(dataset: Dataset, state: CoverageState): { report: ReportEntry; indicatorId: string }[] {
  return state.groups.flatMap((group) =>
    group.rows.flatMap((row) =>
      state.columns.flatMap((column) =>
        column.report && shownValue(dataset.values, column.report, row.indicator.id)
          ? [{ report: column.report, indicatorId: row.indicator.id }]
          : [],
      ),
    ),
  );
}

/**
 * Background of a value cell: one blue scale, light for the indicator's smallest value and darker
 * for its largest, never so dark that dark text fails WCAG AA contrast.
 */
export function shadeColor(shade: number): string {
  const lightness = Math.round(95 - Math.min(Math.max(shade, 0), 1) * 27);
  return `hsl(214 85% ${lightness}%)`;
}
