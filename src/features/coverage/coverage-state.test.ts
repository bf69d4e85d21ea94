import { describe, expect, it } from 'vitest';

import { fixtureDataset } from '../../../tests/fixtures/dataset/fixture';
import { deriveCoverageState, shadeColor, shadeWithin, type CoverageUi } from './coverage-state';

const dataset = fixtureDataset();
const ui: CoverageUi = { year: null, province: null, level: null, body: 'all' };
const rowOf = (state: ReturnType<typeof deriveCoverageState>, id: string) =>
  state.groups.flatMap((g) => g.rows).find((r) => r.indicator.id === id)!;

describe('deriveCoverageState', () => {
  it('has a column per jurisdiction (latest report) and a row per indicator, grouped by theme', () => {
    const state = deriveCoverageState(dataset, ui);
    expect(state.columns.map((c) => `${c.name} ${c.year}`)).toEqual([
      '芙蓉区 2022',
      '高陵区 2024',
      '嘉祥县 2023',
      '桃林镇 2022',
      '淄博高新区 2022',
    ]);
    expect(state.groups.flatMap((g) => g.rows)).toHaveLength(dataset.indicators.length);
    expect(state.groups[0]!.theme).toBe('litigation');
  });

  it('shows each value or not reported, and counts coverage both ways', () => {
    const state = deriveCoverageState(dataset, ui);
    const legalAid = rowOf(state, 'legal_aid.cases');
    expect(legalAid.cells.map((c) => c.status)).toEqual([
      'reported',
      'not_reported',
      'reported',
      'not_reported',
      'not_reported',
    ]);
    expect(legalAid.reportedCount).toBe(2);
    expect(state.reportCount).toBe(5);
    expect(state.columns.find((c) => c.name === '嘉祥县')?.reportedCount).toBe(5);
  });

  it('scales shades per indicator', () => {
    const row = rowOf(deriveCoverageState(dataset, ui), 'mediation.succeeded');
    expect(row.cells.map((c) => c.shade)).toEqual([1, null, null, (194 - 174) / (1150 - 174), 0]);
    expect(rowOf(deriveCoverageState(dataset, ui), 'review.received').cells[1]!.shade).toBe(0.5);
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
