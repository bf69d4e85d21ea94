import { describe, expect, it } from 'vitest';

import { fixtureDataset } from '../../../tests/fixtures/dataset/fixture';
import { deriveCompareState, type CompareUi } from './compare-state';

const dataset = fixtureDataset();
const ui: CompareUi = { indicator: 'legal_aid.cases', year: null, province: null, level: null, body: 'all' };

describe('deriveCompareState', () => {
  it('sorts reported values largest first, each with its year and source', () => {
    const state = deriveCompareState(dataset, ui)!;
    expect(state.reported.map((r) => [r.name, r.year, r.value?.value, r.value?.qualifier, r.source])).toEqual([
      ['嘉祥县', 2023, 2138, 'exact', '370829-2023/e001'],
      ['芙蓉区', 2022, 350, 'approx', '430102-2022/e003'],
    ]);
  });

  it('lists jurisdictions without a value as not reported, never as zero', () => {
    const state = deriveCompareState(dataset, ui)!;
    expect(state.notReported.map((r) => [r.name, r.value])).toEqual([
      ['高陵区', null],
      ['桃林镇', null],
      ['淄博高新区', null],
    ]);
    expect(state.reported.every((r) => r.value !== null)).toBe(true);
  });

  it('marks department reports', () => {
    const state = deriveCompareState(dataset, { ...ui, indicator: 'mediation.succeeded' })!;
    expect(state.reported.find((r) => r.name === '淄博高新区')?.isDepartment).toBe(true);
    expect(state.reported.find((r) => r.name === '芙蓉区')?.isDepartment).toBe(false);
  });

  it('uses the chosen year, and a jurisdiction without a report that year is not reported', () => {
    const state = deriveCompareState(dataset, { ...ui, year: 2020 })!;
    expect(state.reported.map((r) => [r.name, r.value?.value])).toEqual([['芙蓉区', 323]]);
    expect(state.notReported.map((r) => [r.name, r.report])).toContainEqual(['嘉祥县', null]);
  });

  it('draws the peer median only with at least two peers', () => {
    expect(deriveCompareState(dataset, { ...ui, indicator: 'mediation.succeeded' })!.median).toBe(194);
    expect(deriveCompareState(dataset, ui)!.median).toBe(1244);
    expect(deriveCompareState(dataset, { ...ui, year: 2020 })!.median).toBeNull();
  });

  it('keeps derived values distinguishable', () => {
    const state = deriveCompareState(dataset, { ...ui, indicator: 'mediation.success_rate' })!;
    expect(state.reported.map((r) => [r.name, r.value?.value, r.value?.derived])).toEqual([
      ['芙蓉区', 95.83, true],
      ['桃林镇', 93, false],
    ]);
  });

  it('applies level and body filters and counts what they leave out', () => {
    const state = deriveCompareState(dataset, { ...ui, indicator: 'mediation.succeeded', level: '镇' })!;
    expect(state.reported.map((r) => r.name)).toEqual(['桃林镇']);
    expect(state.filteredOut).toBe(4);
    const governments = deriveCompareState(dataset, { ...ui, indicator: 'mediation.succeeded', body: 'government' })!;
    expect(governments.reported.map((r) => r.name)).not.toContain('淄博高新区');
  });

  it('falls back to the default indicator for an unknown id', () => {
    expect(deriveCompareState(dataset, { ...ui, indicator: 'nope' })!.indicator.id).toBe('mediation.succeeded');
  });

  it('gives each row its rank and median among its peers (same year, level and kind of body)', () => {
    const state = deriveCompareState(dataset, { ...ui, indicator: 'mediation.succeeded' })!;
    // In the fixture every report is alone in its peer group: rank 1 of 1, no median.
    expect(state.reported.map((r) => [r.name, r.peer])).toContainEqual(['桃林镇', { rank: 1, reporting: 1, peers: 1, median: null }]);
    expect(state.notReported.find((r) => r.name === '高陵区')?.peer).toMatchObject({ rank: null, reporting: 0 });
  });
});
