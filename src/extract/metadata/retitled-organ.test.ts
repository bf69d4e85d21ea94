/**
 * A page whose first line writes the organ short and without its place (「县人社局2023年度行政执法工作情况报告」) and then
 * repeats the title under the organ's full name (「临泽县人力资源和社会保障局2023年度行政执法工作情况报告」): the body is
 * the full name, as the organ names itself — its other name in brackets aside.
 */
import { describe, expect, it } from 'vitest';

import { DIVISIONS } from './divisions';
import { extractMetadata } from './index';

const organs = [
  { short: '人社局', full: '人力资源和社会保障局', alias: '' },
  { short: '文广旅局', full: '文化广电旅游局', alias: '文物局' },
  { short: '交通局', full: '交通运输局', alias: '' },
];
const TAIL = '2023年度行政执法工作情况报告';

/**
 * One in seven of the cities, prefectures, leagues, counties, districts and banners whose name is one place's only and
 * ends in the level word its organs are written short with (市人社局, 州交通局, 盟文广旅局).
 */
const places = [...DIVISIONS.byCode.values()].filter(
  (d, i) =>
    i % 7 === 0 &&
    d.kind !== 'township' &&
    d.kind !== 'province' &&
    /[市县区旗州盟]$/.test(d.name) &&
    DIVISIONS.byName.get(d.name)?.length === 1,
);

describe('an organ written short in the first line and in full in the repeated title', () => {
  it('is named in full, at every level', () => {
    expect(places.length).toBeGreaterThan(300);
    expect(places.filter((d) => /[州盟]$/.test(d.name)).length).toBeGreaterThan(3);
    const misread: string[] = [];
    places.forEach((d, i) => {
      const organ = organs[i % organs.length]!;
      const level = d.name.slice(-1);
      const full = d.name + organ.full;
      const alias = organ.alias === '' ? '' : `(${d.name}${organ.alias})`;
      const text = `${level}${organ.short}${TAIL}\n\n【字体: 大 中 小】\n\n${full}${alias}${TAIL}\n\n现将${level}${organ.short}2023年度行政执法情况报告如下:\n一、2023年行政执法基本情况\n2023年办理行政执法案件56件。`;
      const m = extractMetadata(text);
      if (m.body?.value !== full || m.bodyKind !== 'department') misread.push(`${full}: ${m.body?.value ?? '-'} / ${m.bodyKind}`);
    });
    expect(misread).toEqual([]);
  });

  it('keeps the short name when no line repeats the title under a full name', () => {
    const m = extractMetadata(`县人社局${TAIL}\n\n临泽县人力资源和社会保障局主要职责\n\n2023年,我局办理行政执法案件56件。`);
    expect(m.body?.value).toBe('县人社局');
  });
});

describe('a prefecture’s or a league’s organ opening the title without its place', () => {
  it.each(['州司法局', '盟交通运输局', '州人民政府'])('%s is of a prefecture-level place', (organ) => {
    const m = extractMetadata(`${organ}2023年度法治政府建设情况报告\n2023年,${organ}坚持以习近平法治思想为指导,全面推进依法行政。`);
    expect(m.level?.value).toBe('市');
  });
});
