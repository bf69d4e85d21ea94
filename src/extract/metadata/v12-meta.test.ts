/**
 * Metadata classes of set 12's and holdout 3's real pages, in wordings, places and years of our own: a
 * field label glued to the title it labels, an organ the title writes without its place, a state-level
 * new area (or a part of one) that names no province.
 */
import { describe, expect, it } from 'vitest';

import { extractReport } from '../pipeline';
import { DIVISIONS } from './divisions';
import { extractMetadata } from './index';
import { STATE_NEW_AREAS } from './new-areas';

describe('a field label glued to the title it labels (公报标题市商务局…)', () => {
  it.each([
    ['公报标题市商务局2023年度行政执法统计年报', '市商务局2023年度行政执法统计年报'],
    ['信息名称关于2022年度法治政府建设情况的报告', '关于2022年度法治政府建设情况的报告'],
    ['文章标题县司法局2021年工作总结', '县司法局2021年工作总结'],
    ['标题:区人民政府2024年法治政府建设年度报告', '区人民政府2024年法治政府建设年度报告'],
  ])('%s → %s', (line, title) => {
    const m = extractMetadata(
      `当前位置:首页 > 政府信息公开\n${line}\n2023年,我局深入推进依法行政,全面落实行政执法三项制度,各项工作取得新成效。`,
    );
    expect(m.title?.value).toBe(title);
    expect(m.body?.value ?? '').not.toMatch(/标题|名称/);
  });
});

describe('an organ the title writes without its place, written with it elsewhere', () => {
  const cities = [...DIVISIONS.byName.entries()]
    .filter(([name, rows]) => rows.length === 1 && rows[0]!.kind === 'city' && name.endsWith('市'))
    .map(([name]) => name);

  it('is named as the text writes it with its place, for every prefecture-level city the tables hold once', () => {
    expect(cities.length).toBeGreaterThan(250);
    const wrong: string[] = [];
    for (const [i, city] of cities.entries()) {
      const organ = ['商务局', '司法局', '生态环境局', '市场监督管理局'][i % 4]!;
      const text = `市${organ}2023年度行政执法统计年报\n主办单位${city}${organ} 公报年份2023年\n一、行政执法主体概况\n本级行政机关:${city}${organ},全年严格规范公正文明执法。`;
      const m = extractMetadata(text);
      if (m.body?.value !== `${city}${organ}` || m.bodyKind !== 'department') wrong.push(`${city}: ${m.body?.value} ${m.bodyKind}`);
    }
    expect(wrong).toEqual([]);
  });

  it('keeps the placeless name when the text writes no other', () => {
    const m = extractMetadata(
      '县司法局2022年度法治政府建设情况报告\n2022年,我局在县委、县政府的领导下,深入推进依法行政,各项工作取得新成效。',
    );
    expect([m.body?.value, m.bodyKind]).toEqual(['县司法局', 'department']);
  });
});

