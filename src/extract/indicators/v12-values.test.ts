/**
 * Value classes found while scoring tests/fixtures/real-pages/set12-values (and holdout3's 学习宣传, read as
 * practice), each written here in wordings, places and numbers of our own.
 */
import { describe, expect, it } from 'vitest';

import { surestOwnValues } from '../../../tests/support/surest-own-values';
import { extractReport } from '../pipeline';
import type { MatchContext } from './match';

const TOWN: MatchContext = { reportYear: 2023, level: '镇', inPlans: false };
const COUNTY: MatchContext = { reportYear: 2023, level: '县', inPlans: false };
const CITY: MatchContext = { reportYear: 2023, level: '市', inPlans: false };

const own = (paragraph: string, context: MatchContext = COUNTY): Record<string, number> => surestOwnValues(paragraph, context);

describe('a 学习宣传 campaign counted in 场/场次', () => {
  it('is publicity, as a 学习宣讲 is (「开展…学习宣传…场次」)', () => {
    expect(own('全镇共开展民法典学习宣传活动42场次。', TOWN)).toEqual({ 'publicity.events': 42 });
    expect(own('2023年全市共组织宪法学习宣传160余场。', CITY)).toEqual({ 'publicity.events': 160 });
  });

  it('study alone stays study', () => {
    expect(own('全县共开展宪法集中学习18场次。')).toEqual({});
  });
});

describe('talks on a party meeting’s spirit', () => {
  it('are political education, not legal publicity, even under a label that names 法治', () => {
    expect(own('(二)学习宣传习近平法治思想。组建宣讲团深入各村开展党的二十大精神宣讲56场次,受众8000余人。', TOWN)).toEqual({});
    expect(own('(三)法治宣传。制定《学习贯彻十九届六中全会精神宣讲方案》,宣讲队开展宣讲64场次。')).toEqual({});
  });

  it('talks that name the law beside the meeting are legal publicity', () => {
    expect(own('开展党的二十大精神和宪法宣讲40场次。')).toEqual({ 'publicity.events': 40 });
  });
});

describe('case files reviewed', () => {
  it('the files of another legal service reviewed for quality are no enforcement case-file review', () => {
    expect(own('本年度抽查公证案卷120卷,合格率100%。', CITY)).toEqual({});
    expect(own('开展案件质量评查,共评查案卷315本,其中法援类案卷96本。')).toEqual({});
  });

  it('a file may be counted as a set (套)', () => {
    expect(own('全年评查行政许可案卷88套。', CITY)).toEqual({ 'enforcement.case_file_reviews': 88 });
  });
});

describe('the reply rate of suggestions', () => {
  it('the rate of judicial and procuratorial suggestions answered is not that of the deputies’ suggestions', () => {
    expect(own('全年办理检察建议12件、司法建议5件,办复率100%。')['oversight.reply_rate']).toBeUndefined();
  });

  it('the deputies’ suggestions and proposals keep their rate', () => {
    expect(own('办理人大代表建议30件、政协提案25件,办复率100%。')['oversight.reply_rate']).toBe(100);
  });
});

describe('reconsideration of one kind of enforcement act', () => {
  it('the cases brought against the results of one kind of act are a part, not the reconsideration cases', () => {
    expect(own('不服行政强制决定向县政府申请行政复议案件5件。')['review.received']).toBeUndefined();
    expect(own('当事人对行政许可结果提出行政复议申请2件。')['review.received']).toBeUndefined();
  });
});

describe('a count run on into the next one without a comma', () => {
  it('the words before the next number are that number’s (「…52起成功调解50起」)', () => {
    expect(own('全街道共受理矛盾纠纷52起成功调解50起。', TOWN)['mediation.succeeded']).not.toBe(52);
  });

  it('a noun right after a measure word is still its number’s when something stands before the next number', () => {
    expect(own('全年作出5个重大行政决策和2个听证事项。')).toEqual({ 'decisions.major_decisions': 5 });
  });
});

