/**
 * Value wordings and traps seen on real pages (issue 19, point 4), each a class written here in
 * wordings, places and numbers of our own.
 */
import { describe, expect, it } from 'vitest';

import { surestOwnValues } from '../../../tests/support/surest-own-values';
import { normalizeForMatching } from '../normalize/normalize';
import { findNumbers } from '../numbers';
import { type MatchContext, matchParagraph } from './match';

const COUNTY: MatchContext = { reportYear: 2022, level: '县', inPlans: false };
const CITY: MatchContext = { reportYear: 2022, level: '市', inPlans: false };

const own = (sentence: string, context: MatchContext = COUNTY): Record<string, number> => surestOwnValues(sentence, context);

function scopes(sentence: string, context: MatchContext = COUNTY): string[] {
  const view = normalizeForMatching(sentence);
  return matchParagraph(view, findNumbers(view), context).map(
    (candidate) => `${candidate.indicator}=${candidate.value}:${candidate.scope}`,
  );
}

describe('counts in the wordings real pages use', () => {
  it('收案 is received; 成功调处…宗 succeeded, 宗 a unit of cases', () => {
    expect(own('全年行政复议收案312件,审结298件。')).toEqual({ 'review.received': 312, 'review.concluded': 298 });
    expect(own('全县调委会共受理矛盾纠纷1460宗,成功调处1433宗。')).toEqual({ 'mediation.cases': 1460, 'mediation.succeeded': 1433 });
  });

  it('其中调解成功 is the successes of the cases before it', () => {
    expect(own('镇村两级调解组织全年共调解矛盾纠纷86件,其中调解成功84件。')).toEqual({ 'mediation.cases': 86, 'mediation.succeeded': 84 });
  });

  it('排查 is screening: the cases are those taken up, and a screened count stands only alone', () => {
    expect(own('各级调解组织共排查矛盾纠纷240起,接案调处211起,成功化解205起。')).toMatchObject({
      'mediation.cases': 211,
      'mediation.succeeded': 205,
    });
    // Alone, a screened count is the only count of disputes the report gives: it stands, less sure.
    expect(own('开展排查活动12次,排查各类矛盾纠纷96件,预防矛盾纠纷40件。')).toEqual({ 'mediation.cases': 96 });
  });

  it('备案审查, 评查案卷…卷, 审查案件…起 in a file review', () => {
    expect(own('全年备案审查规范性文件27件。')).toEqual({ 'normative_docs.reviewed': 27 });
    expect(own('组织开展行政执法案卷评查,共评查案卷415卷。')).toEqual({ 'enforcement.case_file_reviews': 415 });
    expect(own('全年开展行政执法案卷评查3次,审查案件180起。')).toEqual({ 'enforcement.case_file_reviews': 180 });
  });

  it('legal publicity counted in 场/场次, with or without 普法 in the clause', () => {
    expect(own('举办普法活动130多场。')).toEqual({ 'publicity.events': 130 });
    expect(own('围绕民法典、宪法开展主题宣传45场次,发放资料3000余份。')).toEqual({ 'publicity.events': 45 });
    expect(own('把习近平法治思想作为普法重点内容,2022年来,共计开展22场次。')).toEqual({ 'publicity.events': 22 });
  });

  it('decisions counted before the noun, or in a sentence on the decision catalogue', () => {
    expect(own('明确2022年度县政府6个重大行政决策和3个听证事项。')).toEqual({ 'decisions.major_decisions': 6 });
    expect(own('公布年度决策事项5件,全部纳入重大行政决策目录管理。')).toEqual({ 'decisions.major_decisions': 5 });
    expect(own('编制重大行政决策事项目录,3个重大行政决策事项全部履行法定程序。')).toEqual({ 'decisions.major_decisions': 3 });
  });

  it('the share of services done wholly online, however it is worded', () => {
    expect(own('“全程网办”事项占比88.6%。', CITY)).toEqual({ 'service.online_rate': 88.6 });
    expect(own('95%的区级政务服务事项实现全程网办。', CITY)).toEqual({ 'service.online_rate': 95 });
    expect(own('政务服务事项网上可办率96.1%。', CITY)).toEqual({});
  });

  it('a bracketed aside neither splits a clause nor excludes the number it explains', () => {
    expect(own('全年共审结行政复议申请140件(含上年度结转),其中纠错(含撤销、确认违法)21件。')).toEqual({
      'review.concluded': 140,
      'review.corrected': 21,
    });
  });

  it("a related report's subject is implied in its bare counts, but not in a sentence on another matter", () => {
    const reconsideration: MatchContext = { ...CITY, impliedSubject: '行政复议' };
    expect(own('从审理结果看,全年共审结388件(包括上年结转案件)。', reconsideration)).toEqual({ 'review.concluded': 388 });
    expect(own('全市法院新收一审行政诉讼案件有52件,结案61件。', reconsideration)).not.toHaveProperty('review.concluded');
  });
});

