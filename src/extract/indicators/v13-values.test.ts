/**
 * Value classes found on tests/fixtures/real-pages/holdout4 (read as practice from the tenth session on) and
 * set13-values, each written here in wordings, places and numbers of our own.
 */
import { describe, expect, it } from 'vitest';

import { surestOwnValues } from '../../../tests/support/surest-own-values';
import { extractReport } from '../pipeline';
import type { MatchContext } from './match';

const STREET: MatchContext = { reportYear: 2024, level: '街道', inPlans: false };
const TOWN: MatchContext = { reportYear: 2024, level: '镇', inPlans: false };
const COUNTY: MatchContext = { reportYear: 2023, level: '县', inPlans: false };
const CITY: MatchContext = { reportYear: 2022, level: '市', inPlans: false };

const own = (paragraph: string, context: MatchContext = COUNTY): Record<string, number> => surestOwnValues(paragraph, context);

describe('a stock restated after a change', () => {
  it('the count restated after departures, additions or transfers is the year’s (现有/目前/调整后/截至年底…)', () => {
    expect(own('全镇共有持证执法人员14名,其中5名执法人员因岗位调整调离执法岗位,现有持证执法人员9名。', TOWN)).toEqual({
      'enforcement.officers': 9,
    });
    expect(own('本街道原有持证执法人员11人,年内3人退休,目前持证执法人员8人。', STREET)).toEqual({ 'enforcement.officers': 8 });
    expect(own('全县共有持证行政执法人员1260名,因机构改革划转注销证件84名,调整后持证执法人员1176名。')).toEqual({
      'enforcement.officers': 1176,
    });
    expect(own('年初全市持有行政执法证件人员3402人,新增领证人员215人,截至年底持证执法人员共3617人。', CITY)).toEqual({
      'enforcement.officers': 3617,
    });
  });

  it('across the sentences of a paragraph too', () => {
    expect(own('全乡具有执法资格的人员原为16名。今年4名同志转岗、1名辞职,现共有持证执法人员11名。', TOWN)).toEqual({
      'enforcement.officers': 11,
    });
  });

  it('stocks outside the catalogue, restated the same way, give nothing (lawyers, mediators, advisers, committees)', () => {
    expect(own('全县原有执业律师46名,年内转出3名,现有执业律师43名。')).toEqual({});
    expect(own('全镇原有人民调解员120名,调整后现有人民调解员98名。', TOWN)).toEqual({});
    expect(own('聘请法律顾问的村居原有86个,新增12个,目前共有98个村居配备法律顾问。')).toEqual({});
    expect(own('全市原有人民调解委员会1320个,撤并后现有1288个。', CITY)).toEqual({});
  });

  it('a stock followed by a breakdown, or by an increment, is not restated: the first count stays', () => {
    expect(own('全区共有持证执法人员356名,其中具有法制审核资格的42名。', CITY)).toEqual({ 'enforcement.officers': 356 });
    expect(own('全镇现有持证执法人员25名,今年新增持证人员3名。', TOWN)).toEqual({ 'enforcement.officers': 25 });
    expect(own('全县共有持证执法人员980名,其中县级部门持证执法人员760名,乡镇持证执法人员220名。')).toEqual({
      'enforcement.officers': 980,
    });
  });

  it('a count of another body after the place’s own, without a change between, is no restatement', () => {
    expect(own('全市共有持证执法人员5200名,市本级目前持证执法人员1300名。', CITY)['enforcement.officers']).toBe(5200);
  });
});

describe('cases counted by penalty procedure, without the word 处罚', () => {
  it('an enforcement body’s cases sorted by 简易程序/一般程序/普通程序 are its penalty cases', () => {
    expect(own('2024年全街道综合执法大队共办结案件126起,其中适用简易程序案件58起,普通程序案件68起。', STREET)).toEqual({
      'enforcement.penalty_cases': 126,
    });
    expect(own('全年共办理案件43件(简易程序31件、一般程序12件),罚没款4.2万元。', TOWN)).toEqual({
      'enforcement.penalty_cases': 43,
    });
    expect(own('镇综合行政执法队全年查办各类案件215起,其中一般程序案件96起。', TOWN)).toEqual({ 'enforcement.penalty_cases': 215 });
  });

  it('an enforcement team’s or bureau’s cases are its penalty cases', () => {
    expect(own('2024年,镇执法中队共办理案件37起,罚款金额3.6万元。', TOWN)).toEqual({ 'enforcement.penalty_cases': 37 });
    expect(own('区城市管理综合行政执法局全年共查处违法案件1862件。', CITY)).toEqual({ 'enforcement.penalty_cases': 1862 });
  });

  it('one procedure’s cases alone, without the word 处罚, are a part of the penalty cases', () => {
    expect(own('执法大队全年共办理简易程序案件512件。', CITY)).toEqual({});
    expect(own('镇综合执法队办理一般程序案件27起。', TOWN)).toEqual({});
  });

  it('a count of 一般程序 penalties keeps being read as the penalty cases, as many reports count them', () => {
    expect(own('全年完成一般程序行政处罚1834件,简易程序9021件。')).toEqual({ 'enforcement.penalty_cases': 1834 });
  });

  it('a court’s, a reconsideration organ’s, an arbitration’s, petitions’ or criminal cases sorted by procedure are not', () => {
    expect(own('县人民法院全年共审结案件5620件,其中适用简易程序审结3980件。')).toEqual({});
    expect(own('全年共办结行政复议案件214件,其中适用简易程序办结61件。')['enforcement.penalty_cases']).toBeUndefined();
    expect(own('劳动人事争议仲裁院共办理案件316件,其中按简易程序处理120件。')).toEqual({});
    expect(own('派出所共办理刑事案件57起,其中适用简易程序的12起。', TOWN)).toEqual({});
    expect(own('信访办全年共办理案件210件,其中按简易程序办理138件。', TOWN)['enforcement.penalty_cases']).toBeUndefined();
  });

  it('a total its procedures do not add up to counts more than penalty cases (inspections, other acts)', () => {
    expect(own('大队共办理各类行政执法案件216件,其中一般程序案件8件、简易程序案件22件。', STREET)).toEqual({});
    expect(own('镇综合执法队全年共办理案件140起,其中简易程序案件31起,普通程序案件17起。', TOWN)).toEqual({});
    expect(own('执法中队共查办案件60起(简易程序75起)。', TOWN)).toEqual({});
    // Parts that add up keep the total.
    expect(own('执法中队全年共办理案件48起,其中简易程序案件30起、普通程序案件18起。', TOWN)).toEqual({
      'enforcement.penalty_cases': 48,
    });
  });

  it('a total whose sentence names its penalty cases apart keeps the penalty cases to that count', () => {
    expect(own('执法大队全年共办理各类案件120起,其中行政处罚案件95起,行政强制案件25起。', STREET)).toEqual({
      'enforcement.penalty_cases': 95,
    });
  });

  it('cases an enforcement body received as complaints are no penalty cases', () => {
    expect(own('区市场监管局共受理投诉举报案件3120件。', CITY)).toEqual({});
  });
});

