import { describe, expect, it } from 'vitest';

import { fixtureIndex } from '../../tests/fixtures/dataset/fixture';
import { expandCatalog, expandCompact, indicatorMask, maskHas, valuesPath, withCompactValues, withoutTextFingerprints } from './compact';
import { buildCompact } from './review-risk';
import { type IndexFile, parseCompactCatalog, parseCompactValues, type ReviewMark } from './schema';

const REVIEW: ReviewMark = {
  status: 'corrected',
  decision: 'correct',
  decisionId: 'd-1',
  reviewer: '王审核',
  reviewedAt: '2025-03-01T09:30:00.000Z',
  note: '报告原文为49件',
  original: { indicator: 'legal_aid.cases', value: 46, qualifier: 'exact', scope: 'own' },
};

/**
 * The fixture index with a synthetic, a local-marked and a value-less report, values with a
 * confidence, checks and a review, and collected reports (one with a source address and retrieval
 * time, one with an address only), to cover every column.
 */
function variedIndex(): IndexFile {
  const index = fixtureIndex();
  const [first, second, third, fourth, ...rest] = index.reports;
  const [firstIndicator, firstValue] = Object.entries(first!.values)[0]!;
  const reviewed = { ...firstValue, confidence: 0.75, checks: ['conflicting_values' as const, 'other_scope' as const], review: REVIEW };
  return {
    ...index,
    reports: [
      { ...first!, synthetic: true, values: { ...first!.values, [firstIndicator]: reviewed }, textSha256: 'a'.repeat(64) },
      { ...second!, synthetic: false, local: false, values: {} },
      { ...third!, sourceUrl: 'https://www.example.gov.cn/zwgk/fzzfjs/202402/t20240228_123.html', retrievedAt: '2024-05-06T07:08:09.010Z' },
      { ...fourth!, sourceUrl: 'http://sfj.example.gov.cn/art/2023/3/1/art_1_2.html' },
      ...rest,
    ],
  };
}

