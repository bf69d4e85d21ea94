import { describe, expect, it } from 'vitest';

import { fixtureDataset, fixtureIndex } from '../../../tests/fixtures/dataset/fixture';
import type { Dataset } from '../../data/dataset';
import { buildDataset } from '../../data/dataset';
import { baseDataset } from '../../data/get-dataset';
import { buildCompact } from '../../data/review-risk';
import type { IndexFile, PrimaryValueEntry, ReportEntry, ReviewMark } from '../../data/schema';
import { buildQueue, itemKey, nextOpen, type Queue, queueItem, queueProgress, type QueueScope, statusReader } from './queue-state';

const ALL: QueueScope = { reportId: null, year: null, province: null, level: null, body: 'all' };
const mark = (status: ReviewMark['status']): ReviewMark => ({
  status,
  decision: 'confirm',
  decisionId: 'd-1',
  reviewer: '王审核',
  reviewedAt: '2025-03-01T09:30:00.000Z',
  note: null,
  original: null,
});

function withValue(index: IndexFile, reportId: string, indicator: string, change: Partial<PrimaryValueEntry>): IndexFile {
  return {
    ...index,
    reports: index.reports.map((report): ReportEntry =>
      report.id === reportId
        ? { ...report, values: { ...report.values, [indicator]: { ...report.values[indicator]!, ...change } } }
        : report,
    ),
  };
}

const keys = (queue: Queue, dataset: Dataset) => Array.from({ length: queue.length }, (_, k) => itemKey(queueItem(queue, dataset, k)));

/** An index with risky values and one reviewed, and the dashboard's datasets of it: compact (no values) and whole. */
function datasets() {
  let index = fixtureIndex();
  index = withValue(index, '610117-2024', 'review.concluded', { checks: ['concluded_exceeds_received'] });
  index = withValue(index, '370829-2023', 'publicity.events', { confidence: 0.55 });
  index = withValue(index, '370829-2023', 'legal_aid.cases', { review: mark('confirmed') });
  const files = buildCompact(index);
  return { index, files, compact: baseDataset({ kind: 'compact', catalog: files.catalog }, []), whole: buildDataset(index) };
}

describe('buildQueue', () => {
  it('lists every value once, riskiest first, the same from the queue file over the catalogue as from all values', () => {
    const { index, files, compact, whole } = datasets();
    expect(compact.loaded).not.toBe('all');
    const fromFile = buildQueue(compact, ALL, files.reviewQueue);
    const computed = buildQueue(whole, ALL, null);
    const expected = index.reports.flatMap((report) => Object.keys(report.values).map((indicator) => `${report.id}|${indicator}`));
    expect(expected.length).toBeGreaterThan(15);
    expect(keys(fromFile, compact).sort()).toEqual(expected.sort());
    expect(keys(fromFile, compact)).toEqual(keys(computed, whole));
    expect(keys(fromFile, compact).slice(0, 2)).toEqual(['610117-2024|review.concluded', '370829-2023|publicity.events']);
    expect(queueItem(fromFile, compact, 0).risks).toEqual(['concluded_exceeds_received']);
    expect([...fromFile.reviewedInData].filter(Boolean)).toHaveLength(1);
  });

  it('narrows to one report, or by year, place and kind of body', () => {
    const { files, compact } = datasets();
    const one = buildQueue(compact, { ...ALL, reportId: '430102-2022' }, files.reviewQueue);
    expect(new Set(keys(one, compact).map((key) => key.split('|')[0]))).toEqual(new Set(['430102-2022']));
    expect(one.length).toBe(5);
    const departments = buildQueue(compact, { ...ALL, body: 'department' }, files.reviewQueue);
    expect(new Set(keys(departments, compact).map((key) => key.split('|')[0]))).toEqual(new Set(['x-zibo-gaoxin-2022-dept-5f3a9c21']));
    const year = buildQueue(compact, { ...ALL, year: 2020 }, files.reviewQueue);
    expect(new Set(keys(year, compact).map((key) => key.split('|')[0]))).toEqual(new Set(['430102-2020']));
  });

  it('ranks the values of reports added in this browser by their own risks', () => {
    const { index, files } = datasets();
    const template = index.reports.find((report) => report.id === '430102-2022')!;
    const local = {
      ...template,
      id: 'local-430102-2022',
      local: true,
      values: { ...template.values, 'legal_aid.cases': { ...template.values['legal_aid.cases']!, confidence: 0.3 } },
    };
    const jurisdiction = index.jurisdictions.find((entry) => entry.id === template.jurisdictionId)!;
    const withLocal = baseDataset({ kind: 'compact', catalog: files.catalog }, [{ report: local, jurisdiction }]);
    const queue = buildQueue(withLocal, ALL, files.reviewQueue);
    expect(keys(queue, withLocal)[0]).toBe('local-430102-2022|legal_aid.cases');
    expect(keys(queue, withLocal).filter((key) => key.startsWith('local-'))).toHaveLength(5);
  });
});

