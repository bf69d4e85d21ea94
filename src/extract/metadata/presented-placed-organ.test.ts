/**
 * A placed organ in the clause presenting an untitled report (「根据…要求,现将常州市交通运输局2023年度行政执法工作情况报告
 * 如下」, 「…现就溧水区生态环境局2022年法治政府建设情况报告如下」): the reporter, named as a sentence's subject would be, so
 * its place is the report's.
 */
import { describe, expect, it } from 'vitest';

import { GENERIC_PLACE_NAMES } from './constants';
import { DIVISIONS } from './divisions';
import { extractMetadata } from './index';

/** One in six of the cities, counties, districts and banners whose name is one place's only and no generic word. */
const places = [...DIVISIONS.byCode.values()].filter(
  (d, i) =>
    i % 6 === 0 &&
    (d.kind === 'city' || d.kind === 'county') &&
    DIVISIONS.byName.get(d.name)?.length === 1 &&
    !GENERIC_PLACE_NAMES.has(d.name),
);
const organs = ['交通运输局', '生态环境局', '市场监督管理局', '卫生健康委员会'];
const clauses = [
  (organ: string) => `根据《关于做好2023年度行政执法数据公开工作的通知》要求,现将${organ}2023年度行政执法工作情况报告如下:`,
  (organ: string) => `2023年,我局坚持以习近平法治思想为指导,全面推进依法行政。现就${organ}2023年法治政府建设情况报告如下:`,
  (organ: string) => `按照上级工作部署,现把${organ}2023年度法治政府建设工作汇报如下:`,
];

describe('a placed organ presenting the report', () => {
  it('is the reporter, of its place, at every level', () => {
    expect(places.length).toBeGreaterThan(400);
    const misread: string[] = [];
    places.forEach((d, i) => {
      const organ = d.name + organs[i % organs.length]!;
      const text = `${clauses[i % clauses.length]!(organ)}\n一、基本情况\n2023年,我局共办理行政许可案件1200件,行政处罚案件56件。`;
      const m = extractMetadata(text);
      if (m.jurisdiction?.value !== d.name || m.body?.value !== organ || m.bodyKind !== 'department')
        misread.push(`${organ}: ${m.jurisdiction?.value ?? '-'} / ${m.body?.value ?? '-'} / ${m.bodyKind}`);
    });
    expect(misread).toEqual([]);
  });
});
