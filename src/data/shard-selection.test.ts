import { describe, expect, it } from 'vitest';

import { COMPACT_VERSION, SCHEMA_VERSION, SHARD_VERSION, type ShardEntry, type ShardManifest } from './schema';
import { drawnIndicatorId, LOAD_WHOLE_BYTES, selectParts, type ShownScope, TOWNSHIP_BUDGET_BYTES } from './shard-selection';

/** A shard with a part per year of the given places and bytes. */
function shard(
  id: string,
  group: ShardEntry['group'],
  province: string | null,
  years: Record<number, { places: number; bytes: number }>,
): ShardEntry {
  return {
    id,
    group,
    province,
    places: Math.max(...Object.values(years).map((year) => year.places)),
    parts: Object.entries(years).map(([year, { places, bytes }]) => ({ year: Number(year), reports: places, places, bytes })),
    coverage: [],
  };
}

function manifest(shards: ShardEntry[]): ShardManifest {
  return {
    schemaVersion: SCHEMA_VERSION,
    compactVersion: COMPACT_VERSION,
    shardVersion: SHARD_VERSION,
    indicators: [],
    reports: 0,
    places: 0,
    years: [2022, 2023],
    provinces: ['浙江省', '贵州省'],
    cities: [],
    levels: ['省', '市', '县', '镇'],
    // The dashboard's default year over the whole dataset (src/data/dataset.ts defaultYear).
    defaultYear: 2022,
    defaultIndicator: null,
    shards,
  };
}

const BIG = LOAD_WHOLE_BYTES;

/** A national dataset: each province's townships are over the budget together. */
const national = manifest([
  shard('province', 'province', null, { 2022: { places: 31, bytes: 10_000 }, 2023: { places: 31, bytes: 10_000 } }),
  shard('city', 'city', null, { 2022: { places: 300, bytes: 90_000 }, 2023: { places: 300, bytes: 90_000 } }),
  shard('county', 'county', null, { 2022: { places: 2_800, bytes: BIG }, 2023: { places: 2_700, bytes: BIG } }),
  shard('town-33', 'town', '浙江省', {
    2022: { places: 1_300, bytes: TOWNSHIP_BUDGET_BYTES },
    2023: { places: 1_300, bytes: TOWNSHIP_BUDGET_BYTES },
  }),
  shard('town-52', 'town', '贵州省', {
    2022: { places: 1_500, bytes: TOWNSHIP_BUDGET_BYTES },
    2023: { places: 1_500, bytes: TOWNSHIP_BUDGET_BYTES },
  }),
  shard('unplaced', 'unplaced', null, { 2023: { places: 3, bytes: 1_000 } }),
]);

const scope = (patch: Partial<ShownScope>): ShownScope => ({ oneYear: true, level: null, province: null, year: null, ...patch });
const keys = (selection: ReturnType<typeof selectParts>) => selection.parts.map((part) => `${part.shard}/${part.year}`);

describe('selectParts', () => {
  it("opens a national dataset on one year of every group but the townships, the manifest's default year", () => {
    const selection = selectParts(national, scope({}));
    expect(keys(selection)).toEqual(['province/2022', 'city/2022', 'county/2022']);
    expect(selection.shards).toEqual(['province', 'city', 'county', 'unplaced']);
    expect(selection.complete).toBe(false);
    expect(selection.townsNeedProvince).toBe(false);
  });

  it('loads a chosen year, or every year for views that read across years and for "latest"', () => {
    expect(keys(selectParts(national, scope({ year: 2023 })))).toEqual(['province/2023', 'city/2023', 'county/2023', 'unplaced/2023']);
    expect(keys(selectParts(national, scope({ oneYear: false })))).toHaveLength(7);
    expect(keys(selectParts(national, scope({ year: 'latest' })))).toHaveLength(7);
  });

  it('loads townships by province, and asks for a province before a nationwide township view', () => {
    const zhejiang = selectParts(national, scope({ level: '镇', province: '浙江省' }));
    expect(keys(zhejiang)).toEqual(['town-33/2022']);
    expect(zhejiang.townsNeedProvince).toBe(false);
    const nationwide = selectParts(national, scope({ level: '镇' }));
    expect(nationwide.parts).toEqual([]);
    expect(nationwide.townsNeedProvince).toBe(true);
    // With a province and no level: that province's townships beside every other group.
    expect(selectParts(national, scope({ province: '贵州省', year: 2023 })).shards).toEqual([
      'province',
      'city',
      'county',
      'town-52',
      'unplaced',
    ]);
  });

  it('loads the townships of the places and reports an address names, all years for a trend', () => {
    const trend = selectParts(national, scope({ oneYear: false, named: ['330106001', 'x-520330-taolin-2022', '430102'] }));
    expect(trend.shards).toEqual(['province', 'city', 'county', 'town-33', 'town-52', 'unplaced']);
    expect(keys(trend)).toContain('town-33/2022');
    expect(keys(trend)).toContain('town-52/2023');
    expect(selectParts(national, scope({ named: ['x-zibo-gaoxin'] })).shards).toEqual(['province', 'city', 'county', 'unplaced']);
  });

  it("loads a level filter's group only", () => {
    expect(selectParts(national, scope({ level: '县', year: 2023 })).shards).toEqual(['county']);
    expect(selectParts(national, scope({ level: '省', year: 2023 })).shards).toEqual(['province']);
  });

  it('loads a small dataset whole, every year, whatever the view', () => {
    const small = manifest([
      shard('county', 'county', null, { 2022: { places: 50, bytes: 20_000 }, 2023: { places: 60, bytes: 20_000 } }),
      shard('town-52', 'town', '贵州省', { 2023: { places: 5, bytes: 2_000 } }),
    ]);
    const selection = selectParts(small, scope({ level: '县', year: 2023 }));
    expect(keys(selection)).toEqual(['county/2022', 'county/2023', 'town-52/2023']);
    expect(selection.complete).toBe(true);
  });

  it('loads the townships of every province while they fit the budget', () => {
    const fewTowns = manifest([
      shard('county', 'county', null, { 2023: { places: 2_000, bytes: BIG } }),
      shard('town-33', 'town', '浙江省', { 2023: { places: 30, bytes: 10_000 } }),
    ]);
    expect(selectParts(fewTowns, scope({ level: '镇' })).shards).toEqual(['town-33']);
    expect(selectParts(fewTowns, scope({})).shards).toEqual(['county', 'town-33']);
  });
});

describe('drawnIndicatorId', () => {
  const withIndicators = { indicators: [{ id: 'a' }, { id: 'b' }] as ShardManifest['indicators'], defaultIndicator: 'b' };

  it("names the view's indicator, the manifest's default when the address names none, and none for a view that draws none", () => {
    expect(drawnIndicatorId(withIndicators, 'a')).toBe('a');
    expect(drawnIndicatorId(withIndicators, null)).toBe('b');
    expect(drawnIndicatorId(withIndicators, undefined)).toBeNull();
  });

  it('names none the manifest lacks', () => {
    expect(drawnIndicatorId(withIndicators, 'zz')).toBeNull();
    expect(drawnIndicatorId({ ...withIndicators, defaultIndicator: null }, null)).toBeNull();
  });
});
