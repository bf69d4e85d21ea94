/**
 * Places, bodies and years written the way real pages write them (issue 19, point 3), in wordings,
 * places and years of our own: each test is a class, not a page.
 */
import { describe, expect, it } from 'vitest';

import { documentKindOfOpening, documentKindOfTitle } from './document-kind';
import { extractMetadata } from './index';

const prose = '坚持以习近平法治思想为指导,全面推进依法行政,法治政府建设取得新成效。';

function meta(text: string) {
  const m = extractMetadata(text);
  return {
    jurisdiction: m.jurisdiction?.value ?? null,
    level: m.level?.value ?? null,
    province: m.province?.value ?? null,
    city: m.city?.value ?? null,
    body: m.body?.value ?? null,
    bodyKind: m.bodyKind,
    documentKind: m.documentKind,
    year: m.year?.value ?? null,
  };
}

describe('places known by how the report speaks', () => {
  it.each([
    ['全省各级行政机关', '考察贵州', '贵州省'],
    ['省委、省政府', '对江西工作重要讲话', '江西省'],
    ['全省', '建设更高水平的平安甘肃', '甘肃省'],
  ])('a province-level report that writes only its short name (%s … %s)', (speaks, clue, province) => {
    const text = `2023年,在党中央坚强领导下,${speaks}${prose}深入贯彻习近平总书记${clue}重要讲话精神,全省法治政府建设迈上新台阶。`;
    expect(meta(text)).toMatchObject({ jurisdiction: province, level: '省', province, body: null });
  });

  it('an autonomous region speaking as 我区 beside its 自治区党委', () => {
    const text = `一、深入学习贯彻习近平法治思想\n自治区党委、政府坚持把法治政府建设摆在全局工作的重要位置,推进法治宁夏建设,我区${prose}`;
    expect(meta(text)).toMatchObject({ jurisdiction: '宁夏回族自治区', level: '省' });
  });

  it('never takes a province from one short name among several, nor from a city report', () => {
    expect(meta(`2023年,全省${prose}学习浙江、江苏经验。`).jurisdiction).toBeNull();
    expect(meta(`2023年,全市${prose}对标湖南先进做法,我市再创佳绩。`).province).not.toBe('湖南省');
  });

  it('a city known only by its slogan or its newspaper, when the report speaks as a city', () => {
    const text = `2022年,在市委、市政府的坚强领导下,市司法局${prose}全力打造法治绵阳,相关做法被绵阳日报报道。全市办理法律援助案件1200件。`;
    expect(meta(text)).toMatchObject({ jurisdiction: '绵阳市', level: '市', province: '四川省', body: '市司法局', bodyKind: 'department' });
  });

  it('a place known by a document of its own over a place the report visited', () => {
    const text = `2023年,我局${prose}组织执法人员到江北区学习交流,赴江北区考察。在区委、区政府领导下,制定《渝中区行政执法监督办法》《渝中区法治政府建设实施方案》。`;
    expect(meta(text).jurisdiction).toBe('渝中区');
  });
});

describe('bodies as pages write them', () => {
  it('an organ without its place opening a report with no title is the body', () => {
    expect(meta(`2022年,在省委省政府的正确领导下,省司法厅坚持${prose}`)).toMatchObject({ body: '省司法厅', bodyKind: 'department' });
    expect(meta(`2021年,县市场监管局紧紧围绕县委、县政府中心工作,${prose}`)).toMatchObject({
      body: '县市场监管局',
      bodyKind: 'department',
    });
  });

  it('a party committee and a government stacked above the title are one body, with a space between', () => {
    const text = `中共柳泉镇委员会\n柳泉镇人民政府\n关于2024年度法治政府建设工作情况的报告\n县委依法治县办:\n2024年,柳泉镇${prose}`;
    expect(meta(text)).toMatchObject({ body: '中共柳泉镇委员会 柳泉镇人民政府', bodyKind: 'government', year: 2024 });
    const oneLine = `中共朱桥镇委员会 朱桥镇人民政府\n朱桥镇2023年法治政府建设情况报告\n2023年,朱桥镇${prose}`;
    expect(meta(oneLine)).toMatchObject({ body: '中共朱桥镇委员会 朱桥镇人民政府', year: 2023 });
  });

  it("a title in a page's field table", () => {
    const text = `| 索引号:11370102/2025-0001 | |\n| 标题:中共文祖街道工作委员会 文祖街道办事处关于2024年度法治政府建设情况的报告 | |\n2024年,文祖街道${prose}`;
    expect(meta(text)).toMatchObject({ jurisdiction: '文祖街道', year: 2024 });
  });

  it("an organ followed by its report's words, with no 关于 or year between", () => {
    expect(meta(`2021年江宁区司法局行政工作总结\n2021年,区司法局${prose}`)).toMatchObject({
      body: '江宁区司法局',
      bodyKind: 'department',
      documentKind: 'justice_bureau_summary',
    });
  });

  it('an organ named on a line of its own in the page header is its publisher', () => {
    const text = `城阳区2023年度法治政府建设情况报告\n3702140001/2024-00012\n青岛市城阳区人民政府\n2024-02-20\n2023年,城阳区${prose}`;
    expect(meta(text)).toMatchObject({ jurisdiction: '城阳区', body: '青岛市城阳区人民政府', bodyKind: 'government' });
  });
});

