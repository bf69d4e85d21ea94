import { describe, expect, it } from 'vitest';

import { fixtureDataset, fixtureIndex } from '../../tests/fixtures/dataset/fixture';
import { buildDataset, type LoadedParts } from './dataset';
import { baseDataset } from './get-dataset';
import { withValues } from './get-values';
import { onlyReviewedValues, overlayReviews } from './review-overlay';
import { buildCompact } from './review-risk';
import type { ReviewMark } from './schema';
import { footnoteOf, valueStatus } from './value-status';

const mark = (status: ReviewMark['status']): ReviewMark => ({
  status,
  decision: 'correct',
  decisionId: 'd-1',
  reviewer: '王审核',
  reviewedAt: '2025-03-01T09:30:00.000Z',
  note: null,
  original: null,
});

/** The fixture as the compact layout serves it: every report known, no value file loaded yet. */
function compactDataset() {
  return baseDataset({ kind: 'compact', catalog: buildCompact(fixtureIndex()).catalog }, []);
}

/** The fixture's 2023 reports only, as a part of a sharded folder whose other years are not loaded. */
function oneYearPart(loadedYear: number) {
  const index = fixtureIndex();
  const loadedParts: LoadedParts = {
    parts: [{ shard: 'county', year: loadedYear, reports: 1 }],
    offsets: new Map([['county/2023', 0]]),
    complete: false,
    townsNeedProvince: false,
    townProvinces: [],
    coverage: new Map(),
    // 芙蓉区 has government reports in the shard's other years.
    placeBodies: new Map([
      ['430102', 1],
      ['370829', 1],
    ]),
    defaultYear: loadedYear,
    defaultIndicator: null,
  };
  const whole = buildDataset(index);
  return buildDataset(
    { ...index, reports: index.reports.filter((report) => report.year === loadedYear) },
    { loadedParts, whole: { years: whole.years, provinces: whole.provinces, cities: whole.cities, levels: whole.levels } },
  );
}

