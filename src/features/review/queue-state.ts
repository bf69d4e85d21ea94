/**
 * The review queue's model, apart from rendering: every primary value of the reports in scope,
 * riskiest first (src/data/review-risk.ts says why), and stepping through those still to check.
 *
 * Built for 16,000 reports: the order comes from the data folder's `compact/review-queue.json` (the
 * risky values, ranked when the data was built) and the catalogue's presence masks (every other
 * value, in catalogue order), so no value file is needed; the queue is a few typed arrays, not an
 * object per value; statuses are read per step from the data folder's reviews and this browser's
 * overlay, so a decision never rebuilds the queue. Data without the file is ranked here.
 */

import type { Dataset } from '../../data/dataset';
import { isReviewed, type ReviewOverlay } from '../../data/review-overlay';
import { assessValues, ownRisks, riskScore, risksOf } from '../../data/review-risk';
import type { CompactReviewQueue, PrimaryValueEntry, ReportEntry } from '../../data/schema';
import { reportsWithShownValues, shownValue } from '../../data/value-store';
import { REVIEW_RISKS, type ReviewRisk } from '../../lib/review-vocabulary';
import type { QueueStatus, RiskFilter } from '../../state/url-state';

export interface QueueScope {
  /** One report's values only (`report` in the URL), else every report passing the filters. */
  readonly reportId: string | null;
  /** null: every year (the queue is not about one report per place). */
  readonly year: number | null;
  readonly province: string | null;
  readonly level: string | null;
  readonly body: 'all' | 'government' | 'department';
  /** One indicator's values only; null every indicator. */
  readonly indicator?: string | null;
  /** Values with this risk (`any`: with some risk); null every value. */
  readonly risk?: RiskFilter | null;
}

/** Whether a value's risks (bitmask over REVIEW_RISKS) pass the risk filter. */
export function passesRisk(mask: number, risk: RiskFilter | null | undefined): boolean {
  if (risk === null || risk === undefined) return true;
  if (risk === 'any') return mask !== 0;
  return (mask & (1 << REVIEW_RISKS.indexOf(risk))) !== 0;
}

/** The queue: item k is value `indicator[k]` (catalogue position) of report `report[k]` (position in the dataset's reports). */
export interface Queue {
  readonly length: number;
  readonly report: Int32Array;
  readonly indicator: Int32Array;
  /** Bitmask over REVIEW_RISKS. */
  readonly risk: Int32Array;
  /** 1 when the data folder has it reviewed already. */
  readonly reviewedInData: Uint8Array;
}

export interface QueueItem {
  readonly index: number;
  readonly report: ReportEntry;
  readonly indicatorId: string;
  readonly risks: readonly ReviewRisk[];
}

function inScope(dataset: Dataset, report: ReportEntry, scope: QueueScope): boolean {
  if (scope.reportId !== null) return report.id === scope.reportId;
  if (scope.year !== null && report.year !== scope.year) return false;
  if (scope.body === 'government' && report.bodyKind !== 'government') return false;
  if (scope.body === 'department' && report.bodyKind !== 'department') return false;
  if (scope.province === null && scope.level === null) return true;
  const jurisdiction = dataset.jurisdictionById.get(report.jurisdictionId);
  return (
    (scope.province === null || jurisdiction?.province === scope.province) && (scope.level === null || jurisdiction?.level === scope.level)
  );
}

interface Ranked {
  readonly report: number;
  readonly indicator: number;
  readonly risk: number;
  readonly score: number;
}

/**
 * The queue of the reports in scope. `order` is the data folder's review-queue file (null without
 * one: the dataset must then hold every value, and is ranked here).
 */