describe('stepping through the queue', () => {
  const dataset = fixtureDataset();
  const queue = buildQueue(dataset, ALL, null);

  it('counts a value done when reviewed in the data or in this browser, or rejected with nothing in its place', () => {
    const first = queueItem(queue, dataset, 0);
    const second = queueItem(queue, dataset, 1);
    expect(queueProgress(queue, statusReader(queue, dataset, undefined))).toEqual({ done: 0, total: queue.length });
    const confirmed = new Map([
      [
        first.report.id,
        { ...first.report.values, [first.indicatorId]: { ...first.report.values[first.indicatorId]!, review: mark('confirmed') } },
      ],
    ]);
    expect(statusReader(queue, dataset, confirmed).isDone(0)).toBe(true);
    expect(statusReader(queue, dataset, confirmed).isDone(1)).toBe(false);
    // The overlay has the report, without the indicator: rejected, and nothing took its place.
    const rejected = new Map([
      [second.report.id, Object.fromEntries(Object.entries(second.report.values).filter(([id]) => id !== second.indicatorId))],
    ]);
    const reader = statusReader(queue, dataset, rejected);
    expect(reader.overlaidValue(1)).toBeNull();
    expect(reader.isDone(1)).toBe(true);
  });

  it('moves to the next open item, skipping done and pending ones and wrapping round, and stops when all are done', () => {
    const doneFirstTwo = new Map<string, Record<string, PrimaryValueEntry>>();
    for (const k of [0, 1]) {
      const item = queueItem(queue, dataset, k);
      const values = { ...(doneFirstTwo.get(item.report.id) ?? item.report.values) };
      values[item.indicatorId] = { ...values[item.indicatorId]!, review: mark('confirmed') };
      doneFirstTwo.set(item.report.id, values);
    }
    const reader = statusReader(queue, dataset, doneFirstTwo);
    expect(nextOpen(queue, -1, statusReader(queue, dataset, undefined))).toBe(0);
    expect(nextOpen(queue, -1, reader)).toBe(2);
    expect(nextOpen(queue, 2, reader, (k) => k === 3)).toBe(4);
    expect(nextOpen(queue, queue.length - 1, reader)).toBe(2);
    const allDone = new Map(
      dataset.index.reports.map((report) => [
        report.id,
        Object.fromEntries(Object.entries(report.values).map(([id, value]) => [id, { ...value, review: mark('added') }])),
      ]),
    );
    expect(nextOpen(queue, 0, statusReader(queue, dataset, allDone))).toBeNull();
    expect(queueProgress(queue, statusReader(queue, dataset, allDone))).toEqual({ done: queue.length, total: queue.length });
  });
});

describe('the queue’s filters: indicator, risk and status', () => {
  it('narrows to one indicator’s values, the same from the queue file as from all values', () => {
    const { index, files, compact, whole } = datasets();
    const scope: QueueScope = { ...ALL, indicator: 'legal_aid.cases' };
    const expected = index.reports.filter((report) => report.values['legal_aid.cases']).map((report) => `${report.id}|legal_aid.cases`);
    expect(expected.length).toBeGreaterThan(1);
    expect(keys(buildQueue(compact, scope, files.reviewQueue), compact).sort()).toEqual(expected.sort());
    expect(keys(buildQueue(whole, scope, null), whole).sort()).toEqual(expected.sort());
  });

  it('narrows to the values with one risk, or with any', () => {
    const { files, compact } = datasets();
    expect(keys(buildQueue(compact, { ...ALL, risk: 'low_confidence' }, files.reviewQueue), compact)).toEqual([
      '370829-2023|publicity.events',
    ]);
    expect(keys(buildQueue(compact, { ...ALL, risk: 'concluded_exceeds_received' }, files.reviewQueue), compact)).toEqual([
      '610117-2024|review.concluded',
    ]);
    const risky = buildQueue(compact, { ...ALL, risk: 'any' }, files.reviewQueue);
    expect(keys(risky, compact).slice(0, 2)).toEqual(['610117-2024|review.concluded', '370829-2023|publicity.events']);
    expect(Array.from(risky.risk).every((mask) => mask !== 0)).toBe(true);
    expect(buildQueue(compact, { ...ALL, risk: 'peer_outlier', indicator: 'legal_aid.cases' }, files.reviewQueue).length).toBe(0);
  });

  it('steps through the values still to check, those reviewed, or all', () => {
    const { files, compact } = datasets();
    const queue = buildQueue(compact, ALL, files.reviewQueue);
    const status = statusReader(queue, compact, undefined);
    const done = keys(queue, compact).indexOf('370829-2023|legal_aid.cases');
    expect(done).toBeGreaterThan(0);
    expect(nextOpen(queue, -1, status, undefined, 'done')).toBe(done);
    expect(nextOpen(queue, done, status, undefined, 'done')).toBe(done);
    expect(nextOpen(queue, done - 1, status)).toBe(done + 1);
    expect(nextOpen(queue, done - 1, status, undefined, 'all')).toBe(done);
  });
});
