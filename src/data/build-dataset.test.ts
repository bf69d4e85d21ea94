import { describe, expect, it } from 'vitest';

import { extractReport } from '../extract';
import { buildContractFiles, DatasetAssembler, prepareReport, shortHash } from './build-dataset';

const GOVERNMENT = '嘉祥县人民政府关于2023年度法治政府建设情况的报告\n一、主要成效\n办理法律援助案件2138件。';
const DEPARTMENT = '嘉祥县司法局关于2023年度法治政府建设情况的报告\n一、主要成效\n办理法律援助案件2000件。';

describe('buildContractFiles', () => {
  it("keeps a department's report apart from the government's own report of the same place and year", () => {
    const dataset = buildContractFiles([
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
    const text =
      '高陵区人民政府关于2022年度法治政府建设情况的报告\n一、主要成效\n全年受理行政复议案件46件,办结49件。受理法律援助案件296件。';
    const dataset = buildContractFiles([{ sourceFile: 'a.txt', report: extractReport(text) }]);
    const [report] = dataset.index.reports;
    const concluded = report!.values['review.concluded'];
    const received = report!.values['review.received'];
    expect(concluded?.value).toBe(49);
    expect(received?.value).toBe(46);
    expect(concluded?.warnings).toEqual([
      expect.objectContaining({ code: 'concluded_exceeds_received', message: expect.stringContaining('49') }),
    ]);
    expect(received?.warnings).toEqual(concluded?.warnings);
    expect(report!.values['legal_aid.cases']?.value).toBe(296);
    expect(report!.values['legal_aid.cases']?.warnings).toBeUndefined();
    const detail = dataset.details.get(report!.detailPath)!;
    expect(detail.warnings).toEqual([
      expect.objectContaining({ code: 'concluded_exceeds_received', indicators: ['review.concluded', 'review.received'] }),
    ]);
  });

  it('keeps the same report once, whichever order the inputs came in', () => {
    const inputs = [
      { sourceFile: 'z.txt', report: extractReport(GOVERNMENT) },
      { sourceFile: 'a.txt', report: extractReport(GOVERNMENT) },
    ];
    for (const order of [inputs, [...inputs].reverse()]) {
      const dataset = buildContractFiles(order);
      expect(dataset.index.reports.map((report) => report.sourceFile)).toEqual(['a.txt']);
      expect(dataset.superseded).toEqual([{ kept: 'a.txt', dropped: 'z.txt', reportId: '370829-2023' }]);
    }
  });

  it('keeps a report without place or year under a flagged, URL-safe id instead of guessing', () => {
    const dataset = buildContractFiles([{ sourceFile: 'notes/odd name.txt', report: extractReport('一些文字,没有地名也没有年份。') }]);
    const [report] = dataset.index.reports;
    expect(report!.year).toBeNull();
    expect(report!.flags).toEqual(expect.arrayContaining(['no_year', 'no_jurisdiction']));
    expect(report!.id).toMatch(/^unknown-[0-9a-f]{8}-unknown-year-[0-9a-f]{8}$/);
    expect(dataset.index.jurisdictions[0]!.name).toBeNull();
  });

  it('carries the catalogue with definitions into the index', () => {
    const dataset = buildContractFiles([]);
    expect(dataset.index.indicators).toHaveLength(28);
    expect(dataset.index.indicators[0]).toMatchObject({
      id: 'litigation.head_appearance_rate',
      headline: true,
      themeLabel: { zh: '行政诉讼' },
    });
  });
});

describe('buildContractFiles on places without a division code', () => {
  const town = (year: number, figure: number) =>
    `仁和镇人民政府关于${year}年度法治政府建设工作的报告\n一、主要成效\n全年办理法律援助案件${figure}件,调解矛盾纠纷${figure + 7}件。`;

  it('writes two reports of one ambiguous name and year when their texts differ', () => {
    const a = extractReport(town(2024, 31));
    const b = extractReport(town(2024, 45));
    expect(a.metadata.flags).toContain('ambiguous_place');
    const dataset = buildContractFiles([
      { sourceFile: 'sichuan/renhe.txt', report: a },
      { sourceFile: 'yunnan/renhe.txt', report: b },
    ]);
    expect(dataset.index.reports).toHaveLength(2);
    expect(dataset.superseded).toEqual([]);
    expect(new Set(dataset.index.reports.map((report) => report.jurisdictionId)).size).toBe(1);
    expect(dataset.details.size).toBe(2);
  });

  it('still keeps one copy of an identical text', () => {
    const dataset = buildContractFiles([
      { sourceFile: 'b.txt', report: extractReport(town(2023, 12)) },
      { sourceFile: 'a.txt', report: extractReport(town(2023, 12)) },
    ]);
    expect(dataset.index.reports.map((report) => report.sourceFile)).toEqual(['a.txt']);
    expect(dataset.superseded).toHaveLength(1);
  });

  it('writes the candidates of an ambiguous place into the detail file', () => {
    const dataset = buildContractFiles([{ sourceFile: 'a.txt', report: extractReport(town(2023, 12)) }]);
    const [detail] = [...dataset.details.values()];
    expect(detail!.metadata.placeCandidates).toHaveLength(12);
    expect(detail!.metadata.placeCandidates).toContainEqual(
      expect.objectContaining({ code: '510411100', county: '仁和区', province: '四川省' }),
    );
  });
});

describe('DatasetAssembler.takeIndex', () => {
  it('gives the same index as index(), byte for byte, and lets go of its entries', () => {
    const inputs = [GOVERNMENT, DEPARTMENT].map((text, i) => prepareReport({ sourceFile: `${i}.txt`, report: extractReport(text) }));
    const assembler = new DatasetAssembler();
    for (const prepared of inputs) expect(assembler.add(prepared)).toBe(true);
    const whole = assembler.index();
    expect(whole.reports).toHaveLength(2);
    const taken = assembler.takeIndex();
    expect(JSON.stringify(taken)).toBe(JSON.stringify(whole));
    // Its entries were handed over: nothing is held twice, and an index taken again is empty.
    expect(assembler.index().reports).toEqual([]);
  });
});