export function buildQueue(dataset: Dataset, scope: QueueScope, order: CompactReviewQueue | null): Queue {
  const reports = dataset.index.reports;
  const indicators = dataset.indicators;
  const width = indicators.length;
  const usable =
    order !== null &&
    order.indicatorCount === width &&
    order.reportCount <= reports.length &&
    reports.slice(0, order.reportCount).every((report) => report.local !== true);
  const ranked: Ranked[] = [];
  const reviewedKeys = new Set<number>();
  if (usable) {
    for (let k = 0; k < order.report.length; k += 1)
      ranked.push({
        report: order.report[k] as number,
        indicator: order.indicator[k] as number,
        risk: order.risk[k] as number,
        score: order.score[k] as number,
      });
    for (let k = 0; k < order.reviewedReport.length; k += 1)
      reviewedKeys.add((order.reviewedReport[k] as number) * width + (order.reviewedIndicator[k] as number));
    // Reports after the file's (the ones added in this browser) carry their values: their own risks.
    for (let r = order.reportCount; r < reports.length; r += 1) {
      const report = reports[r] as ReportEntry;
      indicators.forEach((indicator, i) => {
        const value = shownValue(dataset.values, report, indicator.id);
        if (!value) return;
        if (isReviewed(value)) reviewedKeys.add(r * width + i);
        const risk = ownRisks(value);
        if (risk !== 0) ranked.push({ report: r, indicator: i, risk, score: riskScore(risk, value.confidence) });
      });
    }
    ranked.sort((a, b) => b.score - a.score);
  } else {
    const assessed = assessValues({ ...dataset.index, reports: reportsWithShownValues(dataset.index.reports, dataset.values) });
    ranked.push(...assessed.risky);
    for (const [r, i] of assessed.reviewed) reviewedKeys.add(r * width + i);
  }

  const scoped = new Uint8Array(reports.length);
  reports.forEach((report, r) => {
    if (inScope(dataset, report, scope)) scoped[r] = 1;
  });
  const listed = new Uint8Array(reports.length * width);
  const report: number[] = [];
  const indicator: number[] = [];
  const risk: number[] = [];
  const onlyIndicator = scope.indicator ? indicators.findIndex((entry) => entry.id === scope.indicator) : -1;
  const indicatorPasses = (i: number) => onlyIndicator < 0 || i === onlyIndicator;
  for (const entry of ranked) {
    if (scoped[entry.report] !== 1 || !indicatorPasses(entry.indicator) || !passesRisk(entry.risk, scope.risk)) continue;
    listed[entry.report * width + entry.indicator] = 1;
    report.push(entry.report);
    indicator.push(entry.indicator);
    risk.push(entry.risk);
  }
  // Every other value, in catalogue order: presence from the masks, values need not be loaded.
  // They carry no risk: a risk filter leaves them out.
  reports.forEach((entry, r) => {
    if (scoped[r] !== 1 || !passesRisk(0, scope.risk)) return;
    for (let i = 0; i < width; i += 1) {
      if (!indicatorPasses(i) || listed[r * width + i] === 1 || !dataset.hasValue(entry, (indicators[i] as { id: string }).id)) continue;
      report.push(r);
      indicator.push(i);
      risk.push(0);
    }
  });
  const reviewedInData = new Uint8Array(report.length);
  for (let k = 0; k < report.length; k += 1)
    if (reviewedKeys.has((report[k] as number) * width + (indicator[k] as number))) reviewedInData[k] = 1;
  return {
    length: report.length,
    report: Int32Array.from(report),
    indicator: Int32Array.from(indicator),
    risk: Int32Array.from(risk),
    reviewedInData,
  };
}

export function queueItem(queue: Queue, dataset: Dataset, index: number): QueueItem {
  return {
    index,
    report: dataset.index.reports[queue.report[index] as number] as ReportEntry,
    indicatorId: (dataset.indicators[queue.indicator[index] as number] as { id: string }).id,
    risks: risksOf(queue.risk[index] as number),
  };
}

/** A stable key of an item: its report and indicator. */
export function itemKey(item: Pick<QueueItem, 'report' | 'indicatorId'>): string {
  return `${item.report.id}|${item.indicatorId}`;
}

/**
 * Reads statuses for a queue: the data folder's, with this browser's reviewed values (the overlay)
 * over them. Built once per overlay; each look-up is a few array reads.
 */
export function statusReader(queue: Queue, dataset: Dataset, overlay: ReviewOverlay | undefined) {
  const overlaid = new Map<number, Readonly<Record<string, PrimaryValueEntry>>>();
  if (overlay) {
    dataset.index.reports.forEach((report, r) => {
      const values = overlay.get(report.id);
      if (values) overlaid.set(r, values);
    });
  }
  return {
    /** The value as it stands in this browser, when this browser decided on its report; else undefined (the data folder's). */
    overlaidValue(index: number): PrimaryValueEntry | null | undefined {
      const values = overlaid.get(queue.report[index] as number);
      if (!values) return undefined;
      return values[(dataset.indicators[queue.indicator[index] as number] as { id: string }).id] ?? null;
    },
    /** Reviewed, or rejected with nothing in its place. */
    isDone(index: number): boolean {
      const values = overlaid.get(queue.report[index] as number);
      if (!values) return queue.reviewedInData[index] === 1;
      const value = values[(dataset.indicators[queue.indicator[index] as number] as { id: string }).id];
      return value === undefined || isReviewed(value);
    },
  };
}

export type StatusReader = ReturnType<typeof statusReader>;

/** How many items are done, of how many. */
export function queueProgress(queue: Queue, status: StatusReader): { done: number; total: number } {
  let done = 0;
  for (let k = 0; k < queue.length; k += 1) if (status.isDone(k)) done += 1;
  return { done, total: queue.length };
}

/**
 * The next item to show after `from` (-1: from the start): the first of the status asked for
 * (`open`: not done, the default; `done`: reviewed, to look at decisions again; `all`) and not
 * `skip`ped (decided on this page, still being stored), wrapping round; null when there is none.
 */
export function nextOpen(
  queue: Queue,
  from: number,
  status: StatusReader,
  skip?: (index: number) => boolean,
  wanted: QueueStatus = 'open',
): number | null {
  const n = queue.length;
  for (let step = 1; step <= n; step += 1) {
    const index = (((from + step) % n) + n) % n;
    const shown = wanted === 'all' || status.isDone(index) === (wanted === 'done');
    if (shown && !skip?.(index)) return index;
  }
  return null;
}
