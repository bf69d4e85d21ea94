import { describe, expect, it } from 'vitest';

import { extractReport } from '../pipeline';

const flagged = (text: string) =>
  extractReport(text)
    .paragraphs.filter((paragraph) => paragraph.injected)
    .map((paragraph) => paragraph.text);

describe('spam-injected title lines', () => {
  it('are flagged once, by the extractor, in the opening only, and only where no value was read', () => {
    const text = [
      '西湖区皇冠体育关于2023年法治政府建设工作情况的报告',
      '发布时间:2024-02-01',
      '2023年,我区坚持依法行政。全年办理行政复议案件56件,法律援助案件1200件。',
      '一、主要成效',
      '(一)全年调解矛盾纠纷3400件,调解成功3300件。',
      '澳门葡京开户送彩金',
    ].join('\n');
    expect(flagged(text)).toEqual(['西湖区皇冠体育关于2023年法治政府建设工作情况的报告']);
  });

  it('leave a line alone when a value was read from it, when it is long prose, or when it has no spam word', () => {
    const withValue = ['凯发一触即发:2023年全区受理行政复议案件88件', '2023年,我区坚持依法行政。法律援助案件1200件。'].join('\n');
    const report = extractReport(withValue);
    expect(report.extractions.some((extraction) => extraction.paragraphId === report.paragraphs[0]!.id)).toBe(true);
    expect(flagged(withValue)).toEqual([]);
    const clean = ['长沙市芙蓉区人民政府关于2023年法治政府建设工作情况的报告', '2023年,我区坚持依法行政。法律援助案件1200件。'].join('\n');
    expect(flagged(clean)).toEqual([]);
  });
});
