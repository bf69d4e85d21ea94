import { describe, expect, it } from 'vitest';

import { fixtureDataset } from '../../../tests/fixtures/dataset/fixture';
import { briefingPlaces, latestYearOf } from './briefing-defaults';

const dataset = fixtureDataset();
const none = { jurisdictions: [], province: null, city: null };

describe('briefingPlaces', () => {
  it('takes the chosen places as they are, in their order, however many', () => {
    const chosen = ['610117', '430102', 'x-zibo-gaoxin'];
    expect(briefingPlaces(dataset, { ...none, jurisdictions: chosen, province: '湖南省' }, 2)).toEqual({
      ids: chosen,
      source: 'chosen',
      inScope: 0,
    });
  });

  it('never picks places when none is chosen and no filter names any: the page asks instead', () => {
    expect(briefingPlaces(dataset, none, 6)).toEqual({ ids: [], source: 'none', inScope: 0 });
  });

  it('takes the filter’s places, highest level first, up to the page’s limit, and counts them all', () => {
    // 山东省: 嘉祥县 (县) before 淄博高新区 (开发区), whatever their names.
    expect(briefingPlaces(dataset, { ...none, province: '山东省' }, 6)).toEqual({
      ids: ['370829', 'x-zibo-gaoxin'],
      source: 'filter',
      inScope: 2,
    });
    expect(briefingPlaces(dataset, { ...none, province: '山东省' }, 1)).toEqual({ ids: ['370829'], source: 'filter', inScope: 2 });
    expect(briefingPlaces(dataset, { ...none, city: '西安市' }, 6)).toEqual({ ids: ['610117'], source: 'filter', inScope: 1 });
  });

  it('asks when the filter names no place with a report', () => {
    expect(briefingPlaces(dataset, { ...none, province: '浙江省' }, 6)).toEqual({ ids: [], source: 'none', inScope: 0 });
  });
});

describe('latestYearOf', () => {
  it('is the latest year any of the places reports, so that a briefing never opens on a year none of them has', () => {
    // 芙蓉区 2020 and 2022, 嘉祥县 2023: 2023 (芙蓉区 then shows 该年无报告).
    expect(latestYearOf(dataset, ['430102', '370829'])).toBe(2023);
    expect(latestYearOf(dataset, ['430102'])).toBe(2022);
    expect(latestYearOf(dataset, ['610117', '430102'])).toBe(2024);
  });

  it('is null for places without a report (the briefing then uses the data’s default year)', () => {
    expect(latestYearOf(dataset, [])).toBeNull();
    expect(latestYearOf(dataset, ['999999'])).toBeNull();
  });
});
