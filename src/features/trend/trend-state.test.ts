import { describe, expect, it } from 'vitest';

import { fixtureDataset } from '../../../tests/fixtures/dataset/fixture';
import { deriveTrendState, filterOptions, toggleJurisdiction, yearSpan } from './trend-state';

const dataset = fixtureDataset();

describe('deriveTrendState', () => {
  it('spans every year from first to last, so missing years are visible gaps', () => {
    expect(yearSpan([2024, 2020, 2022])).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(deriveTrendState(dataset, { indicator: 'legal_aid.cases', jurisdictions: [] })!.years).toEqual([
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

  it('shows the reporting jurisdictions when none is picked', () => {
    const state = deriveTrendState(dataset, { indicator: 'legal_aid.cases', jurisdictions: [] })!;
    expect(state.autoSelected).toBe(true);
    expect(state.series.map((s) => s.name)).toEqual(['芙蓉区', '嘉祥县']);
    expect(state.options.filter((o) => o.selected).map((o) => o.name)).toEqual(['芙蓉区', '嘉祥县']);
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
    expect(toggleJurisdiction(state, '430102')).toEqual(['370829']);
    expect(toggleJurisdiction(state, '610117')).toEqual(['430102', '370829', '610117']);
    expect(filterOptions(state.options, '山东').map((o) => o.name)).toEqual(['嘉祥县', '淄博高新区']);
    expect(filterOptions(state.options, ' ')).toHaveLength(5);
  });
});
