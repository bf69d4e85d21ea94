/**
 * Development zones as real pages name them, in wordings and places of our own: a zone named
 * after its county rather than its city, and a title that names the zone by its kind alone.
 */
import { describe, expect, it } from 'vitest';

import { extractMetadata } from './index';

const prose = '坚持以习近平法治思想为指导,全面推进依法行政,法治政府建设取得新成效。';

function meta(text: string) {
  const m = extractMetadata(text);
  return {
    jurisdiction: m.jurisdiction?.value ?? null,
    level: m.level?.value ?? null,
    province: m.province?.value ?? null,
    city: m.city?.value ?? null,
    county: m.county?.value ?? null,
  };
}

describe('a zone named after its county', () => {
  it.each([
    ['英德高新区', '广东省', '清远市', '英德市'],
    ['宜兴经济技术开发区', '江苏省', '无锡市', '宜兴市'],
    ['蒙城经济开发区', '安徽省', '亳州市', '蒙城县'],
  ])('%s belongs to that county', (zone, province, city, county) => {
    expect(meta(`${zone}2023年法治政府建设工作报告\n2023年,${zone}${prose}`)).toEqual({
      jurisdiction: zone,
      level: '开发区',
      province,
      city,
      county,
    });
  });

  it("a short name several counties share says nothing of the zone's place", () => {
    // 鼓楼区 is a district of 南京, 福州, 徐州 and 开封.
    expect(meta(`鼓楼经济开发区2023年法治政府建设工作报告\n2023年,鼓楼经济开发区${prose}`)).toMatchObject({
      level: '开发区',
      province: null,
      county: null,
    });
  });
});

describe('a title that names its zone by its kind alone', () => {
  it.each([
    ['高新区', '2024年,宜兴高新区'],
    ['经济技术开发区', '2022年度,蒙城经济技术开发区'],
  ])('「%s…报告」 is the zone the text names in full (%s…)', (kind, opening) => {
    const full = opening.replace(/^[^,]*,/, '');
    expect(meta(`${kind}2024年度法治政府建设情况报告\n${opening}${prose}`)).toMatchObject({ jurisdiction: full, level: '开发区' });
  });

  it('stays the bare kind when the text never names it more fully', () => {
    expect(meta(`经济开发区2024年度法治政府建设情况报告\n2024年,开发区${prose}`)).toMatchObject({ jurisdiction: '经济开发区' });
  });
});
