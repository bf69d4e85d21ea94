import { describe, expect, it } from 'vitest';

import { DIVISIONS } from '../extract/metadata/divisions';
import { LEVELS } from '../extract/vocabulary';
import { LEVEL_GROUPS, levelGroupOf, levelsOfGroup, PROVINCE_CODES } from './level-groups';

describe('level groups', () => {
  it('put every level in exactly one group, and an unknown level in "unplaced"', () => {
    expect(LEVELS.length).toBe(9);
    const grouped = LEVEL_GROUPS.flatMap((group) => levelsOfGroup(group));
    expect([...grouped].sort()).toEqual([...LEVELS].sort());
    expect(levelGroupOf(null)).toBe('unplaced');
    expect(levelsOfGroup('town').sort()).toEqual(['乡', '街道', '镇'].sort());
    expect(levelsOfGroup('county').sort()).toEqual(['区', '县', '开发区', '旗'].sort());
    for (const level of LEVELS) expect(levelsOfGroup(levelGroupOf(level))).toContain(level);
  });

  it('name every province of the division tables by its code', () => {
    const provinces = [...DIVISIONS.byCode.values()].filter((division) => division.kind === 'province');
    expect(provinces.length).toBeGreaterThanOrEqual(31);
    const mainland = provinces.filter((division) => Number(division.code) < 70);
    expect(new Map(mainland.map((division) => [division.name, division.code]))).toEqual(PROVINCE_CODES);
  });
});
