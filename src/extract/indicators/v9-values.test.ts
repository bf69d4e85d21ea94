/**
 * Value classes found while scoring tests/fixtures/real-pages/set9-values and reading the real pages'
 * remaining misses, each written here in wordings, places and numbers of our own.
 */
import { describe, expect, it } from 'vitest';

import { surestOwnValues } from '../../../tests/support/surest-own-values';
import { extractReport } from '../pipeline';
import type { MatchContext } from './match';

const DISTRICT: MatchContext = { reportYear: 2024, level: '区', inPlans: false };
const COUNTY: MatchContext = { reportYear: 2025, level: '县', inPlans: false };

const own = (sentence: string, context: MatchContext = DISTRICT): Record<string, number> => surestOwnValues(sentence, context);

describe('a lecture team the place organises', () => {
  it('its lectures on the law, counted in 场/场次, are the place’s publicity events whoever sits on it', () => {
    expect(own('组织民法典律师宣讲团深入村居开展巡回宣讲45场次,覆盖群众8000余人次。')).toEqual({ 'publicity.events': 45 });
    expect(own('依托宪法律师宣讲队走进校园、企业开展宣讲活动26场。', COUNTY)).toEqual({ 'publicity.events': 26 });
    expect(own('組織習近平法治思想律師宣講團開展宣講120余場次。', COUNTY)).toEqual({ 'publicity.events': 120 });
  });

  it('lawyers’ own activities, and a leader’s own lecture to the team, are not', () => {
    expect(own('全区律师开展公益法律服务宣传活动58场次。')).toEqual({});
    expect(own('律师事务所结合民法典开展宣传活动12场。', COUNTY)).toEqual({});
    expect(own('区委主要负责同志带头为律师宣讲团宣讲法治课2场。')).toEqual({});
  });
});

describe('a paragraph of the report holding a field name of the page’s information table', () => {
  it('is read, with its figures, not dropped as page chrome', () => {
    const report = [
      '某县2024年度法治政府建设情况报告',
      '2024年,某县扎实推进法治政府建设,各项工作取得新成效。',
      '一、主要举措和成效',
      '(一)压实工作责任。将年度重点任务37项逐项分解到责任部门单位,全年开展普法宣传活动64场次。',
      '(二)深化政务公开。进一步扩大公开范围,全年受理行政复议申请52件。',
    ].join('\n');
    const values = extractReport(report).values;
    expect(values['publicity.events']?.value).toBe(64);
    expect(values['review.received']?.value).toBe(52);
  });
});

describe('a period short of the year written with its year', () => {
  it('「今年1-6月」「2024年上半年」 opening a sentence make the sentence part of the year', () => {
    expect(own('今年1-6月,全县新收行政复议案件45件,同比增加20%;办结38件,纠错3件。', COUNTY)).toEqual({});
    expect(own('2024年上半年,区政府共收到行政复议申请62件,依法受理58件。')).toEqual({});
    expect(own('2025年1至9月,全县人民调解组织调解矛盾纠纷1310件,调解成功率98.5%。', COUNTY)).toEqual({});
    expect(own('今年1-6月,全縣新收行政復議案件45件,辦結38件。', COUNTY)).toEqual({});
  });

  it('a paragraph whose content opens with it, after its title, speaks of that part of the year throughout', () => {
    const paragraph = '(三)化解行政争议。今年1-6月,全县新收行政复议案件45件,办结38件。行政诉讼案件14件,审结12件。';
    expect(own(paragraph, COUNTY)).toEqual({});
    expect(own('(三)化解行政争议。2025年上半年,全县新收行政复议案件45件。一审行政诉讼案件14件。', COUNTY)).toEqual({});
  });

  it('the year’s own figures stay the year’s; a part-year figure later in the paragraph is only its own', () => {
    expect(own('2024年,全县新收行政复议案件45件,办结38件。', { ...COUNTY, reportYear: 2024 })).toEqual({
      'review.received': 45,
      'review.concluded': 38,
    });
    expect(own('(三)化解行政争议。全年共受理行政复议案件80件。其中今年1-6月受理35件。', COUNTY)).toEqual({ 'review.received': 80 });
    expect(own('(三)化解行政争议。全年共受理行政复议案件80件;今年1-6月受理35件。', COUNTY)).toEqual({ 'review.received': 80 });
    // A later sentence that names the year reported on speaks for itself.
    expect(own('(三)化解行政争议。今年1-6月,全县新收行政复议案件45件。2025年全年共受理行政复议案件80件。', COUNTY)).toEqual({
      'review.received': 80,
    });
  });
});