describe('figures that are not the indicator', () => {
  it('a frequency is not a count', () => {
    expect(own('坚持每月至少开展普法活动3场次。')).toEqual({});
  });

  it("lawyers' consultations are not legal-aid consultations", () => {
    expect(own('组织律师为企业解答法律咨询1200多次。')).toEqual({});
  });

  it('an increment, or certificates withdrawn, is not the number of certified officers', () => {
    expect(own('新增持证执法人员12名。')).toEqual({});
    expect(own('按规定注销了27名执法人员证件。')).toEqual({});
  });

  it('综合化解率 and 综合纠错率 are not the mediation success rate or the correction rate', () => {
    expect(own('矛盾纠纷综合化解率达92.4%。')).toEqual({});
    expect(own('全年行政复议综合纠错率为17.3%。')).toEqual({});
    expect(own('行政复议直接纠错率为8.2%。')).toEqual({ 'review.correction_rate': 8.2 });
  });

  it('the size of a change is not a rate; the level it reached is', () => {
    expect(own('行政复议纠错率同比下降6%。')).toEqual({});
    expect(own('行政诉讼败诉率下降至4.8%。')).toEqual({ 'litigation.loss_rate': 4.8 });
  });

  it("lawsuits resolved or withdrawn are a share of the cases, and a legal-aid sentence's 行政案件 are legal-aid cases", () => {
    expect(own('调撤一审行政诉讼案件64件。')).toEqual({});
    expect(own('实质化解行政诉讼案件19件。')).toEqual({});
    expect(own('受理法律援助案件1320件,其中民事案件990件、刑事案件300件,行政案件30件。')).toEqual({ 'legal_aid.cases': 1320 });
  });

  it('categories of reconsideration cases and counting rules are not penalty cases', () => {
    expect(own('按案件类别,行政处罚类案件45件,行政强制类12件。')).not.toHaveProperty('enforcement.penalty_cases');
    expect(own('对同一违法行为算一宗行政处罚。')).toEqual({});
    expect(own('全年实施行政处罚总数为418宗。')).toEqual({ 'enforcement.penalty_cases': 418 });
  });

  it("a party's own documents are not the government's normative documents", () => {
    expect(own('完成党的规范性文件备案4件,审查行政规范性文件9件。')).toEqual({ 'normative_docs.reviewed': 9 });
  });

  it("performed agreements and one channel's share are not mediation successes", () => {
    expect(own('成功调处纠纷2210宗,调解成功率98.1%,履行案件2156宗。', CITY)).toEqual({
      'mediation.succeeded': 2210,
      'mediation.success_rate': 98.1,
    });
    expect(own('通过诉调对接平台成功化解矛盾纠纷310宗。')).toEqual({});
  });
});

describe('partial-year and cumulative figures', () => {
  it.each([
    '截至11月底,共调处各类矛盾纠纷1630宗,调解成功1601宗。',
    '截止到10月31日,全县受理调解案件820件。',
    '1-9月,全区人民调解组织调解纠纷1488宗。',
    '上半年,共办理法律援助案件390件。',
  ])('%s is part of the year', (sentence) => {
    const found = scopes(sentence);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((entry) => entry.endsWith(':partial_year'))).toBe(true);
  });

  it('1-12月 is the whole year, and 2022年来 of the year reported on is no multi-year total', () => {
    expect(own('1-12月,共办理法律援助案件802件。')).toEqual({ 'legal_aid.cases': 802 });
    expect(scopes('2021—2025年,全县共办理法律援助案件4200件。')).toEqual(['legal_aid.cases=4200:cumulative']);
    expect(scopes('五年来,累计调解矛盾纠纷9100件。')).toEqual(['mediation.cases=9100:cumulative']);
  });
});

describe('flattened tables', () => {
  it('reads a row with its label, in the column of the year reported on, never a stray cell', async () => {
    const { extractReport } = await import('../pipeline');
    const report = extractReport(
      [
        '某县2019年度行政执法总体情况',
        '一、行政执法监督情况',
        '2019年,全县严格规范执法。主要数据如下:',
        '项目 2018年 2019年',
        '执法案卷评查(卷) 305 342',
        '行政执法投诉举报处理(件) 57 49',
        '说明:数据来自各部门报送。',
      ].join('\n'),
    );
    expect(report.values['enforcement.case_file_reviews']).toMatchObject({ value: 342 });
    const extraction = report.extractions.find((e) => e.indicator === 'enforcement.case_file_reviews')!;
    expect(extraction.span?.text).toBe('执法案卷评查(卷) 305 342');
    // A row whose cells do not line up with the header's years gives nothing.
    const misaligned = extractReport(['某县2019年度行政执法总体情况', '项目 2018年 2019年', '执法案卷评查(卷) 305 342 12'].join('\n'));
    expect(misaligned.values).toEqual({});
  });
});

