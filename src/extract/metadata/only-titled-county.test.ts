/**
 * A department's report that speaks only as 我局 and names its county-level place only in the title of a document it
 * keeps or carries out (《西秀区统计局行政权力事项清单》, 《香格里拉市法治政府建设实施纲要》), with nothing else but the
 * place's province or city: that county is the report's. Precision first: a city's plan, another place named beside,
 * or a report speaking as a level the county is not leaves it unplaced.
 */
import { describe, expect, it } from 'vitest';

import { GENERIC_PLACE_NAMES } from './constants';
import { DIVISIONS } from './divisions';
import { extractMetadata } from './index';

/** Every county-level place whose name is one place's only and no generic word (城区, 矿区: a place only before its organ). */
const counties = [...DIVISIONS.byCode.values()].filter(
  (d) => d.kind === 'county' && DIVISIONS.byName.get(d.name)?.length === 1 && !GENERIC_PLACE_NAMES.has(d.name),
);

const carriesOut = (plan: string, more = ''): string =>
  `2025年,我局坚持以习近平法治思想为根本遵循,深入贯彻中央、省、市关于法治政府建设的决策部署,全面落实《${plan}法治政府建设实施纲要(2021-2025年)》要求,${more}各项工作取得显著成效。现将全年工作情况总结如下:\n一、主要举措和成效\n(一)强化政治引领。由局主要领导亲自抓法治建设。`;
const keepsList = (county: string, province: string): string =>
  `一、2024年行政执法基本情况\n截至目前,我局未办理执法案件。\n二、执法规范化建设情况\n通过政府门户网站及时公示《${county}统计局行政权力事项清单》。我局严格参照《${province}统计行政处罚裁量基准》执行。`;

describe('a county named only in the title of a document its department keeps or carries out', () => {
  it('is the report’s place, for every county-level place of the tables', () => {
    expect(counties.length).toBeGreaterThan(2000);
    const misread: string[] = [];
    counties.forEach((d, i) => {
      const province = DIVISIONS.byCode.get(d.provinceCode!)!.name;
      const m = extractMetadata(i % 2 === 0 ? carriesOut(d.name) : keepsList(d.name, province));
      if (m.jurisdiction?.value !== d.name || m.code?.value !== d.code.padEnd(6, '0').slice(0, 6))
        misread.push(`${d.name}: ${m.jurisdiction?.value ?? '-'} ${m.code?.value ?? '-'}`);
    });
    expect(misread).toEqual([]);
  });

  it.each([
    ['a city’s plan', carriesOut('丽江市')],
    ['a county’s plan beside another place', carriesOut('香格里拉市', '赴大理市学习交流,')],
    ['a county’s plan in a report speaking as a town', carriesOut('香格里拉市', '全镇上下齐心协力,')],
  ])('leaves %s unplaced', (_, text) => {
    expect(extractMetadata(text).jurisdiction).toBeNull();
  });
});
