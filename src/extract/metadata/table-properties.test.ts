/**
 * Properties over every name of the division tables, for classes real pages showed once each: a street
 * written short in a page's title and source (寨上街 of 寨上街道) whose office opens the prose, and a
 * county-level city whose report names its prefecture's 市级 awards (宁波市级示范单位 in 慈溪市's report).
 */
import { describe, expect, it } from 'vitest';

import { countyStem, type Division, DIVISIONS, fullCode } from './divisions';
import { extractMetadata } from './index';

const PROSE = '坚持以习近平新时代中国特色社会主义思想为指导,全面推进依法行政,法治政府建设取得新成效。';

/** Every street office of the tables under its own name (not the tables' bracketed filing names). */
const STREETS = [...DIVISIONS.byCode.values()].filter((d) => d.kind === 'township' && d.name.endsWith('街道') && !/[（(]/.test(d.name));

/** Every county-level city of the tables under a prefecture-level city. */
const COUNTY_CITIES = [...DIVISIONS.byCode.values()].filter(
  (d) =>
    d.kind === 'county' && d.name.endsWith('市') && d.cityCode !== null && DIVISIONS.byCode.get(d.cityCode)?.name.endsWith('市') === true,
);

/** Every township, town and street office whose name the tables hold once, one in five (the list is long). */
const UNIQUE_TOWNSHIPS = [...DIVISIONS.byCode.values()].filter(
  (d, i) => d.kind === 'township' && i % 5 === 0 && !/[（(]/.test(d.name) && DIVISIONS.byName.get(d.name)?.length === 1,
);

describe('over the division tables', () => {
  it('a street written short in the title and the source yields to the office the opening names', () => {
    expect(STREETS.length).toBeGreaterThan(8000);
    const wrong = STREETS.flatMap((street) => {
      // The short form pages write: without 道, or without 街道 where the name ends in 街 (金融街 of 金融街街道).
      const short = street.name.endsWith('街街道') ? street.name.slice(0, -2) : street.name.slice(0, -1);
      const office = `${street.name}办事处`;
      const text = `当前位置:${short}> 政务公开\n\n${short}2024年行政执法工作报告\n发布日期: 2025-01-20 10:02      来源: ${short}\n\n2024年,${office}在区委、区政府的领导下,推行行政执法三项制度,现报告如下:\n一、基本情况\n${PROSE}\n`;
      const body = extractMetadata(text).body?.value;
      return body === office ? [] : [`${street.name}: ${body}`];
    });
    expect(wrong).toEqual([]);
  });

  it('a county-level city that names its prefecture’s 市级 awards keeps the county-level city', () => {
    expect(COUNTY_CITIES.length).toBeGreaterThan(300);
    const wrong = COUNTY_CITIES.flatMap((county) => {
      const prefecture = DIVISIONS.byCode.get(county.cityCode!)!.name;
      const text = `2023年,${county.name}${PROSE}我市获评${prefecture.slice(0, -1)}市级法治政府建设示范单位,${prefecture}级先进3个。\n`;
      const md = extractMetadata(text);
      return md.jurisdiction?.value === county.name && md.city?.value === prefecture ? [] : [`${county.name}: ${md.jurisdiction?.value}`];
    });
    expect(wrong).toEqual([]);
  });

  it('a township named only as the government acting in its text, under a title naming no place, is the report’s place', () => {
    expect(UNIQUE_TOWNSHIPS.length).toBeGreaterThan(5000);
    const wrong = UNIQUE_TOWNSHIPS.flatMap((township) => {
      const government = township.level === '街道' ? '办事处' : '人民政府';
      const text = `| 关于2024年度行政执法情况的工作报告 |\n结合本辖区实际,现将我队2024年度行政执法情况报告如下:\n一、基本情况\n(一)行政执法主体情况\n${township.name}${government}作为行政执法主体行使相对集中行政处罚权。\n${PROSE}\n`;
      const md = extractMetadata(text);
      return md.code?.value === township.code ? [] : [`${township.name}: ${md.jurisdiction?.value ?? 'none'}`];
    });
    expect(wrong).toEqual([]);
  });

  it('a street written short before its own office (综合执法大队, 司法所) is the report’s street', () => {
    const unique = STREETS.filter((street) => DIVISIONS.byName.get(street.name)?.length === 1 && !street.name.endsWith('街街道'));
    expect(unique.length).toBeGreaterThan(5000);
    const offices = ['综合执法大队', '司法所'];
    const wrong = unique.flatMap((street, i) => {
      const text = `2025年度行政执法工作情况报告\n2025年,${street.name.slice(0, -1)}${offices[i % 2]}始终以习近平法治思想为指导,全面履行行政执法职责。现将全年行政执法工作情况总结如下:\n${PROSE}\n`;
      return extractMetadata(text).code?.value === street.code ? [] : [street.name];
    });
    expect(wrong).toEqual([]);
  });
});

/**
 * Every county-level place whose short name (海安 of 海安市, 达拉特 of 达拉特旗) no other county, and no province, city
 * or place, has, and which the tables also write as that name and a county's last word (海安市, 石柱县 for 石柱土家族自治县)
 * — but 全州 (全州县), which is also what a prefecture's report says of itself: a voice, not a name.
 */
const COUNTIES_OF_OWN_STEM = (() => {
  const byStem = new Map<string, Division[]>();
  for (const d of DIVISIONS.byCode.values())
    if (d.kind === 'county') byStem.set(countyStem(d.name), [...(byStem.get(countyStem(d.name)) ?? []), d]);
  const writtenShort = (stem: string, county: Division): boolean =>
    ['县', '区', '市', '旗']
      .flatMap((last) => DIVISIONS.byName.get(stem + last) ?? [])
      .filter((d) => d.kind === 'county')
      .map((d) => d.code)
      .join() === county.code;
  return [...byStem].flatMap(([stem, rows]) =>
    rows.length === 1 &&
    stem.length >= 2 &&
    stem !== '全州' &&
    writtenShort(stem, rows[0]!) &&
    !DIVISIONS.byName.has(stem) &&
    !DIVISIONS.provinceShort.has(stem) &&
    !DIVISIONS.cityShort.has(stem)
      ? [{ stem, county: rows[0]! }]
      : [],
  );
})();

describe('a park named after its county', () => {
  it('is that county’s zone, whatever province a guideline’s title and the leader’s speeches name', () => {
    expect(COUNTIES_OF_OWN_STEM.length).toBeGreaterThan(2000);
    const parks = ['产业园区', '工业园区', '产业园', '经济开发区', '高新区'];
    const wrong = COUNTIES_OF_OWN_STEM.flatMap(({ stem, county }, i) => {
      const zone = `${stem}${parks[i % parks.length]}`;
      const province = DIVISIONS.byCode.get(county.provinceCode)!.name;
      const city = county.cityCode === null ? null : DIVISIONS.byCode.get(county.cityCode)!.name;
      const text = `${zone}管委会2025年法治政府建设年度报告\n来源: ${zone}管委会  时间: 2026-01-29\n\n  ${zone}管委会始终坚持以习近平新时代中国特色社会主义思想为指导,依据《法治政府建设实施纲要(2021—2025年)》《${province}法治政府建设年度报告制度工作指引》和市委县委等文件要求,扎实推进法治政府建设各项工作。现将园区2025年度法治政府建设工作报告如下。\n  一、紧密围绕省委具体部署和市委具体安排推动法治政府建设的举措和成效\n${PROSE}\n`;
      const md = extractMetadata(text);
      const got = [md.jurisdiction?.value, md.level?.value, md.county?.value, md.city?.value ?? null, md.code?.value ?? null];
      return JSON.stringify(got) === JSON.stringify([zone, '开发区', county.name, city, null]) ? [] : [`${zone}: ${got.join(' ')}`];
    });
    expect(wrong).toEqual([]);
  });
});

/** Every province (省) of the tables, with the short name its reports write (广东 of 广东省). */
const PROVINCES = [...DIVISIONS.provinceShort].flatMap(([short, code]) => {
  const row = DIVISIONS.byCode.get(code)!;
  return row.name.endsWith('省') && row.name === `${short}省` ? [{ short, name: row.name }] : [];
});

describe('a province named only in a guideline’s title and the leader’s speeches on it', () => {
  it('is no jurisdiction of a page that follows the city’s and county’s committees too', () => {
    expect(PROVINCES.length).toBeGreaterThan(20);
    const wrong = PROVINCES.flatMap(({ short, name }) => {
      const text = `产业园区管委会2025年法治政府建设年度报告\n\n  园区管委会始终坚持以习近平新时代中国特色社会主义思想为指导,依据《法治政府建设实施纲要(2021—2025年)》《${name}法治政府建设年度报告制度工作指引》和市委县委等文件要求,扎实推进法治政府建设各项工作。现将园区2025年度法治政府建设工作报告如下。\n  一、深入学习贯彻习近平总书记对${short}系列重要讲话精神,紧密围绕省委具体部署和市委具体安排推动法治政府建设的举措和成效\n${PROSE}\n`;
      const md = extractMetadata(text);
      return md.jurisdiction === null && md.level?.value !== '省' ? [] : [`${name}: ${md.jurisdiction?.value} ${md.level?.value}`];
    });
    expect(wrong).toEqual([]);
  });

  it('is still the report’s own when it follows only the province’s committee and addresses its cities’ (各市委)', () => {
    const wrong = PROVINCES.flatMap(({ short, name }) => {
      const text = `2025年法治政府建设年度报告\n\n  坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平总书记对${short}系列重要讲话精神,在省委、省政府的坚强领导下,扎实推进法治政府建设各项工作,督促各市委、各县委落实第一责任人职责。\n${PROSE}\n`;
      return extractMetadata(text).jurisdiction?.value === name ? [] : [name];
    });
    expect(wrong).toEqual([]);
  });
});

/** A department's report that names its place only by its short name, `places` being what it writes of it. */
function shortNamedReport(level: string, places: string): string {
  return `2022年,${level}交通运输局法治政府建设工作坚持${PROSE}全面落实${level}委、${level}政府的决策部署,全${level}交通网络更加完善。\n一、全面依法履行交通运输管理职责\n${places}\n${PROSE}\n`;
}

describe('a county-level place named only by its short name', () => {
  it('is read from its short name written as a place twice, in the voice of its level', () => {
    expect(COUNTIES_OF_OWN_STEM.length).toBeGreaterThan(1500);
    const wrong = COUNTIES_OF_OWN_STEM.flatMap(({ stem, county }, i) => {
      const other = COUNTIES_OF_OWN_STEM[(i + 1) % COUNTIES_OF_OWN_STEM.length]!.stem;
      const text = shortNamedReport(county.level, `实现${stem}主城区至高速出口5分钟通达,开通了${stem}至${other}毗邻公交专线。`);
      const md = extractMetadata(text);
      return md.code?.value === fullCode(county) && md.bodyKind === 'department' ? [] : [`${county.name}: ${md.jurisdiction?.value}`];
    });
    expect(wrong).toEqual([]);
  });

  it('is read from its short name written only in its slogans (模范X, 红色X)', () => {
    const wrong = COUNTIES_OF_OWN_STEM.flatMap(({ stem, county }) => {
      const text = shortNamedReport(county.level, `奋力建设“模范${stem}”,传承红色${stem}的精神。`);
      return extractMetadata(text).code?.value === fullCode(county) ? [] : [county.name];
    });
    expect(wrong).toEqual([]);
  });

  it('is not read from a short name written as a word, once, or by a report of another level', () => {
    const wrong = COUNTIES_OF_OWN_STEM.flatMap(({ stem, county }) => {
      const other = county.level === '县' ? '市' : '县';
      const texts = [
        shortNamedReport(county.level, `推动${stem}协作,深化${stem}交流,加强${stem}联动。`),
        shortNamedReport(county.level, `实现${stem}主城区5分钟通达。`),
        shortNamedReport(other, `实现${stem}主城区至高速出口5分钟通达,开通了${stem}至邻县毗邻公交专线。`),
      ];
      return texts.flatMap((text, k) => (extractMetadata(text).jurisdiction === null ? [] : [`${county.name} (${k})`]));
    });
    expect(wrong).toEqual([]);
  });
});

describe('a county-level place known only by the numbers of the documents its report made', () => {
  /** A report titled with no place that speaks as its level and cites its own documents by number. */
  const numbered = (level: string, numbers: readonly string[]): string =>
    `关于2025年度法治政府建设情况的报告\n一、2025年推进法治政府建设的主要举措和成效\n全${level}${PROSE}修订《议事规则》(${numbers[0]}),印发《合法性审查办法》(${numbers[1]})。\n`;

  it('is a department’s report when the numbers are a department’s, a government’s when they are the government’s', () => {
    const counties = COUNTIES_OF_OWN_STEM.filter(({ county }) => county.level !== '市');
    expect(counties.length).toBeGreaterThan(1200);
    const wrong = counties.flatMap(({ stem, county }, i) => {
      const department = extractMetadata(
        numbered(county.level, [`${stem}教办〔2024〕22号`, `${stem}${i % 2 ? '教育工委' : '卫健发'}〔2024〕80号`]),
      );
      const government = extractMetadata(numbered(county.level, [`${stem}府发〔2024〕5号`, `${stem}${county.level}委办发〔2024〕9号`]));
      const got = [department.code?.value, department.bodyKind, government.code?.value, government.bodyKind];
      const code = fullCode(county);
      return JSON.stringify(got) === JSON.stringify([code, 'department', code, 'government']) ? [] : [`${county.name}: ${got.join(' ')}`];
    });
    expect(wrong).toEqual([]);
  });
});