describe('certified officers (set13-values)', () => {
  it('a team’s certified members may be worded as 执法队员', () => {
    expect(own('镇综合执法队现有执法队员15人,其中持证执法队员12人。', TOWN)).toEqual({ 'enforcement.officers': 12 });
    expect(own('大队共有持有执法证的执法队员41名。', STREET)).toEqual({ 'enforcement.officers': 41 });
  });

  it('members without a certificate word are no certified officers', () => {
    expect(own('全队共有执法队员20名,其中派驻人员7名。', TOWN)).toEqual({});
  });

  it('officers awaiting a certificate, and the posts that should hold one, are not the officers certified', () => {
    expect(own('因岗位调整待申领执法证件2人。', STREET)).toEqual({});
    expect(own('新录用人员3名尚未取得行政执法证。', TOWN)).toEqual({});
    expect(own('全局应持证执法人员126人,实际持证121人。', CITY)).toEqual({ 'enforcement.officers': 121 });
    expect(own('乡综合执法队持证执法人员9人,另有2人执法证待核发。', TOWN)).toEqual({ 'enforcement.officers': 9 });
  });
});

describe('a count of work named right after its measure word', () => {
  it('counts that work, not the matter named before it as an example (「…重大行政决策源头治理等7项…重点工作」)', () => {
    expect(own('局党组专题研究重大行政决策源头治理等7项交通法治重点工作。', CITY)).toEqual({});
    expect(own('区政府常务会议研究规范性文件备案审查等5项年度任务。', CITY)).toEqual({});
    expect(own('聚焦法律援助案件办理等3项民生实事。')).toEqual({});
  });

  it('a count whose noun is the subject itself, before or after it, stays the subject’s', () => {
    expect(own('全年共作出重大行政决策16项。', STREET)).toEqual({ 'decisions.major_decisions': 16 });
    expect(own('区政府全年审议重大行政决策事项5项,均履行法定程序。', CITY)).toEqual({ 'decisions.major_decisions': 5 });
    expect(own('全年受理159件行政复议案件。', CITY)).toEqual({ 'review.received': 159 });
    // A clause of its own after a conjunction names no counted work.
    expect(own('开展执法检查,评查行政执法案卷215件并督促整改问题31个。')).toEqual({ 'enforcement.case_file_reviews': 215 });
  });
});

describe('the 行政案件 of the police, of an enforcement body or of an investigation', () => {
  it('are the administrative cases they handled, not lawsuits', () => {
    expect(own('1-12月办理一般程序行政案件3411件,同比增长26%。', CITY)).toEqual({});
    expect(own('市场监管局全年办理行政案件856件,罚没款1200万元。', CITY)).toEqual({});
    expect(own('城管执法大队办理各类行政案件213起。', STREET)['litigation.cases']).toBeUndefined();
    expect(own('派出所全年共办理行政案件326起,查处违法人员410人。', TOWN)).toEqual({});
    expect(own('区公安分局全年共受理行政案件2860起,办结2790起。', CITY)['litigation.cases']).toBeUndefined();
    expect(own('县交警大队全年查处交通违法行政案件1.2万起。')).toEqual({});
  });

  it('a clause that says the police were sued keeps its lawsuits', () => {
    expect(own('县公安局作为被告的行政诉讼案件12件,均依法出庭应诉。')['litigation.cases']).toBe(12);
    expect(own('全年办理行政应诉案件45件。')).toEqual({ 'litigation.cases': 45 });
    expect(own('区综合行政执法局作为被告的行政诉讼案件9件。')).toEqual({ 'litigation.cases': 9 });
    expect(own('以市场监管局为被告的行政案件5件。')).toEqual({ 'litigation.cases': 5 });
  });
});

describe('in a whole report', () => {
  it('a town’s enforcement report gives the restated officers and the cases by procedure', () => {
    const report = extractReport(
      [
        '某镇人民政府2024年度行政执法工作情况报告',
        '一、基本情况',
        '全镇共有持证执法人员12名,其中3名执法人员因退休退出执法队伍,现有持证执法人员9名。',
        '2024年镇综合行政执法队共办理案件64起,其中简易程序案件40起,一般程序案件24起。',
      ].join('\n'),
    );
    expect(report.values['enforcement.officers']).toMatchObject({ value: 9 });
    expect(report.values['enforcement.penalty_cases']).toMatchObject({ value: 64 });
  });
});
