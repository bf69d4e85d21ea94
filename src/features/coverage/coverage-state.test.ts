import { describe, expect, it } from 'vitest';

import { fixtureDataset } from '../../../tests/fixtures/dataset/fixture';
import { type CoverageUi, deriveCoverageState, placesThatFit, shadeColor, shadeWithin } from './coverage-state';

const dataset = fixtureDataset();
const ui: CoverageUi = { year: null, province: null, city: null, level: null, body: 'all', group: null };
const rowOf = (state: ReturnType<typeof deriveCoverageState>, id: string) =>
  state.groups.flatMap((g) => g.rows).find((r) => r.indicator.id === id)!;

describe('deriveCoverageState', () => {
  it('opens on the default year: a column per jurisdiction, a row per indicator, grouped by theme', () => {
    const state = deriveCoverageState(dataset, ui);
    expect(state.year).toEqual({ year: 2022, mode: 'default' });
    expect(state.columns.map((c) => `${c.name} ${c.year ?? '—'}`)).toEqual([
      '芙蓉区 2022',
      '高陵区 2022',
      '嘉祥县 —',
      '桃林镇 2022',
      '淄博高新区 2022',
    ]);
    expect(state.groups.flatMap((g) => g.rows)).toHaveLength(dataset.indicators.length);
    expect(state.groups[0]!.theme).toBe('litigation');
  });

  it('shows each value or not reported, and counts coverage both ways', () => {
    const state = deriveCoverageState(dataset, { ...ui, year: 'latest' });
    const legalAid = rowOf(state, 'legal_aid.cases');
    expect(legalAid.cells.map((c) => c.status)).toEqual(['reported', 'not_reported', 'reported', 'not_reported', 'not_reported']);
    expect(legalAid.reportedCount).toBe(2);
    expect(state.reportCount).toBe(5);
    expect(state.columns.find((c) => c.name === '嘉祥县')?.reportedCount).toBe(5);
  });

  it('scales shades per indicator', () => {
    const row = rowOf(deriveCoverageState(dataset, { ...ui, year: 'latest' }), 'mediation.succeeded');
    expect(row.cells.map((c) => c.shade)).toEqual([1, null, null, (194 - 174) / (1150 - 174), 0]);
    expect(rowOf(deriveCoverageState(dataset, { ...ui, year: 'latest' }), 'review.received').cells[1]!.shade).toBe(0.5);
  });

  it('with a year, a jurisdiction without a report that year has no report, not "not reported"', () => {
    const state = deriveCoverageState(dataset, { ...ui, year: 2020 });
    expect(state.reportCount).toBe(1);
    expect(rowOf(state, 'legal_aid.cases').cells.map((c) => c.status)).toEqual([
      'reported',
      'no_report',
      'no_report',
      'no_report',
      'no_report',
    ]);
  });

  it('marks department reports in the columns', () => {
    const state = deriveCoverageState(dataset, ui);
    expect(state.columns.filter((c) => c.isDepartment).map((c) => c.name)).toEqual(['淄博高新区']);
  });

  it('sorts places and indicators by how much they report, most first', () => {
    const state = deriveCoverageState(dataset, { ...ui, sort: { key: 'count', descending: true } });
    expect(state.byCount).toBe(true);
    // Equal counts keep name order (高陵区 before 淄博高新区).
    expect(state.columns.map((c) => [c.name, c.reportedCount])).toEqual([
      ['芙蓉区', 5],
      ['高陵区', 4],
      ['淄博高新区', 4],
      ['桃林镇', 3],
      ['嘉祥县', 0],
    ]);
    const legalAid = state.groups.find((g) => g.theme === 'legal_aid')!;
    expect(legalAid.rows.map((r) => [r.indicator.id, r.reportedCount])).toEqual([
      ['legal_aid.cases', 2],
      ['legal_aid.consultations', 1],
      ['legal_aid.recovered_amount', 0],
      ['legal_aid.per_10k_rate', 0],
    ]);
    const ascending = deriveCoverageState(dataset, { ...ui, sort: { key: 'count', descending: false } });
    expect(ascending.columns.map((c) => c.name)).toEqual(['嘉祥县', '桃林镇', '高陵区', '淄博高新区', '芙蓉区']);
  });

  it('shows one indicator group when one is picked, and counts over it', () => {
    const state = deriveCoverageState(dataset, { ...ui, group: 'review' });
    expect(state.groups.map((g) => g.theme)).toEqual(['review']);
    expect(state.indicatorCount).toBe(4);
    expect(state.columns.find((c) => c.name === '高陵区')?.reportedCount).toBe(2);
    expect(state.allGroups.length).toBeGreaterThan(10);
  });

  it('builds cells for the page of places shown only, counts over all', () => {
    const state = deriveCoverageState(dataset, ui, { start: 1, end: 3 });
    expect(state.shownColumns.map((c) => c.name)).toEqual(['高陵区', '嘉祥县']);
    expect(rowOf(state, 'legal_aid.cases').cells).toHaveLength(2);
    expect(rowOf(state, 'legal_aid.cases').reportedCount).toBe(2);
  });

  it('fits as many places as the width allows', () => {
    expect(placesThatFit(1240)).toBe(10);
    expect(placesThatFit(320)).toBe(1);
    expect(placesThatFit(100_000)).toBe(50);
  });
});

describe('shades', () => {
  it('places values between the indicator’s min and max', () => {
    expect(shadeWithin(5, [0, 10])).toBe(0.5);
    expect(shadeWithin(3, [3])).toBe(0.5);
    expect(shadeWithin(3, [3, 3])).toBe(0.5);
  });

  it('keeps the darkest shade light enough for dark text', () => {
    expect(shadeColor(0)).toBe('hsl(214 85% 95%)');
    expect(shadeColor(1)).toBe('hsl(214 85% 68%)');
    expect(shadeColor(7)).toBe('hsl(214 85% 68%)');
  });
});
