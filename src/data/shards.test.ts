import { describe, expect, it } from 'vitest';

import { fixtureIndex } from '../../tests/fixtures/dataset/fixture';
import { buildCompactCatalog, buildCompactTables, buildCompactValues, expandCompact, indicatorMask } from './compact';
import { buildDataset, type Dataset, indicatorCoverage, LEVEL_ORDER } from './dataset';
import { baseDataset } from './get-dataset';
import { buildCompact, buildReviewQueue } from './review-risk';
import { assessValues } from './review-risk';
import {
  type CompactReviewQueue,
  type CompactValues,
  type IndexFile,
  type JurisdictionEntry,
  parseCompactCatalog,
  parseCompactReviewQueue,
  parseCompactValues,
  parseShardManifest,
  parseShardPlaces,
  parseShardReports,
  type ReportEntry,
  type ReviewMark,
} from './schema';
import { selectReports } from './select-reports';
import { buildShards, type BuiltPart, partRoutingOf, partValuesOf, type ShardFiles, shardParts, shardPartsOf } from './shard-build';
import type { PartSelection } from './shard-selection';
import { composeCatalog, composeReviewQueue, composeValues, type LoadedShard, partKey, partReportsPath, partValuesPath } from './shards';

/**
 * The fixture index widened to every level group: a second township in another province, a city,
 * a province and a report whose place has no level, each with a report in two years.
 */
function nationalIndex(): IndexFile {
  const index = fixtureIndex();
  const town = index.jurisdictions.find((j) => j.level === '镇')!;
  const template = index.reports.find((report) => report.jurisdictionId === town.id)!;
  const place = (id: string, patch: Partial<JurisdictionEntry>): JurisdictionEntry => ({ ...town, id, ...patch });
  const added: JurisdictionEntry[] = [
    place('x-330106-xihu', { name: '西湖街道', level: '街道', province: '浙江省', city: '杭州市', code: '330106001', county: '西湖区' }),
    place('330100', { name: '杭州市', level: '市', province: '浙江省', city: '杭州市', code: '330100', county: null }),
    place('330000', { name: '浙江省', level: '省', province: '浙江省', city: null, code: '330000', county: null }),
    place('x-unknown', { name: null, level: null, province: null, city: null, code: null, county: null }),
  ];
  const reports: ReportEntry[] = added.flatMap((jurisdiction) =>
    [2022, 2023].map((year, i) => ({
      ...template,
      id: `${jurisdiction.id}-${year}`,
      jurisdictionId: jurisdiction.id,
      year,
      detailPath: `reports/${jurisdiction.id}/${year}.json`,
      // Packed details (two packs shared across shards), beside the fixture's loose ones.
      detailPack: { path: `details/33-${year}.pack`, offset: 1000 * i + jurisdiction.id.length, length: 500 },
    })),
  );
  return { ...index, jurisdictions: [...index.jurisdictions, ...added], reports: [...index.reports, ...reports] };
}

/** Every shard and part of the files, as the browser would have them after fetching all. */
function loadAll(files: ShardFiles): LoadedShard[] {
  return files.places.map((places) => ({
    places,
    parts: files.parts.filter((part) => part.shard === places.shard).map((part) => part.reports),
  }));
}

function valuesOfAllParts(files: ShardFiles, indicator: string): Map<string, CompactValues> {
  return new Map(files.parts.map((part) => [partKey(part), part.values.find((file) => file.indicator === indicator)!]));
}

/** Report id → indicator → value, over an index: the order of reports is the layout's business. */
function valuesById(index: IndexFile): Map<string, ReportEntry['values']> {
  return new Map(index.reports.map((report) => [report.id, report.values]));
}

const REVIEWED: ReviewMark = {
  status: 'corrected',
  decision: 'correct',
  decisionId: 'd-2',
  reviewer: '李审核',
  reviewedAt: '2025-04-01T08:00:00.000Z',
  note: null,
  original: null,
};