describe('a paragraph label as a subject', () => {
  it('a label naming several matters lends none of them', () => {
    expect(own('(二)行政许可和行政处罚情况。全年受理申请2150件,办结2150件。', CITY)).toEqual({});
  });

  it('nor does a label lend its subject to a sentence on another matter', () => {
    expect(own('(一)行政处罚。全年共收到行政许可申请300件,办结300件。', CITY)).toEqual({});
  });

  it('a label naming one matter still lends it', () => {
    expect(own('(一)行政复议。全年共审结案件64件。', CITY)).toEqual({ 'review.concluded': 64 });
  });
});

describe('a clause naming only the organs that acted', () => {
  it('borrows its subject from the clause before (「…全区市场监管机关共办结案件1208件」)', () => {
    expect(own('据行政处罚统计,全区市场监管机关共办结案件1208件。', CITY)).toEqual({ 'enforcement.penalty_cases': 1208 });
  });

  it('a clause naming another body’s matter does not', () => {
    expect(own('据行政处罚统计,信访部门共办结案件96件。', CITY)).toEqual({});
  });
});

describe('part of the year', () => {
  it('a 截至 date with its 月 dropped (「截至10底」) is part of the year', () => {
    expect(own('截至10底,全乡共调处纠纷28件。', TOWN)).toEqual({});
  });

  it('a report presenting itself as a half year’s or some quarters’ has no value of the year', () => {
    const halfYear = extractReport(
      ['某县司法局2023年上半年工作总结', '一、主要工作', '全县共办理法律援助案件126件,调处矛盾纠纷430件。'].join('\n'),
    );
    expect(halfYear.values).toEqual({});
    const quarters = extractReport(
      ['某区司法局工作情况', '现将前三季度工作情况汇报如下:', '一、主要工作', '全区共办理法律援助案件215件。'].join('\n'),
    );
    expect(quarters.values).toEqual({});
  });

  it('a year’s report stays the year’s', () => {
    const year = extractReport(['某县司法局2023年工作总结', '一、主要工作', '全县共办理法律援助案件126件。'].join('\n'));
    expect(year.values['legal_aid.cases']).toMatchObject({ value: 126 });
  });
});

describe('a penalty statistics table flattened with bars', () => {
  const table = (caption: string, header: string, row: string) =>
    extractReport(['某区市场监督管理局2023年度行政执法统计年报', '一、行政执法数据', caption, header, row, '说明:'].join('\n'));

  it('its total column, under a header of the kinds of penalty, is the year’s penalty decisions', () => {
    const report = table(
      '表一 2023年度行政处罚实施情况统计表',
      '警告 | 罚款 | 没收违法所得 | 吊销许可证件 | 合计(件) | 罚没金额(万元) |',
      '12 | 318 | 9 | 2 | 341 | 95.6 |',
    );
    expect(report.values['enforcement.penalty_cases']).toMatchObject({ value: 341 });
  });

  it('a row that does not line up with its header, or another year’s table, gives nothing', () => {
    const header = '警告 | 罚款 | 没收违法所得 | 吊销许可证件 | 合计(件) | 罚没金额(万元) |';
    expect(table('表一 2023年度行政处罚实施情况统计表', header, '12 | 318 | 9 | 341 | 95.6 |').values).toEqual({});
    expect(table('表一 2022年度行政处罚实施情况统计表', header, '12 | 318 | 9 | 2 | 341 | 95.6 |').values).toEqual({});
  });

  it('a table of other acts with a total is no penalty count', () => {
    const report = table('表二 2023年度行政许可实施情况统计表', '申请数量 | 受理数量 | 许可数量 | 合计 |', '260 | 258 | 250 | 250 |');
    expect(report.values).toEqual({});
  });
});

