import { describe, expect, it } from 'vitest';

import { normalizeForMatching } from '../normalize/normalize';
import { PREFECTURE_CUSTOMARY_SHORT } from './constants';
import { extractMetadata } from './index';
import { chooseHead, findSelfReferences } from './jurisdiction';
import { findLayout } from './layout';
import { findPlaces } from './places';

const prose = '坚持以习近平法治思想为指导,全面推进依法行政,法治政府建设取得新成效。';

function head(text: string) {
  const view = normalizeForMatching(text);
  const h = chooseHead(view, findPlaces(view), findLayout(view), findSelfReferences(view));
  return h ? [h.mention.name, h.via] : null;
}

describe('findSelfReferences', () => {
  it('weighs 我X above 全X and counts 我局 apart', () => {
    const s = findSelfReferences('全市率先,全市第一。我区坚持,全区上下,我局牵头。');
    expect(s.level).toBe('区');
    expect(s.strongLevel).toBe('区');
    expect(s.departmentCount).toBe(1);
  });

  it('does not read a ranking within a higher level (全省首批, 位居全市第一, 在全市推广) as a self-reference', () => {
    const s = findSelfReferences('获评全省首批示范单位,位居全市第一,经验在全市推广。');
    expect([s.level, s.placeCount]).toEqual([null, 0]);
    // The place's own 全市 still speaks as a city, its first quarter too.
    expect(findSelfReferences('全市第一季度共受理…,全市上下').level).toBe('市');
  });

  it('does not read 区域, 市场 or 乡镇 as self-references', () => {
    const s = findSelfReferences('全区域覆盖,全市场主体,全乡镇推行');
    expect(s.placeCount).toBe(0);
  });
});

describe('chooseHead', () => {
  it('takes the title first, then the opening, then a source field', () => {
    expect(head(`芙蓉区关于2020年度法治政府建设情况的报告\n2020年,长沙市${prose}`)).toEqual(['芙蓉区', 'title']);
    expect(head(`瀏覽次數:次\n2024年,高陵區${prose}`)).toEqual(['高陵区', 'opening']);
    expect(head(`来源:漫湾镇\n\n2025年,全镇${prose}`)).toEqual(['漫湾镇', 'source']);
  });

  it('skips a superior named in the opening', () => {
    expect(head(`2022年,白鹤街道法治政府建设工作在鄞州区委、区政府的坚强领导下,${prose}`)).toEqual(['白鹤街道', 'opening']);
    expect(head(`2022年,在鄞州区委、区政府的坚强领导下,白鹤街道${prose}`)).toEqual(['白鹤街道', 'opening']);
    expect(head(`2022年,按照泉州市委部署,蓬华镇${prose}我镇落实。`)).toEqual(['蓬华镇', 'opening']);
  });

  it('skips a place above the level the report speaks as', () => {
    expect(head(`2022年,习水县律师事务所${prose}我镇研究制定了《桃林镇工作计划》,桃林镇法律顾问。`)).toEqual(['桃林镇', 'opening']);
    const far = '推进法治建设。'.repeat(60);
    expect(head(`2022年,我镇${prose}${far}习水县律师担任桃林镇法律顾问,制定《桃林镇计划》。`)).toEqual(['桃林镇', 'frequency']);
  });

  it('takes the most written place of the self-referenced level, when it clearly leads', () => {
    expect(head(`2022年,全市${prose}制定《遂宁市规划》《遂宁市条例》《遂宁市办法》,我局牵头。`)).toEqual(['遂宁市', 'frequency']);
    expect(head(`2022年,全市${prose}学习成都市、遂宁市经验。`)).toBeNull();
  });

  it('names nothing when the report never says what it speaks for', () => {
    expect(head(`2022年,${prose}学习成都市经验。`)).toBeNull();
  });

  it('does not take a bare zone word in prose for the place', () => {
    expect(head(`2022年,我县${prose}推进开发区建设,深化嘉祥县改革,建设法治嘉祥县。`)).toEqual(['嘉祥县', 'frequency']);
  });

  it('accepts a generic district name in a title', () => {
    expect(head(`城区2022年法治政府建设情况报告\n2022年,我区${prose}`)).toEqual(['城区', 'title']);
  });
});