describe('compact layout', () => {
  it('expands back to exactly the index it was built from, through JSON and the schemas', () => {
    for (const index of [fixtureIndex(), variedIndex()]) {
      const files = buildCompact(index);
      const catalog = parseCompactCatalog(JSON.parse(JSON.stringify(files.catalog)));
      const values = files.values.map((file) => parseCompactValues(JSON.parse(JSON.stringify(file))));
      expect(values.map((file) => file.indicator)).toEqual(index.indicators.map((indicator) => indicator.id));
      expect(expandCompact({ catalog, values })).toEqual(withoutTextFingerprints(index));
    }
  });

  it('writes the review column only when some value is reviewed', () => {
    const plain = buildCompact(fixtureIndex()).values;
    expect(plain.every((file) => file.review === undefined)).toBe(true);
    const varied = buildCompact(variedIndex()).values;
    const reviewed = varied.filter((file) => file.review !== undefined);
    expect(reviewed).toHaveLength(1);
    expect(reviewed[0]!.review!.filter((mark) => mark !== null)).toEqual([REVIEW]);
  });

  it('carries where a collected report came from, and leaves the columns out when no report has them', () => {
    const index = variedIndex();
    const { catalog } = buildCompact(index);
    expect(catalog.reports.sourceUrl?.filter((url) => url !== null)).toEqual([
      'https://www.example.gov.cn/zwgk/fzzfjs/202402/t20240228_123.html',
      'http://sfj.example.gov.cn/art/2023/3/1/art_1_2.html',
    ]);
    expect(catalog.reports.retrievedAt?.filter((time) => time !== null)).toEqual(['2024-05-06T07:08:09.010Z']);
    const expanded = expandCatalog(parseCompactCatalog(JSON.parse(JSON.stringify(catalog)))).reports;
    expect(expanded[2]).toMatchObject({ sourceUrl: index.reports[2]!.sourceUrl, retrievedAt: index.reports[2]!.retrievedAt });
    expect(expanded[3]!.sourceUrl).toBe(index.reports[3]!.sourceUrl);
    expect('retrievedAt' in expanded[3]!).toBe(false);

    const plain = buildCompact(fixtureIndex()).catalog.reports;
    expect('sourceUrl' in plain || 'retrievedAt' in plain).toBe(false);
    expect(() =>
      parseCompactCatalog({ ...catalog, reports: { ...catalog.reports, sourceUrl: catalog.reports.sourceUrl!.slice(1) } }),
    ).toThrow(/column sourceUrl/);
    expect(() =>
      parseCompactCatalog({
        ...catalog,
        reports: { ...catalog.reports, sourceUrl: catalog.reports.sourceUrl!.map(() => 'javascript:alert(1)') },
      }),
    ).toThrow(/http\(s\)/);
  });

  it('carries where packed details are, each pack path once, and leaves the columns out when none is packed', () => {
    const index = fixtureIndex();
    const [first, second, third] = index.reports;
    const packed: IndexFile = {
      ...index,
      reports: index.reports.map((report) =>
        report === first
          ? { ...report, detailPack: { path: 'details/43-4301-2020.pack', offset: 0, length: 120 } }
          : report === second
            ? { ...report, detailPack: { path: 'details/43-4301-2020.pack', offset: 120, length: 80 } }
            : report === third
              ? { ...report, detailPack: { path: 'details/37-3708-2023.pack', offset: 0, length: 99 } }
              : report,
      ),
    };
    const { catalog } = buildCompact(packed);
    expect(catalog.detailPacks).toEqual(['details/43-4301-2020.pack', 'details/37-3708-2023.pack']);
    expect(catalog.reports.detailPack!.slice(0, 3)).toEqual([
      [0, 0, 120],
      [0, 120, 80],
      [1, 0, 99],
    ]);
    const expanded = expandCatalog(parseCompactCatalog(JSON.parse(JSON.stringify(catalog)))).reports;
    expect(expanded.map((report) => report.detailPack)).toEqual(packed.reports.map((report) => report.detailPack));

    const loose = buildCompact(index).catalog;
    expect('detailPack' in loose.reports || 'detailPacks' in loose).toBe(false);
    expect(() => parseCompactCatalog({ ...catalog, detailPacks: catalog.detailPacks!.slice(0, 1) })).toThrow(/no detail pack 1/);
  });

  it('keeps no values in the catalogue and one indicator per value file', () => {
    const index = fixtureIndex();
    const { catalog, values } = buildCompact(index);
    expect(expandCatalog(catalog).reports.every((report) => Object.keys(report.values).length === 0)).toBe(true);
    const legalAid = values.find((file) => file.indicator === 'legal_aid.cases')!;
    expect(legalAid.report.map((i) => index.reports[i]!.id)).toEqual(
      index.reports.filter((report) => report.values['legal_aid.cases']).map((report) => report.id),
    );
    expect(valuesPath('legal_aid.cases')).toBe('compact/values/legal_aid.cases.json');
  });

  it('records which indicators each report gives in its mask', () => {
    const index = fixtureIndex();
    const ids = index.indicators.map((indicator) => indicator.id);
    const { catalog } = buildCompact(index);
    catalog.reports.has.forEach((mask, i) => {
      const report = index.reports[i]!;
      expect(mask).toHaveLength(Math.ceil(ids.length / 4));
      ids.forEach((id, position) => expect(maskHas(mask, position)).toBe(report.values[id] !== undefined));
    });
    expect(indicatorMask({ a: 1, c: 1, e: 1 }, ['a', 'b', 'c', 'd', 'e'])).toBe('51');
  });

  it('adds values to the catalogue reports only, leaving later (local) reports as they are', () => {
    const index = fixtureIndex();
    const { catalog, values } = buildCompact(index);
    const local = { ...index.reports[0]!, id: 'local-x', local: true };
    const reports = [...expandCatalog(catalog).reports, local];
    const filled = withCompactValues(
      reports,
      values.filter((file) => file.indicator === 'legal_aid.cases'),
    );
    expect(filled.at(-1)).toBe(local);
    expect(filled.filter((report) => report.values['legal_aid.cases']).length).toBe(
      index.reports.filter((report) => report.values['legal_aid.cases']).length + (local.values['legal_aid.cases'] ? 1 : 0),
    );
    expect(filled.every((report) => Object.keys(report.values).every((id) => id === 'legal_aid.cases' || report === local))).toBe(true);
  });

  it('rejects value files that do not fit the catalogue or their own columns', () => {
    const { values } = buildCompact(fixtureIndex());
    const file = values.find((entry) => entry.report.length > 1)!;
    expect(() => parseCompactValues({ ...file, value: file.value.slice(1) })).toThrow(/column value/);
    expect(() => parseCompactValues({ ...file, report: [...file.report].reverse() })).toThrow(/out of range or order/);
    expect(() => withCompactValues([], [file])).toThrow(/catalogue has fewer/);
  });
});
