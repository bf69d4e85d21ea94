/**
 * The administrative-division tables at run time: parsed once, at module load, from the compact
 * generated module into Maps, so that a report costs a few thousand Map look-ups, not a scan of
 * 40,000 names.
 */

import type { JurisdictionLevel } from '../types';
import { CITIES, COUNTIES, PROVINCES, TOWNSHIPS } from './divisions.generated';

/** Which table a row comes from. */
export type DivisionKind = 'province' | 'city' | 'county' | 'township';

/** One row of the division tables. */
export interface Division {
  /** 2, 4, 6 or 9 digits, as in the tables. */
  readonly code: string;
  readonly name: string;
  readonly kind: DivisionKind;
  readonly level: JurisdictionLevel;
  readonly provinceCode: string;
  /** Null for a 直辖市's districts and for province-governed county-level units. */
  readonly cityCode: string | null;
  /** The county a township belongs to; null above township level or under a statistical zone. */
  readonly countyCode: string | null;
}

/** A name-to-divisions index plus the lookups the resolver needs. */
export interface DivisionIndex {
  readonly byName: ReadonlyMap<string, readonly Division[]>;
  readonly byCode: ReadonlyMap<string, Division>;
  /** Short names of provinces (湖南, 内蒙古, 广西) → province code. */
  readonly provinceShort: ReadonlyMap<string, string>;
  /** Short names of prefecture-level cities (淄博, 长沙) → city codes; 2+ characters only. */
  readonly cityShort: ReadonlyMap<string, readonly string[]>;
  /** Longest name, to bound the backwards read. */
  readonly maxNameLength: number;
}

/** Level of a county-level unit from its name: 县级市 are 市, 林区/特区 are 区, 自治旗 are 旗. */
function countyLevel(name: string): JurisdictionLevel {
  if (name.endsWith('旗')) return '旗';
  if (name.endsWith('县')) return '县';
  if (name.endsWith('市')) return '市';
  return '区';
}

function townshipLevel(name: string): JurisdictionLevel {
  if (name.endsWith('街道')) return '街道';
  if (name.endsWith('镇')) return '镇';
  return '乡'; // 乡, 民族乡, 苏木 (the 乡 of Inner Mongolia)
}

/** Strips what a province's name is commonly written without: 省, 市, 自治区 and its people. */
function provinceShortName(name: string): string {
  return name.replace(/(?:壮族|回族|维吾尔)?(?:自治区|省|市)$/, '');
}

/** Peoples named in autonomous prefectures' names, stripped to get the name reports use. */
const PEOPLES = /(?:朝鲜|土家|苗|藏|羌|彝|布依|侗|哈尼|壮|傣|景颇|傈僳|白|回|蒙古|柯尔克孜|哈萨克)族?$/;

/**
 * The part of a prefecture's name that reports write before 高新区 or 州: 淄博 of 淄博市, 兴安 of
 * 兴安盟, 恩施 of 恩施土家族苗族自治州. 地区 keep their full name.
 */
function prefectureStem(name: string): string {
  if (!name.endsWith('自治州')) return name.replace(/(?:市|盟)$/, '');
  let stem = name.slice(0, -3);
  for (let next = stem.replace(PEOPLES, ''); next !== stem; next = stem.replace(PEOPLES, '')) stem = next;
  return stem;
}

function splitPairs(packed: string, codeLength: number): Array<[string, string]> {
  if (packed === '') return [];
  return packed.split('|').map((pair) => [pair.slice(0, codeLength), pair.slice(codeLength)]);
}

function buildIndex(): DivisionIndex {
  const byName = new Map<string, Division[]>();
  const byCode = new Map<string, Division>();
  const add = (d: Division): void => {
    byCode.set(d.code, d);
    const list = byName.get(d.name);
    if (list) list.push(d);
    else byName.set(d.name, [d]);
  };

  const provinceShort = new Map<string, string>();
  for (const [code, name] of splitPairs(PROVINCES, 2)) {
    add({ code, name, kind: 'province', level: '省', provinceCode: code, cityCode: null, countyCode: null });
    provinceShort.set(provinceShortName(name), code);
  }

  const cityShort = new Map<string, string[]>();
  const aliases: Array<[string, string]> = [];
  for (const [code, name] of splitPairs(CITIES, 4)) {
    add({ code, name, kind: 'city', level: '市', provinceCode: code.slice(0, 2), cityCode: code, countyCode: null });
    const short = prefectureStem(name);
    if (short.length >= 2 && short !== name) {
      const list = cityShort.get(short) ?? [];
      list.push(code);
      cityShort.set(short, list);
    }
    // Reports call an autonomous prefecture by its stem and 州: 恩施州, 黔东南州, 红河州.
    if (name.endsWith('自治州')) aliases.push([`${short}州`, code]);
  }


  for (const [code, name] of splitPairs(COUNTIES, 6)) {
    const cityCode = code.slice(0, 4);
    add({
      code,
      name,
      kind: 'county',
      level: countyLevel(name),
      provinceCode: code.slice(0, 2),
      cityCode: byCode.has(cityCode) ? cityCode : null,
      countyCode: code,
    });
  }

  for (const [alias, code] of aliases) {
    const list = byName.get(alias);
    const city = byCode.get(code)!;
    if (list) list.push(city);
    else byName.set(alias, [city]);
  }

  for (const group of TOWNSHIPS) {
    const colon = group.indexOf(':');
    const countyCode = group.slice(0, colon);
    const cityCode = countyCode.slice(0, 4);
    const county = byCode.get(countyCode) ?? null;
    for (const entry of group.slice(colon + 1).split(',')) {
      const name = entry.slice(3);
      add({
        code: countyCode + entry.slice(0, 3),
        name,
        kind: 'township',
        level: townshipLevel(name),
        provinceCode: countyCode.slice(0, 2),
        cityCode: byCode.has(cityCode) ? cityCode : null,
        countyCode: county ? countyCode : null,
      });
    }
  }

  let maxNameLength = 0;
  for (const name of byName.keys()) maxNameLength = Math.max(maxNameLength, name.length);
  return { byName, byCode, provinceShort, cityShort, maxNameLength };
}

/** The index, built once when the module is first imported. */
export const DIVISIONS: DivisionIndex = buildIndex();

/** The GB/T 2260 6-digit code of a province or city (11 → 110000), the 9-digit one below county. */
export function fullCode(d: Division): string {
  return d.code.length < 6 ? d.code.padEnd(6, '0') : d.code;
}

/** True when `ancestor` contains `d` (a province contains its cities, counties and townships). */
export function isAncestor(ancestor: Division, d: Division): boolean {
  if (ancestor.code === d.code) return false;
  switch (ancestor.kind) {
    case 'province':
      return d.provinceCode === ancestor.code;
    case 'city':
      return d.cityCode === ancestor.code;
    case 'county':
      return d.kind === 'township' && d.countyCode === ancestor.code;
    default:
      return false;
  }
}
