import { describe, expect, it } from 'vitest';

import { normalizeForMatching } from '../normalize/normalize';
import { findLayout } from './layout';
import { findYear } from './year';

function year(text: string): number | null {
  const view = normalizeForMatching(text);
  const layout = findLayout(view);
  const y = findYear(view, layout.title, layout.bodyStart);
  if (y) expect(view.slice(y.start, y.end)).toBe(String(y.value));
  return y?.value ?? null;
}

const prose = '坚持以习近平新时代中国特色社会主义思想为指导,全面推进依法行政,法治政府建设取得新成效。';

describe('findYear', () => {
  it('takes the title first', () => {
    expect(year(`广州市司法局关于2019年度法治政府建设情况的报告\n2020年,${prose}`)).toBe(2019);
    expect(year(`塘栖镇法治政府建设年度报告(2024年度)\n${prose}`)).toBe(2024);
    expect(year(`2023年良渚街道法治政府建设年度报告\n${prose}`)).toBe(2023);
  });

  it('skips the next-year plan in a title', () => {
    expect(year(`蓬华镇2024年法治政府建设报告暨2025年工作计划\n${prose}`)).toBe(2024);
  });

  it('reads the "现将…报告如下" sentence', () => {
    expect(year(`五原县${prose}现就2021年法治政府建设及2022年工作情况报告如下:\n一、2021年工作开展情况`)).toBe(2021);
    expect(year(`2021年以来,${prose}现将我镇 2022 年度法治政府建设工作的主要情况报告如下:`)).toBe(2022);
  });

  it('reads a paragraph that opens with the year', () => {
    expect(year(`市委、市政府:\n2022年,高新区${prose}`)).toBe(2022);
    expect(year(`法制查询\n    2016年以来,在省委、省政府的正确领导下,我市${prose}`)).toBe(2016);
  });

  it('ignores the "today" banner, document numbers, index numbers and plan periods', () => {
    expect(year(`今天是:2019年10月31日 星期三\n工作报告\n2020年静海区法治政府建设情况报告\n${prose}`)).toBe(2020);
    expect(
      year(
        `索引号: 113708290043164240/2024-12449\n${prose}印发《方案》(石发〔2016〕23号),落实《纲要(2021—2025年)》《规划(2021-2025年)》。`,
      ),
    ).toBeNull();
  });

  it('ignores the next-year plan as a heading', () => {
    expect(year(`${prose}\n二、2023年度推进法治政府建设的主要安排\n三、2024年工作打算`)).toBeNull();
  });

  it('reads a first heading that names the year', () => {
    expect(year(`${prose}\n一、2021年工作开展情况\n(一)优化营商环境`)).toBe(2021);
  });

  it('falls back to a "YYYY年度法治政府建设" phrase in the prose', () => {
    expect(year(`${prose}全面完成2022年度法治政府建设各项任务。`)).toBe(2022);
  });

  it('reads the year opening the sentence after a maxim in the first paragraph, for every year', () => {
    const maxims = ['法治是安邦治国的基石,更是实现经济社会高质量发展的保证。', '法治是最好的营商环境。'];
    const years = Array.from({ length: 16 }, (_, i) => 2010 + i);
    expect(years).toHaveLength(16);
    const misread = years.filter(
      (y, i) => year(`${maxims[i % 2]}${y}年,在市委、市政府和县委的坚强领导下,全县法治政府建设扎实推进。`) !== y,
    );
    expect(misread).toEqual([]);
    // A date after the maxim names no year; a later paragraph's year is not the opening's.
    expect(year(`${maxims[0]}2022年1月,在全省开展的群众满意度测评中名列前茅。`)).toBeNull();
    expect(year(`${maxims[0]}全县扎实推进。\n深化改革。2021年,全省开展测评。`)).toBeNull();
  });

  it('gives null rather than a guess', () => {
    expect(year(`${prose}于2023年8月14日召开会议。`)).toBeNull();
    expect(year('')).toBeNull();
  });

  it('reads the year a plan named in book-title marks measures, not the plan (收官之年, 开局之年, 关键一年)', () => {
    expect(year(`2025年作为《法治政府建设实施纲要(2021-2025年)》的收官之年,林甸县紧紧围绕${prose}`)).toBe(2025);
    expect(year(`2023年是落实《提升行政执法质量三年行动计划(2023-2025年)》的开局之年,我镇${prose}`)).toBe(2023);
    expect(year(`2022年作为全面实施《法治广西建设规划(2021-2025年)》的关键一年,全旗${prose}`)).toBe(2022);
    // A plan written without the marks is still the next year's plan, not the year reported on.
    expect(year(`2026年工作计划\n${prose}`)).toBeNull();
  });

  it('reads the year of the heading that looks back on it, run into the prose or not', () => {
    const notice = '昌政发〔2014〕7号关于印发区政府依法行政工作报告的通知各镇政府,各委、办、局:现予印发,请认真贯彻落实。二O一四年三月五日';
    expect(year(`${notice}昌平区人民政府依法行政工作报告2013年工作回顾2013年,区政府${prose}`)).toBe(2013);
    expect(year(`一、2019年度法治政府建设回顾\n${prose}`)).toBe(2019);
    expect(year(`${notice}\n2020年工作回顾\n区政府${prose}`)).toBe(2020);
  });

  it('reads the year a report to the congress presents (现向…人大常委会报告…)', () => {
    expect(
      year(`2019年12月20日在余姚市十六届人大常委会第二十二次会议上\n现向市人大常委会报告2019年我市依法行政情况,请予审议。\n${prose}`),
    ).toBe(2019);
    expect(year(`主任、各位副主任、各位委员:\n现向区人大常委会汇报2021年度我区法治政府建设工作情况。\n${prose}`)).toBe(2021);
  });
});