describe('the year reported on, from the opening when the title lacks it', () => {
  it.each([
    [`2022年三星镇法治政府建设工作,${prose}`, 2022],
    [`根据市、区对法治建设工作的具体部署,2021年,湖滨街道${prose}`, 2021],
    [`现将2023年工作完成情况和2024年工作思路汇报如下:\n一、2023年重点工作完成情况\n(一)加强普法。${prose}`, 2023],
    [`一、2020年主要工作及成效\n(一)推进依法决策\n${prose}`, 2020],
    [`??2019年,全县各部门${prose}`, 2019],
  ])('%s', (text, year) => {
    expect(meta(text).year).toBe(year);
  });

  it('never takes a date, a plan year or a period from an opening', () => {
    expect(meta(`2023年3月5日,全县召开会议,${prose}`).year).toBeNull();
    expect(meta(`2024年工作打算:继续${prose}`).year).toBeNull();
  });
});

describe('document kinds', () => {
  it.each([
    ['安宁区司法局2022年工作总结', 'justice_bureau_summary'],
    ['县司法局2021年工作情况及2022年工作计划', 'justice_bureau_summary'],
    ['2022年全市行政复议工作总结', 'reconsideration_report'],
    ['关于2023年度行政复议案件统计情况的报告', 'reconsideration_report'],
    ['新昌县2023年度行政执法总体情况', 'enforcement_statistics'],
    ['2021年度行政执法数据公开', 'enforcement_statistics'],
    ['县法律援助中心2020年工作总结', 'legal_aid_report'],
    ['2022年人民调解工作总结', 'mediation_report'],
    ['司法局2023年普法依法治理工作总结', 'publicity_report'],
    ['县司法局关于2022年度法治政府建设情况的报告', 'rule_of_law_report'],
    ['关于2021年度法治政府建设和行政执法工作情况的报告', 'rule_of_law_report'],
  ])('%s → %s', (title, kind) => {
    expect(documentKindOfTitle(title)).toBe(kind);
  });

  it('an opening without a title names its kind by its subject', () => {
    expect(documentKindOfOpening('2022年,长治市司法局坚持以习近平新时代中国特色社会主义思想为指导,各项工作取得新进展')).toBe(
      'justice_bureau_summary',
    );
    expect(documentKindOfOpening('2022年,区司法局在区委的领导下,充分发挥法治政府建设职能作用')).toBe('rule_of_law_report');
    expect(documentKindOfOpening('2023年,我市行政执法工作紧紧围绕…')).toBe('enforcement_statistics');
    expect(documentKindOfOpening('2023年,全县上下团结奋进')).toBeNull();
  });

  it("a report's metadata carries its kind, and a rule-of-law report is what nothing says otherwise", () => {
    expect(meta(`屯溪区司法局2023年工作总结\n2023年,区司法局${prose}`).documentKind).toBe('justice_bureau_summary');
    expect(meta(`屯溪区2023年法治政府建设年度报告\n2023年,屯溪区${prose}`).documentKind).toBe('rule_of_law_report');
    expect(meta(`2023年,全区${prose}`).documentKind).toBe('rule_of_law_report');
  });
});

describe('a title whose organ names no place', () => {
  it('speaks as that level: a city report known by its slogan is not one of its districts', () => {
    const text = `市人民政府关于2018年度法治政府建设工作情况的报告\n省人民政府:\n2018年,全市${prose}扎实推进法治南充建设。\n一、主要工作\n(一)推进依法决策。顺庆区率先完成…`;
    expect(meta(text)).toMatchObject({ jurisdiction: '南充市', level: '市' });
  });

  it("a reconsideration report's author on the line under its title", () => {
    const text = `兴宾区2021年度行政复议工作总结\n来宾市兴宾区司法局\n2021年,区司法局${prose}`;
    expect(meta(text)).toMatchObject({
      jurisdiction: '兴宾区',
      body: '来宾市兴宾区司法局',
      bodyKind: 'department',
      documentKind: 'reconsideration_report',
    });
  });
});

