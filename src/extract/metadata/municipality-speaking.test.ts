/**
 * A municipality's report that never writes its full name (「全市各區、各部門在市委、市政府的堅強領導下…為上海
 * 加快建設…」) while it names some of its own districts in passing.
 */
import { describe, expect, it } from 'vitest';

import { DIVISIONS } from './divisions';
import { extractMetadata } from './index';

const municipalities = [...DIVISIONS.byCode.values()].filter((d) => d.kind === 'province' && d.name.endsWith('市'));
const districtsOf = (code: string) => [...DIVISIONS.byCode.values()].filter((d) => d.kind === 'county' && d.provinceCode === code);

function report(short: string, districts: readonly string[]): string {
  return (
    '2021年,全市各区、各部门在市委、市政府的坚强领导下,深入学习贯彻习近平法治思想,持续推动本市法治政府建设提质增效,' +
    `为${short}加快建设社会主义现代化国际大都市提供坚实有力的法治保障。具体情况如下:\n本市贯彻全面依法治市工作会议精神。` +
    `市政府办公厅会同${districts.join('、')}开展试点,本市推进依法行政。`
  );
}

describe('a municipality known by its short name', () => {
  it('is itself whichever of its own districts it names', () => {
    expect(municipalities.map((d) => d.name).sort()).toEqual(['上海市', '北京市', '天津市', '重庆市']);
    const misread: string[] = [];
    for (const city of municipalities) {
      const short = city.name.slice(0, -1);
      const districts = districtsOf(city.code).map((d) => d.name);
      expect(districts.length).toBeGreaterThan(10);
      for (let i = 0; i < districts.length; i += 1) {
        const m = extractMetadata(report(short, [districts[i]!, districts[(i + 1) % districts.length]!]));
        if (m.jurisdiction?.value !== city.name || m.level?.value !== '省')
          misread.push(`${city.name} ${districts[i]}: ${m.jurisdiction?.value ?? '-'}`);
      }
    }
    expect(misread).toEqual([]);
  });

  it('is not the municipality when a district of another province is named', () => {
    const m = extractMetadata(report('上海', ['徐汇区', '芙蓉区']));
    expect(m.jurisdiction?.value).not.toBe('上海市');
  });
});
