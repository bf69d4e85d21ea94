/**
 * Which values a person should check first (the review queue, issue 11), over a whole index. Pure;
 * run by the extraction command when it writes the compact layout (so that the dashboard's queue
 * over 16,000 reports needs one small file, not every value), and by the dashboard for data
 * without that file and for its local reports.
 *
 * Risks, each with a weight (a value's score is their sum, plus more the lower its confidence):
 * - a check the value carries (src/data/value-checks.ts): more concluded than received, a stated
 *   rate that disagrees with its counts, several different figures for it, figures of it that are
 *   not the place's own;
 * - low confidence (< 0.7);
 * - ten times, or a tenth of, the same place's value of the year before (same kind of body);
 * - far outside its peers (same year, level and kind of body; at least 5 reporting): beyond 3
 *   interquartile ranges from the quartiles, on a log scale for counts and amounts;
 * - a variant wording (化解率 for the mediation success rate).
 */

import { REVIEW_RISKS, type ReviewRisk } from '../lib/review-vocabulary';
import { buildCompactTables, type CompactFiles, reviewQueueFile } from './compact';
import { reportKind } from './dataset';
import type { CompactReviewQueue, CompactValues, IndexFile, PrimaryValueEntry, ReportEntry } from './schema';

/** Below this confidence a value is checked early. */
export const LOW_CONFIDENCE = 0.7;
/** A value this many times the previous year's (or as small as its inverse) is checked early. */
export const JUMP_RATIO = 10;
/** Reporting peers needed before "far outside its peers" means anything. */
export const MIN_PEERS_FOR_OUTLIER = 5;

export const RISK_WEIGHTS: Readonly<Record<ReviewRisk, number>> = {
  concluded_exceeds_received: 5,
  rate_disagrees_with_counts: 5,
  previous_year_jump: 4,
  low_confidence: 3,
  peer_outlier: 3,
  conflicting_values: 3,
  other_scope: 2,
  variant: 1,
};

const RISK_BIT = new Map(REVIEW_RISKS.map((risk, bit) => [risk, 1 << bit]));

/** The risks of a bitmask (bit k = REVIEW_RISKS[k]), in that list's order. */
export function risksOf(mask: number): ReviewRisk[] {
  return REVIEW_RISKS.filter((_, bit) => (mask & (1 << bit)) !== 0);
}

/** One value worth checking early: positions in the index's reports and indicators. */
export interface RiskyValue {
  readonly report: number;
  readonly indicator: number;
  /** Bitmask over REVIEW_RISKS. */
  readonly risk: number;
  readonly score: number;
}

export interface ValueAssessment {
  /** Values with at least one risk, riskiest first (ties in index order). */
  readonly risky: readonly RiskyValue[];
  /** Values a person reviewed already (the data folder's decisions), as [report, indicator] positions. */
  readonly reviewed: readonly (readonly [number, number])[];
}

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

/** The risks a value shows by itself, without other reports (bitmask). */
export function ownRisks(value: {
  readonly confidence?: number | undefined;
  readonly checks?: PrimaryValueEntry['checks'];
  readonly variant?: string | null | undefined;
}): number {
  let mask = 0;
  if (value.confidence !== undefined && value.confidence < LOW_CONFIDENCE) mask |= RISK_BIT.get('low_confidence') as number;
  for (const check of value.checks ?? []) mask |= RISK_BIT.get(check) as number;
  if (value.variant) mask |= RISK_BIT.get('variant') as number;
  return mask;
}

/** A value's score from its risks and confidence: higher is checked earlier. */
export function riskScore(mask: number, confidence: number | undefined): number {
  let score = 0;
  for (const risk of risksOf(mask)) score += RISK_WEIGHTS[risk];
  if (confidence !== undefined && confidence < LOW_CONFIDENCE) score += (LOW_CONFIDENCE - confidence) * 10;
  return Math.round(score * 1000) / 1000;
}

/** A peer group's fences: beyond them a value is far outside its peers (none for a group too small or too even). */
function peerFences<K>(byKey: ReadonlyMap<K, number[]>): Map<K, { low: number; high: number }> {
  const result = new Map<K, { low: number; high: number }>();
  for (const [key, values] of byKey) {
    if (values.length < MIN_PEERS_FOR_OUTLIER) continue;
    const { q1, q3 } = quartiles(values.sort((a, b) => a - b));
    const spread = q3 - q1;
    if (spread > 0) result.set(key, { low: q1 - 3 * spread, high: q3 + 3 * spread });
  }
  return result;
}