describe('more of how pages write places, titles and dates', () => {
  it('a place the tables lack, as the subject of the opening, placed by the superior it names', () => {
    const text = `2024年,梧桐大道街道在鼓楼区委、区政府的正确领导下,${prose}现将全年工作情况报告如下:`;
    const m = extractMetadata(text);
    expect(m.jurisdiction?.value).toBe('梧桐大道街道');
    expect(m.flags).toContain('no_division_match');
    // Several 鼓楼区: the superior does not decide, and nothing is guessed.
    expect(m.province).toBeNull();
  });

  it("a name that is also a word stands as a place before its organ or as the opening's subject", () => {
    expect(meta(`2024年,城中区${prose}按照西宁市委部署推进。`)).toMatchObject({ jurisdiction: '城中区', province: '青海省' });
  });

  it("a municipality's short name before a zone makes the zone the municipality's", () => {
    expect(meta(`2022年北京经济技术开发区法治政府建设情况报告\n2022年,北京经济技术开发区${prose}`)).toMatchObject({
      jurisdiction: '北京经济技术开发区',
      level: '开发区',
      province: '北京市',
    });
  });

  it('a title broken after 关于', () => {
    expect(meta(`首页 > 通知公告\n合肥市人民政府关于\n2022年度法治政府建设情况的报告\n2022年,市政府${prose}`)).toMatchObject({
      jurisdiction: '合肥市',
      body: '合肥市人民政府',
      year: 2022,
    });
  });

  it.each([
    ['2024-03-12 09:30 某省人民政府网', '2024-03-12'],
    ['2024-03-12 09:30', '2024-03-12'],
  ])('a date stamped with a time under the title is the publication date: %s', (line, iso) => {
    expect(extractMetadata(`长沙县2023年度法治政府建设情况报告\n${line}\n2023年,长沙县${prose}`).published?.value).toBe(iso);
  });

  it('a label glued to the first paragraph still dates the page', () => {
    expect(
      extractMetadata(`长沙县2023年度法治政府建设情况报告\n发表时间 : 2024-02-08 16:56:432023年以来,长沙县${prose}`).published?.value,
    ).toBe('2024-02-08');
  });
});

describe('townships written after a parent whose last character could begin their name', () => {
  it.each([
    // 市西街街道 would be a street of another city; 龙泉市 is written whole.
    ['龙泉市西街街道2023年法治政府建设年度报告', '西街街道', '丽水市', '龙泉市', '331181002'],
    // 工业园区街道 is a street office, not the zone 霍尔果斯市工业园区 followed by 街道.
    ['霍尔果斯市工业园区街道办事处关于2023年度法治政府建设情况的报告', '工业园区街道', '伊犁哈萨克自治州', '霍尔果斯市', '654004004'],
  ])('%s', (title, jurisdiction, city, county, code) => {
    const text = `${title}\n2023年,我街道${prose}`;
    expect(meta(text)).toMatchObject({ jurisdiction, level: '街道', city });
    expect([extractMetadata(text).county?.value, extractMetadata(text).code?.value]).toEqual([county, code]);
  });
});

describe("townships the tables file under a zone or under their parents' names", () => {
  it('are named and placed by their own names, in any of the chains pages write', () => {
    // The tables: 四平市铁东区平东街道, 濮阳县柳屯镇, 高新区团山镇 (of 樊城区), 团山镇 (of 邵东市, 湖南).
    expect(meta(`2024年,四平市铁东区平东街道在区委、区政府的坚强领导下,${prose}`)).toMatchObject({
      jurisdiction: '平东街道',
      city: '四平市',
      province: '吉林省',
    });
    expect(meta(`中共濮阳县柳屯镇委员会 濮阳县柳屯镇人民政府\n关于2022年法治政府建设工作情况的报告\n2022年,我镇${prose}`)).toMatchObject({
      jurisdiction: '柳屯镇',
      city: '濮阳市',
    });
    expect(meta(`2023年,在襄阳高新区党工委、管委会的正确领导下,团山镇${prose}`)).toMatchObject({
      jurisdiction: '团山镇',
      province: '湖北省',
      city: '襄阳市',
    });
    expect(meta(`邵东市团山镇人民政府关于2023年度法治政府建设情况的报告\n2023年,我镇${prose}`)).toMatchObject({
      jurisdiction: '团山镇',
      province: '湖南省',
    });
    // Alone, both 团山镇 remain: nothing is guessed.
    expect(extractMetadata(`团山镇人民政府关于2023年度法治政府建设情况的报告\n2023年,我镇${prose}`).flags).toContain('ambiguous_place');
  });
});
