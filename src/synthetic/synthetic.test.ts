import { describe, expect, it } from 'vitest';
import { extractReport } from '../extract';
import { emptyTally, precision, recall, scoreReport } from './accuracy';
import { countyPlaces, generateSyntheticReports } from './generate';
import { chineseNumeral } from './templates';

describe('synthetic reports', () => {
  const reports = generateSyntheticReports({ jurisdictions: 40, years: 2, seed: 7 });

  it('are deterministic for a seed and marked synthetic in their text', () => {
    expect(generateSyntheticReports({ jurisdictions: 40, years: 2, seed: 7 })).toEqual(reports);
    expect(new Set(reports.map((report) => report.fileName)).size).toBe(reports.length);
    for (const report of reports) expect(extractReport(report.text).synthetic).toBe(true);
  });

  it('use real county-level divisions', () => {
    const codes = new Set(countyPlaces().map((place) => place.code));
    for (const report of reports) expect(codes.has(report.truth.code)).toBe(true);
  });

  it('round-trip through the extractor with their truth', () => {
    const tally = emptyTally();
    for (const report of reports) scoreReport(tally, report, extractReport(report.text));
    expect(tally.examples).toEqual([]);
    expect(precision(tally)).toBe(1);
    expect(recall(tally)).toBeGreaterThan(0.97);
    expect(tally.metadataCorrect / tally.reports).toBeGreaterThan(0.97);
  });

  it('are scored honestly: a wrong value counts against precision', () => {
    const report = reports.find((item) => /办理公证\d+件/.test(item.text));
    expect(report).toBeDefined();
    const tampered = extractReport(report!.text.replace(/办理公证(\d+)件/, (_all, value) => `办理公证${Number(value) + 1}件`));
    const tally = emptyTally();
    scoreReport(tally, report!, tampered);
    expect(tally.wrong).toBe(1);
    expect(tally.examples[0]).toMatch(/notary\.cases: extracted \d+ \(exact\), truth \d+ \(exact\)/);
    const original = emptyTally();
    scoreReport(original, report!, extractReport(report!.text));
    expect(original.wrong).toBe(0);
  });

  it('write small counts as Chinese numerals the way reports do', () => {
    expect([1, 10, 12, 20, 35].map(chineseNumeral)).toEqual(['一', '十', '十二', '二十', '三十五']);
  });
});
