import { describe, expect, it } from 'vitest';

import { translator } from '../i18n/i18n';
import { downloadName, filterNameParts, filterSummary } from './view-summary';

const t = translator('zh');

describe('downloads named after what they hold', () => {
  it('names a compare download by view, indicator and year', () => {
    const filters = { year: { year: 2023, mode: 'chosen' as const }, level: null, province: null, city: null, body: 'all' as const };
    expect(downloadName(['compare', 'legal_aid.cases', ...filterNameParts(filters)])).toBe('fazhi-atlas_compare_legal_aid.cases_2023');
  });

  it('adds the filters that narrow it, and says "latest" for mixed years', () => {
    const filters = {
      year: { year: null, mode: 'latest' as const },
      level: '区' as const,
      province: '湖南省',
      city: '长沙市',
      body: 'department' as const,
      perCapita: true,
    };
    expect(downloadName(['compare', 'legal_aid.cases', ...filterNameParts(filters)])).toBe(
      'fazhi-atlas_compare_legal_aid.cases_latest_区_湖南省_长沙市_department_per10k',
    );
  });

  it('never puts a path separator or a reserved character in a name', () => {
    expect(downloadName(['trend', 'a/b:c*d', '高陵区 芙蓉区'])).toBe('fazhi-atlas_trend_a-b-c-d_高陵区-芙蓉区');
  });
});

describe('filterSummary', () => {
  it('says the year and every filter in words', () => {
    expect(
      filterSummary(t, { year: { year: 2022, mode: 'default' }, level: '县', province: '山东省', city: '济宁市', body: 'government' }),
    ).toBe('2022 · 县 · 山东省 · 济宁市 · 政府报告');
    expect(filterSummary(t, { year: { year: null, mode: 'latest' }, level: null, province: null, city: null, body: 'all' })).toBe(
      '各地最新一年(年份不同) · 全部层级 · 全部省份',
    );
  });
});
