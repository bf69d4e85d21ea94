/**
 * A county's report that writes its own name only in its slogans (「为加快建设幸福美丽旺苍提供…」)
 * and its city only in the city's documents (《广元市法治政府建设实施方案》).
 */
import { describe, expect, it } from 'vitest';

import { countyStem, DIVISIONS } from './divisions';
import { extractMetadata } from './index';

const prose = '坚持以习近平法治思想为指导,全面推进依法行政,法治政府建设取得新成效。';

/** County-level places of a city whose name is one place's only, with a stem of their own. */
const counties = [...DIVISIONS.byCode.values()].filter((d) => {
  if (d.kind !== 'county' || d.cityCode === null || !['县', '区', '旗'].includes(d.level)) return false;
  const city = DIVISIONS.byCode.get(d.cityCode);
  return city !== undefined && DIVISIONS.byName.get(city.name)?.length === 1 && countyStem(d.name).length >= 2;
});

const slogans = ['为加快建设幸福美丽', '奋力建设法治', '全力打造平安', '共建文明'];

function report(stem: string, self: string, city: string, i: number): string {
  const year = 2016 + (i % 9);
  return (
    `${year}年,我${self}法治政府建设工作在${self}委、${self}政府的领导下,${prose}按照《${city}法治政府建设实施方案》要求,` +
    `${slogans[i % slogans.length]}${stem}提供有力的法治保障。现将我${self}${year}年度法治政府建设工作情况总结如下:`
  );
}

describe('a county known by its slogans', () => {
  it('is found for every county-level place of its named city', () => {
    expect(counties.length).toBeGreaterThan(2000);
    const misread: string[] = [];
    counties.forEach((d, i) => {
      const city = DIVISIONS.byCode.get(d.cityCode!)!.name;
      const m = extractMetadata(report(countyStem(d.name), d.level, city, i));
      if (m.jurisdiction?.value !== d.name || m.city?.value !== city) misread.push(`${d.name} (${city}): ${m.jurisdiction?.value ?? '-'}`);
    });
    expect(misread).toEqual([]);
  });

  it('is not a place of another city', () => {
    expect(extractMetadata(report('旺苍', '县', '岳阳市', 0)).jurisdiction).toBeNull();
  });

  it('needs the report to speak as a county-level place', () => {
    const m = extractMetadata(`2019年,全市${prose}按照《广元市法治政府建设实施方案》要求,为加快建设幸福美丽旺苍提供保障。`);
    expect(m.jurisdiction?.value).not.toBe('旺苍县');
  });

  it('needs exactly one city named', () => {
    const m = extractMetadata(`${report('旺苍', '县', '广元市', 0)}学习《岳阳市行政执法办法》。`);
    expect(m.jurisdiction).toBeNull();
  });
});
