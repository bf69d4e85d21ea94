import { afterEach, describe, expect, it, vi } from 'vitest';

import { PLACE_SEARCH_TOOLS } from '../cli/extract/write-place-search';
import { fetchPlaceSearchIndex } from './get-place-search';
import { buildPlaceSearchIndex, placeSearcherOf, searchPlaces, toPlaceSearchFile } from './place-search';
import type { JurisdictionEntry } from './schema';

const place = (code: string, name: string): JurisdictionEntry => ({
  id: code,
  name,
  level: '区',
  province: '湖南省',
  city: '长沙市',
  county: null,
  code,
  placeProvenance: { province: 'divisions', city: 'divisions' },
});
const FOLDER = [place('430102', '芙蓉区'), place('430103', '天心区')];

afterEach(() => vi.unstubAllGlobals());

describe('fetchPlaceSearchIndex', () => {
  it('reads and validates the folder’s search file', async () => {
    const file = toPlaceSearchFile(buildPlaceSearchIndex(FOLDER, PLACE_SEARCH_TOOLS));
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(file))),
    );
    const index = await fetchPlaceSearchIndex();
    expect(index?.places.map((record) => record.pinyin)).toEqual(['furongqu', 'tianxinqu']);
  });

  it('gives null for a folder without one, and an error for a file that does not validate', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('', { status: 404 })),
    );
    expect(await fetchPlaceSearchIndex()).toBeNull();
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify({ placeSearchVersion: 1, names: [] }))),
    );
    await expect(fetchPlaceSearchIndex()).rejects.toMatchObject({ kind: 'corrupt' });
  });
});

describe('placeSearcherOf', () => {
  it('searches the file’s places with pinyin, and places added in this browser by Chinese name', () => {
    const searcher = placeSearcherOf(buildPlaceSearchIndex(FOLDER, PLACE_SEARCH_TOOLS), [...FOLDER, place('430104', '岳麓区')]);
    expect(searchPlaces(searcher, 'tianxin').hits.map((hit) => hit.place.name)).toEqual(['天心区']);
    expect(searchPlaces(searcher, '岳麓').hits.map((hit) => hit.place.name)).toEqual(['岳麓区']);
  });

  it('builds a Chinese-only index from the jurisdictions when the folder has no file', () => {
    const searcher = placeSearcherOf(null, FOLDER);
    expect(searcher.index.hasPinyin).toBe(false);
    expect(searchPlaces(searcher, '天心').total).toBe(1);
    expect(searchPlaces(searcher, 'tianxin').total).toBe(0);
  });
});
