/**
 * A county-level report that names no place of its own but one city, and nothing outside it (a county
 * bureau's summary that hosted 宿州市's 宪法宣传周): the city and its province are known, the county not.
 */
import { describe, expect, it } from 'vitest';

import { DIVISIONS } from './divisions';
import { extractMetadata } from './index';

const PROSE = '坚持以习近平法治思想为指导,全面推进依法行政,法治政府建设取得新成效。';
const LEVELS = ['县', '区', '旗'];

/** Every prefecture-level unit whose name the tables hold once. */
const CITIES = [...DIVISIONS.byCode.values()].filter((d) => d.kind === 'city' && DIVISIONS.byName.get(d.name)?.length === 1);

function summary(level: string, event: string, year: number): string {
  return (
    `现将${year}年工作完成情况和${year + 1}年工作思路汇报如下:\n一、${year}年重点工作完成情况\n` +
    `(一)深化法治宣传。${PROSE}全${level}开展送法下乡活动30余场,${event}。\n(二)加强人民调解。全${level}调解纠纷627件。\n`
  );
}

describe('a county-level report that names one city only', () => {
  it('is in that city and its province, for every city of the tables', () => {
    expect(CITIES.length).toBeGreaterThan(300);
    const wrong = CITIES.flatMap((city, i) => {
      const level = LEVELS[i % LEVELS.length]!;
      const md = extractMetadata(summary(level, `承办${city.name}${2016 + (i % 9)}年“法治宣传月”启动仪式`, 2016 + (i % 9)));
      const province = DIVISIONS.byCode.get(city.provinceCode)!.name;
      return md.city?.value === city.name && md.province?.value === province && md.jurisdiction === null
        ? []
        : [`${city.name}: ${md.city?.value ?? '-'} ${md.province?.value ?? '-'} ${md.jurisdiction?.value ?? ''}`];
    });
    expect(wrong).toEqual([]);
  });

  it('is no city’s when two cities are named', () => {
    const md = extractMetadata(summary('县', '承办宿州市“法治宣传月”启动仪式,迎接淮北市检查', 2023));
    expect(md.city).toBeNull();
  });

  it('is not the city it went to learn from', () => {
    const md = extractMetadata(summary('县', '组织人员赴宿州市学习考察', 2023));
    expect(md.city).toBeNull();
  });

  it('is no city’s for a report that speaks as a city', () => {
    const md = extractMetadata(summary('市', '承办宿州市“法治宣传月”启动仪式', 2023));
    expect(md.city).toBeNull();
  });
});
