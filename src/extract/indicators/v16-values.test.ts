/**
 * Value classes found on tests/fixtures/real-pages/holdout7 (read as practice from the thirteenth session on), each written
 * here in wordings, places and numbers of our own: never the holdout's sentences.
 */
import { describe, expect, it } from 'vitest';

import { surestOwnValues } from '../../../tests/support/surest-own-values';
import type { MatchContext } from './match';

const DEPARTMENT_OF_A_CITY: MatchContext = { reportYear: 2024, level: '市', inPlans: false };
const COUNTY: MatchContext = { reportYear: 2023, level: '县', inPlans: false };
const DISTRICT: MatchContext = { reportYear: 2022, level: '区', inPlans: false };

const own = (paragraph: string, context: MatchContext = COUNTY): Record<string, number> => surestOwnValues(paragraph, context);

describe('an enforcement total of every kind is no count of penalty cases', () => {
  it('行政执法案件, 执法事项 and 执法检查 counted by a body whose cases are penalties elsewhere are not its penalty cases', () => {
    expect(own('市交通运输综合行政执法支队全年共办理行政执法案件2,816件。', DEPARTMENT_OF_A_CITY)).toEqual({});
    expect(own('区城市管理局全年共办理执法案件905件,涵盖许可、处罚、检查等类别。', DISTRICT)).toEqual({});
    expect(own('县综合行政执法局全年办结各类执法事项1,320件。')).toEqual({});
  });

  it('the penalties listed as one kind of the enforcement acts are the penalty cases', () => {
    expect(
      own(
        '2024年,我局共办理行政执法案件3,120件。其中,行政许可类1,510件;行政处罚类186件,罚款金额52.3万元;行政检查类1,424件。',
        DEPARTMENT_OF_A_CITY,
      ),
    ).toEqual({ 'enforcement.penalty_cases': 186 });
    expect(own('全年办理行政强制类案件12件、行政处罚类案件97件、行政检查类案件640件。', DISTRICT)).toEqual({
      'enforcement.penalty_cases': 97,
    });
  });

  it('行政处罚类 stays a kind of reconsideration case in a sentence on reconsideration', () => {
    expect(own('全年受理行政复议案件64件,其中行政许可类9件、行政处罚类17件。', DISTRICT)).toEqual({ 'review.received': 64 });
  });
});

describe('a count to a day of December before its last is part of the year', () => {
  it('dated 截至 a December day, with or without its year, and before or after the year named', () => {
    expect(own('截至12月10日,共实施行政处罚233起,罚款12万元。')).toEqual({});
    expect(own('截止到2023年12月15日,全县共受理行政复议案件45件。')).toEqual({});
    expect(own('截至12月18日,2023年共调解矛盾纠纷1,226件。')).toEqual({});
    expect(own('截至12月中旬,共办理法律援助案件320件。')).toEqual({});
  });

  it('throughout a paragraph that opens with it', () => {
    expect(own('(二)行政执法情况。截至12月5日,全局共开展行政检查1,880件。共实施行政处罚96起,罚没款15万元。', DISTRICT)).toEqual({});
  });

  it('and so are the months and quarters short of the year, however written, for every count', () => {
    expect(own('前11个月,共办理行政处罚案件210件。')).toEqual({});
    expect(own('今年前十个月,全区共受理行政复议案件38件。', DISTRICT)).toEqual({});
    expect(own('1-3季度,共办理公证1,200件。')).toEqual({});
    expect(own('截至三季度末,共调解矛盾纠纷860件。', DISTRICT)).toEqual({});
    expect(own('2023年1月1日至12月10日,共办理法律援助案件320件。')).toEqual({});
  });

  it('but 截至12月31日, 截至年底 and 全年 are the year', () => {
    expect(own('截至12月31日,共办理行政处罚案件300件。')).toEqual({ 'enforcement.penalty_cases': 300 });
    expect(own('截止2023年12月底,全县共受理行政复议案件45件。')).toEqual({ 'review.received': 45 });
    expect(own('全年共调解矛盾纠纷1,226件。')).toEqual({ 'mediation.cases': 1226 });
    expect(own('1至12月,共办理法律援助案件348件。')).toEqual({ 'legal_aid.cases': 348 });
    expect(own('2023年1月1日至12月31日,共办理公证1,560件。')).toEqual({ 'notary.cases': 1560 });
  });
});

