/**
 * Properties over every name of the division tables, for classes real pages showed once each: a street
 * written short in a page's title and source (寨上街 of 寨上街道) whose office opens the prose, and a
 * county-level city whose report names its prefecture's 市级 awards (宁波市级示范单位 in 慈溪市's report).
 */
import { describe, expect, it } from 'vitest';

import { DIVISIONS } from './divisions';
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
