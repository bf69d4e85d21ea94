import { describe, expect, it } from 'vitest';

import { fixtureDataset, fixtureIndex } from '../../../tests/fixtures/dataset/fixture';
import { buildDataset } from '../../data/dataset';
import type { ReportEntry } from '../../data/schema';
import { deriveTrendState, trendMedianLine, yearSpan } from './trend-state';

const dataset = fixtureDataset();

describe('deriveTrendState', () => {
  it('spans every year from first to last, so missing years are visible gaps', () => {
    expect(yearSpan([2024, 2020, 2022])).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(deriveTrendState(dataset, { indicator: 'legal_aid.cases', jurisdictions: ['430102'] })!.years).toEqual([
      2020, 2021, 2022, 2023, 2024,
    ]);
  });

  it('gives one point per year and never fills a gap', () => {
    const state = deriveTrendState(dataset, { indicator: 'legal_aid.cases', jurisdictions: ['430102'] })!;
    expect(state.series[0]!.points.map((p) => [p.year, p.status, p.value?.value ?? null])).toEqual([
      [2020, 'reported', 323],
      [2021, 'no_report', null],
      [2022, 'reported', 350],
      [2023, 'no_report', null],
      [2024, 'no_report', null],
    ]);
  });

  it('tells a report without the number from a missing report', () => {
    const state = deriveTrendState(dataset, { indicator: 'legal_aid.cases', jurisdictions: ['610117'] })!;
    expect(state.series[0]!.points.find((p) => p.year === 2024)?.status).toBe('not_reported');
  });

  it('draws only the places it is given: none gives no series and no counts (trend-places.ts picks them)', () => {
    const state = deriveTrendState(dataset, { indicator: 'legal_aid.cases', jurisdictions: [] })!;
    expect(state.series).toEqual([]);
    expect(state.perYear.map((count) => [count.reports, count.values])).toEqual([
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
  });

  it('keeps the picked order, ignores unknown ids and marks department series', () => {
    const state = deriveTrendState(dataset, {
      indicator: 'mediation.succeeded',
      jurisdictions: ['x-zibo-gaoxin', 'nowhere', '430102'],
    })!;
    expect(state.series.map((s) => [s.name, s.hasDepartmentReport])).toEqual([
      ['淄博高新区', true],
      ['芙蓉区', false],
    ]);
  });

  it('keeps no picker data: the place picker has its own', () => {
    const state = deriveTrendState(dataset, { indicator: 'legal_aid.cases', jurisdictions: ['430102'] })!;
    expect(Object.keys(state).sort()).toEqual(['indicator', 'perYear', 'series', 'years']);
  });
});

describe('change against the year before', () => {
  /** The fixture with a 2021 report for 芙蓉区 (legal aid 300, exact) and a 2023 department report. */
  function withYears() {
    const index = fixtureIndex();
    const base = index.reports.find((r) => r.id === '430102-2020')!;
    const extra = (id: string, year: number, value: number, bodyKind: ReportEntry['bodyKind']): ReportEntry => ({
      ...base,
      id,
      year,
      bodyKind,
      detailPath: `reports/430102/${id}.json`,
      values: { 'legal_aid.cases': { value, qualifier: 'exact', derived: false, extractionId: 'e1' } },
    });
    return buildDataset({
      ...index,
      reports: [...index.reports, extra('430102-2021', 2021, 300, 'government'), extra('430102-2023-dept', 2023, 400, 'department')],
    });
  }

  it('is given for consecutive years with values, approximate when either is not exact', () => {
    const state = deriveTrendState(withYears(), { indicator: 'legal_aid.cases', jurisdictions: ['430102'] })!;
    expect(state.series[0]!.points.map((p) => [p.year, p.value?.value ?? null, p.change])).toEqual([
      [2020, 323, null],
      [2021, 300, { delta: -23, approximate: false }],
      // 2022 is ≈350.
      [2022, 350, { delta: 50, approximate: true }],
      // A department's figure is not set against the government's.
      [2023, 400, null],
      [2024, null, null],
    ]);
  });

  it('is not given across a gap', () => {
    const state = deriveTrendState(dataset, { indicator: 'legal_aid.cases', jurisdictions: ['430102'] })!;
    expect(state.series[0]!.points.every((p) => p.change === null)).toBe(true);
  });
});

describe('trendMedianLine', () => {
  /** The fixture with 天心区 (湖南, 区) reporting 100 legal-aid cases in 2022. */
  function withTianxin() {
    const index = fixtureIndex();
    const furong = index.jurisdictions.find((j) => j.id === '430102')!;
    const base = index.reports.find((r) => r.id === '430102-2022')!;
    const report: ReportEntry = {
      ...base,
      id: '430103-2022',
      jurisdictionId: '430103',
      detailPath: 'reports/430103/430103-2022.json',
      values: { 'legal_aid.cases': { value: 100, qualifier: 'exact', derived: false, extractionId: 'e1' } },
    };
    return buildDataset({
      ...index,
      jurisdictions: [...index.jurisdictions, { ...furong, id: '430103', name: '天心区', code: '430103' }],
      reports: [...index.reports, report],
    });
  }

  it('gives each year the median of the places’ peers (same level and kind), the compare view’s median', () => {
    const data = withTianxin();
    const state = deriveTrendState(data, { indicator: 'legal_aid.cases', jurisdictions: ['430102', '610117'] })!;
    const result = trendMedianLine(data, state, 'peers');
    expect(result.line).toMatchObject({ scope: 'peers', level: '区', province: null });
    // 2020: 芙蓉区 alone (no median of one); 2022: 350, 296 and 100; no 区 report in 2021, 2023; 2024 without the number.
    expect(result.line?.values).toEqual([null, null, 296, null, null]);
    expect(result.line?.reporting).toEqual([1, 0, 3, 0, 0]);
  });

  it('within the province: the filter’s, or the one the places share; none when they span several', () => {
    const data = withTianxin();
    const both = deriveTrendState(data, { indicator: 'legal_aid.cases', jurisdictions: ['430102', '610117'] })!;
    expect(trendMedianLine(data, both, 'province')).toEqual({ line: null, reason: 'mixed_provinces' });
    const filtered = trendMedianLine(data, both, 'province', '湖南省').line;
    expect([filtered?.province, filtered?.values[2]]).toEqual(['湖南省', 225]);
    const furong = deriveTrendState(data, { indicator: 'legal_aid.cases', jurisdictions: ['430102'] })!;
    expect(trendMedianLine(data, furong, 'province').line?.values).toEqual([null, null, 225, null, null]);
  });

  it('has no line for places without a level', () => {
    const state = deriveTrendState(dataset, { indicator: 'legal_aid.cases', jurisdictions: [] })!;
    expect(trendMedianLine(dataset, state, 'peers')).toEqual({ line: null, reason: 'no_level' });
  });
});
