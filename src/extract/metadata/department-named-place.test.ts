/**
 * A department's report whose place is written only in the department's name (statistics tables
 * headed 「桐庐县交通运输局2022年度行政执法数据表」, with no title naming a place and no 我局).
 */
import { describe, expect, it } from 'vitest';

import { extractMetadata } from './index';

const TABLES = (a: string, b: string) =>
  [
    '2022年度行政执法统计年报',
    `第一部分:${a}2022年度行政执法数据表`,
    '一、行政处罚实施情况统计表',
    `第二部分:${b}2022年度行政执法总体情况`,
    '第一部分',
    `${a}行政处罚实施情况统计表`,
    '行政处罚实施数量(宗) | 警告 | 罚款 |',
    '12 | 3 | 9 |',
    '说明:“罚没金额”以处罚决定书确定的金额为准,统计期间为2022年1月1日至2022年12月31日。',
    '',
  ].join('\n');

describe('a place named only in its department name', () => {
  it("is the report's place, and that department its body", () => {
    const md = extractMetadata(TABLES('桐庐县交通运输局', '桐庐县交通运输局'));
    expect(md.jurisdiction?.value).toBe('桐庐县');
    expect(md.level?.value).toBe('县');
    expect(md.province?.value).toBe('浙江省');
    expect(md.body?.value).toBe('桐庐县交通运输局');
    expect(md.bodyKind).toBe('department');
  });

  it('is no place when two places are written with departments', () => {
    const md = extractMetadata(TABLES('桐庐县交通运输局', '淳安县交通运输局'));
    expect(md.jurisdiction).toBeNull();
    expect(md.body).toBeNull();
  });
});