describe('valueStatus', () => {
  it("'reported': a value the report states, with what the views mark on it", () => {
    const status = valueStatus(fixtureDataset(), { place: '430102', year: 2022 }, 'legal_aid.cases');
    expect(status.kind).toBe('reported');
    expect(status).toMatchObject({ report: { id: '430102-2022' }, value: { value: 350 }, review: null, derived: false, approximate: true });
    const rate = valueStatus(fixtureDataset(), { place: '430102', year: 2022 }, 'mediation.success_rate');
    expect(rate).toMatchObject({ kind: 'reported', derived: true, approximate: false });
  });

  it("'reported' with the review this browser laid over it (已更正)", () => {
    const dataset = fixtureDataset();
    const report = dataset.reportById.get('370829-2023')!;
    const overlaid = overlayReviews(
      dataset,
      new Map([[report.id, { 'legal_aid.cases': { ...report.values['legal_aid.cases']!, value: 2183, review: mark('corrected') } }]]),
    );
    const status = valueStatus(overlaid, { report }, 'legal_aid.cases');
    expect(status.kind).toBe('reported');
    expect(status).toMatchObject({ value: { value: 2183 }, review: 'corrected' });
    // The overlaid report holds all its values: one its reviews drop is no longer stated.
    expect(valueStatus(overlaid, { report }, 'publicity.events').kind).toBe('not_reported');
  });

  it("'not_reported': the report exists and does not state the indicator", () => {
    const status = valueStatus(fixtureDataset(), { place: '610117', year: 2024 }, 'legal_aid.cases');
    expect(status.kind).toBe('not_reported');
    expect(status.report?.id).toBe('610117-2024');
  });

  it("'no_report': the place has no report that year", () => {
    const status = valueStatus(fixtureDataset(), { place: '610117', year: 2023 }, 'legal_aid.cases');
    expect(status.kind).toBe('no_report');
    // A part of a sharded folder whose year is loaded: a place without a report in it has none that year.
    expect(valueStatus(oneYearPart(2023), { place: '430102', year: 2023 }, 'legal_aid.cases').kind).toBe('no_report');
  });

  it("'no_report' for a report the view chose by its own filters: null means none", () => {
    expect(valueStatus(fixtureDataset(), { place: '430102', year: 2022, report: null }, 'legal_aid.cases').kind).toBe('no_report');
  });

  it("'hidden': the report states it, but the reviewed-only filter hides it", () => {
    const status = valueStatus(onlyReviewedValues(fixtureDataset()), { place: '430102', year: 2022 }, 'legal_aid.cases');
    expect(status.kind).toBe('hidden');
    expect(status.report?.id).toBe('430102-2022');
  });

  it("'not_loaded': the indicator's value file is not loaded yet, then 'reported' or 'not_reported' once it is", async () => {
    const base = compactDataset();
    expect(valueStatus(base, { place: '430102', year: 2022 }, 'legal_aid.cases')).toMatchObject({
      kind: 'not_loaded',
      report: { id: '430102-2022' },
    });
    expect(valueStatus(base, { place: '610117', year: 2024 }, 'legal_aid.cases').kind).toBe('not_loaded');
    const file = buildCompact(fixtureIndex()).values.find((values) => values.indicator === 'legal_aid.cases')!;
    const loaded = withValues(base, [file]);
    expect(valueStatus(loaded, { place: '430102', year: 2022 }, 'legal_aid.cases').kind).toBe('reported');
    expect(valueStatus(loaded, { place: '610117', year: 2024 }, 'legal_aid.cases').kind).toBe('not_reported');
  });

  it("'not_loaded': the place's reports of that year are in a part of the folder not loaded", () => {
    const status = valueStatus(oneYearPart(2023), { place: '430102', year: 2022 }, 'legal_aid.cases');
    expect(status).toEqual({ kind: 'not_loaded', report: null });
    // A place the loaded shards do not know has no report there, loaded or not.
    expect(valueStatus(oneYearPart(2023), { place: '610117', year: 2022 }, 'legal_aid.cases').kind).toBe('no_report');
  });

  it("'no_report', never 'not_loaded', in a year the folder has no report at all, or once every part is loaded", () => {
    const folderYears = oneYearPart(2023);
    expect(folderYears.years).toContain(2022);
    expect(folderYears.years).not.toContain(2021);
    expect(valueStatus(folderYears, { place: '430102', year: 2022 }, 'legal_aid.cases').kind).toBe('not_loaded');
    expect(valueStatus(folderYears, { place: '430102', year: 2021 }, 'legal_aid.cases').kind).toBe('no_report');
    const everyPart = { ...folderYears, loadedParts: { ...folderYears.loadedParts!, complete: true } };
    expect(valueStatus(everyPart, { place: '430102', year: 2022 }, 'legal_aid.cases').kind).toBe('no_report');
  });
});

describe('footnoteOf', () => {
  const value = { derived: false, extractionId: 'e1' };
  const detail = (quote: string | null, formula?: string) =>
    ({ extractions: [{ id: 'e1', quote, ...(formula ? { formula } : {}) }] }) as never;

  it('quotes the report, gives a derived value its formula, and says when neither can be shown', () => {
    expect(footnoteOf(value, detail('法律援助案件2138件'))).toEqual({ kind: 'quote', text: '法律援助案件2138件' });
    expect(footnoteOf({ ...value, derived: true }, detail(null, '1150 / 1200'))).toEqual({ kind: 'derived', text: '1150 / 1200' });
    expect(footnoteOf(value, detail(null))).toEqual({ kind: 'unavailable', text: null });
    expect(footnoteOf(value, null)).toEqual({ kind: 'unavailable', text: null });
    expect(footnoteOf(value, undefined)).toEqual({ kind: 'loading', text: null });
  });
});