describe('division resolution through extractMetadata', () => {
  it('leaves same-named places unresolved when nothing in the text decides', () => {
    const m = extractMetadata(`朝阳区2024年法治政府建设情况报告\n2024年,我区${prose}`);
    expect(m.province).toBeNull();
    expect(m.code).toBeNull();
    expect(m.flags).toContain('ambiguous_place');
  });

  it('decides by a province named in the text, even by its short name', () => {
    const m = extractMetadata(`朝阳区2024年法治政府建设情况报告\n2024年,我区${prose}服务吉林振兴。`);
    expect(m.code?.value).toBe('220104');
    expect(m.province).toEqual({ value: '吉林省', provenance: 'divisions' });
    expect(m.city).toEqual({ value: '长春市', provenance: 'divisions' });
  });

  it('resolves a parent written before the name anywhere in the text', () => {
    const m = extractMetadata(`桃林镇2022年法治政府建设情况报告\n2022年,我镇${prose}\n\n江苏省东海县桃林镇人民政府\n`);
    expect(m.code?.value).toBe('320722109');
    expect(m.county).toMatchObject({ value: '东海县', provenance: 'text' });
  });

  it('gives a zone without its city the one city the text names, or none', () => {
    const one = extractMetadata(`市委、市政府:\n2022年,高新区${prose}入选珠海市红色教育路线。`);
    expect([one.jurisdiction?.value, one.city?.value, one.province?.value]).toEqual(['高新区', '珠海市', '广东省']);
    const two = extractMetadata(`2022年,高新区${prose}与珠海市、中山市合作。`);
    expect(two.city).toBeNull();
    expect(two.flags).toContain('ambiguous_place');
    const none = extractMetadata(`2022年,高新区${prose}`);
    expect(none.city).toBeNull();
    expect(none.flags).toContain('no_division_match');
  });

  it('attaches a zone to the county written before it', () => {
    const m = extractMetadata(`嘉祥县经济开发区管委会关于2022年度法治政府建设情况的报告\n2022年,开发区${prose}`);
    expect(m.jurisdiction?.value).toBe('嘉祥县经济开发区');
    expect(m.level?.value).toBe('开发区');
    expect(m.county).toMatchObject({ value: '嘉祥县', provenance: 'text', span: { text: '嘉祥县' } });
    expect(m.city).toEqual({ value: '济宁市', provenance: 'divisions' });
    expect(m.code).toBeNull();
    expect(m.body?.value).toBe('嘉祥县经济开发区管委会');
    expect(m.bodyKind).toBe('government');
    expect(m.flags).toEqual(['no_publication_date']);
  });

  it('reads a zone written with its district in brackets as the district (经开区(头屯河区))', () => {
    const title = extractMetadata(`经开区(头屯河区)人民政府关于2023年度法治政府建设情况的报告\n2023年,区政府${prose}`);
    expect([title.jurisdiction?.value, title.level?.value, title.city?.value, title.code?.value]).toEqual([
      '头屯河区',
      '区',
      '乌鲁木齐市',
      '650106',
    ]);
    const opening = extractMetadata(`2022年,高新区(新市区)${prose}现将有关情况报告如下:`);
    expect([opening.jurisdiction?.value, opening.code?.value]).toEqual(['新市区', '650104']);
    // A bracket that names no district leaves the zone.
    expect(extractMetadata(`嘉祥县经济开发区(筹)2022年度法治政府建设情况报告\n2022年,开发区${prose}`).jurisdiction?.value).toBe(
      '嘉祥县经济开发区',
    );
  });

  it('reads autonomous prefectures by their short names', () => {
    const m = extractMetadata(`恩施州2022年法治政府建设情况报告\n2022年,全州${prose}`);
    expect([m.jurisdiction?.value, m.level?.value, m.province?.value, m.code?.value]).toEqual([
      '恩施土家族苗族自治州',
      '市',
      '湖北省',
      '422800',
    ]);
    expect(m.jurisdiction?.span?.text).toBe('恩施州');
  });

  it("takes a department report's place from its own place's document, not from a ranking in its province", () => {
    const m = extractMetadata(
      `2023年,区卫健局在区委、区政府的坚强领导下,认真落实《浙江省法治政府建设实施纲要(2021-2025年)》和《宁波市海曙区2023年法治政府建设工作要点》,获评全省首批卫生健康法治示范单位,${prose}`,
    );
    expect([m.jurisdiction?.value, m.level?.value, m.code?.value]).toEqual(['海曙区', '区', '330203']);
  });

  it("reads Xinjiang's prefectures by their customary one-character short names (博州, 克州, 巴州)", () => {
    const bo = extractMetadata(`2022年,博州党委、政府深入推进依法行政,${prose}`);
    expect([bo.jurisdiction?.value, bo.level?.value, bo.province?.value, bo.code?.value]).toEqual([
      '博尔塔拉蒙古自治州',
      '市',
      '新疆维吾尔自治区',
      '652700',
    ]);
    expect(bo.jurisdiction?.span?.text).toBe('博州');
    expect(extractMetadata(`克州人民政府关于2021年度法治政府建设情况的报告\n2021年,全州${prose}`).code?.value).toBe('653000');
    // Every customary short form before an organ names its prefecture.
    const entries = Object.entries(PREFECTURE_CUSTOMARY_SHORT);
    expect(entries.length).toBeGreaterThan(0);
    for (const [name, short] of entries)
      expect(extractMetadata(`2024年,${short}人民政府持续推进依法行政,${prose}`).jurisdiction?.value, short).toBe(name);
    // 巴州区 is a district of 巴中市, not the prefecture; its slogans' 巴州 too.
    const slogan = extractMetadata(`2023年,我区在区委、区政府领导下,${prose}按照《巴中市法治政府建设实施方案》,为建设法治巴州提供保障。`);
    expect(slogan.jurisdiction?.value).toBe('巴州区');
    const district = extractMetadata(`巴州区2023年法治政府建设情况报告\n2023年,全区${prose}`);
    expect([district.jurisdiction?.value, district.code?.value]).toEqual(['巴州区', '511902']);
  });

  it('levels a 直辖市 as a province', () => {
    const m = extractMetadata(`北京市2022年法治政府建设年度情况报告\n2022年,全市${prose}`);
    expect(m.level).toEqual({ value: '省', provenance: 'divisions' });
    expect(m.code?.value).toBe('110000');
    // A province-level report is its own province, so the province filter finds it.
    expect(m.province).toMatchObject({ value: '北京市', provenance: 'text', span: { text: '北京市' } });
  });

  it("makes a province-level report its own province, and a municipality its districts' province", () => {
    const region = extractMetadata(`广西壮族自治区人民政府关于2022年度法治政府建设情况的报告\n2022年,全区${prose}`);
    expect([region.jurisdiction?.value, region.level?.value, region.province?.value, region.city, region.code?.value]).toEqual([
      '广西壮族自治区',
      '省',
      '广西壮族自治区',
      null,
      '450000',
    ]);
    const district = extractMetadata(`上海市浦东新区人民政府关于2023年法治政府建设情况的报告\n2023年,全区${prose}`);
    expect([district.jurisdiction?.value, district.province?.value, district.city, district.code?.value]).toEqual([
      '浦东新区',
      '上海市',
      null,
      '310115',
    ]);
  });
});

