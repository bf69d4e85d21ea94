import { createHash } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { buildContractFiles } from '../../src/data/build-dataset';
import { extractReport } from '../../src/extract';
import { emptyTally, precision, recall, scoreDataset, scoreReport } from './accuracy';
import { countyPlaces, generateSyntheticReports, type SyntheticReport, townPlaces } from './generate';
import { cityPlaces, fullCode, provincePlaces, shareByTier } from './places';
import { chineseNumeral } from './templates';

/** Extracts reports as the command does and scores the dataset against their truth. */
function roundTrip(reports: readonly SyntheticReport[]) {
  const dataset = buildContractFiles(
    reports.map((report) => ({ sourceFile: `reports/${report.fileName}`, report: extractReport(report.text) })),
  );
  return {
    dataset,
    tally: scoreDataset(
      reports.map((report) => ({ file: `reports/${report.fileName}`, ...report.truth })),
      dataset.index,
    ),
  };
}

const tierOf = (code: string): string =>
  code.length === 9 ? 'town' : code.endsWith('0000') ? 'province' : code.endsWith('00') ? 'city' : 'county';

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

describe('synthetic reports of every level (--levels town|all)', () => {
  const towns = generateSyntheticReports({ jurisdictions: 60, years: 1, seed: 5, levels: 'town' });
  const all = generateSyntheticReports({ jurisdictions: 900, years: 1, seed: 8, levels: 'all' });

  it('leave --levels county as it was: the default, the same texts', () => {
    const byDefault = generateSyntheticReports({ jurisdictions: 30, years: 2, seed: 7 });
    expect(generateSyntheticReports({ jurisdictions: 30, years: 2, seed: 7, levels: 'county' })).toEqual(byDefault);
    expect(byDefault.map((report) => report.truth.code.length)).toEqual(byDefault.map(() => 6));
    // The texts of seed 5, 300 places × 3 years, as the generator wrote them before townships existed.
    const before = generateSyntheticReports({ jurisdictions: 300, years: 3, seed: 5 });
    expect(before).toHaveLength(860);
    const digest = createHash('sha256');
    for (const report of [...before].sort((a, b) => (a.fileName < b.fileName ? -1 : 1))) digest.update(report.text);
    expect(digest.digest('hex')).toBe('761022b536d71cd6f5fdd9bc08fb13f5354b8c91c7e5599a94bcbdcc92985068');
  });

  it('name townships with the county, city, province and code the tables give them', () => {
    const tables = new Map(townPlaces().map((place) => [fullCode(place.code), place]));
    expect(towns.length).toBe(60);
    for (const { truth } of towns) {
      const place = tables.get(truth.code);
      expect(place).toBeDefined();
      expect(truth).toMatchObject({
        jurisdiction: place!.name,
        level: place!.level,
        province: place!.province,
        city: place!.city,
        county: place!.county,
      });
      expect(['镇', '乡', '街道']).toContain(truth.level);
      // The county's code is the township's first six digits.
      if (truth.county !== null) expect(countyPlaces().find((county) => county.code === truth.code.slice(0, 6))?.name).toBe(truth.county);
    }
    // Reports speak as townships do, and every one carries the SYNTHETIC marker.
    expect(towns.filter((report) => /我(?:镇|乡|街道)|全(?:镇|乡|街道)上下/.test(report.text)).length).toBeGreaterThan(10);
    for (const report of towns) expect(extractReport(report.text).synthetic).toBe(true);
  });

  it('spread --levels all over the levels in proportion to the tables', () => {
    const sizes = {
      province: provincePlaces().length,
      city: cityPlaces().length,
      county: countyPlaces().length,
      town: townPlaces().length,
    };
    expect(sizes).toEqual({ province: 31, city: 333, county: 2850, town: 38680 });
    expect(shareByTier(900, sizes)).toEqual({ province: 1, city: 7, county: 61, town: 831 });
    // Asked for more than the tables hold, every place is used once.
    expect(shareByTier(45_000, sizes)).toEqual(sizes);
    const governments = all.filter((report) => report.truth.bodyKind === 'government');
    const tiers = new Map<string, number>();
    for (const report of governments) tiers.set(tierOf(report.truth.code), (tiers.get(tierOf(report.truth.code)) ?? 0) + 1);
    expect(Object.fromEntries(tiers)).toEqual({ province: 1, city: 7, county: 61, town: 831 });
    expect(new Set(governments.map((report) => report.truth.code)).size).toBe(900);
  });

  it('add department reports for about a tenth of the counties', () => {
    const departments = all.filter((report) => report.truth.bodyKind === 'department');
    const counties = new Set(departments.map((report) => report.truth.code));
    expect(departments.length).toBeGreaterThan(0);
    for (const report of departments) {
      expect(tierOf(report.truth.code)).toBe('county');
      expect(report.truth.body).toMatch(/局$/);
      expect(report.fileName).toMatch(/-dept\d\.txt$/);
      expect(extractReport(report.text).metadata.bodyKind).toBe('department');
    }
    expect(counties.size).toBeGreaterThanOrEqual(2);
    expect(counties.size).toBeLessThanOrEqual(15);
  });

  it('are deterministic for a seed, and another seed gives another corpus', () => {
    expect(generateSyntheticReports({ jurisdictions: 900, years: 1, seed: 8, levels: 'all' })).toEqual(all);
    expect(generateSyntheticReports({ jurisdictions: 60, years: 1, seed: 6, levels: 'town' }).map((report) => report.fileName)).not.toEqual(
      towns.map((report) => report.fileName),
    );
  });

  it('round-trip through the extractor: every report written, no two places merged, metadata right', () => {
    // Same-named townships (城关镇 is 88 of them) in one corpus, with some of every level.
    const namesakes = townPlaces()
      .filter((place) => place.name === '城关镇')
      .slice(0, 12)
      .map((place) => place.code);
    expect(namesakes).toHaveLength(12);
    const reports = [
      ...generateSyntheticReports({ jurisdictions: 0, codes: namesakes, years: 2, seed: 3, levels: 'town' }),
      ...generateSyntheticReports({ jurisdictions: 24, years: 1, seed: 4, levels: 'all' }),
      ...all.filter((report) => report.truth.bodyKind === 'department').slice(0, 4),
    ];
    expect(new Set(reports.map((report) => report.fileName)).size).toBe(reports.length);
    const { dataset, tally } = roundTrip(reports);
    expect(dataset.superseded).toEqual([]);
    expect(tally.lost).toEqual([]);
    expect(tally.merged).toEqual([]);
    expect(tally.split).toEqual([]);
    expect(tally.places).toBe(new Set(reports.map((report) => report.truth.code)).size);
    expect(tally.examples).toEqual([]);
    expect(tally.metadataCorrect).toBe(reports.length);
    expect(tally.values.wrong).toBe(0);
  });

  it('are scored honestly: a township folded into its namesake counts as merged', () => {
    const pair = generateSyntheticReports({
      jurisdictions: 0,
      codes: townPlaces()
        .filter((place) => place.name === '城关镇')
        .slice(0, 2)
        .map((place) => place.code),
      years: 1,
      seed: 2,
      levels: 'town',
    });
    expect(pair).toHaveLength(2);
    const { dataset } = roundTrip(pair);
    const [first, second] = dataset.index.reports;
    const folded = { ...dataset.index, reports: [first!, { ...second!, jurisdictionId: first!.jurisdictionId }] };
    const tally = scoreDataset(
      pair.map((report) => ({ file: `reports/${report.fileName}`, ...report.truth })),
      folded,
    );
    expect(tally.merged).toHaveLength(1);
    expect(tally.metadataCorrect).toBe(1);
  });
});
