import { describe, expect, it } from 'vitest';

import { fixtureDataset, fixtureIndex } from '../../../tests/fixtures/dataset/fixture';
import { buildDataset } from '../../data/dataset';
import type { ReportEntry } from '../../data/schema';
import { deriveTrendState, filterOptions, toggleJurisdiction, yearSpan } from './trend-state';

const dataset = fixtureDataset();

describe('deriveTrendState', () => {
  it('spans every year from first to last, so missing years are visible gaps', () => {
    expect(yearSpan([2024, 2020, 2022])).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(deriveTrendState(dataset, { indicator: 'legal_aid.cases', jurisdictions: [] })!.years).toEqual([2020, 2021, 2022, 2023, 2024]);
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

  it('shows the reporting jurisdictions when none is picked', () => {
    const state = deriveTrendState(dataset, { indicator: 'legal_aid.cases', jurisdictions: [] })!;
    expect(state.autoSelected).toBe(true);
    expect(state.series.map((s) => s.name)).toEqual(['芙蓉区', '高陵区', '嘉祥县']);
    expect(state.options.filter((o) => o.selected).map((o) => o.name)).toEqual(['芙蓉区', '高陵区', '嘉祥县']);
  });

  it('keeps the picked order, ignores unknown ids and marks department series', () => {
    const state = deriveTrendState(dataset, {
      indicator: 'mediation.succeeded',
      jurisdictions: ['x-zibo-gaoxin', 'nowhere', '430102'],
    })!;
    expect(state.autoSelected).toBe(false);
    expect(state.series.map((s) => [s.name, s.hasDepartmentReport])).toEqual([
      ['淄博高新区', true],
      ['芙蓉区', false],
    ]);
  });

  it('toggles from what is shown and filters picker options', () => {
    const state = deriveTrendState(dataset, { indicator: 'legal_aid.cases', jurisdictions: [] })!;
    expect(toggleJurisdiction(state, '430102')).toEqual(['610117', '370829']);
    expect(toggleJurisdiction(state, 'x-520330-taolin')).toEqual(['430102', '610117', '370829', 'x-520330-taolin']);
    expect(filterOptions(state.options, '山东').map((o) => o.name)).toEqual(['嘉祥县', '淄博高新区']);
    expect(filterOptions(state.options, ' ')).toHaveLength(5);
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
