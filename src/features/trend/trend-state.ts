/**
 * What the trend view shows: for each picked jurisdiction, one point per year of the data's span.
 * A year without a value is a gap (never interpolated, never carried over); whether the report
 * exists but lacks the number, or no report exists, is kept apart.
 */

import { type Dataset, jurisdictionName, LEVEL_ORDER, reportKind, resolveIndicator, sameReportKind } from '../../data/dataset';
import { changeBetween, peerLookup, type ValueChange } from '../../data/peers';
import type { IndicatorEntry, JurisdictionEntry, PrimaryValueEntry, ReportEntry } from '../../data/schema';
import { valueStatus, type ValueStatusKind } from '../../data/value-status';
import { formatSourceRef, type TrendMedian, type UiState } from '../../state/url-state';
import { placeColors } from '../../ui/charts/place-colors';

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
  /** The place's colour (src/ui/charts/place-colors.ts: the same in every view and for every indicator). */
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

export interface TrendState {
  readonly indicator: IndicatorEntry;
  /** Every year from the first to the last year in the data, gaps included. */
  readonly years: readonly number[];
  readonly series: readonly TrendSeries[];
  /** Reports and values per year among the places shown (the line under the chart). */
  readonly perYear: readonly YearCount[];
}

/**
 * The indicator and the places to draw, in order. Which places those are (the chosen ones, or a
 * page of the reporting ones) is trend-places.ts's answer; none gives a state without series.
 */
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
  const selectedIds = ui.jurisdictions.filter((id) => dataset.jurisdictionById.has(id));
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

  return { indicator, years, series, perYear };
}

/** The series the chart draws (in the option's order): the places with at least one value. */
export function drawnSeries(state: TrendState): readonly TrendSeries[] {
  return state.series.filter((series) => series.valueCount > 0);
}

/**
 * The median line of a trend: each year, the median of the places' peers (src/data/peers.ts, the
 * same peer rule as the compare view's medians and ranks, so the two views agree), where peers are
 * the places shown taken together — their most frequent level and kind of report — and, for
 * `province`, their province (the province filter's, or the one they share).
 */
export interface TrendMedianLine {
  readonly scope: TrendMedian;
  readonly level: NonNullable<JurisdictionEntry['level']>;
  /** The province of a `province` line; null for `peers` (any province). */
  readonly province: string | null;
  /** One per year of the state's years; null when fewer than two peers report that year. */
  readonly values: readonly (number | null)[];
  /** Peers reporting the indicator each year (the line's weight, said in its tooltip). */
  readonly reporting: readonly number[];
}

/** Why no median line can be drawn: no place with a level; places of several provinces and no province filter. */
export type TrendMedianResult =
  { readonly line: TrendMedianLine } | { readonly line: null; readonly reason: 'no_level' | 'mixed_provinces' };

/** The most frequent of `items` (ties: the first in `order`, else the first seen). */
function mostFrequent<T>(items: readonly T[], order: readonly T[] = []): T | undefined {
  const counts = new Map<T, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  const rank = (item: T) => (order.includes(item) ? order.indexOf(item) : order.length);
  return [...counts].sort((a, b) => b[1] - a[1] || rank(a[0]) - rank(b[0]))[0]?.[0];
}

export function trendMedianLine(
  dataset: Dataset,
  state: TrendState,
  scope: TrendMedian,
  provinceFilter: string | null = null,
): TrendMedianResult {
  const places = state.series.map((series) => series.jurisdiction);
  const level = mostFrequent(
    places.flatMap((place) => (place.level ? [place.level] : [])),
    LEVEL_ORDER,
  );
  if (!level) return { line: null, reason: 'no_level' };
  const kinds = state.series.flatMap((series) => series.points.flatMap((point) => (point.report ? [reportKind(point.report)] : [])));
  const kind = mostFrequent(kinds) ?? 'government|rule_of_law_report';
  const provinces = [...new Set(places.map((place) => place.province ?? null))];
  const province = scope === 'province' ? (provinceFilter ?? (provinces.length === 1 ? provinces[0] : null) ?? null) : null;
  if (scope === 'province' && province === null) return { line: null, reason: 'mixed_provinces' };

  // One report per year of the peer group stands for it: the group's median is every member's.
  const lookup = peerLookup(dataset, state.indicator.id, { sameProvince: scope === 'province' });
  const memberOf = new Map<number, ReportEntry>();
  for (const report of dataset.index.reports) {
    if (report.year === null || memberOf.has(report.year) || reportKind(report) !== kind) continue;
    const place = dataset.jurisdictionById.get(report.jurisdictionId);
    if (place?.level !== level || (province !== null && place.province !== province)) continue;
    memberOf.set(report.year, report);
  }
  const contexts = state.years.map((year) => {
    const member = memberOf.get(year);
    return member ? lookup(member) : null;
  });
  return {
    line: {
      scope,
      level,
      province,
      values: contexts.map((context) => context?.median ?? null),
      reporting: contexts.map((context) => context?.reporting ?? 0),
    },
  };
}