describe('more wordings of related reports', () => {
  const legalAid: MatchContext = { ...CITY, impliedSubject: '法律援助' };
  const reconsideration: MatchContext = { ...CITY, impliedSubject: '行政复议' };

  it("a related report's subject is every sentence's topic", () => {
    expect(own('全年共审结96件,其中维持60件,直接纠错11件,直接纠错率11.5%。', reconsideration)).toEqual({
      'review.concluded': 96,
      'review.corrected': 11,
      'review.correction_rate': 11.5,
    });
    expect(own('接待来访来电咨询2,870人次。', legalAid)).toEqual({ 'legal_aid.consultations': 2870 });
  });

  it("duty lawyers' consultations are legal aid's, other lawyers' are not", () => {
    expect(own('值班律师接待法律援助咨询1500人次。')).toEqual({ 'legal_aid.consultations': 1500 });
    expect(own('法律援助律师现场解答群众咨询700多次。')).toEqual({});
  });

  it('a per-10,000 rate printed without %, and cases another body received with help', () => {
    expect(own('全县万人受援率为5.12。')).toEqual({ 'legal_aid.per_10k_rate': 5.12 });
    expect(own('镇司法所协助县法律援助中心受理法律援助申请9件。')).toEqual({});
  });

  it('categories of reconsideration cases by the matter they concern are not penalty cases', () => {
    expect(own('涉及行政处罚的41件,涉及行政强制的9件。', reconsideration)).not.toHaveProperty('enforcement.penalty_cases');
  });

  it('送法 and 法律八进 events counted in 场次', () => {
    expect(own('全县共开展“送法下乡”活动2.1万场次。')).toEqual({ 'publicity.events': 21000 });
    expect(own('全市开展“法律八进”活动980余场次。', CITY)).toEqual({ 'publicity.events': 980 });
  });
});

describe('what a number is, told by the words before it', () => {
  it('an outcome after the number belongs to the next number', () => {
    expect(own('区政府审结的复议案件640件中直接纠错95件。', CITY)).toMatchObject({ 'review.concluded': 640 });
    expect(own('全年评查案卷512件并整改问题31条。')).toEqual({ 'enforcement.case_file_reviews': 512 });
  });

  it("a reconsideration report's settlement rate is not people's mediation", () => {
    expect(own('以调解、和解等方式结案88件,调解率12.4%。', { ...CITY, impliedSubject: '行政复议' })).toEqual({});
  });

  it('none is not a count', () => {
    expect(own('全年出台的12份文件中无行政规范性文件。')).toEqual({});
  });

  it('cases concluded by a legal-aid centre', () => {
    expect(own('县法律援助中心全面推进工作站建设,全年结案132件。')).toEqual({ 'legal_aid.cases': 132 });
  });
});

describe('lists and bare counts', () => {
  it('every item of a 、-list under 其中 is a part', () => {
    const view = normalizeForMatching('共调处民间纠纷3120件,调解成功3108件,其中道路交通820件、劳动争议130件、物业纠纷211件。');
    const parts = matchParagraph(view, findNumbers(view), COUNTY).filter((c) => c.value === 211 || c.value === 130);
    expect(parts.every((c) => c.scope === 'part' || c.indicator !== 'mediation.succeeded')).toBe(true);
    expect(own('共调处民间纠纷3120件,调解成功3108件,其中道路交通820件、劳动争议130件、物业纠纷211件。')).toMatchObject({
      'mediation.succeeded': 3108,
    });
  });

  it('a count printed without its unit right after the noun naming it', () => {
    expect(own('全年各级行政复议机关共审结复议案件2310,审结率为90.1%。', CITY)).toEqual({ 'review.concluded': 2310 });
    expect(own('每季度组织开展案卷评查,评查案卷260余,提出整改意见90余条。')).toEqual({ 'enforcement.case_file_reviews': 260 });
    // Not a count of what the clause names when the noun is far from it.
    expect(own('审结复议案件的平均用时为35。', CITY)).toEqual({});
  });
});

describe('the year so far, and the same figure twice', () => {
  it("目前 figures are part of the year in a report that dates its figures to before the year's end", async () => {
    const { extractReport } = await import('../pipeline');
    const early = extractReport(
      ['某区司法局2022年工作总结', '截止10月底,全区共办理法律援助案件310件。', '目前,行政诉讼败诉率下降至6.1%。'].join('\n'),
    );
    expect(early.values).toEqual({});
    const late = extractReport(
      ['某区司法局2022年工作总结', '2022年,全区共办理法律援助案件410件。', '目前,行政诉讼败诉率下降至6.1%。'].join('\n'),
    );
    expect(late.values['litigation.loss_rate']).toMatchObject({ value: 6.1 });
  });

  it('the same rate stated exactly beats its rounded restatement, and a rate written without 率', async () => {
    const { extractReport } = await import('../pipeline');
    const report = extractReport(
      [
        '某县2023年度行政复议工作情况',
        '一、办案情况',
        '县政府审结的复议案件300件中直接纠错45件,纠错率约为15%。',
        '直接纠错45件,纠错率15.2%。',
        '作出纠错决定的45件,纠错为15.2%。',
      ].join('\n'),
    );
    expect(report.values['review.correction_rate']).toMatchObject({ value: 15.2, qualifier: 'exact' });
  });
});
