/**
 * The review queue's model, apart from rendering: every primary value of the reports in scope,
 * ranked riskiest first, and stepping through those still to check. Pure; built once per dataset
 * (ranking 100,000 values is the expensive part) while statuses are read per step from the review
 * overlay, so that a decision never re-ranks the queue.
 *
 * Risk (why a value comes early), each with a weight:
 * - a check the dataset carries (src/data/value-checks.ts): concluded > received, a stated rate that
 *   disagrees with its counts, several different figures for it, figures of it that are not the
 *   place's own;
 * - low confidence (< 0.7);
 * - ten times, or a tenth of, the same place's value of the year before (same kind of body);
 * - far outside its peers (same year, level and kind of body, at least 5 of them): beyond 3
 *   interquartile ranges from the quartiles, on a log scale for counts and amounts;
 * - a variant wording (化解率 for the mediation success rate).
 */

import { compareNames, jurisdictionName, type Dataset } from '../../data/dataset';
import { peerGroupKey } from '../../data/peers';
import { isReviewed, type ReviewOverlay } from '../../data/review-overlay';
import type { PrimaryValueEntry, ReportEntry } from '../../data/schema';
import type { ReviewRisk } from '../../extract/vocabulary';

/** Below this confidence a value is checked early. */
export const LOW_CONFIDENCE = 0.7;
/** A value this many times the previous year's (or as small as its inverse) is checked early. */
export const JUMP_RATIO = 10;
/** Peers needed before "far outside its peers" means anything. */
export const MIN_PEERS_FOR_OUTLIER = 5;

const WEIGHTS: Readonly<Record<ReviewRisk, number>> = {
  concluded_exceeds_received: 5,
  rate_disagrees_with_counts: 5,
  previous_year_jump: 4,
  low_confidence: 3,
  peer_outlier: 3,
  conflicting_values: 3,
  other_scope: 2,
  variant: 1,
};

export interface QueueItem {
  readonly report: ReportEntry;
  readonly indicatorId: string;
  /** The value as the data folder gives it (this browser's review is read from the overlay). */
  readonly value: PrimaryValueEntry;
  readonly risks: readonly ReviewRisk[];
  readonly score: number;
}

export interface QueueScope {
  /** One report's values only (`report` in the URL), else every report passing the filters. */
  readonly reportId: string | null;
  /** null: every year (the queue is not about one report per place). */
  readonly year: number | null;
  readonly province: string | null;
  readonly level: string | null;
  readonly body: 'all' | 'government' | 'department';
}

const isCount = (unit: string) => unit !== '%';

/** Quartiles of ascending numbers (linear interpolation). */
function quartiles(sorted: readonly number[]): { q1: number; q3: number } {
  const at = (p: number) => {
    const position = (sorted.length - 1) * p;
    const low = Math.floor(position);
    const high = Math.ceil(position);
    return (sorted[low] as number) + ((sorted[high] as number) - (sorted[low] as number)) * (position - low);
  };
  return { q1: at(0.25), q3: at(0.75) };
}

function inScope(dataset: Dataset, report: ReportEntry, scope: QueueScope): boolean {
  if (scope.reportId !== null) return report.id === scope.reportId;
  if (scope.year !== null && report.year !== scope.year) return false;
  if (scope.body === 'government' && report.bodyKind !== 'government') return false;
  if (scope.body === 'department' && report.bodyKind !== 'department') return false;
  if (scope.province === null && scope.level === null) return true;
  const jurisdiction = dataset.jurisdictionById.get(report.jurisdictionId);
  return (scope.province === null || jurisdiction?.province === scope.province) && (scope.level === null || jurisdiction?.level === scope.level);
}

/**
 * Every primary value of the reports in scope, riskiest first (ties: place name, year, catalogue
 * order), with the reasons. The dataset must hold the values of every indicator.
 */
