import { describe, expect, it } from 'vitest';
import { normalizeForMatching } from '../normalize/normalize';
import { findPlaces } from './places';

/** Names trusted in prose (generic ones such as a parentless 城区 left out). */
function names(text: string): string[] {
  return findPlaces(normalizeForMatching(text))
    .mentions.filter((m) => !m.generic)
    .map((m) => m.name);
}

describe('findPlaces', () => {
  it('finds names by their last character and keeps offsets', () => {
    const text = '为提高水平,习水县多年律师事务所担任桃林镇法律顾问。';
    const scan = findPlaces(text);
    expect(scan.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['习水县', '桃林镇']);
  });

  it('links a chain and narrows the rows of its last name', () => {
    const scan = findPlaces('来源:长沙市芙蓉区人民政府');
    const furong = scan.mentions.find((m) => m.name === '芙蓉区')!;
    expect(furong.parent?.name).toBe('长沙市');
    expect(furong.parent?.hasChild).toBe(true);
    const chain = findPlaces('廣州市花都區炭步鎮'.replace(/./g, (c) => normalizeForMatching(c)));
    const tanbu = chain.mentions.find((m) => m.name === '炭步镇')!;
    expect(tanbu.divisions.map((d) => d.code)).toEqual(['440114107']);
    expect(tanbu.parent?.name).toBe('花都区');
  });

  it('narrows same-named places by the parent written before them', () => {
    const taolin = findPlaces('贵州省习水县桃林镇').mentions.at(-1)!;
    expect(taolin.divisions.map((d) => d.code)).toEqual(['520330119']);
  });

  it('reads traditional characters through the matching view', () => {
    expect(names('2024年,高陵區堅持以習近平新時代中國特色社會主義思想為指導')).toEqual(['高陵区']);
  });

  it('lets the longest name win where names overlap', () => {
    expect(names('长沙市区域内')).toEqual(['长沙市']);
  });

  it('does not read names out of ordinary words', () => {
    expect(names('目录》确定四宝山区域生态建设')).toEqual([]); // 区域, not 宝山区
    expect(names('纳入《纲要》和县委、县政府年度工作要点')).toEqual([]); // and the county committee
    expect(names('坚持振兴县域经济,推进现代县级治理')).toEqual([]); // 兴县, 代县
    expect(names('老城区改造和矿区治理')).toEqual([]); // 城区, 矿区 need a parent
    expect(names('阳泉市城区')).toEqual(['阳泉市', '城区']);
    expect(findPlaces('老城区改造').mentions.map((m) => [m.name, m.generic])).toEqual([['老城区', true]]);
    expect(names('镇(街道)村(社区)')).toEqual([]);
  });

  it('accepts a two-character county after a boundary', () => {
    expect(names('赵县人民政府\n2022年度法治政府建设情况报告')).toEqual(['赵县']);
    expect(names('2022年赵县坚持依法行政')).toEqual(['赵县']);
  });

  it('finds development zones, with their city when it is written', () => {
    const scan = findPlaces('淄博高新区群众工作部;2022年,高新区以…;石家庄市高新区');
    expect(scan.mentions.map((m) => [m.name, m.zone, m.zoneParent?.codes ?? null])).toEqual([
      ['淄博高新区', true, ['3703']],
      ['高新区', true, null],
      ['石家庄市高新区', true, ['1301']],
    ]);
  });

  it('marks names inside 《》', () => {
    const scan = findPlaces('制定《桃林镇2022年法治政府建设工作计划》,担任桃林镇法律顾问');
    expect(scan.mentions.map((m) => m.inBookTitle)).toEqual([true, false]);
  });

  it('notes provinces written by their short names', () => {
    const scan = findPlaces('对甘肃重要讲话和浙江法治报');
    expect(scan.provinceHints.map((h) => h.code)).toEqual(['62', '33']);
  });

  it('finds nothing in English or empty text', () => {
    expect(names('')).toEqual([]);
    expect(names('Annual report, district and county.')).toEqual([]);
  });
});
