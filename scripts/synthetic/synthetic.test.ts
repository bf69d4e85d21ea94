import { describe, expect, it } from 'vitest';
import { buildContractFiles } from '../../src/data/build-dataset';
import { extractReport } from '../../src/extract';
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

  it('are all written, places of unusual names included (群岛, 行政委员会, 乾县, 林区, 特区)', () => {
    const unusual = countyPlaces()
      .filter((place) => !/[县区市旗]$/.test(place.name) || /[乾於]|林区|特区/.test(place.name))
      .map((place) => place.code);
    expect(unusual).toEqual(expect.arrayContaining(['460321', '460322', '460323', '632857', '610424', '220723', '429021', '520203']));
    const special = generateSyntheticReports({ jurisdictions: 0, codes: unusual, years: 3, seed: 11 });
    const generated = [...reports, ...special];
    const extracted = generated.map((report) => ({ sourceFile: report.fileName, report: extractReport(report.text) }));
    const dataset = buildContractFiles(extracted);
    expect(dataset.superseded).toEqual([]);
    expect(dataset.index.reports).toHaveLength(generated.length);
    expect(dataset.details.size).toBe(generated.length);
    // Whole reports, so none is flagged as stopping mid-report.
    expect(extracted.filter((item) => item.report.metadata.flags.includes('partial')).map((item) => item.sourceFile)).toEqual([]);
    // Each resolves to its own division, never to its parent.
    const wrong = special.filter((report, i) => extracted[reports.length + i]!.report.metadata.code?.value !== report.truth.code);
    expect(wrong.map((report) => report.fileName)).toEqual([]);
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
