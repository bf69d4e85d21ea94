import { describe, expect, it } from 'vitest';

import { buildDataset, indicatorCoverage } from '../src/data/dataset';
import { isReviewed, onlyReviewedValues, overlayReviews } from '../src/data/review-overlay';
import type { PrimaryValueEntry, ReviewMark } from '../src/data/schema';
import { isHidden, shownValue, shownValues } from '../src/data/value-store';
import { deriveCompareState } from '../src/features/compare/compare-state';
import { deriveCoverageState } from '../src/features/coverage/coverage-state';
import { deriveTrendState } from '../src/features/trend/trend-state';
import { fixtureDataset } from './fixtures/dataset/fixture';

const mark = (status: ReviewMark['status']): ReviewMark => ({
  status,
  decision: 'confirm',
  decisionId: 'd-1',
  reviewer: '王审核',
  reviewedAt: '2025-03-01T09:30:00.000Z',
  note: null,
  original: null,
});

describe('overlayReviews', () => {
  it('replaces the values of the reports this browser decided on, and their presence, leaving the others', () => {
    const dataset = fixtureDataset();
    const jiaxiang = dataset.reportById.get('370829-2023')!;
    const reviewed: Record<string, PrimaryValueEntry> = {
      ...jiaxiang.values,
      'legal_aid.cases': { ...jiaxiang.values['legal_aid.cases']!, value: 2183, review: mark('corrected') },
    };
    delete reviewed['publicity.events'];
    const overlaid = overlayReviews(dataset, new Map([['370829-2023', reviewed]]));
    expect(shownValue(overlaid.values, overlaid.reportById.get('370829-2023')!, 'legal_aid.cases')).toMatchObject({
      value: 2183,
      review: { status: 'corrected' },
    });
    expect(shownValue(overlaid.values, overlaid.reportById.get('370829-2023')!, 'publicity.events')).toBeUndefined();
    expect(overlaid.hasValue(overlaid.reportById.get('370829-2023')!, 'publicity.events')).toBe(false);
    expect(shownValue(overlaid.values, overlaid.reportById.get('430102-2022')!, 'legal_aid.cases')).toBe(
      dataset.reportById.get('430102-2022')!.values['legal_aid.cases'],
    );
    // A layer over the same reports, not a rebuilt dataset.
    expect(overlaid.reportById).toBe(dataset.reportById);
    expect(overlayReviews(dataset, new Map())).toBe(dataset);
  });
});

describe('onlyReviewedValues', () => {
  const base = fixtureDataset();
  const jiaxiang = base.reportById.get('370829-2023')!;
  const dataset = overlayReviews(
    base,
    new Map([
      ['370829-2023', { ...jiaxiang.values, 'legal_aid.cases': { ...jiaxiang.values['legal_aid.cases']!, review: mark('confirmed') } }],
    ]),
  );
  const filtered = onlyReviewedValues(dataset);

  it('keeps reviewed values only, and says which are hidden (not unreported)', () => {
    expect(isReviewed({ review: mark('rejected') })).toBe(false);
    expect(
      filtered.index.reports.flatMap((report) => Object.keys(shownValues(filtered.values, report)).map((id) => `${report.id}|${id}`)),
    ).toEqual(['370829-2023|legal_aid.cases']);
    expect(isHidden(filtered.values, dataset.reportById.get('430102-2022')!, 'legal_aid.cases')).toBe(true);
    expect(isHidden(filtered.values, dataset.reportById.get('370829-2023')!, 'legal_aid.cases')).toBe(false);
    expect(isHidden(filtered.values, dataset.reportById.get('610117-2024')!, 'legal_aid.cases')).toBe(false);
    expect(indicatorCoverage(filtered, 'legal_aid.cases')).toBe(1);
  });

  it('the compare view counts a hidden value as filtered out, never as not reported', () => {
    // Each place's latest report (the meaning a null year had before the default year).
    const ui = {
      indicator: 'legal_aid.cases',
      year: 'latest',
      province: null,
      city: null,
      level: null,
      body: 'all',
      perCapita: false,
    } as const;
    const all = deriveCompareState(dataset, ui)!;
    const reviewed = deriveCompareState(filtered, ui)!;
    expect(all.reported.map((row) => row.name)).toEqual(['嘉祥县', '芙蓉区']);
    expect(reviewed.reported.map((row) => row.name)).toEqual(['嘉祥县']);
    expect(reviewed.notReported.map((row) => row.name)).toEqual(all.notReported.map((row) => row.name));
    expect(reviewed.filteredOut).toBe(all.filteredOut + 1);
  });

  it('the trend and coverage views mark a hidden value as hidden, not as not reported', () => {
    const trend = deriveTrendState(filtered, { indicator: 'legal_aid.cases', jurisdictions: ['430102'] })!;
    expect(trend.series[0]!.points.filter((point) => point.report).map((point) => [point.year, point.status])).toEqual([
      [2020, 'hidden'],
      [2022, 'hidden'],
    ]);
    const coverage = deriveCoverageState(filtered, { year: 'latest', province: null, city: null, level: null, body: 'all', group: null });
    const row = coverage.groups.flatMap((group) => group.rows).find((entry) => entry.indicator.id === 'legal_aid.cases')!;
    const statuses = Object.fromEntries(row.cells.map((cell) => [cell.jurisdictionId, cell.status]));
    expect(statuses).toMatchObject({ '370829': 'reported', '430102': 'hidden', '610117': 'not_reported' });
  });

  it('is a layer: the dataset under it, or one rebuilt from its index, hides nothing', () => {
    expect(isHidden(dataset.values, dataset.reportById.get('430102-2022')!, 'legal_aid.cases')).toBe(false);
    expect(isHidden(buildDataset(dataset.index).values, dataset.reportById.get('430102-2022')!, 'legal_aid.cases')).toBe(false);
    expect(filtered.reportsByJurisdiction).toBe(dataset.reportsByJurisdiction);
  });
});
