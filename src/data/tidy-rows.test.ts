import { describe, expect, it } from 'vitest';

import { fixtureDataset, fixtureDetail } from '../../tests/fixtures/dataset/fixture';
import type { DetailFile } from './schema';
import {
  absentRowOf,
  allValueRefs,
  buildTidyRows,
  type DetailLookup,
  reportProvenance,
  reportsNeeded,
  reportValueRefs,
  TIDY_COLUMNS,
  tidyRowOf,
} from './tidy-rows';

const dataset = fixtureDataset();
const allDetails = (): Map<string, DetailFile | null> =>
  new Map(dataset.index.reports.map((report) => [report.detailPath, fixtureDetail(report.detailPath)]));

describe('buildTidyRows', () => {
  it('gives one row per value with its place, year, indicator, quote, section and source file', () => {
    const jiaxiang = dataset.reportById.get('370829-2023')!;
    const rows = buildTidyRows(dataset, [{ report: jiaxiang, indicatorId: 'legal_aid.cases' }], allDetails());
    expect(rows).toEqual([
      {
        jurisdiction: '嘉祥县',
        division_code: '370829',
        province: '山东省',
        city: '济宁市',
        county: null,
        level: '县',
        year: 2023,
        body: jiaxiang.body,
        body_kind: 'government',
        document_kind: 'rule_of_law_report',
        indicator_id: 'legal_aid.cases',
        indicator_label_zh: '法律援助案件',
        indicator_label_en: 'Legal-aid cases',
        value: 2138,
        value_status: 'reported',
        unit: '件',
        qualifier: 'exact',
        value_type: 'reported',
        wording: null,
        variant: null,
        warnings: null,
        formula: null,
        quote: expect.stringContaining('2138'),
        quote_status: 'quoted',
        section: expect.any(String),
        section_kind: 'results',
        source_file: jiaxiang.sourceFile,
        source_url: null,
        retrieved_at: null,
        report_id: '370829-2023',
        extraction_id: 'e001',
        synthetic: false,
        review_status: 'unreviewed',
        reviewer: null,
        reviewed_at: null,
        review_note: null,
        original_value: null,
      },
    ]);
    expect(Object.keys(rows[0]!)).toEqual([...TIDY_COLUMNS]);
    // The quote is the paragraph's own text at the extraction's offsets.
    const detail = fixtureDetail(jiaxiang.detailPath);
    const extraction = detail.extractions.find((e) => e.id === 'e001')!;
    expect(rows[0]!.quote).toBe(extraction.quote);
  });

  it("carries a reviewed value's status, reviewer, time, note and the extractor's original", () => {
    const jiaxiang = dataset.reportById.get('370829-2023')!;
    const value = jiaxiang.values['legal_aid.cases']!;
    const review = {
      status: 'corrected' as const,
      decision: 'correct' as const,
      decisionId: 'd-1',
      reviewer: '王审核',
      reviewedAt: '2025-03-01T09:30:00.000Z',
      note: '以司法局年报为准',
      original: { indicator: 'legal_aid.cases', value: 2183, qualifier: 'exact' as const, scope: 'own' as const },
    };
    const reviewed = { ...jiaxiang, values: { ...jiaxiang.values, 'legal_aid.cases': { ...value, review } } };
    const [row] = buildTidyRows(dataset, [{ report: reviewed, indicatorId: 'legal_aid.cases' }], allDetails());
    expect(row).toMatchObject({
      value: 2138,
      review_status: 'corrected',
      reviewer: '王审核',
      reviewed_at: '2025-03-01T09:30:00.000Z',
      review_note: '以司法局年报为准',
      original_value: 2183,
    });
  });

  it('carries where a collected report was published and when it was fetched', () => {
    const jiaxiang = dataset.reportById.get('370829-2023')!;
    const collected = {
      ...jiaxiang,
      sourceUrl: 'http://www.jiaxiang.gov.cn/art/2024/2/28/art_1_1.html',
      retrievedAt: '2024-05-06T07:08:09.010Z',
    };
    const rows = buildTidyRows(dataset, reportValueRefs(dataset, collected), allDetails());
    expect(rows.length).toBeGreaterThan(1);
    expect(new Set(rows.map((row) => `${row.source_url} ${row.retrieved_at}`))).toEqual(
      new Set(['http://www.jiaxiang.gov.cn/art/2024/2/28/art_1_1.html 2024-05-06T07:08:09.010Z']),
    );
  });

  it('gives a derived value no quote, says derived, and carries its formula', () => {
    const furong = dataset.reportById.get('430102-2022')!;
    const [row] = buildTidyRows(dataset, [{ report: furong, indicatorId: 'mediation.success_rate' }], allDetails());
    expect(row).toMatchObject({
      value: 95.83,
      value_type: 'derived',
      quote: null,
      quote_status: 'derived',
      formula: '1150 / 1200 × 100',
      unit: '%',
    });
  });

  it('keeps the value when the detail file could not be loaded, and says the quote is missing', () => {
    const furong = dataset.reportById.get('430102-2022')!;
    const details: DetailLookup = new Map([[furong.detailPath, null]]);
    const rows = buildTidyRows(dataset, reportValueRefs(dataset, furong), details);
    expect(rows.map((row) => [row.indicator_id, row.value, row.quote, row.quote_status, row.section])).toEqual([
      ['mediation.cases', 1200, null, 'not_loaded', null],
      ['mediation.succeeded', 1150, null, 'not_loaded', null],
      ['mediation.success_rate', 95.83, null, 'derived', null],
      ['legal_aid.cases', 350, null, 'not_loaded', null],
      ['legal_aid.consultations', 1000, null, 'not_loaded', null],
    ]);
    expect(rows.find((row) => row.indicator_id === 'legal_aid.cases')?.qualifier).toBe('approx');
  });

  it('marks department reports and skips refs without a value', () => {
    const zibo = dataset.reportById.get('x-zibo-gaoxin-2022-dept-5f3a9c21')!;
    const rows = buildTidyRows(
      dataset,
      [
        { report: zibo, indicatorId: 'mediation.succeeded' },
        { report: zibo, indicatorId: 'legal_aid.cases' },
      ],
      allDetails(),
    );
    expect(rows.map((row) => [row.jurisdiction, row.body_kind, row.value])).toEqual([['淄博高新区', 'department', 174]]);
  });

  it('carries each value’s wording, its variant wording and the warnings about it', () => {
    const gaoling = dataset.reportById.get('610117-2022')!;
    const details = new Map([[gaoling.detailPath, fixtureDetail(gaoling.detailPath)]]);
    const rows = buildTidyRows(dataset, reportValueRefs(dataset, gaoling), details);
    expect(rows.map((row) => [row.indicator_id, row.wording, row.variant, row.warnings?.slice(0, 20) ?? null])).toEqual([
      ['review.received', null, null, '行政复议办结 49 件多于受理 46 件'],
      ['review.concluded', null, null, '行政复议办结 49 件多于受理 46 件'],
      ['mediation.success_rate', '矛盾纠纷化解率', '化解率', null],
      ['legal_aid.cases', null, null, null],
    ]);
  });

  it('is deterministic: the whole data twice gives equal rows, one per primary value', () => {
    const refs = allValueRefs(dataset);
    const total = dataset.index.reports.reduce((sum, report) => sum + Object.keys(report.values).length, 0);
    expect(refs).toHaveLength(total);
    expect(buildTidyRows(dataset, refs, allDetails())).toEqual(buildTidyRows(dataset, refs, allDetails()));
    expect(reportsNeeded(refs).map((report) => report.id)).toEqual(dataset.index.reports.map((report) => report.id));
  });

  it("gives the same rows from shipped provenance as from the detail files (the extract command's downloads rely on it)", () => {
    const fromDetails = buildTidyRows(dataset, allValueRefs(dataset), allDetails());
    const fromProvenance = dataset.index.reports.flatMap((report) => {
      const provenance = reportProvenance(report.values, fixtureDetail(report.detailPath));
      return reportValueRefs(dataset, report).map(({ indicatorId }) =>
        tidyRowOf(dataset, report, indicatorId, provenance[indicatorId] ?? null),
      );
    });
    expect(fromProvenance).toEqual(fromDetails);
    expect(fromDetails.some((row) => row.quote_status === 'quoted')).toBe(true);
    expect(fromDetails.some((row) => row.quote_status === 'derived')).toBe(true);
  });
});

