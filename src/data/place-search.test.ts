import { describe, expect, it } from 'vitest';

import { PLACE_SEARCH_TOOLS } from '../cli/extract/write-place-search';
import {
  buildPlaceSearchIndex,
  fromPlaceSearchFile,
  type PlaceSearchResult,
  prepareSearch,
  searchPlaces,
  toPlaceSearchFile,
  withPlaces,
} from './place-search';
import { type JurisdictionEntry, placeSearchFileSchema } from './schema';

/** A jurisdiction as the index carries it. */
function place(
  code: string,
  name: string,
  level: JurisdictionEntry['level'],
  province: string | null,
  city: string | null = null,
  county: string | null = null,
  id = code,
): JurisdictionEntry {
  return { id, name, level, province, city, county, code, placeProvenance: { province: 'divisions', city: 'divisions' } };
}

const PLACES: JurisdictionEntry[] = [
  place('430000', '湖南省', '省', null),
  place('430100', '长沙市', '市', '湖南省'),
  place('430102', '芙蓉区', '区', '湖南省', '长沙市'),
  place('430121', '长沙县', '县', '湖南省', '长沙市'),
  place('430102001', '芙蓉北路街道', '街道', '湖南省', '长沙市', '开福区'),
  place('320722101', '桃林镇', '镇', '江苏省', '连云港市', '东海县'),
  place('430682101', '桃林镇', '镇', '湖南省', '岳阳市', '临湘市'),
  place('410526100', '桃林铺镇', '镇', '河南省', '信阳市', '潢川县'),
  place('620123100', '城关镇', '镇', '甘肃省', '兰州市', '榆中县'),
  place('620421100', '城关镇', '镇', '甘肃省', '白银市', '靖远县'),
  place('610100', '西安市', '市', '陕西省'),
  place('610124', '周至县', '县', '陕西省', '西安市'),
  place('141100', '吕梁市', '市', '山西省'),
  place('610424', '乾县', '县', '陕西省', '咸阳市'),
  place('130133', '赵县', '县', '河北省', '石家庄市'),
  // A place the division tables lack, kept under its written name and an x- id.
  {
    id: 'x-1a2b',
    name: '湘江新区',
    level: '开发区',
    province: '湖南省',
    city: '长沙市',
    county: null,
    code: null,
    placeProvenance: { province: 'text', city: 'text' },
  },
  // A report that names no place: nothing to search it by.
  {
    id: 'x-none',
    name: null,
    level: null,
    province: null,
    city: null,
    county: null,
    code: null,
    placeProvenance: { province: null, city: null },
  },
];

const index = buildPlaceSearchIndex(PLACES, PLACE_SEARCH_TOOLS);
const searcher = prepareSearch(index);
const names = (result: PlaceSearchResult) => result.hits.map((hit) => hit.place.name);
const ids = (result: PlaceSearchResult) => result.hits.map((hit) => hit.place.id);