describe('sharded layout', () => {
  const index = nationalIndex();
  const files = buildShards(index);

  it('splits places by level group, townships by province, and reports by year', () => {
    const manifest = parseShardManifest(JSON.parse(JSON.stringify(files.manifest)));
    expect(manifest.shards.map((shard) => [shard.id, shard.group, shard.province])).toEqual([
      ['province', 'province', null],
      ['city', 'city', null],
      ['county', 'county', null],
      ['town-33', 'town', '浙江省'],
      ['town-52', 'town', '贵州省'],
      ['unplaced', 'unplaced', null],
    ]);
    expect(manifest.shards.find((shard) => shard.id === 'province')!.parts.map((part) => [part.year, part.reports, part.places])).toEqual([
      [2022, 1, 1],
      [2023, 1, 1],
    ]);
    expect(manifest.reports).toBe(index.reports.length);
    expect(manifest.places).toBe(index.jurisdictions.length);
    expect(manifest.years).toEqual([2020, 2022, 2023, 2024]);
    expect(manifest.levels).toEqual(LEVEL_ORDER.filter((level) => ['省', '市', '区', '县', '开发区', '镇', '街道'].includes(level)));
    expect(manifest.provinces).toHaveLength(5);
    // Every report is in exactly one part.
    expect(files.parts.reduce((sum, part) => sum + part.reports.reports.id.length, 0)).toBe(index.reports.length);
    expect(new Set(files.parts.flatMap((part) => part.reports.reports.id)).size).toBe(index.reports.length);
    for (const places of files.places) parseShardPlaces(JSON.parse(JSON.stringify(places)));
    for (const part of files.parts) parseShardReports(JSON.parse(JSON.stringify(part.reports)));
    expect(partReportsPath('town-33', 2023)).toBe('shards/town-33/2023/reports.json');
    expect(partValuesPath('county', null, 'a.b')).toBe('shards/county/none/values/a.b.json');
  });

  it('composes back, from every part, the same reports and values as the compact layout', () => {
    const composed = composeCatalog(files.manifest, loadAll(files));
    const catalog = parseCompactCatalog(JSON.parse(JSON.stringify(composed.catalog)));
    const values = index.indicators.map((indicator) =>
      parseCompactValues(JSON.parse(JSON.stringify(composeValues(composed, indicator.id, valuesOfAllParts(files, indicator.id))))),
    );
    const back = expandCompact({ catalog, values });
    const expected = expandCompact(buildCompact(index));
    expect(back.reports).toHaveLength(expected.reports.length);
    expect(valuesById(back)).toEqual(valuesById(expected));
    expect(new Map(back.reports.map((report) => [report.id, { ...report, values: {} }]))).toEqual(
      new Map(expected.reports.map((report) => [report.id, { ...report, values: {} }])),
    );
    expect([...back.jurisdictions].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [...expected.jurisdictions].sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(composed.parts.map((part) => partKey(part))[0]).toBe('province/2022');
  });

  it('composes the review queue as the one ranking over the whole index', () => {
    const composed = composeCatalog(files.manifest, loadAll(files));
    const queues = new Map<string, CompactReviewQueue>(files.parts.map((part) => [partKey(part), part.reviewQueue]));
    const queue = parseCompactReviewQueue(JSON.parse(JSON.stringify(composeReviewQueue(composed, index.indicators.length, queues))));
    const whole = buildCompact(index).reviewQueue;
    expect(whole.report.length).toBeGreaterThan(0);
    const named = (file: CompactReviewQueue, ids: readonly string[]) =>
      file.report.map((report, i) => `${ids[report]}|${file.indicator[i]}|${file.risk[i]}|${file.score[i]}`);
    const scores = (file: CompactReviewQueue) => file.score;
    expect(new Set(named(queue, composed.catalog.reports.id))).toEqual(
      new Set(
        named(
          whole,
          index.reports.map((report) => report.id),
        ),
      ),
    );
    expect(scores(queue)).toEqual(scores(whole));
  });

  it("composes only the parts a view loaded, with the loaded shards' places whatever their year", () => {
    const county = files.places.find((places) => places.shard === 'county')!;
    const part2023 = files.parts.find((part) => part.shard === 'county' && part.year === 2023)!;
    const composed = composeCatalog(files.manifest, [{ places: county, parts: [part2023.reports] }]);
    expect(composed.catalog.jurisdictions.map((j) => j.id)).toEqual(county.jurisdictions.map((j) => j.id));
    expect(composed.catalog.reports.id).toEqual(part2023.reports.reports.id);
    expect(composed.catalog.reports.year.every((year) => year === 2023)).toBe(true);
    const indicator = index.indicators[0]!.id;
    expect(() => composeValues(composed, indicator, valuesOfAllParts(files, indicator))).not.toThrow();
    expect(() => composeValues(composed, indicator, new Map())).toThrow(/county\/2023 is not loaded/);
  });

  it('refuses a part composed with the places of another shard', () => {
    const town = files.places.find((places) => places.shard === 'town-52');
    expect(town).toBeDefined();
    const part = files.parts.find((candidate) => candidate.shard === 'county')!;
    expect(() => composeCatalog(files.manifest, [{ places: town!, parts: [part.reports] }])).toThrow(/does not belong/);
  });

  it('keeps a township without a province code in a shard of its own', () => {
    const bare = {
      ...index,
      jurisdictions: index.jurisdictions.map((j) => (j.level === '镇' ? { ...j, code: null, province: '某省' } : j)),
    };
    expect(buildShards(bare).manifest.shards.map((shard) => shard.id)).toContain('town-x');
  });
});

describe('a dataset of some parts of a sharded folder', () => {
  const index = fixtureIndex();
  const files = buildShards(index);
  /** The dataset of every shard's places and the parts of one year only, as the compare view loads it. */
  function oneYearDataset(year: number): Dataset {
    const composed = composeCatalog(
      files.manifest,
      files.places.map((places) => ({
        places,
        parts: files.parts.filter((part) => part.shard === places.shard && part.year === year).map((part) => part.reports),
      })),
    );
    const selection: PartSelection = {
      parts: composed.parts,
      shards: files.places.map((places) => places.shard),
      complete: false,
      townsNeedProvince: false,
      townProvinces: [],
      key: `one-${year}`,
    };
    return baseDataset({ kind: 'sharded', manifest: files.manifest }, [], { catalog: composed, selection });
  }

  it('lists a place whose reports are in other years as without a report that year, under the body filter', () => {
    const dataset = oneYearDataset(2022);
    expect(dataset.reportsByJurisdiction.has('370829')).toBe(false);
    const all = selectReports(dataset, { year: 2022, province: null, level: null, body: 'all' });
    expect(all.selections.find((selection) => selection.jurisdiction.id === '370829')).toEqual({
      jurisdiction: expect.objectContaining({ id: '370829' }),
      report: null,
    });
    const full = selectReports(buildDataset(index), { year: 2022, province: null, level: null, body: 'all' });
    expect(all.selections.map((selection) => [selection.jurisdiction.id, selection.report?.id ?? null])).toEqual(
      full.selections.map((selection) => [selection.jurisdiction.id, selection.report?.id ?? null]),
    );
    // 嘉祥县 has only its government's reports: a department filter leaves it out, as with every year loaded.
    const departments = selectReports(dataset, { year: 2022, province: null, level: null, body: 'department' });
    const fullDepartments = selectReports(buildDataset(index), { year: 2022, province: null, level: null, body: 'department' });
    expect(departments.selections.map((selection) => selection.jurisdiction.id)).toEqual(
      fullDepartments.selections.map((selection) => selection.jurisdiction.id),
    );
    expect(departments.selections.some((selection) => selection.jurisdiction.id === '370829')).toBe(false);
  });

  it('counts coverage over every year and lists every year in the filters, whichever year is loaded', () => {
    const full = buildDataset(index);
    for (const year of [2020, 2022, 2023, 2024]) {
      const dataset = oneYearDataset(year);
      expect(dataset.years).toEqual(full.years);
      expect(dataset.levels).toEqual(full.levels);
      expect(dataset.provinces).toEqual(full.provinces);
      for (const indicator of index.indicators)
        expect([year, indicator.id, indicatorCoverage(dataset, indicator.id)]).toEqual([
          year,
          indicator.id,
          indicatorCoverage(full, indicator.id),
        ]);
    }
    expect(index.indicators.some((indicator) => indicatorCoverage(full, indicator.id) > 1)).toBe(true);
  });
});

describe('the layouts built one file at a time (as the extract command writes them)', () => {
  const index = nationalIndex();

  it('gives the parts one by one, then the manifest and places: the same files as buildShards', () => {
    const parts: unknown[] = [];
    const building = shardParts(index, undefined, assessValues(index));
    let step = building.next();
    for (; !step.done; step = building.next()) parts.push(JSON.parse(JSON.stringify(step.value)));
    const whole = JSON.parse(JSON.stringify(buildShards(index))) as ShardFiles;
    expect(parts.length).toBeGreaterThan(4);
    expect(parts).toEqual(whole.parts);
    expect(JSON.parse(JSON.stringify(step.value))).toEqual({ manifest: whole.manifest, places: whole.places });
  });

  it('gives the compact catalogue, each value file and the queue from one ranking: the same as buildCompact', () => {
    const whole = buildCompact(index);
    expect(index.indicators.length).toBeGreaterThan(3);
    expect(JSON.stringify(buildCompactCatalog(index))).toBe(JSON.stringify(whole.catalog));
    expect(JSON.stringify(index.indicators.map((indicator) => buildCompactValues(index.reports, indicator.id)))).toBe(
      JSON.stringify(whole.values),
    );
    expect(JSON.stringify(buildReviewQueue(index, assessValues(index)))).toBe(JSON.stringify(whole.reviewQueue));
    expect(JSON.stringify(buildCompactTables(index))).toBe(JSON.stringify({ catalog: whole.catalog, values: whole.values }));
  });
});

describe('the parts built from the reports without their values (as the extract command writes them)', () => {
  it("catalogues each part from the reports' masks, and splits each indicator's value file by part: the files of buildShards", () => {
    const national = nationalIndex();
    // A value reviewed in one part only: that part's value file alone has the review column.
    const reviewed = national.reports[1]!;
    const [indicator] = Object.keys(reviewed.values);
    const index: IndexFile = {
      ...national,
      reports: national.reports.map((report) =>
        report === reviewed
          ? { ...report, values: { ...report.values, [indicator!]: { ...report.values[indicator!]!, review: REVIEWED } } }
          : report,
      ),
    };
    const ids = index.indicators.map((each) => each.id);
    const whole = JSON.parse(JSON.stringify(buildShards(index))) as ShardFiles;
    const building = shardPartsOf(index, {
      load: { maskOf: (report) => indicatorMask((report as ReportEntry).values, ids) },
      hasValue: (report, position) => (report as ReportEntry).values[ids[position]!] !== undefined,
      assessment: assessValues(index),
    });
    const parts: BuiltPart[] = [];
    let step = building.next();
    for (; !step.done; step = building.next()) parts.push(JSON.parse(JSON.stringify(step.value)) as BuiltPart);
    expect(parts.length).toBeGreaterThan(4);
    expect(parts.every((part) => part.values.length === 0)).toBe(true);
    expect(parts).toEqual(whole.parts.map((part) => ({ ...part, values: [] })));
    expect(JSON.parse(JSON.stringify(step.value))).toEqual({ manifest: whole.manifest, places: whole.places });

    const routing = partRoutingOf(index);
    expect(routing.parts.map(partKey).sort()).toEqual(whole.parts.map(partKey).sort());
    const fromWhole = new Map(whole.parts.map((part) => [partKey(part), part.values]));
    for (const [position, id] of ids.entries()) {
      const split = partValuesOf(buildCompactValues(index.reports, id), routing);
      routing.parts.forEach((part, at) => expect(JSON.stringify(split[at])).toBe(JSON.stringify(fromWhole.get(partKey(part))![position])));
    }
    const withReview = whole.parts.flatMap((part) => part.values.filter((file) => file.review !== undefined));
    expect(withReview.map((file) => file.indicator)).toEqual([indicator]);
  });
});