describe('absentRowOf', () => {
  const dataset = fixtureDataset();
  const gaoling = dataset.jurisdictionById.get('610117')!;
  const report2024 = dataset.index.reports.find((report) => report.id === '610117-2024')!;

  it('lists a report that does not state the value as not_reported, with its report and the value empty', () => {
    const row = absentRowOf(dataset, {
      place: gaoling,
      year: 2024,
      report: report2024,
      indicatorId: 'legal_aid.cases',
      status: 'not_reported',
    })!;
    expect(Object.keys(row)).toEqual([...TIDY_COLUMNS]);
    expect(row).toMatchObject({
      jurisdiction: '高陵区',
      division_code: '610117',
      year: 2024,
      indicator_id: 'legal_aid.cases',
      value: null,
      value_status: 'not_reported',
      unit: '件',
      quote: null,
      report_id: '610117-2024',
      source_file: report2024.sourceFile,
    });
  });

  it('lists a place without a report that year as no_report, the year asked for and no report', () => {
    const row = absentRowOf(dataset, { place: gaoling, year: 2023, report: null, indicatorId: 'legal_aid.cases', status: 'no_report' })!;
    expect(row).toMatchObject({ year: 2023, value: null, value_status: 'no_report', report_id: null, source_file: null, body_kind: null });
  });

  it('gives no row for an unknown indicator', () => {
    expect(absentRowOf(dataset, { place: gaoling, year: 2023, report: null, indicatorId: 'nope', status: 'no_report' })).toBeNull();
  });
});
