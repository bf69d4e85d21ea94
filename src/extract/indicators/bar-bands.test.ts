/**
 * Penalty statistics tables that a page flattened with bars between the cells and its columns wrapped into bands
 * (a header line, its value lines, then the next header line…): the class of holdout7's enforcement-statistics page,
 * written here in places, numbers and layouts of our own.
 */
import { describe, expect, it } from 'vitest';

import { extractReport } from '../pipeline';

const TITLE = '某县自然资源和规划局2024年度行政执法统计年报';
const report = (...lines: string[]) =>
  extractReport([TITLE, '二、2024年度行政执法案件情况', ...lines, '说明:统计范围为1月1日至12月31日。'].join('\n'));
/** The penalty cases read, with the words quoted for them, or undefined. */
const penalty = (...lines: string[]) => {
  const read = report(...lines);
  const value = read.values['enforcement.penalty_cases'];
  if (value === undefined) return undefined;
  return { value: value.value, quote: read.extractions.find((found) => found.id === value.extractionId)?.span?.text };
};

const FIRST_BAND = '单位名称 | 警告 | 通报批评 | 罚款 | 没收违法所得 | 吊销许可证件 |';
const SECOND_BAND = '限制从业 | 行政拘留 | 其他行政处罚 | 合 计 (件) | 罚没金额(万元) | |';

describe('a bar table whose columns wrap into bands', () => {
  it('reads 合计 of the penalty table in the band it is in, the value line its quote', () => {
    const read = penalty(
      '(一)2024年行政处罚实施情况统计表',
      FIRST_BAND,
      '某县自然资源和规划局 | 5 | 0 | 29 | 2 | 0 |',
      SECOND_BAND,
      '0 | 0 | 1 | 37 | 46.2 |',
    );
    expect(read).toMatchObject({ value: 37, quote: '0 | 0 | 1 | 37 | 46.2 |' });
  });

  it('reads three bands with the total in the middle one, full-width bars and 合计(起)', () => {
    const read = penalty(
      '表1 行政处罚实施数量(起)',
      '警告 ｜ 罚款 ｜ 没收违法所得 ｜',
      '12 ｜ 140 ｜ 6 ｜',
      '暂扣许可证件 ｜ 责令关闭 ｜ 合计(起) ｜',
      '3 ｜ 1 ｜ 162 ｜',
      '罚没金额(万元) ｜ 简易程序 ｜',
      '318.5 ｜ 40 ｜',
    );
    expect(read).toMatchObject({ value: 162, quote: '3 ｜ 1 ｜ 162 ｜' });
  });

  it('reads the total in the first band when further columns wrap into the next', () => {
    const read = penalty(
      '2024年度行政处罚实施数量统计',
      '警告 | 罚款 | 责令停产停业 | 合计(件) |',
      '7 | 83 | 2 | 92 |',
      '罚没金额(万元) | 听证数量(件) |',
      '150.3 | 2 |',
    );
    expect(read).toEqual({ value: 92, quote: '7 | 83 | 2 | 92 |' });
  });

  it('still reads a table in one band', () => {
    expect(penalty('行政处罚实施情况统计表', '警告 | 罚款 | 合计(宗) | 罚没金额(万元) |', '4 | 51 | 55 | 8.7 |')).toEqual({
      value: 55,
      quote: '4 | 51 | 55 | 8.7 |',
    });
  });

  it('reads a table of several units by its 合计 row, and gives nothing without one', () => {
    const units = (third: string) =>
      penalty(
        '2024年度行政处罚实施情况统计表',
        FIRST_BAND,
        '某县自然资源和规划局 | 1 | 0 | 7 | 0 | 0 |',
        '某县自然资源执法大队 | 2 | 0 | 11 | 1 | 0 |',
        `${third} | 3 | 0 | 18 | 1 | 0 |`,
        SECOND_BAND,
        '0 | 0 | 0 | 8 | 3.1 |',
        '0 | 0 | 1 | 15 | 9.4 |',
        '0 | 0 | 1 | 23 | 12.5 |',
      );
    expect(units('合计')).toMatchObject({ value: 23, quote: '0 | 0 | 1 | 23 | 12.5 |' });
    expect(units('某县国土空间规划所')).toBeUndefined();
  });

  it('gives nothing for another kind’s 合计, a money total, another year, a missing value band or cells that do not line up', () => {
    // A permit table and a coercion table have their 合计 (件) too.
    expect(penalty('2024年度行政许可实施情况统计表', '申请数量 | 受理数量 | 不予受理 | 合计(件) |', '60 | 58 | 2 | 60 |')).toBeUndefined();
    expect(penalty('行政强制实施情况统计表', '查封场所设施或者财物 | 扣押财物 | 合计(件) |', '4 | 9 | 13 |')).toBeUndefined();
    // A coercion table names a fine among its kinds (加处罚款), its caption says what it is.
    expect(
      penalty('2024年度行政强制执行情况统计表', '加处罚款或者滞纳金 | 划拨存款汇款 | 拍卖财物 | 合计(件) |', '6 | 2 | 1 | 9 |'),
    ).toBeUndefined();
    // The money a penalty table totals is no count of cases, with its unit or without.
    expect(
      penalty('行政处罚实施情况统计表', '警告 | 罚款 | 罚款金额 | 没收违法所得金额 | 合计 |', '2 | 20 | 20 | 3 | 23 |'),
    ).toBeUndefined();
    expect(
      penalty('行政处罚实施情况统计表', '警告 | 罚款 | 罚款金额 | 没收金额 | 合计(万元) |', '4 | 51 | 20.1 | 3 | 23.1 |'),
    ).toBeUndefined();
    expect(
      penalty(
        '(一)2023年行政处罚实施情况统计表',
        FIRST_BAND,
        '某县自然资源和规划局 | 5 | 0 | 29 | 2 | 0 |',
        SECOND_BAND,
        '0 | 0 | 1 | 37 | 46.2 |',
      ),
    ).toBeUndefined();
    expect(penalty('行政处罚实施情况统计表', FIRST_BAND, '某县自然资源和规划局 | 5 | 0 | 29 | 2 | 0 |', SECOND_BAND)).toBeUndefined();
    expect(penalty('行政处罚实施情况统计表', '警告 | 罚款 | 合计(宗) | 罚没金额(万元) |')).toBeUndefined();
    expect(
      penalty('行政处罚实施情况统计表', FIRST_BAND, '某县自然资源和规划局 | 5 | 0 | 29 | 2 | 0 |', SECOND_BAND, '0 | 1 | 37 | 46.2 |'),
    ).toBeUndefined();
  });
});
