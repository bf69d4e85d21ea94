/**
 * A place's name written right after an organ's word: the party's 中共 before a county (中共和县委)
 * and a county's 人民政府 before its street office (西秀区人民政府南街街道办事处). The word's last
 * character is no name's first: 中共和县委 is 和县's committee, not 共和县's, and 政府南街街道 is
 * 南街街道, not 府南街道 (written 府南街街道). Properties over every county and every street office
 * of the tables.
 */
import { describe, expect, it } from 'vitest';

import { type Division, DIVISIONS } from './divisions';
import { extractMetadata } from './index';

const rows = [...DIVISIONS.byCode.values()];
const nameOf = (code: string | null): string | undefined => (code === null ? undefined : DIVISIONS.byCode.get(code)?.name);
/** Names two or more rows of a kind bear (鼓楼区, 城区): a report writes their city before them. */
function sharedNames(kind: Division['kind']): Set<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const d of rows) if (d.kind === kind) (seen.has(d.name) ? shared : seen).add(d.name);
  return shared;
}
const sharedCounties = sharedNames('county');
/** A county as a report writes it: with its city when another county bears its name. */
function countyWritten(county: Division): string {
  return sharedCounties.has(county.name) ? `${nameOf(county.cityCode) ?? nameOf(county.provinceCode)}${county.name}` : county.name;
}
const codeOf = (text: string): string | null => extractMetadata(text).code?.value ?? null;

describe('a place written right after an organ word', () => {
  it('is the county after 中共, never a county named with 共 (中共和县委 is 和县)', () => {
    expect(codeOf('中共和县委 和县人民政府\n关于2021年法治政府建设情况的报告')).toBe('340523');
    expect(codeOf('中共共和县委 共和县人民政府\n关于2021年法治政府建设情况的报告')).toBe('632521');
    // A township too: 中共兴镇委员会 is 兴镇's of 蒲城县, not 共兴镇 of 顺庆区.
    expect(codeOf('中共兴镇委员会\n2023年,兴镇坚持依法行政。')).toBe('610526103');
  });

  it('is every county of the tables, its committee and government heading its report', () => {
    const counties = rows.filter((d) => d.kind === 'county');
    expect(counties.length).toBeGreaterThan(2800);
    const wrong = counties.flatMap((county) => {
      const written = countyWritten(county);
      const text = `中共${written}委 ${written}人民政府\n关于2021年法治政府建设情况的报告\n2021年,我${county.level}坚持依法行政。`;
      const code = codeOf(text);
      return code === county.code ? [] : [`${written} → ${code ?? '-'}`];
    });
    expect(wrong).toEqual([]);
  });

  it('is every street office after its county government (鲤城区人民政府金龙街道办事处)', () => {
    const streets = rows.filter((d) => d.kind === 'township' && d.level === '街道' && d.countyCode !== null && d.filedAs === undefined);
    expect(streets.length).toBeGreaterThan(7000);
    const wrong = streets.flatMap((street) => {
      const county = DIVISIONS.byCode.get(street.countyCode!)!;
      // Two streets of one name in one county (the tables' own doubles) no text can tell apart.
      if (DIVISIONS.byName.get(street.name)!.some((d) => d !== street && d.countyCode === street.countyCode)) return [];
      const text = `${countyWritten(county)}人民政府${street.name}办事处关于2023年度法治政府建设情况的报告\n2023年,我街道坚持依法行政。`;
      const code = codeOf(text);
      return code === street.code ? [] : [`${countyWritten(county)}人民政府${street.name} → ${code ?? '-'}`];
    });
    expect(wrong).toEqual([]);
  });
});
