import { describe, expect, it } from 'vitest';

import { fixtureDataset } from '../../tests/fixtures/dataset/fixture';
import { extractReport } from '../extract';
import { DatasetAssembler, type ExtractedInput, prepareReport } from './build-dataset';
import { buildDataset } from './dataset';
import { type ReportFilters, selectReports } from './select-reports';

/** The contract's index over extracted reports, as the extract command assembles it. */
function buildIndex(inputs: readonly ExtractedInput[]): DatasetAssembler {
  const assembler = new DatasetAssembler();
  for (const input of inputs) assembler.add(prepareReport(input));
  return assembler;
}

const all: ReportFilters = { year: null, province: null, level: null, body: 'all' };
const dataset = fixtureDataset();
const summary = (filters: ReportFilters) =>
  selectReports(dataset, filters).selections.map((s) => `${s.jurisdiction.name}:${s.report?.year ?? '-'}`);

describe('selectReports', () => {
  it('takes each jurisdiction’s latest report without a year', () => {
    expect(summary(all)).toEqual(['芙蓉区:2022', '高陵区:2024', '嘉祥县:2023', '桃林镇:2022', '淄博高新区:2022']);
  });

  it('keeps jurisdictions without a report that year, with no report', () => {
    expect(summary({ ...all, year: 2020 })).toEqual(['芙蓉区:2020', '高陵区:-', '嘉祥县:-', '桃林镇:-', '淄博高新区:-']);
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

describe('selectReports on province-level reports', () => {
  const prose = '坚持依法行政,全年审查规范性文件12件。';
  const index = buildIndex([
    { sourceFile: 'zj.txt', report: extractReport(`浙江省人民政府关于2022年度法治政府建设情况的报告\n2022年,全省${prose}`) },
    { sourceFile: 'bj.txt', report: extractReport(`北京市人民政府关于2022年度法治政府建设情况的报告\n2022年,全市${prose}`) },
    { sourceFile: 'cy.txt', report: extractReport(`北京市朝阳区人民政府关于2022年度法治政府建设情况的报告\n2022年,全区${prose}`) },
    { sourceFile: 'hz.txt', report: extractReport(`杭州市人民政府关于2022年度法治政府建设情况的报告\n2022年,全市${prose}`) },
  ]).index();
  const provinceDataset = buildDataset(index);
  const names = (province: string) => selectReports(provinceDataset, { ...all, province }).selections.map((s) => s.jurisdiction.name);

  it("finds a province's and a municipality's own report, and a municipality's district, under their province", () => {
    expect(provinceDataset.provinces).toEqual(expect.arrayContaining(['浙江省', '北京市']));
    expect(names('浙江省')).toEqual(expect.arrayContaining(['浙江省', '杭州市']));
    expect(names('浙江省')).toHaveLength(2);
    expect(names('北京市')).toEqual(expect.arrayContaining(['北京市', '朝阳区']));
    expect(names('北京市')).toHaveLength(2);
  });
});