describe('reconsiderations sorted by their respondent (被申请人)', () => {
  it('are no count received: 被申请人 is whose act is contested, not an application received', () => {
    expect(own('2023年,以镇政府为被申请人的行政复议案件5件,均维持原行政行为。', TOWN)).toEqual({});
    expect(own('以市政府作为被申请人的复议案件27件,占全部案件的3.2%。', CITY)).toEqual({});
  });

  it('do not displace the count the organ received, even stated first', () => {
    const report = extractReport(
      [
        '某县2023年法治政府建设年度报告',
        '一、主要成效',
        '以县政府为被申请人的行政复议案件9件。县政府全年受理行政复议申请64件,审结60件。',
      ].join('\n'),
    );
    expect(report.values['review.received']).toMatchObject({ value: 64 });
  });

  it('a count received of cases against every respondent is still received (control)', () => {
    expect(own('县政府共收到以各镇街、县直部门为被申请人的行政复议申请41件。')).toEqual({ 'review.received': 41 });
  });
});

describe('legal-aid cases of one kind of case or of client', () => {
  it('are a part of the cases, not their number', () => {
    expect(own('区法律援助中心全年办理刑事法律援助案件96件,同比增长8%。')).toEqual({});
    expect(own('受理未成年人法律援助案件23件,农民工法律援助案件57件。', CITY)).toEqual({});
    expect(own('其中,民事案件法律援助142件。', TOWN)).toEqual({});
    expect(own('司法分局全年受理法律援助行政案件7件。', TOWN)).toEqual({});
  });

  it('a list of every kind with one count is the total (control)', () => {
    expect(own('全年共办理民事、刑事、行政法律援助案件共530件。')).toEqual({ 'legal_aid.cases': 530 });
  });
});

describe('the place’s own acts corrected by the organs that reviewed them (被纠错)', () => {
  it('are no corrections made, and their rate is no correction rate', () => {
    expect(own('全市行政复议被纠错率1.6%,低于全省平均水平。', CITY)).toEqual({});
    expect(own('区政府作出的具体行政行为被市政府复议纠错4件。')).toEqual({});
    expect(own('全年有5件行政复议案件被依法纠错。')).toEqual({});
    expect(own('县政府被省政府复议纠正2件,纠错率6.7%。')).toEqual({});
  });

  it('the corrections the organ made, and their rate, are still read (control)', () => {
    expect(own('审结行政复议案件40件,纠错6件,纠错率15%。')).toEqual({
      'review.concluded': 40,
      'review.corrected': 6,
      'review.correction_rate': 15,
    });
  });
});

describe('a plan or a floor set in a results paragraph (计划…, 不少于)', () => {
  it('is a target, not a result', () => {
    expect(own('全年开展法治宣传活动不少于80场次。')).toEqual({});
    expect(own('计划开展“法律进村居”活动120场。', TOWN)).toEqual({});
    expect(own('区司法局计划办理法律援助案件450件。')).toEqual({});
  });

  it('what was done according to plan is a result (control)', () => {
    expect(own('按计划开展普法活动64场。')).toEqual({ 'publicity.events': 64 });
  });
});

describe('disputes resolved as petitions (信访)', () => {
  it('are no mediation cases', () => {
    expect(own('全镇共化解信访矛盾纠纷57起。', TOWN)).toEqual({});
    expect(own('排查信访领域矛盾纠纷64件,均已稳妥处置。')).toEqual({});
  });

  it('disputes a mediation committee handled are (control)', () => {
    expect(own('镇人民调解委员会调处矛盾纠纷57起。', TOWN)).toEqual({ 'mediation.cases': 57 });
  });
});

describe('one count of the subject and another matter joined to it (和, 及, 与)', () => {
  it('totals both, and is neither’s', () => {
    expect(own('全年审核规范性文件和各类合同共计164件。')).toEqual({});
    expect(own('镇政府办理群众信访及市长热线诉求312件。', TOWN)).toEqual({});
  });

  it('kinds of the one matter joined, or counted 分别, stay its counts (control)', () => {
    expect(own('组织各类法治宣传和法治讲座12次。', TOWN)).toEqual({ 'publicity.events': 12 });
    expect(own('审查规范性文件和合同分别为12件和40件。')).toEqual({ 'normative_docs.reviewed': 12 });
    expect(own('审查规范性文件及时率100%,审查规范性文件27件。')).toEqual({ 'normative_docs.reviewed': 27 });
  });
});
