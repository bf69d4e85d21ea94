import { describe, expect, it } from 'vitest';
import { extractReport } from '../extract';
import { buildDataset, shortHash } from './build-dataset';

const GOVERNMENT = '嘉祥县人民政府关于2023年度法治政府建设情况的报告\n一、主要成效\n办理法律援助案件2138件。';
const DEPARTMENT = '嘉祥县司法局关于2023年度法治政府建设情况的报告\n一、主要成效\n办理法律援助案件2000件。';

describe('buildDataset', () => {
  it('keeps a department\'s report apart from the government\'s own report of the same place and year', () => {
    const dataset = buildDataset([
      { sourceFile: 'a.txt', report: extractReport(GOVERNMENT) },
      { sourceFile: 'b.txt', report: extractReport(DEPARTMENT) },
    ]);
    expect(dataset.index.jurisdictions.map((jurisdiction) => jurisdiction.id)).toEqual(['370829']);
    expect(dataset.index.reports.map((report) => [report.id, report.bodyKind])).toEqual([
      ['370829-2023', 'government'],
      [`370829-2023-dept-${shortHash('嘉祥县司法局')}`, 'department'],
    ]);
    expect(dataset.superseded).toEqual([]);
    expect([...dataset.details.keys()]).toEqual(dataset.index.reports.map((report) => report.detailPath));
  });

  it('carries each warning beside the values it is about, and only those', () => {
    const text = '高陵区人民政府关于2022年度法治政府建设情况的报告\n一、主要成效\n全年受理行政复议案件46件,办结49件。受理法律援助案件296件。';
    const dataset = buildDataset([{ sourceFile: 'a.txt', report: extractReport(text) }]);
    const [report] = dataset.index.reports;
    const concluded = report!.values['review.concluded'];
    const received = report!.values['review.received'];
    expect(concluded?.value).toBe(49);
    expect(received?.value).toBe(46);
    expect(concluded?.warnings).toEqual([expect.objectContaining({ code: 'concluded_exceeds_received', message: expect.stringContaining('49') })]);
    expect(received?.warnings).toEqual(concluded?.warnings);
    expect(report!.values['legal_aid.cases']?.value).toBe(296);
    expect(report!.values['legal_aid.cases']?.warnings).toBeUndefined();
    const detail = dataset.details.get(report!.detailPath)!;
    expect(detail.warnings).toEqual([expect.objectContaining({ code: 'concluded_exceeds_received', indicators: ['review.concluded', 'review.received'] })]);
  });

  it('keeps the same report once, whichever order the inputs came in', () => {
    const inputs = [
      { sourceFile: 'z.txt', report: extractReport(GOVERNMENT) },
      { sourceFile: 'a.txt', report: extractReport(GOVERNMENT) },
    ];
    for (const order of [inputs, [...inputs].reverse()]) {
      const dataset = buildDataset(order);
      expect(dataset.index.reports.map((report) => report.sourceFile)).toEqual(['a.txt']);
      expect(dataset.superseded).toEqual([{ kept: 'a.txt', dropped: 'z.txt', reportId: '370829-2023' }]);
    }
  });

  it('keeps a report without place or year under a flagged, URL-safe id instead of guessing', () => {
    const dataset = buildDataset([{ sourceFile: 'notes/odd name.txt', report: extractReport('一些文字,没有地名也没有年份。') }]);
    const [report] = dataset.index.reports;
    expect(report!.year).toBeNull();
    expect(report!.flags).toEqual(expect.arrayContaining(['no_year', 'no_jurisdiction']));
    expect(report!.id).toMatch(/^unknown-[0-9a-f]{8}-unknown-year-[0-9a-f]{8}$/);
    expect(dataset.index.jurisdictions[0]!.name).toBeNull();
  });

  it('carries the catalogue with definitions into the index', () => {
    const dataset = buildDataset([]);
    expect(dataset.index.indicators).toHaveLength(28);
    expect(dataset.index.indicators[0]).toMatchObject({ id: 'litigation.head_appearance_rate', headline: true, themeLabel: { zh: '行政诉讼' } });
  });
});