describe('the most specific reporting place', () => {
  it("gives a street office its own report when its district's government opens the name", () => {
    const m = extractMetadata(`金水区人民政府龙湖街道办事处关于2023年度法治政府建设情况的报告\n2023年,龙湖街道${prose}`);
    expect([m.jurisdiction?.value, m.level?.value, m.code?.value, m.county?.value, m.city?.value, m.province?.value]).toEqual([
      '龙湖街道',
      '街道',
      '410105562',
      '金水区',
      '郑州市',
      '河南省',
    ]);
    expect(m.body?.value).toBe('金水区人民政府龙湖街道办事处');
    expect(m.bodyKind).toBe('government');
  });

  it('reads a street office written without 道 and resolves it through the city and district', () => {
    const m = extractMetadata(`郑州市金水区人民政府龙湖街办事处关于2023年度法治政府建设情况的报告\n2023年,全街${prose}`);
    expect([m.jurisdiction?.value, m.jurisdiction?.span?.text, m.code?.value]).toEqual(['龙湖街道', '龙湖街', '410105562']);
    expect(m.body?.value).toBe('郑州市金水区人民政府龙湖街办事处');
  });

  it('gives a town the report its party committee and government sign together', () => {
    const m = extractMetadata(`中共於潜镇委员会 於潜镇人民政府关于2024年度法治政府建设情况的报告\n2024年,於潜镇${prose}`);
    expect([m.jurisdiction?.value, m.code?.value, m.county?.value]).toEqual(['於潜镇', '330112104', '临安区']);
    expect(m.body?.value).toBe('中共於潜镇委员会 於潜镇人民政府');
    expect(m.bodyKind).toBe('government');
  });
});

