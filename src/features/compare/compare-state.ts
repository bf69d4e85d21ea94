/**
 * What the compare view shows, derived from the dataset and the UI state apart from rendering:
 * one row per jurisdiction passing the filters, split into those with a number (grouped by peer
 * group, largest first within a group) and those without (listed as not reported, never drawn as
 * zero).
 *
 * Like with like: the view compares one year by default (src/data/dataset.ts `defaultYear`), and
 * rows are grouped by their peer group (src/data/peers.ts: same year, level and kind of body, and
 * province when that filter is on). Every median and rank comes from that one peer rule: the
 * chart draws each group's median over its own bars, never one median over mixed groups.
 */

import {
  type Dataset,
  jurisdictionName,
  jurisdictionNameRank,
  LEVEL_ORDER,
  type ResolvedYear,
  resolveIndicator,
  resolveYear,
} from '../../data/dataset';
import { type PeerContext, type PeerGroup, peerLookup, type PeerValue, reportedValue } from '../../data/peers';
import { allowsPerCapita, perCapita, type PopulationFigure, type PopulationLookup } from '../../data/population';
import type { IndicatorEntry, JurisdictionEntry, PrimaryValueEntry, ReportEntry } from '../../data/schema';
import { type ReportFilters, selectReports } from '../../data/select-reports';
import { valueStatus, type ValueStatusKind } from '../../data/value-status';
import { shownValue } from '../../data/value-store';
import { formatSourceRef, type SortState, type UiState } from '../../state/url-state';

/**
 * Bars drawn at a time: a chart must stay legible on a slide, so 3,000 places are drawn 50 at a
 * time (group by group, largest first, the others page by page); each median stays its group's.
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
  /** 'reported', 'not_reported' or 'no_report' (hidden values are filtered out, values not yet loaded left out). */
  readonly status: ValueStatusKind;
  /** The value as reported; null when the report does not give it. */
  readonly value: PrimaryValueEntry | null;
  /**
   * The number compared and drawn: the value, or (per 10,000 residents) the value over the
   * population; null when there is none to draw.
   */
  readonly shown: number | null;
  /** Per 10,000 residents: the population figure used (with its year and source); else null. */
  readonly population: PopulationFigure | null;
  readonly isDepartment: boolean;
  /** `<reportId>/<extractionId>` of the value, for the drill-down. */
  readonly source: string | null;
  /** Rank and median among the report's peers (src/data/peers.ts); null without a report or peers. */
  readonly peer: PeerContext | null;
}

/** One peer group's rows on screen, with its median (the one the chart, table and tooltip show). */
export interface CompareGroup {
  /** null for rows that cannot have peers (no level): listed last, never given a median. */
  readonly group: PeerGroup | null;
  readonly key: string;
  /** The group's rows with a number, largest first. */
  readonly rows: readonly CompareRow[];
  /** The peer median (over every peer of the group, shown or not); null with fewer than two reporting. */
  readonly median: number | null;
  /** Peers reporting a number (this view's number: per 10,000 residents counts only those with a population). */
  readonly reporting: number;
}

/** How many of the values shown were measured in a variant wording (化解率 for 调解成功率). */
export interface VariantCount {
  readonly variant: string;
  readonly count: number;
}

export interface CompareState {
  readonly indicator: IndicatorEntry;
  readonly year: ResolvedYear;
  /** Reports of more than one year are compared (only when each place's latest report is shown). */
  readonly mixedYears: boolean;
  /** True when values are per 10,000 residents (the toggle is on and the indicator is a count). */
  readonly perCapita: boolean;
  /** Rows with a number, group by group (chart order). */
  readonly reported: readonly CompareRow[];
  /** Peer groups in chart order; more than one means the bars span several groups. */
  readonly groups: readonly CompareGroup[];
  /** Rows without a value, by name. */
  readonly notReported: readonly CompareRow[];
  /** Per 10,000 residents: rows with a value but no population figure (said, not drawn). */
  readonly noPopulation: readonly CompareRow[];
  /** Values (of `reported`) measured in a variant wording, most frequent first. */
  readonly variants: readonly VariantCount[];
  readonly filteredOut: number;
  /** Places whose value is not loaded yet (src/data/value-status.ts): neither drawn nor listed as not reported. */
  readonly notLoaded: number;
  /** Reports without a year or a place: listed apart, never placed among the bars. */
  readonly notComparable: readonly ReportEntry[];
}

