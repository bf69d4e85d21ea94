import { describe, expect, it } from 'vitest';

import { findPublished, isoDate, parseChineseDate, parseNumericDate, parseRunTogetherDate } from './date';

describe('parseRunTogetherDate', () => {
  it('reads a signature date printed without separators', () => {
    expect(parseRunTogetherDate('2021310')).toBe('2021-03-10');
    expect(parseRunTogetherDate('20210310')).toBe('2021-03-10');
    expect(parseRunTogetherDate('202131')).toBe('2021-03-01');
    expect(parseRunTogetherDate('2021031')).toBe('2021-03-01');
    expect(parseRunTogetherDate('20211231')).toBe('2021-12-31');
  });

  it('refuses digits that split into a month and a day in two ways', () => {
    expect(parseRunTogetherDate('2021111')).toBeNull(); // Jan 11 or Nov 1
    expect(parseRunTogetherDate('2021121')).toBeNull(); // Jan 21 or Dec 1
  });

  it('refuses impossible dates and other numbers', () => {
    expect(parseRunTogetherDate('2021230')).toBeNull(); // Feb 30 (and 23/0)
    expect(parseRunTogetherDate('1234567')).toBeNull();
    expect(parseRunTogetherDate('20211')).toBeNull();
    expect(parseRunTogetherDate('202103101')).toBeNull();
    expect(parseRunTogetherDate('2021-3-10')).toBeNull();
  });
});

describe('parseNumericDate and parseChineseDate', () => {
  it('reads the separators pages use', () => {
    expect(parseNumericDate('2023-01-13 10:19:38')).toBe('2023-01-13');
    expect(parseNumericDate('2021/03/29')).toBe('2021-03-29');
    expect(parseNumericDate('2026.03.05')).toBe('2026-03-05');
    expect(parseNumericDate('2017年02月28日')).toBe('2017-02-28');
    expect(parseNumericDate('2017年2月28日')).toBe('2017-02-28');
    expect(parseNumericDate('2023-02-29')).toBeNull();
  });

  it('reads dates in Chinese numerals', () => {
    expect(parseChineseDate('二〇二一年三月十日')).toBe('2021-03-10');
    expect(parseChineseDate('二○二二年十二月二十一日')).toBe('2022-12-21');
    expect(parseChineseDate('二〇二三年二月三十日')).toBeNull();
  });

  it('checks the calendar', () => {
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDate(2023, 2, 29)).toBeNull();
    expect(isoDate(2023, 13, 1)).toBeNull();
  });
});

describe('findPublished', () => {
  const body = '\n2022年,我镇坚持依法行政,全面推进法治政府建设。\n';

  function find(header: string, tail = '', minYear: number | null = null) {
    const text = header + body + tail;
    return findPublished(text, header.length + 1, minYear);
  }

  it('prefers 发布 over 成文 and 生成 dates', () => {
    expect(find('成文日期 2025-03-20\n发布时间: 2025-03-21 09:39')?.iso).toBe('2025-03-21');
    expect(find('公文生成日期:2025-01-01\n时间:2025-09-08 17:18')?.iso).toBe('2025-09-08');
  });

  it('uses 成文日期 when nothing else dates the page', () => {
    expect(find('成文日期: 2024-02-28 失效日期:')?.iso).toBe('2024-02-28');
  });

  it('ignores a "today" banner', () => {
    expect(find('今天是:2019年10月31日 星期三\n更新时间:2021/03/29 11:30:01')?.iso).toBe('2021-03-29');
    expect(find('今天是:2019年10月31日 星期三')).toBeNull();
  });

  it('reads a header line that is only a date, and a date on a metadata line', () => {
    expect(find('主动公开\n\n2026.03.05\n')?.iso).toBe('2026-03-05');
    expect(find('2023年02月13日 来源:临朐县司法局 浏览:12')?.iso).toBe('2023-02-13');
  });

  it('falls back to the signature date, run together or not', () => {
    expect(find('', '\n长沙市芙蓉区人民政府\n\n2021310\n\n扫一扫在手机打开当前页')?.iso).toBe('2021-03-10');
    expect(find('', '\n某某县人民政府\n2021年3月10日\n')?.iso).toBe('2021-03-10');
    expect(find('', '\n二〇二一年三月十日')?.iso).toBe('2021-03-10');
  });

  it('prefers the header date over the signature', () => {
    expect(find('发布时间 : 2021-03-11', '\n2021310\n')?.iso).toBe('2021-03-11');
  });

  it('rules out dates before the reported year', () => {
    expect(find('发布时间: 2019-10-31', '', 2020)).toBeNull();
    expect(find('发布时间: 2019-10-31\n成文日期: 2021-02-01', '', 2020)?.iso).toBe('2021-02-01');
  });

  it('returns the span of the date words', () => {
    const text = '发布日期:2023-01-13 10:19:38 浏览次数:' + body;
    const d = findPublished(text, 30, null)!;
    expect(text.slice(d.start, d.end)).toBe('2023-01-13');
  });

  it('finds nothing in a page without dates', () => {
    expect(find('首页 > 工作报告')).toBeNull();
  });
});