/** Whether a value is ten times, or a tenth of, the value of the year before. */
function isJump(before: number | undefined, value: number): boolean {
  return before !== undefined && before > 0 && value > 0 && Math.max(value / before, before / value) >= JUMP_RATIO * (1 - 1e-9);
}

/**
 * Every value's risks over the index. Peers are grouped by year, jurisdiction level and kind of
 * body (src/data/peers.ts's rule, across provinces).
 */
export function assessValues(index: IndexFile): ValueAssessment {
  const indicatorIds = index.indicators.map((indicator) => indicator.id);
  const isCount = index.indicators.map((indicator) => indicator.unit !== '%');
  const levelOf = new Map(index.jurisdictions.map((jurisdiction) => [jurisdiction.id, jurisdiction.level]));
  const scale = (position: number, value: number) => (isCount[position] ? Math.log10(Math.max(0, value) + 1) : value);
  const { reports } = index;

  // Peer groups: for each indicator, group key → scaled values.
  const groupOf = reports.map((report) => {
    const level = levelOf.get(report.jurisdictionId);
    return level && report.year !== null ? `${report.year}|${level}|${reportKind(report)}` : null;
  });
  const groups = indicatorIds.map(() => new Map<string, number[]>());
  reports.forEach((report, r) => {
    const key = groupOf[r];
    if (key === null || key === undefined) return;
    indicatorIds.forEach((id, i) => {
      const value = report.values[id];
      if (!value) return;
      const byKey = groups[i] as Map<string, number[]>;
      const list = byKey.get(key);
      if (list) list.push(scale(i, value.value));
      else byKey.set(key, [scale(i, value.value)]);
    });
  });
  const fences = groups.map(peerFences);

  // The same place's report of the year before, of the same kind (body and document).
  const byPlaceYear = new Map<string, ReportEntry>();
  for (const report of reports)
    if (report.year !== null) byPlaceYear.set(`${report.jurisdictionId}|${reportKind(report)}|${report.year}`, report);

  const jump = RISK_BIT.get('previous_year_jump') as number;
  const outlier = RISK_BIT.get('peer_outlier') as number;
  const risky: RiskyValue[] = [];
  const reviewed: [number, number][] = [];
  reports.forEach((report, r) => {
    const previous =
      report.year === null ? undefined : byPlaceYear.get(`${report.jurisdictionId}|${reportKind(report)}|${report.year - 1}`);
    const key = groupOf[r];
    indicatorIds.forEach((id, i) => {
      const value = report.values[id];
      if (!value) return;
      if (value.review && value.review.status !== 'rejected') reviewed.push([r, i]);
      let mask = ownRisks(value);
      const before = previous?.values[id]?.value;
      if (isJump(before, value.value)) mask |= jump;
      const fence = key === null || key === undefined ? undefined : fences[i]?.get(key);
      const scaled = scale(i, value.value);
      if (fence && (scaled < fence.low || scaled > fence.high)) mask |= outlier;
      if (mask !== 0) risky.push({ report: r, indicator: i, risk: mask, score: riskScore(mask, value.confidence) });
    });
  });
  // Stable: equal scores keep index order.
  risky.sort((a, b) => b.score - a.score);
  return { risky, reviewed };
}

/** What {@link assessmentLinksOf} reads of a report: everything but its values. */
type LinkedReport = Pick<ReportEntry, 'jurisdictionId' | 'year' | 'bodyKind' | 'documentKind'>;

/**
 * What ranks a report's values besides the values themselves, one number per report in index
 * order (typed arrays: another thread is handed them without copying objects).
 */
export interface AssessmentLinks {
  /** Its peer group (year, level and kind of body) as a number; -1: none (no level or no year). */
  readonly group: Int32Array<ArrayBuffer>;
  /** The report its values are compared with for a jump (same place and kind, the year before); -1: none. */
  readonly previous: Int32Array<ArrayBuffer>;
}

/**
 * The links of an index's reports, given without their values in the index's own order (by place,
 * then year: src/data/build-dataset.ts): a report's "year before" is the last report of the same
 * place and kind with that year among those before it, which is {@link assessValues}'s over such an index.
 */
