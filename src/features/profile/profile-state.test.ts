import { describe, expect, it } from 'vitest';

import { fixtureDataset, fixtureDetail, fixtureIndex } from '../../../tests/fixtures/dataset/fixture';
import { buildDataset, type Dataset } from '../../data/dataset';
import { baseDataset } from '../../data/get-dataset';
import { withValues } from '../../data/get-values';
import { onlyReviewedValues } from '../../data/review-overlay';
import { buildCompact } from '../../data/review-risk';
import type { ReportEntry } from '../../data/schema';
import { deriveProfile, type DetailsByReport, profileReports, type ProfileState } from './profile-state';

const dataset = fixtureDataset();
const scope = { sameProvince: false };
const reportOf = (data: Dataset, id: string) => data.reportById.get(id)!;

/** Every report's detail file, as the view passes them once loaded. */
const allDetails = (data: Dataset): DetailsByReport =>
  new Map(data.index.reports.map((report) => [report.id, fixtureDetail(report.detailPath)]));

const rowOf = (state: ProfileState, indicatorId: string) =>
  state.themes.flatMap((theme) => theme.rows).find((row) => row.indicator.id === indicatorId)!;
const cellOf = (state: ProfileState, indicatorId: string, year: number) =>
  rowOf(state, indicatorId).cells.find((cell) => cell.year === year)!;