describe('figures after 同比 and a year are that year’s', () => {
  it('同比2022年 opens the compared year’s figures for the clauses after it', () => {
    expect(own('同比2022年行政检查980件,实施行政处罚142起,罚款87万元。', COUNTY)).toEqual({});
    expect(own('对比2021年,受理行政复议案件38件,审结35件。', DISTRICT)).toEqual({});
  });

  it('while 与2022年相比 is a clause of its own', () => {
    expect(own('与2022年相比,全年受理行政复议案件58件。', COUNTY)).toEqual({ 'review.received': 58 });
  });
});

describe('a reconsideration’s outcome, and a respondent’s answer, are no cases received', () => {
  it('撤回, 终止, 驳回 and 维持 counts are outcomes', () => {
    expect(own('办理行政复议答复案件7件,其中申请人撤回行政复议4件,复议维持2件。', DEPARTMENT_OF_A_CITY)).toEqual({});
    expect(own('申请人主动撤回复议申请6件。', DISTRICT)).toEqual({});
    expect(own('因申请人撤回申请终止行政复议9件。')).toEqual({});
  });

  it('a department answering as respondent is not the reviewing organ', () => {
    expect(own('全年我局作为被申请人参加行政复议8件。', DEPARTMENT_OF_A_CITY)).toEqual({});
    expect(own('本局被申请行政复议3件,均已审结。', DISTRICT)).toEqual({});
    expect(own('2024年,我局作为被申请人共收到行政复议案件5件。', DEPARTMENT_OF_A_CITY)).toEqual({});
    expect(own('区卫健委被申请行政复议新增2件。', DISTRICT)).toEqual({});
  });

  it('申请人 names who applied, no act of applying', () => {
    expect(own('申请人为企业的行政复议案件15件。')).toEqual({});
    expect(own('全年申请人为个体工商户的复议案件8件。', DISTRICT)).toEqual({});
  });

  it('but an organ’s cases sorted by their respondents, and its total beside outcomes, are received', () => {
    expect(own('县政府共收到以各乡镇人民政府作为被申请人的行政复议案件29件。')).toEqual({ 'review.received': 29 });
    expect(own('全年共收到行政复议申请42件,其中终止审理3件,驳回4件。', DISTRICT)).toEqual({ 'review.received': 42 });
  });
});

describe('a rule of counting is no count', () => {
  it('计, 记为, 按…计算 a case of one', () => {
    expect(own('同一违法行为并处罚款和没收违法所得的,按一件行政处罚案件计算。')).toEqual({});
    expect(own('一个案件作出多项处罚的,计为1起行政处罚。', DISTRICT)).toEqual({});
    expect(own('对同一当事人的多个违法行为合并处罚的,记为一件行政处罚案件。')).toEqual({});
    expect(own('同一申请人就同一行为提出多个复议申请的,视为一件行政复议案件。')).toEqual({});
  });

  it('while 共计, 合计 and 累计 before a count are totals, and 登记 a verb of the count', () => {
    expect(own('全年共计办理行政处罚案件58件。')).toEqual({ 'enforcement.penalty_cases': 58 });
    expect(own('全年合计受理行政复议申请31件。', DISTRICT)).toEqual({ 'review.received': 31 });
    expect(own('全年群众来信来访登记420件。')).toEqual({ 'petition.cases': 420 });
  });
});

describe('one sector’s complaints are not the place’s petitions', () => {
  it('投诉举报, 工单 and 热线 counts, 信访 among their words or not', () => {
    expect(own('全年收到群众生态环境投诉信访举报件1,208件,均按期办结。')).toEqual({});
    expect(own('全年受理12345政务服务便民热线工单3,260件。', DISTRICT)).toEqual({});
    expect(own('区市场监管局全年受理信访投诉举报2,130件。', DISTRICT)).toEqual({});
  });

  it('while the place’s own 信访事项 and 来信来访 stay petitions', () => {
    expect(own('全年共受理群众信访事项312件。')).toEqual({ 'petition.cases': 312 });
    expect(own('全年办理群众来信来访420件。', DISTRICT)).toEqual({ 'petition.cases': 420 });
  });
});

describe('direct corrections named with their kinds in brackets', () => {
  it('直接纠正(含撤销、确认违法…)行政机关决定 in a list of reconsideration outcomes is the corrected count', () => {
    expect(
      own(
        '其中,维持行政复议决定320件;驳回申请人行政复议请求88件;直接纠正(含撤销、确认违法、变更、责令履行)行政机关决定26件,占比4.7%;以调解、和解方式化解行政争议90件。',
        DISTRICT,
      ),
    ).toEqual({ 'review.corrected': 26 });
    expect(own('全年审结行政复议案件312件,直接纠正(包括撤销、变更、确认违法)违法或不当行政行为19件。')).toEqual({
      'review.concluded': 312,
      'review.corrected': 19,
    });
  });
});
