import { describe, expect, it } from 'vitest';

import { normalizeForMatching } from '../normalize/normalize';
import { DIVISIONS } from './divisions';
import { extractMetadata } from './index';
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

  it('reads a two-character county after 在 or 中共 when its committee or government follows', () => {
    // Only the name's own organ makes it a place there; 在和县直部门 stays the words it is.
    const cases = [
      '2023年,在丰县委、县政府的坚强领导下,我镇扎实推进依法行政。',
      '在睢县县委、县政府的正确领导下开展工作。',
      '中共沛县委员会办公室印发通知。',
      '在息县人民政府的统一部署下完成清理。',
    ];
    expect(cases.map(names)).toEqual([['丰县'], ['睢县'], ['沛县'], ['息县']]);
    expect(names('问题主要集中在和县直部门衔接上。')).toEqual([]);
    expect(names('现在县委统一部署下推进。')).toEqual([]);
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

  it('reads 县城 as county + town where a town name starts there (嵩县城关镇), as a word elsewhere', () => {
    const chain = findPlaces('嵩县城关镇人民政府').mentions;
    expect(chain.map((m) => m.name)).toEqual(['嵩县', '城关镇']);
    expect(chain[1]!.divisions.map((d) => d.code)).toEqual(['410325100']);
    expect(names('全县城乡一体')).toEqual([]);
  });

  it('reads 城市 and 城乡 after a two-character name as words of their own, 县城 never made of them', () => {
    expect(names('兴县城市管理综合行政执法局')).toEqual(['兴县']);
    expect(names('嵩县城乡规划局')).toEqual(['嵩县']);
    // Not at a boundary, the name is still a piece of a longer word: 振兴|县城, 创新|县城.
    expect(names('振兴县城市场,创新县城市政建设')).toEqual([]);
  });

  it("reads every two-character county's 城市管理 bureau as the county's department", () => {
    const shared = new Set<string>();
    const seen = new Set<string>();
    const counties = [...DIVISIONS.byCode.values()].filter((d) => d.kind === 'county');
    for (const d of counties) (seen.has(d.name) ? shared : seen).add(d.name);
    const short = counties.filter((d) => d.name.length === 2);
    // 兴县, 泾县, 陇县, 赵县…, and the shared 城区, 郊区, 东区 written after their city.
    expect(short.length).toBeGreaterThan(100);
    const wrong = short.flatMap((county) => {
      const written = shared.has(county.name)
        ? `${DIVISIONS.byCode.get(county.cityCode ?? county.provinceCode)!.name}${county.name}`
        : county.name;
      const body = `${written}城市管理综合行政执法局`;
      const md = extractMetadata(`发布机构:${body}\n${body}2021年度法治政府建设工作情况报告\n2021年,${body}坚持依法行政。`);
      return md.code?.value === county.code && md.bodyKind === 'department' ? [] : [`${body} → ${md.code?.value ?? '-'} ${md.bodyKind}`];
    });
    expect(wrong).toEqual([]);
  });

  it('narrows a town by the short name of its county or city written before it', () => {
    const scan = findPlaces('2023年,霍邱城关镇坚持依法行政');
    const town = scan.mentions.find((m) => m.name === '城关镇')!;
    expect(town.divisions.map((d) => d.code)).toEqual(['341522100']);
    expect(town.parent).toMatchObject({ name: '霍邱', start: 6, end: 8 });
  });

  it('finds street offices written without 道, only before an organ or a title subject', () => {
    const scan = findPlaces('金水区人民政府龙湖街办事处关于2023年度法治政府建设情况的报告');
    expect(scan.mentions.map((m) => [m.name, m.level])).toEqual([
      ['金水区', '区'],
      ['龙湖街', '街道'],
    ]);
    expect(names('龙湖街美食节开幕')).toEqual([]);
  });

  it('keeps a place the tables lack under its written name, after a known parent or opening a line', () => {
    const after = findPlaces('湖南省长沙市望月湖区人民政府关于2023年度法治政府建设情况的报告').mentions;
    expect(after.map((m) => [m.name, m.unknown])).toEqual([
      ['湖南省', false],
      ['长沙市', false],
      ['望月湖区', true],
    ]);
    expect(after[2]!.parent?.name).toBe('长沙市');
    expect(findPlaces('望月湖区2023年法治政府建设情况报告').mentions.map((m) => [m.name, m.unknown, m.level])).toEqual([
      ['望月湖区', true, '区'],
    ]);
    // Prose, organs and bare level words are no places.
    expect(names('全县人民政府工作\n各乡镇人民政府\n梦幻谷区美食节开幕')).toEqual([]);
    expect(findPlaces('北京东城区人民政府').mentions.map((m) => m.name)).toEqual(['东城区']);
    expect(findPlaces('雄安经济开发区管委会关于2023年度法治政府建设情况的报告').mentions.map((m) => [m.name, m.zone, m.level])).toEqual([
      ['雄安经济开发区', true, '开发区'],
    ]);
    // Common nouns that end like a place are no places, at a line start before a year or an organ.
    expect(names('辖区2023年新增企业\n城镇2023年人口\n国家级示范区管委会关于')).toEqual([]);
  });

  it('finds names that end unlike a county: 群岛, 行政委员会 and its 行委, and aliases of long names', () => {
    expect(names('海南省三沙市西沙群岛人民政府')).toEqual(['海南省', '三沙市', '西沙群岛']);
    expect(names('大柴旦行委:2023年')).toEqual(['大柴旦行委']);
    expect(findPlaces('石柱县人民政府').mentions[0]!.divisions.map((d) => d.name)).toEqual(['石柱土家族自治县']);
    expect(findPlaces('北门街街道办事处').mentions[0]!.divisions.map((d) => d.name)).toContain('北门街道');
  });
});
