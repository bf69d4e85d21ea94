import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { fixtureIndex } from '../../tests/fixtures/dataset/fixture';
import { furongAsYear } from '../../tests/fixtures/local/files';
import { extractReport } from '../extract';
import { buildContractFiles } from './build-dataset';
import { buildDataset, isComparable, placementFlags, preferredReport } from './dataset';
import {
  contractJson,
  isLocalReportId,
  localiseDataset,
  type LocalReportFile,
  mergeLocalReports,
  parseLocalReportFile,
} from './local-reports';
import type { ReportEntry } from './schema';
import { selectReports } from './select-reports';

function localFile(text: string, sourceFile: string): LocalReportFile {
  return localiseDataset(buildContractFiles([{ sourceFile, report: extractReport(text) }]));
}

const FURONG_TEXT = readFileSync('corpus/001_3803b543c87d1562.txt', 'utf8');
const furong2024 = localFile(furongAsYear(2024), 'furong-2024.txt');
const furong2020 = localFile(FURONG_TEXT, 'furong-copy.txt');
const unplaced = localFile(readFileSync('tests/fixtures/ingest/no-place-no-year.txt', 'utf8'), 'unplaced.txt');

describe('local report files', () => {
  it('are the extractor’s report with `local-` ids, the jurisdiction id kept', () => {
    expect(furong2024.report.id).toBe('local-430102-2024');
    expect(isLocalReportId(furong2024.report.id)).toBe(true);
    expect(isLocalReportId('430102-2024')).toBe(false);
    expect(furong2024.report.jurisdictionId).toBe('430102');
    expect(furong2024.report.local).toBe(true);
    expect(furong2024.detail.reportId).toBe(furong2024.report.id);
  });

  it('are refused by the schema when their parts disagree', () => {
    expect(() => parseLocalReportFile({ ...furong2024, report: { ...furong2024.report, local: undefined } })).toThrow(/local: true/);
    expect(() => parseLocalReportFile({ ...furong2024, report: { ...furong2024.report, id: '430102-2024' } })).toThrow();
    expect(() => parseLocalReportFile({ ...furong2024, jurisdiction: { ...furong2024.jurisdiction, id: '370829' } })).toThrow(
      /jurisdiction/,
    );
    const values = { 'legal_aid.cases': { value: 1, qualifier: 'exact', derived: false, extractionId: 'nope' } };
    expect(() => parseLocalReportFile({ ...furong2024, report: { ...furong2024.report, values } })).toThrow(/nope/);
  });

  it('download as `<reportId>.json` holding entry, jurisdiction and detail, readable by the schema', () => {
    const { fileName, text } = contractJson(furong2024);
    expect(fileName).toBe('local-430102-2024.json');
    expect(parseLocalReportFile(JSON.parse(text))).toEqual(furong2024);
  });
});

describe('merging local reports into the bundled index', () => {
  const index = fixtureIndex();

  it('adds the reports; a known place keeps the bundle’s entry, an unknown one is added', () => {
    const merged = mergeLocalReports(index, [furong2024, unplaced]);
    expect(merged.reports).toHaveLength(index.reports.length + 2);
    expect(merged.jurisdictions.filter((j) => j.id === '430102')).toEqual(index.jurisdictions.filter((j) => j.id === '430102'));
    expect(merged.jurisdictions.map((j) => j.id)).toContain(unplaced.jurisdiction.id);
    expect(mergeLocalReports(index, [])).toBe(index);
  });

  it('never lets a local report shadow another report with the same id', () => {
    const clash = { ...furong2024, report: { ...furong2024.report, id: index.reports[0]?.id ?? '' } };
    expect(mergeLocalReports(index, [clash]).reports).toHaveLength(index.reports.length);
  });

  it('a local report of a bundled place joins it: latest year, and ties go to the local copy', () => {
    const dataset = buildDataset(mergeLocalReports(index, [furong2024, furong2020]));
    const furong = dataset.reportsByJurisdiction.get('430102') ?? [];
    expect(preferredReport(furong, null)?.id).toBe('local-430102-2024');
    expect(preferredReport(furong, 2020)?.id).toBe('local-430102-2020');
    expect(preferredReport(furong, 2022)?.id).toBe('430102-2022');
  });
});

describe('reports without year or place', () => {
  const dataset = buildDataset(mergeLocalReports(fixtureIndex(), [unplaced]));

  it('are not comparable, and say why', () => {
    expect(isComparable(unplaced.report)).toBe(false);
    expect(placementFlags(unplaced.report)).toEqual(['no_year', 'no_jurisdiction']);
    expect(isComparable(furong2024.report)).toBe(true);
    const noYearOnly = { ...furong2024.report, year: null, flags: ['no_year'] } as ReportEntry;
    expect(placementFlags(noYearOnly)).toEqual(['no_year']);
  });

  it('are listed apart by selectReports, never placed or counted as filtered out', () => {
    const all = selectReports(dataset, { year: null, province: null, level: null, body: 'all' });
    expect(all.notComparable.map((r) => r.id)).toEqual([unplaced.report.id]);
    expect(all.selections.map((s) => s.jurisdiction.id)).not.toContain(unplaced.jurisdiction.id);
    const base = selectReports(buildDataset(fixtureIndex()), { year: null, province: null, level: null, body: 'all' });
    expect(all.filteredOut).toBe(base.filteredOut);
    // A place filter cannot exclude a report whose place is unknown; the year filter cannot either.
    const filtered = selectReports(dataset, { year: 2022, province: '湖南省', level: null, body: 'all' });
    expect(filtered.notComparable.map((r) => r.id)).toEqual([unplaced.report.id]);
  });
});