describe('buildPlaceSearchIndex', () => {
  it('carries each place with its toneless pinyin and initials, and leaves out places without a name', () => {
    const taolin = index.places.find((record) => record.id === '320722101')!;
    expect(taolin).toMatchObject({
      name: '桃林镇',
      level: '镇',
      province: '江苏省',
      city: '连云港市',
      county: '东海县',
      code: '320722101',
      pinyin: 'taolinzhen',
      initials: 'tlz',
    });
    expect(index.places.find((record) => record.name === '吕梁市')!.pinyin).toBe('lvliangshi');
    expect(index.places.map((record) => record.id)).not.toContain('x-none');
    expect(index.places).toHaveLength(PLACES.length - 1);
  });

  it('keeps only traditional characters no simplified name uses: 縣 becomes 县, 乾 of 乾县 stays', () => {
    expect(index.traditional.get('縣')).toBe('县');
    expect(index.traditional.get('鎮')).toBe('镇');
    expect(index.traditional.has('乾')).toBe(false);
  });

  it('round-trips through the compact file, which the schema accepts', () => {
    const file = placeSearchFileSchema.parse(JSON.parse(JSON.stringify(toPlaceSearchFile(index))));
    // Ids equal to the code are written as "" to keep the file small.
    expect(file.places.id.filter((id) => id !== '')).toEqual(['x-1a2b']);
    // A name shared by places and parents is stored once.
    expect(file.names.filter((name) => name === '长沙市')).toHaveLength(1);
    const back = fromPlaceSearchFile(file);
    expect(back.places).toEqual(index.places);
    expect([...back.traditional]).toEqual([...index.traditional]);
  });

  it('refuses a file whose columns disagree or whose pinyin does not line up with the names', () => {
    const file = toPlaceSearchFile(index);
    expect(placeSearchFileSchema.safeParse({ ...file, places: { ...file.places, level: file.places.level.slice(1) } }).success).toBe(false);
    expect(
      placeSearchFileSchema.safeParse({ ...file, pinyin: file.pinyin.map((syllables, i) => (i === 0 ? `${syllables} extra` : syllables)) })
        .success,
    ).toBe(false);
    expect(
      placeSearchFileSchema.safeParse({ ...file, places: { ...file.places, name: file.places.name.map(() => file.names.length) } }).success,
    ).toBe(false);
  });
});

