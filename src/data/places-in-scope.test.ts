import { describe, expect, it } from 'vitest';

import { fixtureDataset } from '../../tests/fixtures/dataset/fixture';
import { buildDataset } from './dataset';
import { placesInScope, scopeIsSet } from './places-in-scope';

const dataset = fixtureDataset();

describe('placesInScope', () => {
  it('orders places by level, then by name in pinyin order', () => {
    // 区: 芙蓉区 (fu) before 高陵区 (gao); then 县, 开发区, 镇.
    expect(placesInScope(dataset, { province: null, city: null })).toEqual([
      '430102',
      '610117',
      '370829',
      'x-zibo-gaoxin',
      'x-520330-taolin',
    ]);
  });

  it('keeps the places of the province and city named', () => {
    expect(placesInScope(dataset, { province: '山东省', city: null })).toEqual(['370829', 'x-zibo-gaoxin']);
    expect(placesInScope(dataset, { province: '山东省', city: '济宁市' })).toEqual(['370829']);
    expect(placesInScope(dataset, { province: '湖南省', city: '济宁市' })).toEqual([]);
  });

  it('leaves out a place whose only report cannot be placed (no year)', () => {
    const index = dataset.index;
    const yearless = buildDataset({
      ...index,
      reports: index.reports.map((report) =>
        report.jurisdictionId === '370829' ? { ...report, year: null, flags: [...report.flags, 'no_year' as const] } : report,
      ),
    });
    expect(placesInScope(yearless, { province: '山东省', city: null })).toEqual(['x-zibo-gaoxin']);
  });
});

describe('scopeIsSet', () => {
  it('is true when a province or a city is named', () => {
    expect([
      scopeIsSet({ province: null, city: null }),
      scopeIsSet({ province: '山东省', city: null }),
      scopeIsSet({ province: null, city: '济宁市' }),
    ]).toEqual([false, true, true]);
  });
});
