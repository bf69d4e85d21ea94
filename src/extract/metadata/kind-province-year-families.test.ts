/**
 * Document kind, province and year where a text says them only once, by families the real pages showed: a first section
 * named for a related subject under a presenting clause that names none; a province named once as the owner of the
 * rule-of-law tasks a lower place carries out; the year of the enforcement template's counting headings; the year of the
 * plan a report says its whole year followed. Written for these tests in places, organs and years of their own (none is
 * a fixture's text); each family has a control that keeps precision first.
 */
import { describe, expect, it } from 'vitest';

import { extractMetadata } from './index';

const PROSE = '坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想,全面推进依法行政,法治政府建设取得新成效。';

describe('a first section named for a related subject decides under a presenting clause that names none', () => {
  it.each([
    ['一、行政执法工作基本情况', 'enforcement_statistics'],
    ['一、行政复议案件办理情况', 'reconsideration_report'],
  ])('%s', (heading, kind) => {
    const text = `2024年,宝坻区围绕《天津市法治政府建设实施纲要(2021-2025年)》,持续深化改革。现将相关工作情况报告如下:\n${heading}\n全区共有执法主体41个。\n`;
    expect(extractMetadata(text).documentKind).toBe(kind);
  });

  it('a presenting clause that names the rule of law still decides (control)', () => {
    const text = `2024年,宝坻区深化改革。现将2024年法治政府建设情况报告如下:\n一、行政执法工作基本情况\n全区共有执法主体41个。\n`;
    expect(extractMetadata(text).documentKind).toBe('rule_of_law_report');
  });
});

describe('a province named once as the owner of the tasks a lower place carries out', () => {
  it.each([
    ['重点任务', '强力推动《法治政府建设实施纲要(2021—2025年)》和吉林省法治政府建设重点任务落地落实', '吉林省'],
    ['实施方案', '认真落实《四川省法治政府建设实施方案(2021—2025年)》各项要求', '四川省'],
  ])('%s', (_case, clause, province) => {
    const text = `2022年, (略) 认真贯彻落实省委、省政府工作要求,${clause}。现将有关情况报告如下。\n一、主要举措\n全市${PROSE}全市${PROSE}`;
    const md = extractMetadata(text);
    expect(md.jurisdiction).toBeNull();
    expect(md.province?.value).toBe(province);
  });

  it('a province named once in passing gives none (control)', () => {
    const text = `2022年, (略) 组织干部赴吉林省学习考察。现将有关情况报告如下。\n一、主要举措\n全市${PROSE}全市${PROSE}`;
    expect(extractMetadata(text).province).toBeNull();
  });
});

describe('the year where a text states it only in counting headings or in the plan it followed', () => {
  it('the enforcement template’s counting headings', () => {
    const text =
      '一、行政执法主体概况\n本级行政机关:房县交通运输局\n二、2022年度行政执法案件情况\n(一)2022年行政强制实施情况统计表\n单位名称 | 扣押财物 | 合计 |\n房县交通运输局 | 4 | 4 |\n';
    expect(extractMetadata(text).year?.value).toBe(2022);
  });

  it('counting headings naming two years give none (control)', () => {
    const text =
      '一、行政执法主体概况\n本级行政机关:房县交通运输局\n二、2022年度行政执法案件情况\n(一)2021年行政强制实施情况统计表\n单位名称 | 扣押财物 | 合计 |\n';
    expect(extractMetadata(text).year).toBeNull();
  });

  it('the plan the whole year followed', () => {
    const text = `按照《中共华宁县委全面依法治县委员会办公室关于印发华宁县2022年法治政府建设工作要点的通知》要求,结合水务工作实际,${PROSE}现将全年工作开展情况报告如下。\n一、加强组织领导\n${PROSE}`;
    expect(extractMetadata(text).year?.value).toBe(2022);
  });

  it('a plan followed under work not presented as the year’s gives none (control)', () => {
    const text = `按照《华宁县2022年法治政府建设工作要点》要求,结合水务工作实际,${PROSE}现将有关情况报告如下。\n一、加强组织领导\n${PROSE}`;
    expect(extractMetadata(text).year).toBeNull();
  });
});
