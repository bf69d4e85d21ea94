/**
 * Peer context for a value: its rank and the median among comparable reports, and its change
 * against the year before. Pure, shared by the compare view, the trend table and the profile.
 *
 * Who counts as a peer (documented in README, "Peer context"): reports of the same year, whose
 * jurisdictions have the same level, written by the same kind of body (a department's report is
 * compared only with department reports, a government's only with governments': the dashboard never
 * mixes the two silently), and, when a province filter is on, of the same province. One report per
 * jurisdiction. A report without a year or a level has no peers.
 *
 * Rank is by size, largest first (1 = the largest value), ties sharing a rank ("1, 2, 2, 4"): it
 * says where a number sits, not whether it is good — a lower figure is better for some indicators.
 */

import type { Dataset } from './dataset';
import type { PrimaryValueEntry, ReportEntry } from './schema';

export interface PeerScope {
  /** Restrict peers to the report's own province (the UI's province filter is on). */
  readonly sameProvince: boolean;
}

export interface PeerContext {
  /** 1 = largest among the peers reporting the indicator; null when this report has no value. */
  readonly rank: number | null;
  /** Peers (this report included) that report the indicator. */
  readonly reporting: number;
  /** Peer reports, with or without the indicator. */
  readonly peers: number;
  /** Median of the reporting peers' values when at least two report; else null. */
  readonly median: number | null;
}

interface PeerGroup {
  /** Reporting peers' values, largest first. */
  readonly values: number[];
  readonly jurisdictions: Set<string>;
}

/** The key of a report's peer group, or null when it cannot have peers. */
export function peerGroupKey(dataset: Dataset, report: ReportEntry, scope: PeerScope): string | null {
  const jurisdiction = dataset.jurisdictionById.get(report.jurisdictionId);
  if (!jurisdiction?.level || report.year === null) return null;
  const province = scope.sameProvince ? (jurisdiction.province ?? '?') : '*';
  return [report.year, jurisdiction.level, report.bodyKind, province].join('|');
}

/** The median of numbers (mean of the middle two for an even count); null for none. */
function medianOf(sortedDescending: readonly number[]): number | null {
  const n = sortedDescending.length;
  if (n === 0) return null;
  const middle = Math.floor(n / 2);
  const upper = sortedDescending[middle] as number;
  return n % 2 === 1 ? upper : ((sortedDescending[middle - 1] as number) + upper) / 2;
}

/**
 * Positions of the reports in id order, cached per presence function: the datasets of one load
 * that differ only in the values loaded share it and hold the same reports in the same order.
 */
const idOrders = new WeakMap<Dataset['hasValue'], readonly number[]>();

function reportsInIdOrder(dataset: Dataset): ReportEntry[] {
  const reports = dataset.index.reports;
  let order = idOrders.get(dataset.hasValue);
  if (!order || order.length !== reports.length) {
    order = reports.map((_, i) => i).sort((a, b) => {
      const x = (reports[a] as ReportEntry).id;
      const y = (reports[b] as ReportEntry).id;
      return x < y ? -1 : x > y ? 1 : 0;
    });
    idOrders.set(dataset.hasValue, order);
  }
  return order.map((i) => reports[i] as ReportEntry);
}

/** How many of `sortedDescending` are greater than `value` (binary search: a peer group can hold thousands). */
function countGreater(sortedDescending: readonly number[], value: number): number {
  let low = 0;
  let high = sortedDescending.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sortedDescending[middle] as number) > value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * A look-up of peer context for one indicator: builds every peer group once (one pass over the
 * reports), so that a table of many rows costs no more than one pass.
 */
export function peerLookup(dataset: Dataset, indicatorId: string, scope: PeerScope): (report: ReportEntry) => PeerContext | null {
  const groups = new Map<string, PeerGroup>();
  // Reports in id order, so that which report stands for a jurisdiction with two reports of one
  // kind in one year (two departments) does not depend on file order.
  for (const report of reportsInIdOrder(dataset)) {
    const key = peerGroupKey(dataset, report, scope);
    if (key === null) continue;
    const group = groups.get(key) ?? { values: [], jurisdictions: new Set<string>() };
    groups.set(key, group);
    if (group.jurisdictions.has(report.jurisdictionId)) continue;
    group.jurisdictions.add(report.jurisdictionId);
    const value = report.values[indicatorId];
    if (value) group.values.push(value.value);
  }
  for (const group of groups.values()) group.values.sort((a, b) => b - a);

  return (report) => {
    const key = peerGroupKey(dataset, report, scope);
    const group = key === null ? undefined : groups.get(key);
    if (!group) return null;
    const own = report.values[indicatorId];
    const reporting = group.values.length;
    return {
      rank: own ? 1 + countGreater(group.values, own.value) : null,
      reporting,
      peers: group.jurisdictions.size,
      median: reporting >= 2 ? medianOf(group.values) : null,
    };
  };
}

/** Peer context of one report's value (see {@link peerLookup} for many). */
export function peerContext(dataset: Dataset, report: ReportEntry, indicatorId: string, scope: PeerScope): PeerContext | null {
  return peerLookup(dataset, indicatorId, scope)(report);
}

export interface ValueChange {
  /** current − previous, rounded to hide floating-point noise. */
  readonly delta: number;
  /** True when either value is not exact (≈, ≥, ≤): the change is then approximate too. */
  readonly approximate: boolean;
}

/**
 * The change between two reported values. Shown for any two values (a qualifier does not hide
 * it), marked approximate when either is not exact.
 */
export function changeBetween(current: PrimaryValueEntry, previous: PrimaryValueEntry): ValueChange {
  return {
    delta: Math.round((current.value - previous.value) * 1e6) / 1e6,
    approximate: current.qualifier !== 'exact' || previous.qualifier !== 'exact',
  };
}

export interface YearChange extends ValueChange {
  readonly previousReport: ReportEntry;
  readonly previous: PrimaryValueEntry;
}

/**
 * The change against the year before (year − 1 exactly, never an older year): the same
 * jurisdiction's report of that year by the same kind of body, when both report the indicator.
 */
export function previousYearChange(dataset: Dataset, report: ReportEntry, indicatorId: string): YearChange | null {
  const current = report.values[indicatorId];
  if (!current || report.year === null) return null;
  const previousReport = (dataset.reportsByJurisdiction.get(report.jurisdictionId) ?? [])
    .filter((other) => other.year === (report.year as number) - 1 && other.bodyKind === report.bodyKind)
    .sort((a, b) => (a.id < b.id ? -1 : 1))[0];
  const previous = previousReport?.values[indicatorId];
  if (!previousReport || !previous) return null;
  return { ...changeBetween(current, previous), previousReport, previous };
}
