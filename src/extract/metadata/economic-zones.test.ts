/**
 * An economic zone the tables lack, named in full (贵州双龙航空港经济区, 郑州临空经济区): a zone like a new area, placed by
 * the province or city its own name opens with; a region's name in prose (海峡西岸经济区) stays no place.
 */
import { describe, expect, it } from 'vitest';

import { type Division, DIVISIONS } from './divisions';
import { extractMetadata } from './index';

const prose = '坚持以习近平法治思想为指导,全面推进依法行政,法治政府建设取得新成效。';
const nameOf = (code: string | null): string | null => (code === null ? null : (DIVISIONS.byCode.get(code)?.name ?? null));

const citiesByShortName: Array<[string, Division]> = [...DIVISIONS.cityShort]
  .filter(([short, codes]) => codes.length === 1 && short.length >= 2 && !DIVISIONS.provinceShort.has(short))
  .map(([short, codes]) => [short, DIVISIONS.byCode.get(codes[0]!)!] as [string, Division])
  .filter(([, city]) => city !== undefined);
const provinceShorts = [...DIVISIONS.provinceShort].filter(([, code]) => DIVISIONS.byCode.get(code)?.kind === 'province');

describe('an economic zone named in full in its title', () => {
  it('is a zone of the city whose short name opens it, for every city', () => {
    expect(citiesByShortName.length).toBeGreaterThan(250);
    const wrong = citiesByShortName.filter(([short, city]) => {
      const zone = `${short}临空经济区`;
      const m = extractMetadata(`${zone}2023年度法治政府建设工作情况报告\n2023年,${zone}${prose}`);
      return (
        m.level?.value !== '开发区' ||
        m.jurisdiction?.value !== zone ||
        m.city?.value !== city.name ||
        m.province?.value !== nameOf(city.provinceCode)
      );
    });
    expect(wrong.map(([short]) => short)).toEqual([]);
  });

  it('is a zone of the province whose short name opens it, for every province', () => {
    expect(provinceShorts.length).toBeGreaterThanOrEqual(31);
    const wrong = provinceShorts.filter(([short, code]) => {
      const zone = `${short}双溪航空港经济区`;
      const m = extractMetadata(`${zone}2023年度法治政府建设工作情况报告\n2023年,${zone}(以下简称经济区)${prose}`);
      return m.level?.value !== '开发区' || m.jurisdiction?.value !== zone || m.province?.value !== nameOf(code);
    });
    expect(wrong.map(([short]) => short)).toEqual([]);
  });

  it('leaves a region named in prose no place', () => {
    const m = extractMetadata(`2023年,永泰县${prose}主动服务海峡西岸经济区建设。`);
    expect([m.jurisdiction?.value, m.level?.value]).toEqual(['永泰县', '县']);
  });
});