describe('names in older or unusual forms', () => {
  it('keeps 乾 of 乾县 in traditional and simplified reports', () => {
    const m = extractMetadata(`乾縣人民政府關於2023年度法治政府建設情況的報告\n2023年,乾縣堅持依法行政。`);
    expect([m.jurisdiction?.value, m.code?.value, m.body?.value]).toEqual(['乾县', '610424', '乾縣人民政府']);
  });

  it('resolves a renamed place to its row under its new name', () => {
    const m = extractMetadata(`海南省三沙市西沙区人民政府关于2022年度法治政府建设情况的报告\n2022年,西沙区${prose}`);
    expect([m.jurisdiction?.value, m.code?.value, m.city?.value, m.province?.value]).toEqual(['西沙区', '460321', '三沙市', '海南省']);
  });

  it("gives a name in today's tables its current place unless the text points to the renamed one", () => {
    const m = extractMetadata(`南沙区人民政府关于2023年度法治政府建设情况的报告\n2023年,南沙区${prose}`);
    expect([m.code?.value, m.city?.value]).toEqual(['440115', '广州市']);
    expect(m.flags).not.toContain('ambiguous_place');
  });

  it('reads a city without districts as one place, not two of one name', () => {
    const m = extractMetadata(`嘉峪关市人民政府关于2022年度法治政府建设情况的报告\n2022年,全市${prose}`);
    expect([m.code?.value, m.level?.value, m.province?.value]).toEqual(['620200', '市', '甘肃省']);
    expect(m.flags).not.toContain('ambiguous_place');
  });

  it('keeps a place the tables lack under its written name, placed by its parent, never folded into it', () => {
    const m = extractMetadata(`湖南省长沙市望月湖區人民政府關於2023年度法治政府建設情況的報告\n2023年,全區${prose}`);
    // Named as written, in the matching view's characters (one name in either script), as a place the tables know is.
    expect([m.jurisdiction?.value, m.level?.value, m.code, m.city?.value, m.province?.value]).toEqual([
      '望月湖区',
      '区',
      null,
      '长沙市',
      '湖南省',
    ]);
    expect(m.flags).toContain('no_division_match');
    expect(m.body?.value).toBe('湖南省长沙市望月湖區人民政府');
  });
});

describe('ambiguous place names', () => {
  it('keeps every candidate and leaves the province empty when the text does not decide', () => {
    const m = extractMetadata(`城南街道2023年法治政府建设工作报告\n2023年,城南街道${prose}`);
    expect(m.flags).toContain('ambiguous_place');
    expect(m.province).toBeNull();
    expect(m.code).toBeNull();
    expect(m.placeCandidates.length).toBeGreaterThan(20);
    expect(m.placeCandidates).toContainEqual({
      code: '330122004',
      name: '城南街道',
      level: '街道',
      province: '浙江省',
      city: '杭州市',
      county: '桐庐县',
    });
  });

  it('decides by a department of the parent named anywhere, a source line or a short county name', () => {
    const byDepartment = extractMetadata(`城南街道2023年法治政府建设工作报告\n2023年,城南街道${prose}\n桐庐县司法局指导。`);
    expect(byDepartment.code?.value).toBe('330122004');
    expect(byDepartment.placeCandidates).toEqual([]);
    const bySource = extractMetadata(`来源:乐清市人民政府\n城南街道2023年法治政府建设工作报告\n2023年,城南街道${prose}`);
    expect(bySource.code?.value).toBe('330382003');
    const byStem = extractMetadata(`2023年,城关镇${prose}我镇深入推进法治霍邱建设。`);
    expect(byStem.code?.value).toBe('341522100');
    const byLongStem = extractMetadata(`建设街道2023年法治政府建设情况报告\n2023年,建设街道${prose}为鄂尔多斯高质量发展提供法治保障。`);
    expect(byLongStem.code?.value).toBe('150602004');
  });

  it("does not take a district's name for a clue where it is an ordinary word (和平发展, 新华书店)", () => {
    const m = extractMetadata(`新华街道2023年法治政府建设情况报告\n2023年,新华街道${prose}坚持和平发展,共建新华书店阅读角。`);
    expect(m.flags).toContain('ambiguous_place');
    expect(m.code).toBeNull();
  });
});
