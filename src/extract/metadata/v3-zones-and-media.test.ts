/**
 * Places as the pages of real pages set 3 name them, in wordings and places of our own: a zone
 * named after its county rather than its city, a title that names the zone by its kind alone,
 * zones the tables lack (新区, 综保区) after an opening's guidance clause, and a same-named place
 * settled by its district's own media or portal (来源:福田政府在线).
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

describe('a zone the tables lack, named after the guidance clause of its opening', () => {
  it.each([
    ['2023年,在区委、区政府的正确领导下,洋山保税港区始终坚持', '洋山保税港区'],
    ['2022年,在省委、省政府的坚强领导下,兰州新区(以下简称“新区”)坚持', '兰州新区'],
    ['2024年度,在市委市政府的关心指导下,西永综合保税区深入', '西永综合保税区'],
  ])('%s… is a zone', (opening, zone) => {
    expect(meta(`${opening}${prose}`)).toMatchObject({ jurisdiction: zone, level: '开发区' });
  });

  it('a district of the tables ending in 新区 stays a district', () => {
    expect(meta(`2023年,在市委、市政府的坚强领导下,浦东新区始终坚持${prose}`)).toMatchObject({
      jurisdiction: '浦东新区',
      level: '区',
      province: '上海市',
    });
  });

  it('places the zone in the one municipality the text names when it names no city', () => {
    const text = `2024年,在市委、市政府的正确领导下,西永综保区坚持${prose}认真落实《重庆市法治政府建设实施方案》。`;
    expect(meta(text)).toMatchObject({ jurisdiction: '西永综保区', province: '重庆市', city: null });
  });

  it('a city the text names wins over a municipality it quotes', () => {
    const text = `2024年,高新区坚持${prose}学习上海市经验,推动淄博市各部门协同。`;
    expect(meta(text)).toMatchObject({ jurisdiction: '高新区', province: '山东省', city: '淄博市' });
  });
});

describe("a same-named place settled by its district's own media or portal", () => {
  const opening = (place: string) => `2023年,${place}${prose}现将有关情况报告如下:`;

  it.each([
    ['莲花街道', '来源:巴南发布', '重庆市', '巴南区'],
    ['莲花街道', '信息来源 : 西峡政府网', '河南省', '西峡县'],
    ['莲花街道', '来源:雁江融媒', '四川省', '雁江区'],
  ])('%s with 「%s」 is the one of that district', (place, source, province, county) => {
    expect(meta(`${place}2023年法治政府建设年度报告\n${source}\n${opening(place)}`)).toMatchObject({
      jurisdiction: place,
      province,
      county,
    });
  });

  it('stays ambiguous when the short name is written in no such frame', () => {
    expect(meta(`莲花街道2023年法治政府建设年度报告\n来源:本站\n${opening('莲花街道')}`)).toMatchObject({
      jurisdiction: '莲花街道',
      province: null,
      county: null,
    });
  });
});
