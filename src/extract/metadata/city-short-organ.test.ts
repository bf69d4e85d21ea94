/**
 * A department written after its city's short name as the opening's subject (「2022年以来,烟台人力资源和社会保障局坚持…」,
 * the city in full only in a list of superiors, 「中央、省、烟台市关于…」): the short name, one city's only and no province's,
 * names that city, and the department reports.
 */
import { describe, expect, it } from 'vitest';

import { type Division, DIVISIONS } from './divisions';
import { extractMetadata } from './index';

const citiesByShortName: Array<[string, Division]> = [...DIVISIONS.cityShort]
  .filter(([short, codes]) => codes.length === 1 && short.length >= 2 && !DIVISIONS.provinceShort.has(short))
  .map(([short, codes]) => [short, DIVISIONS.byCode.get(codes[0]!)!] as [string, Division])
  .filter(([, city]) => city !== undefined);
const organs = ['人力资源和社会保障局', '市场监督管理局', '卫生健康委员会', '交通运输局'];
const verbs = ['坚持', '紧紧围绕', '认真贯彻'];

describe('a department after its city’s short name, as the opening’s subject', () => {
  it('is of that city, for every city whose short name is its own', () => {
    expect(citiesByShortName.length).toBeGreaterThan(250);
    const misread: string[] = [];
    citiesByShortName.forEach(([short, city], i) => {
      // 恩施市场监督管理局 reads as 恩施市 too (a county-level city of that name): no organ of 市场 for such a short name.
      const field = organs[i % organs.length]!;
      const organ = short + (field.startsWith('市场') && DIVISIONS.byName.has(`${short}市`) ? organs[0]! : field);
      const text = `2022年以来,${organ}${verbs[i % verbs.length]!}以习近平法治思想为指导,全面贯彻落实中央、省、${city.name}关于法治政府建设的决策部署。现将有关情况报告如下:\n一、2022年度推进法治政府建设的主要举措和成效\n(一)坚持以学开路。`;
      const m = extractMetadata(text);
      if (m.jurisdiction?.value !== city.name || m.body?.value !== organ || m.bodyKind !== 'department')
        misread.push(`${organ}: ${m.jurisdiction?.value ?? '-'} / ${m.body?.value ?? '-'} / ${m.bodyKind}`);
    });
    expect(misread).toEqual([]);
  });

  it('names no place where the short name is no organ’s', () => {
    const m = extractMetadata('2022年以来,烟台经济持续向好,全面贯彻落实中央、省关于法治政府建设的决策部署。现将有关情况报告如下:');
    expect(m.jurisdiction).toBeNull();
  });
});
