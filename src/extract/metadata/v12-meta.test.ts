/**
 * Metadata classes of set 12's and holdout 3's real pages, in wordings, places and years of our own: a
 * field label glued to the title it labels, an organ the title writes without its place.
 */
import { describe, expect, it } from 'vitest';

import { DIVISIONS } from './divisions';
import { extractMetadata } from './index';

describe('a field label glued to the title it labels (公报标题市商务局…)', () => {
  it.each([
    ['公报标题市商务局2023年度行政执法统计年报', '市商务局2023年度行政执法统计年报'],
    ['信息名称关于2022年度法治政府建设情况的报告', '关于2022年度法治政府建设情况的报告'],
    ['文章标题县司法局2021年工作总结', '县司法局2021年工作总结'],
    ['标题:区人民政府2024年法治政府建设年度报告', '区人民政府2024年法治政府建设年度报告'],
  ])('%s → %s', (line, title) => {
    const m = extractMetadata(
      `当前位置:首页 > 政府信息公开\n${line}\n2023年,我局深入推进依法行政,全面落实行政执法三项制度,各项工作取得新成效。`,
    );
    expect(m.title?.value).toBe(title);
    expect(m.body?.value ?? '').not.toMatch(/标题|名称/);
  });
});

describe('an organ the title writes without its place, written with it elsewhere', () => {
  const cities = [...DIVISIONS.byName.entries()]
    .filter(([name, rows]) => rows.length === 1 && rows[0]!.kind === 'city' && name.endsWith('市'))
    .map(([name]) => name);

  it('is named as the text writes it with its place, for every prefecture-level city the tables hold once', () => {
    expect(cities.length).toBeGreaterThan(250);
    const wrong: string[] = [];
    for (const [i, city] of cities.entries()) {
      const organ = ['商务局', '司法局', '生态环境局', '市场监督管理局'][i % 4]!;
      const text = `市${organ}2023年度行政执法统计年报\n主办单位${city}${organ} 公报年份2023年\n一、行政执法主体概况\n本级行政机关:${city}${organ},全年严格规范公正文明执法。`;
      const m = extractMetadata(text);
      if (m.body?.value !== `${city}${organ}` || m.bodyKind !== 'department') wrong.push(`${city}: ${m.body?.value} ${m.bodyKind}`);
    }
    expect(wrong).toEqual([]);
  });

  it('keeps the placeless name when the text writes no other', () => {
    const m = extractMetadata(
      '县司法局2022年度法治政府建设情况报告\n2022年,我局在县委、县政府的领导下,深入推进依法行政,各项工作取得新成效。',
    );
    expect([m.body?.value, m.bodyKind]).toEqual(['县司法局', 'department']);
  });
});