export type CompareUi = Pick<UiState, 'indicator' | 'year' | 'province' | 'city' | 'level' | 'body' | 'perCapita'>;

export interface CompareInputs {
  /** The population look-up when the per-capita toggle is on and the table has loaded; else null. */
  readonly population?: PopulationLookup | null;
}

const BODY_ORDER: Record<ReportEntry['bodyKind'], number> = { government: 0, other: 1, department: 2 };

/** Chart order of peer groups: newest year first, then level (largest first), governments before departments, province. */
function compareGroups(a: PeerGroup | null, b: PeerGroup | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return (
    b.year - a.year ||
    LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level) ||
    BODY_ORDER[a.bodyKind] - BODY_ORDER[b.bodyKind] ||
    (a.province ?? '').localeCompare(b.province ?? '')
  );
}

export function deriveCompareState(dataset: Dataset, ui: CompareUi, inputs: CompareInputs = {}): CompareState | null {
  const indicator = resolveIndicator(dataset, ui.indicator);
  if (!indicator) return null;
  const year = resolveYear(dataset, ui.year);
  const filters: ReportFilters = { year: year.year, province: ui.province, city: ui.city, level: ui.level, body: ui.body };
  const { selections, filteredOut, notComparable } = selectReports(dataset, filters);
  const lookup = ui.perCapita && allowsPerCapita(indicator) ? (inputs.population ?? null) : null;
  const populationOf = (report: ReportEntry) => (lookup ? lookup(dataset.jurisdictionById.get(report.jurisdictionId), report.year) : null);
  const valueOf: PeerValue = lookup
    ? (report) => {
        const value = shownValue(dataset.values, report, indicator.id);
        const population = value ? populationOf(report) : null;
        return value && population ? perCapita(value.value, population.population) : null;
      }
    : reportedValue(dataset, indicator.id);
  const peerOf = peerLookup(dataset, indicator.id, { sameProvince: ui.province !== null }, valueOf);

  // A value hidden by the "reviewed values only" filter is filtered out, never "not reported".
  let hiddenByReview = 0;
  let notLoaded = 0;
  const rows: CompareRow[] = selections.flatMap(({ jurisdiction, report }): CompareRow[] => {
    const status = valueStatus(dataset, { place: jurisdiction.id, year: year.year, report }, indicator.id);
    if (status.kind === 'hidden') hiddenByReview += 1;
    if (status.kind === 'not_loaded') notLoaded += 1;
    if (status.kind === 'hidden' || status.kind === 'not_loaded') return [];
    const value = status.kind === 'reported' ? status.value : null;
    return [
      {
        jurisdiction,
        name: jurisdictionName(jurisdiction),
        report,
        year: report?.year ?? null,
        status: status.kind,
        value,
        shown: report && value ? valueOf(report) : null,
        population: report && value && lookup ? populationOf(report) : null,
        isDepartment: report?.bodyKind === 'department',
        source: report && value ? formatSourceRef(report.id, value.extractionId) : null,
        peer: report ? peerOf(report) : null,
      },
    ];
  });

  // Ties by name: the rows are in name order already and the sort is stable (a collator per
  // comparison, as `localeCompare(…, locale)` builds, was a cost the profile showed).
  const rank = jurisdictionNameRank(dataset);
  const nameRank = (row: CompareRow) => rank.get(row.jurisdiction.id) ?? 0;
  const withNumber = rows
    .filter((row) => row.shown !== null)
    .sort(
      (a, b) => compareGroups(a.peer?.group ?? null, b.peer?.group ?? null) || (b.shown ?? 0) - (a.shown ?? 0) || nameRank(a) - nameRank(b),
    );

  const groups: CompareGroup[] = [];
  for (const row of withNumber) {
    const key = row.peer?.group.key ?? 'none';
    const last = groups.at(-1);
    if (last && last.key === key) (last.rows as CompareRow[]).push(row);
    else
      groups.push({
        group: row.peer?.group ?? null,
        key,
        rows: [row],
        median: row.peer?.median ?? null,
        reporting: row.peer?.reporting ?? 1,
      });
  }

  const variantCounts = new Map<string, number>();
  for (const row of withNumber) {
    const variant = row.value?.variant;
    if (variant) variantCounts.set(variant, (variantCounts.get(variant) ?? 0) + 1);
  }

  return {
    indicator,
    year,
    mixedYears: new Set(withNumber.map((row) => row.year)).size > 1,
    perCapita: lookup !== null,
    reported: withNumber,
    groups,
    notReported: rows.filter((row) => row.value === null),
    noPopulation: lookup ? rows.filter((row) => row.value !== null && row.shown === null) : [],
    variants: [...variantCounts]
      .map(([variant, count]) => ({ variant, count }))
      .sort((a, b) => b.count - a.count || a.variant.localeCompare(b.variant)),
    filteredOut: filteredOut + hiddenByReview,
    notLoaded,
    notComparable,
  };
}

