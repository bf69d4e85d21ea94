/**
 * Value classes found on tests/fixtures/real-pages/holdout8 and holdout9 (read as practice from the fourteenth session on),
 * each written here in wordings, places and numbers of our own: never the holdouts' sentences.
 */
import { describe, expect, it } from 'vitest';

import { normalizeForMatching } from '../normalize/normalize';
import { findNumbers } from '../numbers';
import { extractReport } from '../pipeline';
import { headingSubjectOf, type MatchContext, matchParagraph } from './match';

const COUNTY: MatchContext = { reportYear: 2023, level: '县', inPlans: false };
/** A report that dates a figure to a month before the year's end somewhere (截至10月底): written before the year ended. */
const COUNTY_BEFORE_YEAR_END: MatchContext = { ...COUNTY, writtenBeforeYearEnd: true };

/** Each candidate of a paragraph as indicator=value:scope. */
function scopes(paragraph: string, context: MatchContext): string[] {
  const view = normalizeForMatching(paragraph);
  return matchParagraph(view, findNumbers(view), context).map((found) => `${found.indicator}=${found.value}:${found.scope}`);
}

describe('the year so far (今年迄今为止, 今年以来, 目前)', () => {
  it.each([
    ['今年迄今为止,共查处林业行政执法案件46起,罚款38万元。', 'enforcement.penalty_cases=46'],
    ['迄今为止,县政府共受理行政复议案件45件。', 'review.received=45'],
    ['今年以来,共办理法律援助案件320件。', 'legal_aid.cases=320'],
    ['目前,全县持有行政执法证件的人员共612人。', 'enforcement.officers=612'],
  ])('is the year in a review written after it, and part of the year in a report written before its end: %s', (paragraph, figure) => {
    expect(scopes(paragraph, COUNTY)).toEqual([`${figure}:own`]);
    expect(scopes(paragraph, COUNTY_BEFORE_YEAR_END)).toEqual([`${figure}:partial_year`]);
  });
});

describe('penalty cases told one by one under a heading of penalties', () => {
  const under = (heading: string): MatchContext => ({ ...COUNTY, headingSubject: headingSubjectOf(normalizeForMatching(heading)) });
  const PENALTIES = under('(三)行政处罚情况');

  it('are counted by a case noun the count ends on, with an action in the sentence', () => {
    expect(scopes('2023年,办理某建材公司未经批准擅自在河道采砂、破坏河床案2宗。', PENALTIES)).toEqual(['enforcement.penalty_cases=2:own']);
    expect(scopes('全年查处某石材厂未批先建、违法占用林地案1宗,罚款8万元。', PENALTIES)).toEqual(['enforcement.penalty_cases=1:own']);
    expect(scopes('全年共办理案件23件,罚没款12.6万元。', under('二、行政处罚'))).toEqual(['enforcement.penalty_cases=23:own']);
  });

  it('but not cases of another kind, fate or part, nor 案 of another word, nor under a heading of two matters or none', () => {
    expect(scopes('移送公安机关案件2件。', PENALTIES)).toEqual([]);
    expect(scopes('全年办理行政执法案件137宗。', PENALTIES)).toEqual([]);
    expect(scopes('全年办理涉密案件0件。', PENALTIES)).toEqual([]);
    expect(scopes('全年办理食品安全类案件5件。', PENALTIES)).toEqual([]);
    expect(scopes('全年依法结案23件。', PENALTIES)).toEqual([]);
    expect(scopes('全年查处某餐饮店超范围经营案1宗。', under('(一)行政许可和行政处罚情况'))).toEqual([]);
    expect(scopes('全年查处某餐饮店超范围经营案1宗。', under('一、2023年行政执法基本情况'))).toEqual([]);
    expect(scopes('全年查处某餐饮店超范围经营案1宗。', COUNTY)).toEqual([]);
  });

  it('are lent by the latest heading before the paragraph', () => {
    const report = [
      '某县市场监督管理局2023年度行政执法情况报告',
      '一、2023年行政执法基本情况',
      '(一)行政许可情况',
      '2023年,受理办结行政许可案件56件。',
      '(二)行政处罚情况',
      '2023年,办理某超市销售过期食品、损害消费者权益案3宗,罚没款2.4万元。',
      '(三)行政强制情况',
      '2023年,办理某作坊违法生产案件1件。',
    ].join('\n');
    expect(Object.fromEntries(Object.entries(extractReport(report).values).map(([indicator, value]) => [indicator, value.value]))).toEqual({
      'enforcement.penalty_cases': 3,
    });
  });
});
