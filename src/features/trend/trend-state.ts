/**
 * What the trend view shows: for each picked jurisdiction, one point per year of the data's span.
 * A year without a value is a gap (never interpolated, never carried over); whether the report
 * exists but lacks the number, or no report exists, is kept apart.
 */

import { compareNames, type Dataset, jurisdictionName, resolveIndicator, sameReportKind } from '../../data/dataset';
import { changeBetween, type ValueChange } from '../../data/peers';
import type { IndicatorEntry, JurisdictionEntry, PrimaryValueEntry, ReportEntry } from '../../data/schema';
import { valueStatus, type ValueStatusKind } from '../../data/value-status';
import { shownValue } from '../../data/value-store';
import { formatSourceRef, type UiState } from '../../state/url-state';
import { type PinyinApi, placeMatches } from '../../ui/pinyin';
import { placeColors } from '../../ui/place-colors';

/** Most series shown when nobody is picked: more lines than this are unreadable. */
export const AUTO_SELECT_LIMIT = 8;

export interface TrendPoint {
  readonly year: number;
  readonly status: ValueStatusKind;
  readonly report: ReportEntry | null;
  readonly value: PrimaryValueEntry | null;
  readonly source: string | null;
  readonly isDepartment: boolean;
  /**
   * Change against the year before: only when both years have a value from the same kind of body
   * (a department's figure is never set against the government's); approximate when either value
   * is not exact. Never against an older year across a gap.
   */
  readonly change: ValueChange | null;
}

export interface TrendSeries {
  readonly jurisdiction: JurisdictionEntry;
  readonly name: string;
  /** One per year of {@link TrendState.years}, same order. */
  readonly points: readonly TrendPoint[];
  readonly hasDepartmentReport: boolean;
  /** Some point comes from a report added in this browser (marked 本地 in the series name). */
  readonly hasLocalReport: boolean;
  /** The place's colour (src/ui/place-colors.ts: the same in every view and for every indicator). */
  readonly color: string;
  /** How many points have a value: a series with none is listed but not drawn; one with one is a labelled point. */
  readonly valueCount: number;
}

/** Per year, how many of the places shown have a report, and how many of those give the indicator. */
export interface YearCount {
  readonly year: number;
  readonly reports: number;
  readonly values: number;
}

export interface TrendOption {
  readonly jurisdiction: JurisdictionEntry;
  readonly name: string;
  /** Whether any of its reports gives this indicator. */
  readonly reportsIndicator: boolean;
  readonly selected: boolean;
}

export interface TrendState {
  readonly indicator: IndicatorEntry;
  /** Every year from the first to the last year in the data, gaps included. */
  readonly years: readonly number[];
  readonly series: readonly TrendSeries[];
  /** Reports and values per year among the places shown (the line under the chart). */
  readonly perYear: readonly YearCount[];
  /** True when the URL names no jurisdiction and the reporting ones are shown. */
  readonly autoSelected: boolean;
  /** All jurisdictions for the picker, by name. */
  readonly options: readonly TrendOption[];
}

export type TrendUi = Pick<UiState, 'indicator' | 'jurisdictions'>;

/** Consecutive years from the smallest to the largest given. */
export function yearSpan(years: readonly number[]): number[] {
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

export function deriveTrendState(dataset: Dataset, ui: TrendUi): TrendState | null {
  const indicator = resolveIndicator(dataset, ui.indicator);
  if (!indicator) return null;
  const years = yearSpan(dataset.years);
  const reports = (id: string) => dataset.reportsByJurisdiction.get(id) ?? [];
  const reportsIndicator = (id: string) => reports(id).some((report) => shownValue(dataset.values, report, indicator.id) !== undefined);

  const byName = [...dataset.index.jurisdictions].sort((a, b) => compareNames(jurisdictionName(a), jurisdictionName(b)));
  const picked = ui.jurisdictions.filter((id) => dataset.jurisdictionById.has(id));
  const autoSelected = picked.length === 0;
  const selectedIds = autoSelected
    ? byName
        .filter((j) => reportsIndicator(j.id))
        .slice(0, AUTO_SELECT_LIMIT)
        .map((j) => j.id)
    : picked;
  const selected = new Set(selectedIds);
  const colors = placeColors(selectedIds);

  const series = selectedIds.flatMap((id): TrendSeries[] => {
    const jurisdiction = dataset.jurisdictionById.get(id);
    if (!jurisdiction) return [];
    const points: TrendPoint[] = [];
    for (const year of years) {
      const status = valueStatus(dataset, { place: id, year }, indicator.id);
      const report = status.report;
      const value = status.kind === 'reported' ? status.value : null;
      const before = points.at(-1);
      points.push({
        year,
        status: status.kind,
        report,
        value,
        source: report && value ? formatSourceRef(report.id, value.extractionId) : null,
        isDepartment: report?.bodyKind === 'department',
        change:
          value && before?.value && before.year === year - 1 && before.report && report && sameReportKind(before.report, report)
            ? changeBetween(value, before.value)
            : null,
      });
    }
    return [
      {
        jurisdiction,
        name: jurisdictionName(jurisdiction),
        points,
        hasDepartmentReport: points.some((p) => p.isDepartment),
        hasLocalReport: points.some((p) => p.report?.local === true),
        color: colors.get(id) ?? '#4b5563',
        valueCount: points.filter((p) => p.value !== null).length,
      },
    ];
  });
  const perYear = years.map((year, i) => ({
    year,
    reports: series.filter((s) => s.points[i]?.report).length,
    values: series.filter((s) => s.points[i]?.value).length,
  }));

  return {
    indicator,
    years,
    series,
    perYear,
    autoSelected,
    options: byName.map((jurisdiction) => ({
      jurisdiction,
      name: jurisdictionName(jurisdiction),
      reportsIndicator: reportsIndicator(jurisdiction.id),
      selected: selected.has(jurisdiction.id),
    })),
  };
}

/** The explicit selection after toggling one jurisdiction (starting from what is shown). */
export function toggleJurisdiction(state: TrendState, jurisdictionId: string): string[] {
  const current = state.series.map((s) => s.jurisdiction.id);
  return current.includes(jurisdictionId) ? current.filter((id) => id !== jurisdictionId) : [...current, jurisdictionId];
}

/**
 * Options matching the query: name, province, city, county, level or code containing it, or the
 * name in pinyin or its initials once pinyin has loaded ("gaoling", "gl" find 高陵区).
 */
export function filterOptions(options: readonly TrendOption[], query: string, pinyin: PinyinApi | null = null): TrendOption[] {
  if (!query.trim()) return [...options];
  const needle = query.trim().toLowerCase();
  return options.filter(
    (option) =>
      placeMatches(query, { ...option.jurisdiction, name: option.name }, pinyin) ||
      (option.jurisdiction.level !== null && option.jurisdiction.level.includes(needle)),
  );
}

/** The series the chart draws (in the option's order): the places with at least one value. */
export function drawnSeries(state: TrendState): readonly TrendSeries[] {
  return state.series.filter((series) => series.valueCount > 0);
}