describe('a state-level new area, or a part of one, that names no province (西咸新区, 泾河新城)', () => {
  const entries = STATE_NEW_AREAS.flatMap((area) => [area, ...(area.parts ?? []).map((part) => ({ ...area, name: part }))]);

  it('is placed where the list says, for every area and part the list holds', () => {
    expect(entries.length).toBe(22);
    const wrong: string[] = [];
    for (const area of entries) {
      // The text names another province's city in passing: the list still places the area.
      const text = `${area.name}2023年度法治政府建设工作报告\n2023年,新区法治政府建设工作以习近平法治思想为指导,学习借鉴杭州市经验,深入推进依法行政。`;
      const m = extractMetadata(text);
      const got = [m.jurisdiction?.value, m.level?.value, m.province?.value, m.city?.value ?? null];
      const want = [area.name, '开发区', area.province, area.city ?? null];
      if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(`${area.name}: ${JSON.stringify(got)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('is placed so with its province or city written before it too, and gives no code', () => {
    const m = extractMetadata('青岛西海岸新区2022年法治政府建设情况报告\n2022年,新区坚持以习近平法治思想为指导。');
    expect([m.level?.value, m.province?.value, m.city?.value, m.code?.value ?? null]).toEqual(['开发区', '山东省', '青岛市', null]);
  });

  it('leaves a zone the list does not hold as before: placed by what its text writes, or not at all', () => {
    const m = extractMetadata('大鹏新区2022年法治政府建设情况报告\n2022年,在市委、市政府的正确领导下,大鹏新区深入推进依法行政。');
    expect([m.jurisdiction?.value, m.level?.value, m.province?.value ?? null]).toEqual(['大鹏新区', '开发区', null]);
  });
});

describe('a menu of links above the text, its items naming other reports', () => {
  it('gives no title: the year is the opening’s, not a linked report’s', () => {
    const menus = [
      '  • 工作总结\n  • 述职报告\n  • [某省政府发布2019年度法治政府建设情况报告] 关于法治的思考\n\n2017年,某省人民政府深入推进依法行政。现将有关情况报告如下:',
      '相关阅读\n· 2024年度临江区法治政府建设情况报告\n· 2023年度临江区法治政府建设情况报告\n\n2021年,我区深入推进法治政府建设,现将有关情况报告如下:',
      '● 首页\n● 政务公开\n● 2020年法治政府建设年度报告\n2018年,全县坚持以习近平法治思想为指导,现将有关情况报告如下:',
    ];
    for (const text of menus) {
      const m = extractMetadata(text);
      expect(m.title, text).toBeNull();
      expect(m.year?.value, text).toBe(Number(/\n\n?(\d{4})年,/.exec(text)![1]));
    }
  });

  it('keeps the title of a page that bullets every line, its prose too', () => {
    const m = extractMetadata(
      '  • 联系我们\n  • 当前所在位置:首页 - 资讯\n  • 某省人民政府关于2020年度法治政府建设情况的报告\n  •   2020年,在省委的正确领导下,省政府扎实推进依法行政,法治政府建设取得积极成效。',
    );
    expect([m.title?.value, m.year?.value]).toEqual(['某省人民政府关于2020年度法治政府建设情况的报告', 2020]);
  });

  it('keeps a bulleted title that stands alone, and a title under a bulleted metadata line', () => {
    const alone = extractMetadata('首页 > 政务公开\n• 某县2022年度法治政府建设情况报告\n2022年,全县深入推进依法行政。');
    expect(alone.year?.value).toBe(2022);
    expect(alone.title?.value).toBe('某县2022年度法治政府建设情况报告');
  });
});

describe("a report delivered at its place's congress session (在慈溪市十六届人大常委会…会议上)", () => {
  const counties = [...DIVISIONS.byName.entries()]
    .filter(([name, rows]) => rows.length === 1 && rows[0]!.kind === 'county' && rows[0]!.cityCode !== null && /[县市区旗]$/.test(name))
    .map(([name, rows]) => ({ name, row: rows[0]!.name, city: DIVISIONS.byCode.get(rows[0]!.cityCode!)! }))
    .filter(({ city }) => (DIVISIONS.byName.get(city.name) ?? []).length === 1);

  it('is the place whose congress hears it, for every county-level place the tables hold once', () => {
    expect(counties.length).toBeGreaterThan(1500);
    const wrong: string[] = [];
    for (const { name, row, city } of counties) {
      const level = name.slice(-1);
      const text =
        `2022年12月20日在${name}十七届人大常委会第九次会议上\n${level}人民政府\n主任、各位副主任、各位委员:\n` +
        `2022年,${level}政府在${level}委的领导下,全面推进依法行政,依法行政工作取得新进展。积极创建${city.name}级依法行政示范单位,并顺利通过${city.name}级检查验收。`;
      const m = extractMetadata(text);
      // A county written by a short form (青龙县 of 青龙满族自治县) is named by its row.
      if (m.jurisdiction?.value !== row) wrong.push(`${name}: ${m.jurisdiction?.value}`);
    }
    expect(wrong).toEqual([]);
  });

  it('still reads a city written twice as the place where no session names another', () => {
    const m = extractMetadata(
      '2022年,全市深入推进依法行政。\n我市法治政府建设取得新成效,宁波市获评法治政府建设示范市,宁波市行政复议规范化建设走在前列。',
    );
    expect(m.jurisdiction?.value).toBe('宁波市');
  });
});

describe('the level of a report that names no place, from its author’s organ written without one', () => {
  it.each(['省', '市', '区', '县', '旗'])('%s: 「在…领导下,%s…局坚持…」', (level) => {
    const organs =
      level === '省' ? ['司法厅', '生态环境厅', '交通运输厅'] : ['综合行政执法局', '卫生健康局', '市场监督管理局', '自然资源局', '公安局'];
    for (const organ of organs) {
      const text = `2023年度法治政府建设工作报告\n2023年,在${level}委、${level}政府的正确领导下,${level}${organ}坚持以习近平法治思想为指导,认真履行法定职责。现将我局2023年法治政府建设工作报告如下:`;
      const m = extractMetadata(text);
      expect([m.jurisdiction, m.body?.value, m.bodyKind, m.level?.value], organ).toEqual([null, `${level}${organ}`, 'department', level]);
    }
  });
});

describe('a township the tables lack whose name holds a level’s word (水市乡 of 黔江区)', () => {
  const counties = [...DIVISIONS.byName.entries()]
    .filter(
      ([name, rows]) => rows.length === 1 && rows[0]!.kind === 'county' && rows[0]!.name === name && rows[0]!.renamedFrom === undefined,
    )
    .map(([name]) => name);
  const townships = ['水市乡', '岭市镇', '石县乡', '桥县镇'].filter((t) => !DIVISIONS.byName.has(t));

  it('is read whole under the county written before it, for every county the tables hold once', () => {
    expect(townships).toHaveLength(4);
    expect(counties.length).toBeGreaterThan(2000);
    const wrong: string[] = [];
    for (const [i, county] of counties.entries()) {
      const township = townships[i % townships.length]!;
      const m = extractMetadata(
        `${county}${township}人民政府关于2020年度行政执法工作总结和数据统计报告\n2020年,我乡严格规范公正文明执法。`,
      );
      const got = [m.jurisdiction?.value, m.level?.value, m.county?.value ?? m.city?.value];
      if (got[0] !== township || got[1] !== township.slice(-1) || got[2] !== county) wrong.push(`${county}${township}: ${got.join(' ')}`);
    }
    expect(wrong).toEqual([]);
  });

  it('takes no field label for part of the name (发布机构屏边县新华乡人民政府)', () => {
    const m = extractMetadata(
      '发布机构屏边县新华乡人民政府\n新华乡2025年法治政府建设工作情况报告\n2025年,新华乡在县委、县政府的坚强领导下,全面推进依法行政。',
    );
    expect([m.jurisdiction?.value, m.county?.value]).toEqual(['新华乡', '屏边苗族自治县']);
  });
});

describe('a department whose long name holds 和 or 建设 as the opening’s subject (长春市政务服务和数字化建设管理局)', () => {
  const organs = [
    '住房和城乡建设局',
    '政务服务和数字化建设管理局',
    '文化和旅游局',
    '人力资源和社会保障局',
    '发展和改革委员会',
    '工业和信息化局',
    '城乡建设局',
  ];
  const cities = [...DIVISIONS.byName.entries()]
    .filter(([name, rows]) => rows.length === 1 && rows[0]!.kind === 'city' && name.endsWith('市'))
    .map(([name]) => name);

  it('is the department, for every prefecture-level city the tables hold once', () => {
    expect(cities.length).toBeGreaterThan(250);
    const wrong: string[] = [];
    for (const [i, city] of cities.entries()) {
      const organ = organs[i % organs.length]!;
      const m = extractMetadata(
        `2024年,${city}${organ}坚持以习近平新时代中国特色社会主义思想为指导,深入落实关于法治政府建设的决策部署,各项工作取得扎实成效。\n一、2024年推进法治政府建设的主要举措和成效`,
      );
      if (m.body?.value !== `${city}${organ}` || m.bodyKind !== 'department') wrong.push(`${city}${organ}: ${m.body?.value} ${m.bodyKind}`);
    }
    expect(wrong).toEqual([]);
  });

  it('leaves the place the subject where a clause, not an organ, follows it', () => {
    const m = extractMetadata(
      '2024年,长春市坚持法治建设与改革发展相统一,推进数据局建设,各项工作取得扎实成效。\n一、2024年推进法治政府建设的主要举措和成效',
    );
    expect(m.bodyKind).toBe('government');
  });
});

describe('the year of an untitled report that states it only with its results (2021年度共调处…, 2023年我市共受理…)', () => {
  const lead = '为进一步做好新形势下矛盾化解工作,充分发挥人民调解、行政调解和司法调解有效联动,市司法局多措并举,扎实推进各项工作。\n';

  it('is that year, for every year from 2008 to 2025 and each wording', () => {
    const wordings = [
      (y: number) => `人民调解方面:全市现有调解组织181个,${y}年度共调处各类民间纠纷4398件。`,
      (y: number) => `行政调解发挥了重要作用,${y}年我市行政调解案件1445件,其中公安部门1000件。`,
      (y: number) => `法律援助方面,${y}年全县共受理法律援助案件325件,结案310件。`,
      (y: number) => `公证方面,${y}年本区共办理公证事项2100件。`,
    ];
    const wrong: string[] = [];
    for (let y = 2008; y <= 2025; y += 1) {
      for (const [i, wording] of wordings.entries()) {
        const m = extractMetadata(lead + wording(y) + `截至${y}年底,全市共有调解员599名。`);
        if (m.year?.value !== y) wrong.push(`${y} #${i}: ${m.year?.value}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('is none where its results name two years', () => {
    const m = extractMetadata(`${lead}近两年调解工作成效明显,2022年全市共调处纠纷3900件,2023年全市共调处纠纷4398件,同比增长12.8%。`);
    expect(m.year).toBeNull();
  });
});

describe('a text cut off right after a book title or a list item’s number', () => {
  // Two parts, so that only the last paragraph can show the text cut.
  const opening =
    '2023年,全区深入学习贯彻习近平法治思想,全面推进依法行政,法治政府建设取得新成效。现将有关情况报告如下:\n一、主要工作\n全年审查规范性文件12件。\n二、工作举措\n';
  const flagsOf = (text: string) => extractReport(text).metadata.flags;

  it.each([
    '领导干部带头学法,区政府常务会议会前学法12次。在习近平法治思想提出一周年之际,本区在《解放日报》',
    '深入开展党纪学习教育,组织党员干部集中学习。今年已开展《中国共产党纪律处分条例》',
    '行政处罚类别表格排序按以下顺序填写:(1)警告;(2)通报批评;(3)罚款;(4)没收违法所得;(5)',
    '全年办结的行政复议案件按审理结果分为以下几类进行统计:(一)维持;(二)驳回;(三)撤销;(四)',
  ])('is partial: %s', (last) => {
    expect(flagsOf(opening + last)).toContain('partial');
  });

  it('is not partial where the sentence ended before a byline or a book title closes it', () => {
    const finished = [
      '持续推进普法宣传,全年开展法治宣传活动120场次,群众法治意识明显增强。(区司法局)',
      '认真组织学习宪法和民法典,深入学习贯彻《中华人民共和国行政复议法》。',
    ];
    for (const last of finished) expect(flagsOf(opening + last), last).not.toContain('partial');
  });
});
