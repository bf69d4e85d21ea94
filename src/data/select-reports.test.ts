import { describe, expect, it } from 'vitest';

import { fixtureDataset } from '../../tests/fixtures/dataset/fixture';
import { selectReports, type ReportFilters } from './select-reports';

const all: ReportFilters = { year: null, province: null, level: null, body: 'all' };
const dataset = fixtureDataset();
const summary = (filters: ReportFilters) =>
  selectReports(dataset, filters).selections.map((s) => `${s.jurisdiction.name}:${s.report?.year ?? '-'}`);

describe('selectReports', () => {
  it('takes each jurisdiction’s latest report without a year', () => {
    expect(summary(all)).toEqual(['芙蓉区:2022', '高陵区:2024', '嘉祥县:2023', '桃林镇:2022', '淄博高新区:2022']);
  });

  it('keeps jurisdictions without a report that year, with no report', () => {
    expect(summary({ ...all, year: 2020 })).toEqual([
      '芙蓉区:2020',
      '高陵区:-',
      '嘉祥县:-',
      '桃林镇:-',
      '淄博高新区:-',
    ]);
  });

  it('filters by level and province, and counts what it left out', () => {
    expect(selectReports(dataset, { ...all, level: '区' })).toMatchObject({ filteredOut: 3 });
    expect(summary({ ...all, province: '山东省' })).toEqual(['嘉祥县:2023', '淄博高新区:2022']);
  });

  it('separates department reports from governments’ own', () => {
    expect(summary({ ...all, body: 'department' })).toEqual(['淄博高新区:2022']);
    expect(summary({ ...all, body: 'government' })).not.toContain('淄博高新区:2022');
    expect(selectReports(dataset, { ...all, body: 'government' }).filteredOut).toBe(1);
  });
});
