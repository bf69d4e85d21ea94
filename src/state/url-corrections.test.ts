import { describe, expect, it } from 'vitest';

import { fixtureDataset } from '../../tests/fixtures/dataset/fixture';
import { correctUiState } from './url-corrections';
import { DEFAULT_UI_STATE } from './url-state';

const dataset = fixtureDataset();

describe('correctUiState', () => {
  it('keeps a valid state as it is, the same object', () => {
    const state = {
      ...DEFAULT_UI_STATE,
      indicator: 'legal_aid.cases',
      year: 2020,
      jurisdictions: ['430102'],
      province: '湖南省',
      city: '长沙市',
      level: '区' as const,
      group: 'legal_aid',
    };
    const corrected = correctUiState(dataset, state);
    expect(corrected.corrections).toEqual([]);
    expect(corrected.state).toBe(state);
  });

  it('replaces what the data does not have by the default, naming each value', () => {
    const corrected = correctUiState(dataset, {
      ...DEFAULT_UI_STATE,
      indicator: 'no.such',
      year: 1999,
      jurisdictions: ['430102', '999999'],
      province: '火星省',
      city: '济宁市',
      level: '乡',
      group: 'astrology',
    });
    expect(corrected.state).toMatchObject({
      indicator: null,
      year: null,
      jurisdictions: ['430102'],
      province: null,
      city: '济宁市',
      level: null,
      group: null,
    });
    expect(corrected.corrections).toEqual([
      { key: 'indicator', value: 'no.such', kind: 'unknown' },
      { key: 'year', value: '1999', kind: 'no_reports' },
      { key: 'j', value: '999999', kind: 'unknown' },
      { key: 'province', value: '火星省', kind: 'unknown' },
      { key: 'level', value: '乡', kind: 'no_reports' },
      { key: 'group', value: 'astrology', kind: 'unknown' },
    ]);
  });

  it('refuses a city of another province than the one picked', () => {
    const corrected = correctUiState(dataset, { ...DEFAULT_UI_STATE, province: '湖南省', city: '济宁市' });
    expect(corrected.corrections).toEqual([{ key: 'city', value: '济宁市', kind: 'unknown' }]);
    expect(corrected.state.city).toBeNull();
  });

  it('leaves each place’s latest report (year=latest) alone', () => {
    expect(correctUiState(dataset, { ...DEFAULT_UI_STATE, year: 'latest' }).corrections).toEqual([]);
  });
});
