/**
 * Level groups: how a dataset of every local government is split into parts a view can load on
 * its own (src/data/shards.ts) and how its prebuilt downloads are split (one file per group).
 * 省 (province), 市 (prefecture city), county-level (区, 县, 旗, 开发区), township-level (街道, 镇,
 * 乡), and reports whose place or level was not found. Townships are ~38,000 of the ~45,000
 * places, so they are further split by province where a file per group would be too large.
 */

import type { JurisdictionLevel } from '../extract/light';

export const LEVEL_GROUPS = ['province', 'city', 'county', 'town', 'unplaced'] as const;
export type LevelGroup = (typeof LEVEL_GROUPS)[number];

const GROUP_OF_LEVEL: Readonly<Record<JurisdictionLevel, LevelGroup>> = {
  省: 'province',
  市: 'city',
  区: 'county',
  县: 'county',
  旗: 'county',
  开发区: 'county',
  街道: 'town',
  镇: 'town',
  乡: 'town',
};

/** The group of a jurisdiction's level; `unplaced` when the level is unknown. */
export function levelGroupOf(level: JurisdictionLevel | null): LevelGroup {
  return level === null ? 'unplaced' : GROUP_OF_LEVEL[level];
}

/** The levels of a group, in the dashboard's level order. */
export function levelsOfGroup(group: LevelGroup): JurisdictionLevel[] {
  return (Object.keys(GROUP_OF_LEVEL) as JurisdictionLevel[]).filter((level) => GROUP_OF_LEVEL[level] === group);
}

/**
 * The two-digit code of each province-level division (GB/T 2260), by the name the division tables
 * give it: township shards are named by it (`town-33`), so that folder names stay ASCII and stable.
 * A test holds it equal to the extractor's division tables.
 */
export const PROVINCE_CODES: ReadonlyMap<string, string> = new Map([
  ['北京市', '11'],
  ['天津市', '12'],
  ['河北省', '13'],
  ['山西省', '14'],
  ['内蒙古自治区', '15'],
  ['辽宁省', '21'],
  ['吉林省', '22'],
  ['黑龙江省', '23'],
  ['上海市', '31'],
  ['江苏省', '32'],
  ['浙江省', '33'],
  ['安徽省', '34'],
  ['福建省', '35'],
  ['江西省', '36'],
  ['山东省', '37'],
  ['河南省', '41'],
  ['湖北省', '42'],
  ['湖南省', '43'],
  ['广东省', '44'],
  ['广西壮族自治区', '45'],
  ['海南省', '46'],
  ['重庆市', '50'],
  ['四川省', '51'],
  ['贵州省', '52'],
  ['云南省', '53'],
  ['西藏自治区', '54'],
  ['陕西省', '61'],
  ['甘肃省', '62'],
  ['青海省', '63'],
  ['宁夏回族自治区', '64'],
  ['新疆维吾尔自治区', '65'],
]);
