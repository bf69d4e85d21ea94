/**
 * Header lines that carry the publication date in forms beside the labelled ones: the title with its
 * date in brackets, the publisher and the date, a bulleted date, a label in brackets, a stamp
 * written day first.
 */
import { describe, expect, it } from 'vitest';

import { findPublished } from './date';

const body = '2024年,我区坚持以习近平法治思想为指导,全面推进依法行政。';

/** Every day of two years, one in three days, with its ISO form and its parts. */
const days: Array<{ iso: string; y: number; m: number; d: number }> = [];
for (let t = Date.UTC(2019, 0, 1); t < Date.UTC(2021, 0, 1); t += 3 * 86_400_000) {
  const date = new Date(t);
  days.push({ iso: date.toISOString().slice(0, 10), y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() });
}

const two = (n: number) => String(n).padStart(2, '0');

const forms: ReadonlyArray<readonly [string, (x: (typeof days)[number]) => string]> = [
  ['title (date)', (x) => `上海市司法局2018年法治政府建设情况报告 (${x.iso})\n\n`],
  ['title（date）', (x) => `2018年度全市行政复议工作相关情况（${x.y}-${x.m}-${x.d}）\n\n`],
  ['publisher date', (x) => `某区人民政府关于2018年度法治政府建设情况的报告\n省政府办公厅 ${x.iso}\n\n`],
  ['bullet', (x) => `• 00525312X/2021-00008\n  • ${x.iso}\n\n`],
  ['[ label ]', (x) => `[ 索引号 ] 1150023400864779XD/2026-00005\n[ 发布日期 ] ${x.iso} [ 来源 ] 区政府\n\n`],
  ['day first', (x) => `海沧区政府2018年推进依法行政工作情况\n${two(x.d)}.${two(x.m)}.${x.y}  10:00\n\n`],
  // A stamp whose time of day is in words (「2021年12月22日 04时21分」, 「2020-3-9 9时5分30秒」).
  [
    'time in words',
    (x) => `关于2018年度法治政府建设工作情况报告的公示\n${x.y}年${two(x.m)}月${two(x.d)}日 ${two(x.d % 24)}时${two(x.m)}分\n\n`,
  ],
  ['time in words, seconds', (x) => `某县2018年法治政府建设情况报告\n${x.y}-${x.m}-${x.d} ${x.d % 24}时${x.m}分${x.d}秒\n\n`],
];

describe('dates beside other words in the header', () => {
  it('are read in every form on every day', () => {
    expect(days.length).toBeGreaterThan(200);
    expect(forms.length).toBe(8);
    const misread: string[] = [];
    for (const [name, header] of forms) {
      for (const x of days) {
        const text = header(x) + body;
        const found = findPublished(text, text.indexOf(body), null);
        if (found?.iso !== x.iso || !text.slice(found.start, found.end).includes(String(x.y)))
          misread.push(`${name} ${x.iso}: ${found?.iso ?? '-'}`);
      }
    }
    expect(misread).toEqual([]);
  });

  it("are not a date in the middle of a line of prose, nor a reader's today", () => {
    const prose = '本报告所涉数据截至 2020-12-31 的统计口径如下所示\n\n';
    expect(findPublished(prose + body, prose.length, null)).toBeNull();
    const today = '今天是 2020-05-06\n\n';
    expect(findPublished(today + body, today.length, null)).toBeNull();
  });
});
