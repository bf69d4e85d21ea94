/**
 * The administrative-division tables at run time: parsed once, at module load, from the compact
 * generated module into Maps, so that a report costs a few thousand Map look-ups, not a scan of
 * 40,000 names.
 */

import type { JurisdictionLevel } from '../types';
import { PEOPLES, RENAMED_PLACES, TABLE_CHARACTER_VARIANTS, ZONE_WORDS } from './constants';
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
  /** Set on a renamed place's row under its new name (西沙区 of 西沙群岛): the name the tables have. */
  readonly renamedFrom?: string;
  /**
   * Set on a township the tables file under a zone or its parents' names (高新区团山镇,
   * 开发区银杏大街街道): the tables' name, while `name` is its own (团山镇, 银杏大街街道).
   */
  readonly filedAs?: string;
}

/** A name-to-divisions index plus the lookups the resolver needs. */
export interface DivisionIndex {
  readonly byName: ReadonlyMap<string, readonly Division[]>;
  readonly byCode: ReadonlyMap<string, Division>;
  /** Short names of provinces (湖南, 内蒙古, 广西) → province code. */
  readonly provinceShort: ReadonlyMap<string, string>;
  /** Short names of prefecture-level cities (淄博, 长沙) → city codes; 2+ characters only. */
  readonly cityShort: ReadonlyMap<string, readonly string[]>;
  /**
   * Street offices by the name reports write without 道 (龙湖街 for 龙湖街道, 北门街 for
   * 北门街街道): trusted only before an organ or a title's subject, since 街 ends ordinary words.
   */
  readonly streetShort: ReadonlyMap<string, readonly Division[]>;
  /** Every character a name of `byName` ends with: the place finder reads backwards from these. */
  readonly lastChars: ReadonlySet<string>;
  /**
   * Every ending of two or more characters of a name of `byName` (宁乡市: 乡市, 宁乡市). Reading
   * backwards from a last character, the place finder stops at the first piece that no name ends
   * with: no longer piece can be a name either, and most stop after two or three characters.
   */
  readonly nameEndings: ReadonlySet<string>;
  /** Every beginning of two or more characters of a name of `byName`: the same for reading forwards. */
  readonly nameBeginnings: ReadonlySet<string>;
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

/** Peoples named in autonomous places' names, stripped to get the name reports use. */
const PEOPLE_SUFFIX = new RegExp(`(?:${[...PEOPLES].sort((a, b) => b.length - a.length).join('|')})族?$`);

/** Strips the peoples from the end of an autonomous name's stem: 石柱土家族 → 石柱. */
function stripPeoples(stem: string): string {
  let out = stem;
  for (let next = out.replace(PEOPLE_SUFFIX, ''); next !== out && next.length > 0; next = out.replace(PEOPLE_SUFFIX, '')) out = next;
  return out;
}

/**
 * The part of a prefecture's name that reports write before 高新区 or 州: 淄博 of 淄博市, 兴安 of
 * 兴安盟, 恩施 of 恩施土家族苗族自治州. 地区 keep their full name.
 */
function prefectureStem(name: string): string {
  if (!name.endsWith('自治州')) return name.replace(/(?:市|盟)$/, '');
  return stripPeoples(name.slice(0, -3));
}

/**
 * The part of a county-level name that slogans and media write alone: 旺苍 of 旺苍县 (幸福美丽旺苍),
 * 石柱 of 石柱土家族自治县, 朔城 of 朔城区.
 */
export function countyStem(name: string): string {
  return stripPeoples(name.replace(/(?:自治)?(?:县|区|旗|市)$/, ''));
}

/**
 * Other names reports write for a division: an autonomous county or banner by its stem (石柱县,
 * 石柱自治县 for 石柱土家族自治县; 莫力达瓦旗), a 行政委员会 by 行委 (大柴旦行委), a street office
 * with or without the 街 of its street (北门街街道, 北门街道), a statistical
 * zone's township without the zone in brackets (城南街道 for （工业园区）城南街道, which is also
 * kept with half-width brackets), and the common form of a character the tables spell rarely
 * (昭余镇 for 昭馀镇).
 */
export function nameAliases(name: string): string[] {
  const out: string[] = [];
  const autonomous = /^(.+?)(?:自治)?(县|旗|区)$/.exec(name);
  if (autonomous && /族|自治/.test(name)) {
    const stem = stripPeoples(autonomous[1]!.replace(/自治$/, ''));
    if (stem.length >= 2 && stem !== autonomous[1]) {
      out.push(`${stem}${autonomous[2]!}`);
      if (name.includes('自治')) out.push(`${stem}自治${autonomous[2]!}`);
    }
  }
  if (name.endsWith('行政委员会')) out.push(`${name.slice(0, -5)}行委`);
  // Street offices named after a street are written with and without its 街: 北门街街道 for
  // 北门街道, 金融街道 for 金融街街道.
  if (name.endsWith('街街道')) out.push(`${name.slice(0, -3)}街道`);
  else if (name.endsWith('街道') && name.length >= 4) out.push(`${name.slice(0, -2)}街街道`);
  const bracketed = /^（([^）]+)）(.+)$/.exec(name);
  if (bracketed) out.push(bracketed[2]!, `(${bracketed[1]!})${bracketed[2]!}`);
  let common = name;
  for (const [rare, usual] of Object.entries(TABLE_CHARACTER_VARIANTS)) common = common.replaceAll(rare, usual);
  if (common !== name) out.push(common);
  return out.filter((alias) => alias !== name);
}

/**
 * A zone, or a part of one (天津经济技术开发区东区), that the tables write before the township's
 * own name: 高新区团山镇, 郑州经济技术开发区明湖街道, 河南濮阳工业园区昌湖街道.
 */
const FILED_UNDER_ZONE = new RegExp(`^[^（(]*?(?:${ZONE_WORDS.join('|')}|[^（(]新区|[^（(]新城)(?:[东西南北中]区)?`);

/** Rows that stand for a zone's townships as a whole, with no place of their own: 特殊乡镇, 直属乡镇, 管委会街道. */
const PLACEHOLDER_TOWNSHIP = /特殊(?:乡镇|街道)$|直属乡镇$|^(?:管理委员会|管委会)街道$/;

/**
 * The name a report writes for a township the tables file under a zone or under its parents'
 * names (高新区团山镇 of 樊城区, 四平市铁东区平东街道 of 铁东区): its own name, 团山镇 and 平东街道,
 * which a text writes after whatever chain it chooses (湖北省襄阳市樊城区团山镇). `parents` are the
 * row's city and county names, in that order (and their government: 敖汉旗人民政府新州街道). Empty
 * when the row is named like any other.
 */
export function filedUnderAliases(name: string, parents: readonly string[]): string[] {
  let own = name;
  for (const parent of parents) if (own.startsWith(parent)) own = own.slice(parent.length);
  own = own.replace(/^人民政府/, '').replace(FILED_UNDER_ZONE, '');
  // 开发区街道 is a street office of that name, not a zone's unnamed one.
  if (own === name || own.length < 3 || PLACEHOLDER_TOWNSHIP.test(own) || !/(?:镇|乡|街道)$/.test(own)) return [];
  return [own, ...nameAliases(own)];
}

/** The names a street office is written by without 道: 龙湖街 (龙湖街道), 北门街 (北门街街道). */
function streetShortNames(name: string): string[] {
  if (!name.endsWith('街道') || name.length < 4) return [];
  const stem = name.slice(0, -1);
  return name.endsWith('街街道') ? [stem, name.slice(0, -2)] : [stem];
}

function splitPairs(packed: string, codeLength: number): Array<[string, string]> {
  if (packed === '') return [];
  return packed.split('|').map((pair) => [pair.slice(0, codeLength), pair.slice(codeLength)]);
}

function buildIndex(): DivisionIndex {
  const byName = new Map<string, Division[]>();
  const byCode = new Map<string, Division>();
  const streetShort = new Map<string, Division[]>();
  const push = (map: Map<string, Division[]>, key: string, d: Division): void => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [d]);
    else if (!list.includes(d)) list.push(d);
  };
  const add = (d: Division): void => {
    byCode.set(d.code, d);
    push(byName, d.name, d);
    if (d.kind === 'county' || d.kind === 'township') for (const alias of nameAliases(d.name)) push(byName, alias, d);
    for (const short of streetShortNames(d.name)) push(streetShort, short, d);
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
    // A county-level row named like its city (嘉峪关市 620201 of 嘉峪关市 6202, a city without
    // districts) is the city itself, not a second place of that name.
    if (byCode.get(cityCode)?.name === name) continue;
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
    const parents = [byCode.get(cityCode)?.name, county?.name].filter((n): n is string => n !== undefined);
    for (const entry of group.slice(colon + 1).split(',')) {
      const name = entry.slice(3);
      const aliases = filedUnderAliases(name, parents);
      const row: Division = {
        code: countyCode + entry.slice(0, 3),
        name: aliases[0] ?? name,
        ...(aliases.length > 0 ? { filedAs: name } : {}),
        kind: 'township',
        level: townshipLevel(name),
        provinceCode: countyCode.slice(0, 2),
        cityCode: byCode.has(cityCode) ? cityCode : null,
        countyCode: county ? countyCode : null,
      };
      // Indexed by its own name and its aliases, and by the tables' name, which a text may copy.
      add(row);
      push(byName, name, row);
    }
  }

  // A renamed place keeps its row's code under its new name (三沙市西沙区, once 西沙群岛).
  for (const [newName, code] of Object.entries(RENAMED_PLACES)) {
    const row = byCode.get(code);
    if (row)
      push(byName, newName, {
        ...row,
        name: newName,
        level: row.kind === 'township' ? townshipLevel(newName) : countyLevel(newName),
        renamedFrom: row.name,
      });
  }

  let maxNameLength = 0;
  const lastChars = new Set<string>();
  const nameEndings = new Set<string>();
  const nameBeginnings = new Set<string>();
  for (const name of byName.keys()) {
    maxNameLength = Math.max(maxNameLength, name.length);
    lastChars.add(name[name.length - 1]!);
    for (let length = 2; length <= name.length; length += 1) {
      nameEndings.add(name.slice(name.length - length));
      nameBeginnings.add(name.slice(0, length));
    }
  }
  return { byName, byCode, provinceShort, cityShort, streetShort, lastChars, nameEndings, nameBeginnings, maxNameLength };
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
    case 'township':
      return false;
  }
}
