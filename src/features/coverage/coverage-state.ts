/**
 * What the coverage grid shows: indicators (grouped by theme) × jurisdictions for a year, each
 * cell the value or "not reported", with a shade scaled per indicator and coverage counted both
 * ways. Which districts did not disclose a number is itself the finding here.
 */

import { groupIndicatorsByTheme, jurisdictionName, type Dataset } from '../../data/dataset';
import type { IndicatorEntry, JurisdictionEntry, PrimaryValueEntry, ReportEntry } from '../../data/schema';
import { selectReports } from '../../data/select-reports';
import { formatSourceRef, type UiState } from '../../state/url-state';

export interface CoverageColumn {
  readonly jurisdiction: JurisdictionEntry;
  readonly name: string;
  /** null: no report for the chosen year. */
  readonly report: ReportEntry | null;
  readonly year: number | null;
  readonly isDepartment: boolean;
  /** Indicators this jurisdiction's report gives. */
  readonly reportedCount: number;
}

/** `hidden`: a value not reviewed, hidden by the "reviewed values only" filter (not unreported). */
export type CoverageStatus = 'reported' | 'not_reported' | 'no_report' | 'hidden';

export interface CoverageCell {
  readonly jurisdictionId: string;
  readonly status: CoverageStatus;
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

/**
 * Jurisdictions shown at a time: 3,000 × 28 cells at once took seconds of layout. The counts and
 * the colour scale stay over every column; the view pages through them and says how many there are.
 */
export const COVERAGE_COLUMNS = 50;

export interface CoverageGroup {
  readonly theme: string;
  readonly themeLabel: IndicatorEntry['themeLabel'];
  readonly rows: readonly CoverageRow[];
}

export interface CoverageState {
  readonly year: number | null;
  /** Every jurisdiction passing the filters, by name. */
  readonly columns: readonly CoverageColumn[];
  /** The columns the cells are for: `columns.slice(shown.start, shown.end)`. */
  readonly shownColumns: readonly CoverageColumn[];
  readonly shown: { readonly start: number; readonly end: number };
  readonly groups: readonly CoverageGroup[];
  readonly indicatorCount: number;
  /** Columns that have a report (the denominator of per-indicator coverage). */
  readonly reportCount: number;
  readonly filteredOut: number;
  /** Reports without a year or a place, not placed in the grid (the compare view lists them). */
  readonly notComparable: number;
}

export type CoverageUi = Pick<UiState, 'year' | 'province' | 'level' | 'body'>;

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
  const { selections, filteredOut, notComparable } = selectReports(dataset, ui);
  const columns: CoverageColumn[] = selections.map(({ jurisdiction, report }) => ({
    jurisdiction,
    name: jurisdictionName(jurisdiction),
    report,
    year: report?.year ?? null,
    isDepartment: report?.bodyKind === 'department',
    reportedCount: report ? dataset.indicators.filter((i) => report.values[i.id] !== undefined).length : 0,
  }));
  const shown = slice ? { start: Math.max(0, slice.start), end: Math.min(columns.length, slice.end) } : { start: 0, end: columns.length };
  const shownColumns = columns.slice(shown.start, shown.end);
  const groups = groupIndicatorsByTheme(dataset.indicators).map((group) => ({
    theme: group.theme,
    themeLabel: group.themeLabel,
    rows: group.indicators.map((indicator): CoverageRow => {
      const values = columns.flatMap((c) => {
        const value = c.report?.values[indicator.id];
        return value ? [value.value] : [];
      });
      // The range once per indicator, not per cell.
      const [min, max] = range(values);
      const cells = shownColumns.map((column): CoverageCell => {
        const value = column.report?.values[indicator.id] ?? null;
        return {
          jurisdictionId: column.jurisdiction.id,
          status: value ? 'reported' : column.report && dataset.hidden?.(column.report, indicator.id) ? 'hidden' : column.report ? 'not_reported' : 'no_report',
          value,
          source: value && column.report ? formatSourceRef(column.report.id, value.extractionId) : null,
          shade: value ? shadeBetween(value.value, values.length, min, max) : null,
        };
      });
      return { indicator, cells, reportedCount: values.length };
    }),
  }));
  return {
    year: ui.year,
    columns,
    shownColumns,
    shown,
    groups,
    indicatorCount: dataset.indicators.length,
    reportCount: columns.filter((c) => c.report !== null).length,
    filteredOut,
    notComparable: notComparable.length,
  };
}

/**
 * Background of a value cell: one blue scale, light for the indicator's smallest value and darker
 * for its largest, never so dark that dark text fails WCAG AA contrast.
 */
export function shadeColor(shade: number): string {
  const lightness = Math.round(95 - Math.min(Math.max(shade, 0), 1) * 27);
  return `hsl(214 85% ${lightness}%)`;
}
