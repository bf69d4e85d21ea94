/**
 * A lower level's report that names no place of its own and its province only once, as the maker of a local
 * regulation it enforces (「执法依据:…《浙江省爱国卫生条例》」): a place's organs enforce their own province's
 * regulations, never another's, so that province is the report's. Named once in passing, it tells nothing.
 */
import { describe, expect, it } from 'vitest';

import { DIVISIONS } from './divisions';
import { extractMetadata } from './index';

const provinces = [...DIVISIONS.byCode.values()].filter((d) => d.kind === 'province');
const rules = ['爱国卫生条例', '道路运输条例', '统计行政处罚裁量基准', '城市市容和环境卫生管理办法'];

const report = (basis: string): string =>
  `第一部分 行政执法总体情况\n一、行政执法职权\n组织实施全市卫生领域的监督执法,依法查处违法行为。\n二、执法依据\n《中华人民共和国传染病防治法》${basis}等。\n三、行政执法情况综述\n全市共办理行政许可1200件。`;

describe('a province named once, as the maker of a regulation a city’s organ enforces', () => {
  it('is the report’s province, for every province', () => {
    expect(provinces.length).toBe(31);
    const misread: string[] = [];
    provinces.forEach((d, i) => {
      const m = extractMetadata(report(`《${d.name}${rules[i % rules.length]!}》`));
      if (m.province?.value !== d.name) misread.push(`${d.name}: ${m.province?.value ?? '-'}`);
    });
    expect(misread).toEqual([]);
  });

  it('tells nothing when named once otherwise', () => {
    const m = extractMetadata(report(';组织执法人员赴浙江省学习交流'));
    expect(m.province).toBeNull();
  });
});
