/**
 * Every township of the tables, written after its parents the ways reports write them: the name
 * read must be the township's own, never a namesake elsewhere nor a name straddling the boundary
 * between a parent and the township (汾阳市|西河街道 read as 市西河街道 of 贵阳).
 */
import { describe, expect, it } from 'vitest';

import { type Division, DIVISIONS } from './divisions';
import { extractMetadata } from './index';
import { findPlaces } from './places';

const townships = [...DIVISIONS.byCode.values()].filter((d) => d.kind === 'township');
const nameOf = (code: string | null): string | undefined => (code === null ? undefined : DIVISIONS.byCode.get(code)?.name);

/** `${county}${T}`, `${city}${county}${T}`, `${city}${T}`, `${province}${city}${county}${T}`: what reports write before T. */
function chainsBefore(t: Division): string[] {
  const province = nameOf(t.provinceCode)!;
  const city = nameOf(t.cityCode) ?? (province.endsWith('市') ? province : undefined);
  const county = nameOf(t.countyCode);
  const out: string[] = [];
  // A township named after its county (濮阳县柳屯镇 in the tables) is written with it once.
  if (county !== undefined && !t.name.startsWith(county)) {
    out.push(county);
    if (city !== undefined && city !== county) out.push(`${city}${county}`, `${province === city ? '' : province}${city}${county}`);
  }
  if (city !== undefined) out.push(city);
  return out;
}

/** Why `${chain}${t.name}` is misread, or null when its last name is `t`'s own row. */
function misreading(chain: string, t: Division): string | null {
  const text = `${chain}${t.name}`;
  const mentions = findPlaces(text).mentions;
  const straddling = mentions.find((m) => m.start < chain.length && m.end > chain.length && !m.divisions.includes(t));
  if (straddling) return `${text}: ${straddling.name} straddles the boundary`;
  const last = mentions.at(-1);
  if (last === undefined || last.end !== text.length || !last.divisions.includes(t))
    return `${text}: read as ${mentions.map((m) => m.name).join('|')}`;
  return null;
}

describe('every township written after its parents', () => {
  it('is read as itself, never across a parent boundary nor as a namesake (all ~38,000)', () => {
    const misread: string[] = [];
    for (const t of townships) for (const chain of chainsBefore(t)) misread.push(misreading(chain, t) ?? '');
    expect(misread.filter(Boolean)).toEqual([]);
  });

  it('resolves to its own code when the report opens with its chain, also when the tables file it under a zone', () => {
    // The townships whose table rows carry a zone or their parents' names (高新区团山镇), and
    // those of statistical zones, which have no county.
    const filed = townships.filter((t) => t.filedAs !== undefined || (t.countyCode === null && t.cityCode !== null));
    expect(filed.length).toBeGreaterThan(300);
    const wrong: string[] = [];
    for (const t of filed) {
      if (/特殊|直属|管委会|管理委员会/.test(t.name)) continue; // a zone's townships as a whole, no place
      // A namesake in the same city that a chain without a county cannot tell apart (两个东汪镇 of 邢台市).
      const county = nameOf(t.countyCode);
      if (county === undefined && DIVISIONS.byName.get(t.name)!.some((d) => d !== t && d.cityCode === t.cityCode)) continue;
      const province = nameOf(t.provinceCode)!;
      const chain = `${province.endsWith('市') ? '' : province}${nameOf(t.cityCode) ?? province}${county ?? ''}`;
      const meta = extractMetadata(`${chain}${t.name}人民政府关于2023年度法治政府建设情况的报告\n2023年,我镇坚持依法行政。`);
      if (meta.code?.value !== t.code) wrong.push(`${chain}${t.name} → ${meta.jurisdiction?.value ?? '-'} ${meta.code?.value ?? '-'}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('a parent written right before a township', () => {
  const codeOf = (text: string): string | null => extractMetadata(text).code?.value ?? null;
  const city = (text: string): string | null => extractMetadata(text).city?.value ?? null;

  it('stays whole where the township could be read as starting inside it', () => {
    // 市西河街道 is 贵阳's, 市东街街道 and 市中街街道 others'; written after 汾阳市, 长治市, 平凉市 they are their own streets.
    expect(codeOf('汾阳市西河街道办事处2022年法治政府建设工作报告')).toBe('141182003');
    expect(city('中共吕梁市汾阳市西河街道工作委员会\n关于2021年度法治政府建设情况的报告')).toBe('吕梁市');
    const changzhi = findPlaces('长治市东街街道党工委').mentions.map((m) => m.name);
    expect(changzhi).toEqual(['长治市', '东街街道']);
    // A zone's word beginning a street's name: 邯郸市 + 开发区街道, not the zone 邯郸市开发区.
    expect(findPlaces('邯郸市开发区街道办事处').mentions.map((m) => [m.name, m.zone])).toEqual([
      ['邯郸市', false],
      ['开发区街道', false],
    ]);
  });

  it('does not split a name whose own parent is written (a 市 written once for 市市)', () => {
    // 市中街道 is a street of 德州市; 中街道 is none of 德州's.
    const dezhou = findPlaces('德州市中街道').mentions.at(-1)!;
    expect([dezhou.name, dezhou.divisions.every((d) => d.cityCode === '3714')]).toEqual(['市中街道', true]);
    // 市西河街道 is 贵阳's, 西河街道 none of 贵阳's: 贵阳市西河街道 is 贵阳's street.
    expect(findPlaces('贵阳市西河街道').mentions.map((m) => m.name)).toEqual(['市西河街道']);
    // Where the tables confirm neither reading, the longer name stays, as it always has.
    expect(findPlaces('敖汉旗下营镇').mentions.map((m) => m.name)).toEqual(['旗下营镇']);
  });

  it('chooses the township under the written chain over namesakes, also one the tables file under a zone', () => {
    // 团山镇 is in 邵东市 (湖南) and, as 高新区团山镇, in 樊城区 (湖北).
    expect(extractMetadata('湖北省襄阳市樊城区团山镇人民政府关于2023年度法治政府建设情况的报告').province?.value).toBe('湖北省');
    expect(codeOf('襄阳市樊城区团山镇2024年法治政府建设工作报告')).toBe('420606170');
    expect(codeOf('邵东市团山镇2024年法治政府建设工作报告')).toBe('430582108');
    // A zone named with its city before the township.
    expect(codeOf('襄阳高新区米庄镇2022年度法治政府建设情况报告')).toMatch(/^420606/);
    // A county the tables do not file the street under: its city still decides, its code is the table's.
    const mingHu = extractMetadata('河南省郑州市管城区明湖街道办事处2023年法治政府建设工作报告');
    expect(mingHu).toMatchObject({
      province: { value: '河南省' },
      city: { value: '郑州市' },
      county: { value: '管城回族区' },
      code: { value: '410171560' },
    });
    expect(mingHu.jurisdiction?.value).toBe('明湖街道');
  });

  it("names a township by its own name, not the tables' zone-prefixed one", () => {
    expect(DIVISIONS.byName.get('开发区银杏大街街道')?.map((d) => d.name)).toEqual(['银杏大街街道']);
    const text = '2025年,银杏大街街道在文峰区委、区政府的正确领导下,坚持依法行政。我街道全年办理行政复议案件3件。';
    expect(extractMetadata(text)).toMatchObject({
      jurisdiction: { value: '银杏大街街道' },
      city: { value: '安阳市' },
      county: { value: '文峰区' },
    });
  });
});
