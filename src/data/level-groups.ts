/**
 * Level groups: how a dataset of every local government is split into parts a view can load on
 * its own (src/data/shards.ts) and how its prebuilt downloads are split (one file per group).
 * 省 (province), 市 (prefecture city), county-level (区, 县, 旗, 开发区), township-level (街道, 镇,
 * 乡), and reports whose place or level was not found. Townships are ~38,000 of the ~45,000
 * places, so they are further split by province where a file per group would be too large.
 */

import type { JurisdictionLevel } from '../extract/vocabulary';

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