describe('searchPlaces', () => {
  it('finds a place by Chinese name, full pinyin, pinyin with spaces or apostrophes, initials, and a mix', () => {
    for (const query of ['桃林', 'taolin', 'TaoLin', 'tao lin', "tao'lin", 'tlz', 'taolz', 'tlzhen', '桃lin']) {
      expect(ids(searchPlaces(searcher, query)).slice(0, 2).sort(), query).toEqual(['320722101', '430682101']);
    }
  });

  it('reads traditional input as simplified: 桃林鎮, 長沙縣', () => {
    expect(ids(searchPlaces(searcher, '桃林鎮')).sort()).toEqual(['320722101', '430682101']);
    expect(names(searchPlaces(searcher, '長沙縣'))).toEqual(['长沙县']);
    // A character simplified names use is never converted: 乾县 is found as typed.
    expect(names(searchPlaces(searcher, '乾县'))).toEqual(['乾县']);
  });

  it('reads u as ü: luliang and lvliang both find 吕梁市 exactly', () => {
    expect(searchPlaces(searcher, 'luliang').hits[0]).toMatchObject({ place: { name: '吕梁市' }, quality: 'exact' });
    expect(searchPlaces(searcher, 'lvliang').hits[0]).toMatchObject({ place: { name: '吕梁市' }, quality: 'exact' });
  });

  it('ranks exact before prefix before substring, then higher levels and shorter names', () => {
    // 长沙市 and 长沙县 match 长沙 exactly (their stem); the city is the higher level.
    const changsha = searchPlaces(searcher, '长沙');
    expect(changsha.hits.map((hit) => `${hit.place.name} ${hit.quality}`)).toEqual(['长沙市 exact', '长沙县 exact']);
    // 桃林镇 is its stem exactly; 桃林铺镇 only starts with it.
    expect(searchPlaces(searcher, 'taolin').hits.map((hit) => hit.quality)).toEqual(['exact', 'exact', 'prefix']);
    // 芙蓉区 (starts with 芙蓉) before 芙蓉北路街道 (longer, lower), and a substring match last.
    expect(names(searchPlaces(searcher, '芙蓉'))).toEqual(['芙蓉区', '芙蓉北路街道']);
    expect(searchPlaces(searcher, '林').hits.every((hit) => hit.quality === 'substring')).toBe(true);
    // Whole syllables beat a mix of initials and syllables: "xian" is 西安 (xi·an) before 县s.
    const xian = searchPlaces(searcher, 'xian');
    expect(xian.hits[0]).toMatchObject({ place: { name: '西安市' }, quality: 'exact' });
    expect(names(xian)).toContain('周至县');
  });

  it('tells same-named places apart by their parents, and finds one when a parent is typed', () => {
    const both = searchPlaces(searcher, '城关镇');
    expect(both.total).toBe(2);
    expect(both.hits.map((hit) => hit.chain.join(' · '))).toEqual(['甘肃省 · 兰州市 · 榆中县', '甘肃省 · 白银市 · 靖远县']);
    for (const query of ['榆中 城关镇', '城关镇 榆中县', '榆中县城关镇', '兰州市城关镇', 'yuzhong chengguanzhen', 'yz cgz']) {
      expect(ids(searchPlaces(searcher, query)), query).toEqual(['620123100']);
    }
    expect(names(searchPlaces(searcher, '长沙芙蓉区'))).toEqual(['芙蓉区']);
    expect(names(searchPlaces(searcher, 'changsha furong'))).toEqual(['芙蓉区', '芙蓉北路街道']);
  });

  it('pages: the page asked for and the total, so the list can say 第 1–2 / 共 16 个', () => {
    const all = searchPlaces(searcher, '', { limit: 100 });
    expect(all.total).toBe(16);
    const first = searchPlaces(searcher, '', { limit: 5 });
    const third = searchPlaces(searcher, '', { limit: 5, offset: 10 });
    expect(first).toMatchObject({ total: 16, offset: 0, limit: 5 });
    expect(ids(first)).toEqual(ids(all).slice(0, 5));
    expect(ids(third)).toEqual(ids(all).slice(10, 15));
    expect(searchPlaces(searcher, '', { limit: 5, offset: 15 }).hits).toHaveLength(1);
    expect(searchPlaces(searcher, '', { limit: 5, offset: 20 }).hits).toHaveLength(0);
    // The empty query lists by level: the province first, townships last.
    expect(names(first)[0]).toBe('湖南省');
  });

  it('filters by level, province and places already chosen', () => {
    expect(names(searchPlaces(searcher, '', { filter: { levels: ['镇'], province: '湖南省' } }))).toEqual(['桃林镇']);
    expect(searchPlaces(searcher, 'tl', { filter: { excludeIds: new Set(['320722101']) } }).hits.map((hit) => hit.place.id)).not.toContain(
      '320722101',
    );
    // The first keystroke's precomputed results are filtered alike.
    expect(names(searchPlaces(searcher, 'z', { filter: { levels: ['县'] } }))).toEqual(['赵县', '周至县']);
  });

  it('matches nothing for a query no name has', () => {
    expect(searchPlaces(searcher, '纽约').total).toBe(0);
    expect(searchPlaces(searcher, 'qqqq').total).toBe(0);
  });
});

describe('an index built without pinyin (a data folder older than the search file)', () => {
  const chineseOnly = prepareSearch(buildPlaceSearchIndex(PLACES));

  it('finds places by Chinese only: pinyin finds nothing, and says so', () => {
    expect(chineseOnly.index.hasPinyin).toBe(false);
    expect(names(searchPlaces(chineseOnly, '桃林镇')).length).toBe(2);
    expect(searchPlaces(chineseOnly, 'taolin').total).toBe(0);
  });

  it('cannot be written as the search file, which always carries pinyin', () => {
    expect(() => toPlaceSearchFile(chineseOnly.index)).toThrow(/pinyin/);
  });
});

describe('withPlaces', () => {
  it('adds the places the file lacks (reports added in this browser), Chinese only', () => {
    const added = withPlaces(index, [...PLACES, place('350100', '福州市', '市', '福建省')]);
    expect(added.places).toHaveLength(index.places.length + 1);
    const search = prepareSearch(added);
    expect(names(searchPlaces(search, '福州'))).toEqual(['福州市']);
    expect(searchPlaces(search, 'fuzhou').total).toBe(0);
    expect(withPlaces(index, PLACES)).toBe(index);
  });
});