/** Where each reported row sits in the chart: a header row opens every peer group. */
export interface ChartLine {
  readonly kind: 'group' | 'bar';
  readonly group: CompareGroup;
  /** For a bar: its row (index into `reported` is `index`). */
  readonly row: CompareRow | null;
  readonly index: number;
}

/**
 * The chart's lines for the bars `start`…`end` (exclusive) of `reported`: each peer group present
 * opens with a header line naming the group and its median (or why it has none).
 */
export function chartLines(state: CompareState, start = 0, end = state.reported.length): ChartLine[] {
  const lines: ChartLine[] = [];
  let index = 0;
  for (const group of state.groups) {
    let opened = false;
    for (const row of group.rows) {
      if (index >= start && index < end) {
        if (!opened) {
          lines.push({ kind: 'group', group, row: null, index });
          opened = true;
        }
        lines.push({ kind: 'bar', group, row, index });
      }
      index += 1;
    }
  }
  return lines;
}

/** The table's default order: the chart's (group by group, largest first), then the rows without a number. */
export const DEFAULT_SORT = { key: 'group', descending: false } as const;

/** Columns the compare table sorts by. */
export const TABLE_SORT_KEYS = ['group', 'name', 'year', 'level', 'value', 'rank', 'median'] as const;

/**
 * The table's rows in the order asked for: every row of the view (with a number, then without),
 * sorted by one column; rows without the sorted quantity always last, ties in chart order.
 */
export function tableRows(state: CompareState, sort: SortState | null, nameRank: ReadonlyMap<string, number>): CompareRow[] {
  const all = [...state.reported, ...state.noPopulation, ...state.notReported];
  const key = sort && (TABLE_SORT_KEYS as readonly string[]).includes(sort.key) ? sort.key : 'group';
  if (key === 'group') return sort?.descending ? [...state.reported].reverse().concat(state.noPopulation, state.notReported) : all;
  const quantity = (row: CompareRow): number | null => {
    switch (key) {
      case 'name':
        return nameRank.get(row.jurisdiction.id) ?? null;
      case 'year':
        return row.year;
      case 'level':
        return row.jurisdiction.level ? LEVEL_ORDER.indexOf(row.jurisdiction.level) : null;
      case 'value':
        return row.shown;
      case 'rank':
        return row.shown === null ? null : (row.peer?.rank ?? null);
      case 'median':
        return row.peer?.median ?? null;
      case 'count': // the coverage table's column, not in TABLE_SORT_KEYS: `key` is never it here
        return null;
    }
  };
  const direction = sort?.descending ? -1 : 1;
  const order = new Map(all.map((row, i) => [row, i]));
  return all.sort((a, b) => {
    const x = quantity(a);
    const y = quantity(b);
    if (x === null || y === null) return x === y ? (order.get(a) ?? 0) - (order.get(b) ?? 0) : x === null ? 1 : -1;
    return (x - y) * direction || (order.get(a) ?? 0) - (order.get(b) ?? 0);
  });
}