describe('deriveProfile: one place across the years', () => {
  it('has a column for every year of the data and a row for every catalogue indicator', () => {
    const state = deriveProfile(dataset, reportOf(dataset, '430102-2022'), new Map(), scope);
    expect(state.name).toBe('芙蓉区');
    expect(dataset.years).toEqual([2020, 2022, 2023, 2024]);
    expect(state.columns.map((column) => [column.year, column.report?.id ?? null])).toEqual([
      [2020, '430102-2020'],
      [2022, '430102-2022'],
      [2023, null],
      [2024, null],
    ]);
    const rows = state.themes.flatMap((theme) => theme.rows);
    expect(rows.map((row) => row.indicator.id).sort()).toEqual(dataset.indicators.map((indicator) => indicator.id).sort());
    expect(rows.every((row) => row.cells.length === 4)).toBe(true);
  });

  it('tells a value, 未报告 and no report that year apart, asking valueStatus', () => {
    const state = deriveProfile(dataset, reportOf(dataset, '430102-2022'), new Map(), scope);
    expect(cellOf(state, 'legal_aid.cases', 2020).status).toMatchObject({ kind: 'reported', value: { value: 323 } });
    expect(cellOf(state, 'legal_aid.cases', 2022).status).toMatchObject({ kind: 'reported', approximate: true, value: { value: 350 } });
    expect(cellOf(state, 'review.received', 2022).status.kind).toBe('not_reported');
    expect(cellOf(state, 'legal_aid.cases', 2023).status.kind).toBe('no_report');
    expect(rowOf(state, 'review.received').reportedYears).toBe(0);
    expect(rowOf(state, 'legal_aid.cases').reportedYears).toBe(2);
  });

  it('never calls a value filtered out by the reviewed-only filter 未报告', () => {
    const filtered = onlyReviewedValues(dataset);
    const state = deriveProfile(filtered, reportOf(filtered, '430102-2022'), new Map(), scope);
    expect(cellOf(state, 'legal_aid.cases', 2022).status.kind).toBe('hidden');
    expect(cellOf(state, 'review.received', 2022).status.kind).toBe('not_reported');
    expect(state.notes).toEqual([]);
  });

  it('says not loaded while an indicator’s values are not loaded (compact layout), never 未报告', () => {
    const compact = buildCompact(fixtureIndex());
    const file = compact.values.find((values) => values.indicator === 'legal_aid.cases')!;
    const partial = withValues(baseDataset({ kind: 'compact', catalog: compact.catalog }, []), [file]);
    const state = deriveProfile(partial, reportOf(partial, '430102-2022'), new Map(), scope);
    expect(cellOf(state, 'legal_aid.cases', 2022).status.kind).toBe('reported');
    expect(cellOf(state, 'mediation.cases', 2022).status.kind).toBe('not_loaded');
  });

  it('gives each year its peer median and rank (same year, level, kind of report)', () => {
    const state = deriveProfile(dataset, reportOf(dataset, '430102-2022'), new Map(), scope);
    // 2022: 芙蓉区 ≈350 and 高陵区 296, two districts.
    expect(cellOf(state, 'legal_aid.cases', 2022).peer).toMatchObject({ rank: 1, reporting: 2, peers: 2, median: 323 });
    expect(state.columns.find((column) => column.year === 2022)!.peers).toBe(2);
    // 2020: 芙蓉区 alone, so no median.
    expect(cellOf(state, 'legal_aid.cases', 2020).peer).toMatchObject({ rank: 1, reporting: 1, median: null });
    // Not reported: still the peers' median, no rank.
    expect(cellOf(state, 'review.received', 2022).peer).toMatchObject({ rank: null, reporting: 1, median: null });
  });

  it('gives the change from the year before only for consecutive years', () => {
    const index = fixtureIndex();
    const base = index.reports.find((report) => report.id === '430102-2022')!;
    const withYear: ReportEntry = {
      ...base,
      id: '430102-2023',
      year: 2023,
      values: { 'legal_aid.cases': { value: 400, qualifier: 'exact', derived: false, extractionId: 'e1' } },
    };
    const data = buildDataset({ ...index, reports: [...index.reports, withYear] });
    const state = deriveProfile(data, reportOf(data, '430102-2023'), new Map(), scope);
    expect(cellOf(state, 'legal_aid.cases', 2023).change).toMatchObject({
      delta: 50,
      approximate: true,
      previousReport: { id: '430102-2022' },
    });
    // 2020 → 2022 is a gap: no change.
    expect(cellOf(state, 'legal_aid.cases', 2022).change).toBeNull();
  });

  it('footnotes every number in reading order with its report, quote and section, or the formula of a derived value', () => {
    const state = deriveProfile(dataset, reportOf(dataset, '430102-2022'), allDetails(dataset), scope);
    const numbered = state.themes
      .flatMap((theme) => theme.rows.flatMap((row) => row.cells))
      .flatMap((cell) => (cell.note ? [cell.note] : []));
    expect(numbered).toEqual(state.notes.map((note) => note.note));
    expect(numbered).toEqual(Array.from({ length: 8 }, (_, i) => i + 1));
    const legalAid = state.notes.find((note) => note.indicator.id === 'legal_aid.cases' && note.year === 2020)!;
    expect(legalAid).toMatchObject({ kind: 'quote', report: { id: '430102-2020' }, text: expect.stringContaining('323') });
    expect(legalAid.section).toEqual(expect.any(String));
    expect(state.notes.find((note) => note.indicator.id === 'mediation.success_rate')).toMatchObject({
      kind: 'derived',
      text: '1150 / 1200 × 100',
      year: 2022,
    });
  });

  it('says loading for the notes of a report whose detail has not arrived, unavailable for one that failed', () => {
    const details: DetailsByReport = new Map([['430102-2020', null]]);
    const state = deriveProfile(dataset, reportOf(dataset, '430102-2022'), details, scope);
    expect(state.notes.filter((note) => note.year === 2020).map((note) => note.kind)).toEqual([
      'unavailable',
      'unavailable',
      'unavailable',
    ]);
    expect(new Set(state.notes.filter((note) => note.year === 2022).map((note) => note.kind))).toEqual(new Set(['loading']));
  });

  it('follows the anchor’s kind of report: a department’s report is never a government’s year', () => {
    const index = fixtureIndex();
    const base = index.reports.find((report) => report.id === '430102-2022')!;
    const department: ReportEntry = { ...base, id: '430102-2023-dept', year: 2023, bodyKind: 'department', body: '芙蓉区司法局' };
    const data = buildDataset({ ...index, reports: [...index.reports, department] });
    expect([...profileReports(data, reportOf(data, '430102-2022')).keys()]).toEqual([2020, 2022]);
    const state = deriveProfile(data, reportOf(data, '430102-2022'), new Map(), scope);
    expect(cellOf(state, 'legal_aid.cases', 2023).status.kind).toBe('no_report');
    const fromDepartment = deriveProfile(data, reportOf(data, '430102-2023-dept'), new Map(), scope);
    expect(fromDepartment.columns.flatMap((column) => (column.report ? [column.report.id] : []))).toEqual(['430102-2023-dept']);
  });
});
