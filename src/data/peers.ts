/**
 * Peer context for a value: its rank and the median among comparable reports, and its change
 * against the year before. Pure, shared by the compare view, the trend table and the profile.
 *
 * Who counts as a peer (documented in README, "Peer context"): reports of the same year, whose
 * jurisdictions have the same level, written by the same kind of body (a department's report is
 * compared only with department reports, a government's only with governments': the dashboard never
 * mixes the two silently), of the same document kind (a justice bureau's work summary only with
 * work summaries, a rule-of-law report only with rule-of-law reports), and, when a province filter is on, of the same province. One report per
 * jurisdiction. A report without a year or a level has no peers.
 *
 * Rank is by size, largest first (1 = the largest value), ties sharing a rank ("1, 2, 2, 4"): it
 * says where a number sits, not whether it is good — a lower figure is better for some indicators.
 */

import { medianOfSorted } from '../lib/median';
import { type Dataset, reportKind, sameReportKind } from './dataset';
import type { JurisdictionEntry, PrimaryValueEntry, ReportEntry } from './schema';
import { shownValue } from './value-store';

export interface PeerScope {
  /** Restrict peers to the report's own province (the UI's province filter is on). */
  readonly sameProvince: boolean;
}

/** Who a report's peers are: one year, one level, one kind of body, and one province when filtered. */
export interface PeerGroup {
  /** Equal for peers and only for peers. */
  readonly key: string;
  readonly year: number;
  readonly level: NonNullable<JurisdictionEntry['level']>;
  readonly bodyKind: ReportEntry['bodyKind'];
  /** What kind of report: a rule-of-law report is compared only with rule-of-law reports, a justice bureau's summary with summaries. */
  readonly documentKind: ReportEntry['documentKind'];
  /** The province, when the province filter is on (else null: any province). */
  readonly province: string | null;
}

export interface PeerContext {
  readonly group: PeerGroup;
  /** 1 = largest among the peers reporting the indicator; null when this report has no value. */
  readonly rank: number | null;
  /** Peers (this report included) that report the indicator. */
  readonly reporting: number;
  /** Peer reports, with or without the indicator. */
  readonly peers: number;
  /** Median of the reporting peers' values when at least two report; else null. */
  readonly median: number | null;
}

interface PeerValues {
  /** Reporting peers' values, largest first. */
  readonly values: number[];
  /** Peer reports, one per jurisdiction, with or without the indicator. */
  readonly peers: number;
}

/** A report's peer group, or null when it cannot have peers (no year or no level). */
export function peerGroupOf(dataset: Dataset, report: ReportEntry, scope: PeerScope): PeerGroup | null {
  const jurisdiction = dataset.jurisdictionById.get(report.jurisdictionId);
  if (!jurisdiction?.level || report.year === null) return null;
  const province = scope.sameProvince ? (jurisdiction.province ?? '?') : null;
  return {
    key: [report.year, jurisdiction.level, reportKind(report), province ?? '*'].join('|'),
    year: report.year,
    level: jurisdiction.level,
    bodyKind: report.bodyKind,
    documentKind: report.documentKind,
    province,
  };
}

/** The key of a report's peer group, or null when it cannot have peers. */
export function peerGroupKey(dataset: Dataset, report: ReportEntry, scope: PeerScope): string | null {
  return peerGroupOf(dataset, report, scope)?.key ?? null;
}

/**
 * Who is whose peer does not depend on the values: the groups (each the positions of its reports,
 * one per jurisdiction) and each report's group key are computed once per scope and cached per
 * presence function, which the datasets of one load share (they differ only in the values loaded
 * and hold the same reports in the same order). A switch of indicator then only reads values.
 */
interface PeerStructure {
  readonly groups: ReadonlyMap<string, readonly number[]>;
  readonly groupOf: ReadonlyMap<string, PeerGroup | null>;
  readonly reportCount: number;
}

const structures = new WeakMap<Dataset['hasValue'], Map<boolean, PeerStructure>>();