export function buildQueue(dataset: Dataset, scope: QueueScope): QueueItem[] {
  const indicators = dataset.indicators;
  const unitOf = new Map(indicators.map((indicator) => [indicator.id, indicator.unit]));
  const scale = (indicatorId: string, value: number) => (isCount(unitOf.get(indicatorId) ?? '') ? Math.log10(Math.max(0, value) + 1) : value);

  // Peer groups over all reports (the whole dataset, not only the scope): indicator → group → values.
  const groupOf = new Map<string, string | null>();
  const peerValues = new Map<string, number[]>();
  for (const report of dataset.index.reports) {
    const key = peerGroupKey(dataset, report, { sameProvince: false });
    groupOf.set(report.id, key);
    if (key === null) continue;
    for (const [indicatorId, value] of Object.entries(report.values)) {
      const groupKey = `${indicatorId}|${key}`;
      const list = peerValues.get(groupKey);
      if (list) list.push(scale(indicatorId, value.value));
      else peerValues.set(groupKey, [scale(indicatorId, value.value)]);
    }
  }
  const fences = new Map<string, { low: number; high: number } | null>();
  const fenceOf = (groupKey: string) => {
    if (fences.has(groupKey)) return fences.get(groupKey) ?? null;
    const values = peerValues.get(groupKey);
    let fence: { low: number; high: number } | null = null;
    if (values && values.length >= MIN_PEERS_FOR_OUTLIER) {
      const { q1, q3 } = quartiles([...values].sort((a, b) => a - b));
      const spread = q3 - q1;
      if (spread > 0) fence = { low: q1 - 3 * spread, high: q3 + 3 * spread };
    }
    fences.set(groupKey, fence);
    return fence;
  };

  const previousOf = (report: ReportEntry): ReportEntry | undefined =>
    report.year === null ? undefined : dataset.reportsByJurisdiction.get(report.jurisdictionId)?.find((other) => other.year === (report.year as number) - 1 && other.bodyKind === report.bodyKind);

  const items: QueueItem[] = [];
  for (const report of dataset.index.reports) {
    if (!inScope(dataset, report, scope)) continue;
    const previous = previousOf(report);
    const group = groupOf.get(report.id) ?? null;
    for (const indicator of indicators) {
      const value = report.values[indicator.id];
      if (!value) continue;
      const risks: ReviewRisk[] = [];
      if (value.confidence !== undefined && value.confidence < LOW_CONFIDENCE) risks.push('low_confidence');
      for (const check of value.checks ?? []) risks.push(check);
      if (value.variant) risks.push('variant');
      const before = previous?.values[indicator.id]?.value;
      if (before !== undefined && before > 0 && value.value > 0 && (value.value / before >= JUMP_RATIO || before / value.value >= JUMP_RATIO)) risks.push('previous_year_jump');
      const fence = group === null ? null : fenceOf(`${indicator.id}|${group}`);
      const scaled = scale(indicator.id, value.value);
      if (fence && (scaled < fence.low || scaled > fence.high)) risks.push('peer_outlier');
      let score = 0;
      for (const risk of risks) score += WEIGHTS[risk];
      if (value.confidence !== undefined && value.confidence < LOW_CONFIDENCE) score += (LOW_CONFIDENCE - value.confidence) * 10;
      items.push({ report, indicatorId: indicator.id, value, risks, score });
    }
  }

  // Ties in reading order: by place name (ranked once, not a collator per comparison), year, catalogue.
  const names = [...new Set(items.map((item) => item.report.jurisdictionId))];
  const nameRank = new Map(
    names
      .map((id) => ({ id, name: jurisdictionName(dataset.jurisdictionById.get(id), id) }))
      .sort((a, b) => compareNames(a.name, b.name))
      .map((entry, i) => [entry.id, i]),
  );
  const indicatorRank = new Map(indicators.map((indicator, i) => [indicator.id, i]));
  return items.sort(
    (a, b) =>
      b.score - a.score ||
      (nameRank.get(a.report.jurisdictionId) ?? 0) - (nameRank.get(b.report.jurisdictionId) ?? 0) ||
      (a.report.year ?? 0) - (b.report.year ?? 0) ||
      a.report.id.localeCompare(b.report.id) ||
      (indicatorRank.get(a.indicatorId) ?? 0) - (indicatorRank.get(b.indicatorId) ?? 0),
  );
}

/**
 * An item's value as it stands now: this browser's reviewed values for its report (the overlay)
 * over the data folder's; null when a person rejected it and nothing took its place.
 */
export function currentValue(item: QueueItem, overlay: ReviewOverlay | undefined): PrimaryValueEntry | null {
  const reviewed = overlay?.get(item.report.id);
  if (!reviewed) return item.value;
  return reviewed[item.indicatorId] ?? null;
}

/** Whether a person has decided on an item: its value is reviewed, or was rejected with nothing in its place. */
export function isDone(item: QueueItem, overlay: ReviewOverlay | undefined): boolean {
  const value = currentValue(item, overlay);
  return value === null || isReviewed(value);
}

/** How many items are done, of how many. */
export function queueProgress(items: readonly QueueItem[], overlay: ReviewOverlay | undefined): { done: number; total: number } {
  let done = 0;
  for (const item of items) if (isDone(item, overlay)) done += 1;
  return { done, total: items.length };
}

/**
 * The next item to check after `from` (-1: from the start): the first not done, wrapping round to
 * the start; null when every item is done.
 */
export function nextOpen(items: readonly QueueItem[], from: number, overlay: ReviewOverlay | undefined, skip?: ReadonlySet<string>): number | null {
  const n = items.length;
  for (let step = 1; step <= n; step += 1) {
    const index = (((from + step) % n) + n) % n;
    const item = items[index] as QueueItem;
    if (!isDone(item, overlay) && !skip?.has(itemKey(item))) return index;
  }
  return null;
}

/** A stable key of an item: its report and indicator. */
export function itemKey(item: Pick<QueueItem, 'report' | 'indicatorId'>): string {
  return `${item.report.id}|${item.indicatorId}`;
}