export function assessmentLinksOf(head: Pick<IndexFile, 'jurisdictions'>, reports: readonly LinkedReport[]): AssessmentLinks {
  const levelOf = new Map(head.jurisdictions.map((jurisdiction) => [jurisdiction.id, jurisdiction.level]));
  const group = new Int32Array(reports.length);
  const previous = new Int32Array(reports.length);
  const groupIds = new Map<string, number>();
  let place: string | null = null;
  let placeReports = new Map<string, number>();
  reports.forEach((report, r) => {
    const kind = reportKind(report);
    const level = levelOf.get(report.jurisdictionId);
    const key = level && report.year !== null ? `${report.year}|${level}|${kind}` : null;
    let id = key === null ? -1 : groupIds.get(key);
    if (id === undefined) groupIds.set(key!, (id = groupIds.size));
    group[r] = id;
    if (report.jurisdictionId !== place) {
      place = report.jurisdictionId;
      placeReports = new Map();
    }
    previous[r] = report.year === null ? -1 : (placeReports.get(`${kind}|${report.year - 1}`) ?? -1);
    if (report.year !== null) placeReports.set(`${kind}|${report.year}`, r);
  });
  return { group, previous };
}

/** What {@link IndicatorAssessment} reads of an indicator's values: its compact value file's columns (src/data/compact.ts). */
type ValueColumns = Pick<CompactValues, 'report' | 'value' | 'confidence' | 'checks' | 'variant' | 'review'>;

/**
 * {@link assessValues} over an index handed over one indicator at a time, as that indicator's
 * compact value file, with the reports' {@link AssessmentLinks}: the extract command ranks a
 * national index's values from the value files it writes, without reading its reports back. Each
 * indicator's peers and jumps are its own, so the ranking is the same; ties are broken as
 * assessValues's stable sort leaves them (report, then indicator).
 */
export class IndicatorAssessment {
  private readonly isCount: readonly boolean[];
  /** The current indicator's value of each report; NaN: none. */
  private readonly valueAt: Float64Array;
  private readonly risky: RiskyValue[] = [];
  private readonly reviewed: [number, number][] = [];

  constructor(
    indicators: IndexFile['indicators'],
    private readonly links: AssessmentLinks,
  ) {
    this.isCount = indicators.map((indicator) => indicator.unit !== '%');
    this.valueAt = new Float64Array(links.group.length);
  }

  /** Ranks the values of the indicator at catalogue position `indicator`. */
  add(indicator: number, file: ValueColumns): void {
    const { group, previous } = this.links;
    const scaled = file.value.map((value) => (this.isCount[indicator] ? Math.log10(Math.max(0, value) + 1) : value));
    const peers = new Map<number, number[]>();
    file.report.forEach((report, k) => {
      const key = group[report]!;
      if (key < 0) return;
      const list = peers.get(key);
      if (list) list.push(scaled[k]!);
      else peers.set(key, [scaled[k]!]);
    });
    const fences = peerFences(peers);
    const valueAt = this.valueAt.fill(Number.NaN);
    file.report.forEach((report, k) => (valueAt[report] = file.value[k]!));
    const jump = RISK_BIT.get('previous_year_jump') as number;
    const outlier = RISK_BIT.get('peer_outlier') as number;
    file.report.forEach((report, k) => {
      const review = file.review?.[k];
      if (review && review.status !== 'rejected') this.reviewed.push([report, indicator]);
      const confidence = file.confidence?.[k] ?? undefined;
      let mask = ownRisks({ confidence, checks: file.checks?.[k] ?? undefined, variant: file.variant?.[k] ?? undefined });
      const before = previous[report]! < 0 ? Number.NaN : valueAt[previous[report]!]!;
      if (isJump(Number.isNaN(before) ? undefined : before, file.value[k]!)) mask |= jump;
      const fence = fences.get(group[report]!);
      if (fence && (scaled[k]! < fence.low || scaled[k]! > fence.high)) mask |= outlier;
      if (mask !== 0) this.risky.push({ report, indicator, risk: mask, score: riskScore(mask, confidence) });
    });
  }

  /** The ranking, once every indicator is added. */
  result(): ValueAssessment {
    return {
      risky: [...this.risky].sort((a, b) => b.score - a.score || a.report - b.report || a.indicator - b.indicator),
      reviewed: [...this.reviewed].sort((a, b) => a[0] - b[0] || a[1] - b[1]),
    };
  }
}

/**
 * The review queue file of an index: its risky values ranked, and the values reviewed already.
 * `assessment` is the index's own when the caller has it already (the sharded layout's queues
 * come from the same ranking).
 */
export function buildReviewQueue(index: IndexFile, assessment: ValueAssessment = assessValues(index)): CompactReviewQueue {
  return reviewQueueFile(index.reports.length, index.indicators.length, assessment.risky, assessment.reviewed);
}

/** The compact files of a contract index, its review queue included (here, beside the ranking, so that the page's first code, which reads compact files, holds no ranking). */
export function buildCompact(index: IndexFile): CompactFiles {
  return { ...buildCompactTables(index), reviewQueue: buildReviewQueue(index) };
}