function peerStructure(dataset: Dataset, scope: PeerScope): PeerStructure {
  const reports = dataset.index.reports;
  const byScope = structures.get(dataset.hasValue) ?? new Map<boolean, PeerStructure>();
  structures.set(dataset.hasValue, byScope);
  const cached = byScope.get(scope.sameProvince);
  if (cached && cached.reportCount === reports.length) return cached;
  // Reports in id order, so that which report stands for a jurisdiction with two reports of one
  // kind in one year (two departments) does not depend on file order.
  const order = reports
    .map((_, i) => i)
    .sort((a, b) => {
      const x = (reports[a] as ReportEntry).id;
      const y = (reports[b] as ReportEntry).id;
      return x < y ? -1 : x > y ? 1 : 0;
    });
  const groups = new Map<string, number[]>();
  const seen = new Map<string, Set<string>>();
  const groupOf = new Map<string, PeerGroup | null>();
  for (const position of order) {
    const report = reports[position] as ReportEntry;
    const group = peerGroupOf(dataset, report, scope);
    groupOf.set(report.id, group);
    if (group === null) continue;
    const key = group.key;
    const members = groups.get(key) ?? [];
    const jurisdictions = seen.get(key) ?? new Set<string>();
    groups.set(key, members);
    seen.set(key, jurisdictions);
    if (jurisdictions.has(report.jurisdictionId)) continue;
    jurisdictions.add(report.jurisdictionId);
    members.push(position);
  }
  const structure = { groups, groupOf, reportCount: reports.length };
  byScope.set(scope.sameProvince, structure);
  return structure;
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
 * The number a report is compared by: its value of the indicator (the default), or another
 * reading of it (per 10,000 residents); null when it has none. One function for the whole
 * comparison, so that rank, median, chart and table are always about the same numbers.
 */
export type PeerValue = (report: ReportEntry) => number | null;

/** The report's value of the indicator as the dataset shows it (reviews laid over, the filter applied). */
export const reportedValue =
  (dataset: Pick<Dataset, 'values'>, indicatorId: string): PeerValue =>
  (report) =>
    shownValue(dataset.values, report, indicatorId)?.value ?? null;

/**
 * A look-up of peer context for one indicator: builds every peer group once (one pass over the
 * reports), so that a table of many rows costs no more than one pass. `valueOf` says which
 * number is compared (default: the value as reported).
 */
export function peerLookup(
  dataset: Dataset,
  indicatorId: string,
  scope: PeerScope,
  valueOf: PeerValue = reportedValue(dataset, indicatorId),
): (report: ReportEntry) => PeerContext | null {
  const structure = peerStructure(dataset, scope);
  const reports = dataset.index.reports;
  const groups = new Map<string, PeerValues>();
  for (const [key, members] of structure.groups) {
    const values: number[] = [];
    for (const position of members) {
      const value = valueOf(reports[position] as ReportEntry);
      if (value !== null) values.push(value);
    }
    values.sort((a, b) => b - a);
    groups.set(key, { values, peers: members.length });
  }

  return (report) => {
    const group = structure.groupOf.has(report.id) ? structure.groupOf.get(report.id) : peerGroupOf(dataset, report, scope);
    const values = group ? groups.get(group.key) : undefined;
    if (!group || !values) return null;
    const own = valueOf(report);
    const reporting = values.values.length;
    return {
      group,
      rank: own !== null ? 1 + countGreater(values.values, own) : null,
      reporting,
      peers: values.peers,
      median: reporting >= 2 ? medianOfSorted(values.values) : null,
    };
  };
}

/** Peer context of one report's value (see {@link peerLookup} for many). */
export function peerContext(
  dataset: Dataset,
  report: ReportEntry,
  indicatorId: string,
  scope: PeerScope,
  valueOf?: PeerValue,
): PeerContext | null {
  return peerLookup(dataset, indicatorId, scope, valueOf)(report);
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
 * jurisdiction's report of that year of the same kind (body and document), when both report the indicator.
 */
export function previousYearChange(dataset: Dataset, report: ReportEntry, indicatorId: string): YearChange | null {
  const current = shownValue(dataset.values, report, indicatorId);
  if (!current || report.year === null) return null;
  const previousReport = (dataset.reportsByJurisdiction.get(report.jurisdictionId) ?? [])
    .filter((other) => other.year === (report.year as number) - 1 && sameReportKind(other, report))
    .sort((a, b) => (a.id < b.id ? -1 : 1))[0];
  const previous = previousReport ? shownValue(dataset.values, previousReport, indicatorId) : undefined;
  if (!previousReport || !previous) return null;
  return { ...changeBetween(current, previous), previousReport, previous };
}
