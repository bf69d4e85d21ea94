/**
 * Places renamed since the tables' source was compiled (RENAMED_PLACES): a report under the new name resolves to the
 * old row, with its parents and code, at the level its new name's last word says (a town's 镇, a district's 区).
 */
import { describe, expect, it } from 'vitest';

import { RENAMED_PLACES } from './constants';
import { DIVISIONS } from './divisions';
import { extractMetadata } from './index';

const prose = '坚持以习近平法治思想为指导,全面推进依法行政,法治政府建设取得新成效。';
const LEVEL_WORDS = ['街道', '镇', '乡', '区', '县', '市', '旗'];

describe('a place under its new name', () => {
  it('is its old row, at its new name’s level, for every renamed place', () => {
    const renamed = Object.entries(RENAMED_PLACES);
    expect(renamed.map(([name]) => name)).toContain('下太镇');
    const misread: string[] = [];
    for (const [name, code] of renamed) {
      const row = DIVISIONS.byCode.get(code)!;
      // A township's county is its parent; a county-level row is no county of itself.
      const county = row.kind === 'township' && row.countyCode !== null ? DIVISIONS.byCode.get(row.countyCode)!.name : null;
      const m = extractMetadata(`${name}2023年法治政府建设年度报告\n2023年,${name}${prose}`);
      const level = LEVEL_WORDS.find((word) => name.endsWith(word));
      if (m.jurisdiction?.value !== name || m.level?.value !== level || (m.county?.value ?? null) !== county)
        misread.push(`${name}: ${m.jurisdiction?.value ?? '-'} ${m.level?.value ?? '-'} ${m.county?.value ?? '-'}`);
    }
    expect(misread).toEqual([]);
  });

  it('places 英德市’s 下太镇 (下石太镇 in the tables) in its county, city and province', () => {
    const m = extractMetadata(`2023年,我镇${prose}下太镇党委高度重视,现将下太镇2023年度法治政府建设情况报告如下:`);
    expect([m.jurisdiction?.value, m.level?.value, m.county?.value, m.city?.value, m.province?.value]).toEqual([
      '下太镇',
      '镇',
      '英德市',
      '清远市',
      '广东省',
    ]);
  });
});
