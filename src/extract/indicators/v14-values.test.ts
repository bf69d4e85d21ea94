/**
 * Value classes found on tests/fixtures/real-pages/holdout5 (read as practice from the eleventh session on) and on the
 * wording families of tests/support/wording-families.ts, each written here in wordings, places and numbers of our own.
 */
import { describe, expect, it } from 'vitest';

import { surestOwnValues } from '../../../tests/support/surest-own-values';
import type { MatchContext } from './match';

const TOWN: MatchContext = { reportYear: 2024, level: '镇', inPlans: false };
const DISTRICT: MatchContext = { reportYear: 2022, level: '区', inPlans: false };
const COUNTY: MatchContext = { reportYear: 2023, level: '县', inPlans: false };
const CITY: MatchContext = { reportYear: 2021, level: '市', inPlans: false };

const own = (paragraph: string, context: MatchContext = COUNTY): Record<string, number> => surestOwnValues(paragraph, context);

describe('certificates won, applied for, issued or renewed in the year', () => {
  it('are a flow into the stock of certified officers, not the stock', () => {
    expect(own('为提高持证率,组织干部参加执法资格考试,全年共有15名干部考取行政执法证。', DISTRICT)).toEqual({});
    expect(own('2022年新申领行政执法证件人员85名。', DISTRICT)).toEqual({});
    expect(own('年内换发行政执法证件310人。')).toEqual({});
    expect(own('本年度新取得执法证人员6名。', TOWN)).toEqual({});
    expect(own('全市今年共有46人领取了行政执法证。', CITY)).toEqual({});
    expect(own('为新录用的21名执法人员申领执法证。', CITY)).toEqual({});
    expect(own('核发行政执法证件人员230名。', CITY)).toEqual({});
  });

  it('a stock stays the count, with an increment beside it or worded with 取得', () => {
    expect(own('全县共有持证执法人员1,208名,其中今年新增持证人员96名。')).toEqual({ 'enforcement.officers': 1208 });
    expect(own('全镇4名执法人员全部取得行政执法证。', TOWN)).toEqual({ 'enforcement.officers': 4 });
    expect(own('全区共有1,020名执法人员取得执法证,今年新考取执法证32人。', DISTRICT)).toEqual({ 'enforcement.officers': 1020 });
    expect(own('截至今年底全县1,196名执法人员均取得执法证。')).toEqual({ 'enforcement.officers': 1196 });
  });
});

describe('suggestions and proposals named once with the deputies and members who made them', () => {
  it('建议 in a sentence that names the people’s congress are its deputies’, 提案 in one that names the CPPCC its members’', () => {
    expect(own('全年走访人大代表、政协委员31人次,办结相关建议8件,提案13件,满意率100%。')).toEqual({
      'oversight.npc_proposals': 8,
      'oversight.cppcc_proposals': 13,
    });
    expect(own('主动接受人大监督和政协民主监督,全年办理建议18件、提案26件,办复率100%。', DISTRICT)).toEqual({
      'oversight.npc_proposals': 18,
      'oversight.cppcc_proposals': 26,
      'oversight.reply_rate': 100,
    });
    expect(own('认真办理人大代表建议和政协委员提案,共办理建议9件、提案14件。', CITY)).toEqual({
      'oversight.npc_proposals': 9,
      'oversight.cppcc_proposals': 14,
    });
  });

  it('other bodies’ suggestions, the public’s, and counts of both kinds together are neither', () => {
    expect(own('主动接受人大监督,全年收到检察建议6件、司法建议2件。')).toEqual({});
    expect(own('接受人大代表视察,办理群众意见建议31件。')).toEqual({});
    expect(own('全年办理人大代表建议和政协提案共32件。')).toEqual({});
    expect(own('办理“两会”建议提案45件。', DISTRICT)).toEqual({});
  });
});

describe('a count closing a list of a decision catalogue’s items', () => {
  it('the items counted as 事项 in a sentence on the catalogue are the major decisions', () => {
    expect(own('编制重大行政决策事项目录,将城市更新、学校布局调整等6项事项纳入目录管理。')).toEqual({
      'decisions.major_decisions': 6,
    });
    expect(own('公布年度重大行政决策事项目录,涉及教育、医疗、养老等5个事项。', CITY)).toEqual({ 'decisions.major_decisions': 5 });
    expect(
      own('制定年度重大决策事项目录并向社会公布,对涉及乡村振兴、生态保护等3项重点事项,严格履行公众参与、专家论证等程序。', TOWN),
    ).toEqual({ 'decisions.major_decisions': 3 });
  });

  it('事项 of another register, or named before the count, are not decisions', () => {
    expect(own('编制重大行政决策事项目录,梳理政务服务事项320项。')).toEqual({});
    expect(own('严格落实重大行政决策程序,全年审查合同、协议等事项23件。')).toEqual({});
  });
});

describe('a span of years that ends in the year reported on', () => {
  it('dates its figure as cumulative, whatever its last year', () => {
    expect(own('2021—2023年共受理行政复议案件260件。')).toEqual({});
    expect(own('2020年至2022年,全区共办理法律援助案件1,460件,2022年办理512件。', DISTRICT)).toEqual({ 'legal_aid.cases': 512 });
  });
});

describe('a plan worded with 计划 and a verb', () => {
  it('is a target', () => {
    expect(own('计划作出重大行政决策5项。')).toEqual({});
    expect(own('计划组织法治讲座20场。', TOWN)).toEqual({});
  });

  it('what was done by the plan is a result', () => {
    expect(own('按照年度计划组织法治讲座20场。', TOWN)).toEqual({ 'publicity.events': 20 });
  });
});

describe('a higher body the place sends its documents to', () => {
  it('is the recipient, not whose figure it is', () => {
    expect(own('向市政府报备规范性文件5件,报备率100%。')).toEqual({ 'normative_docs.reviewed': 5 });
    expect(own('报市人大常委会备案审查规范性文件3件。', DISTRICT)).toEqual({ 'normative_docs.reviewed': 3 });
  });
});

describe('counts given 分别, in the order of the things listed before them', () => {
  it('each number is its own item’s, not the nearest words’', () => {
    expect(own('全年受理、审结行政复议案件分别为63件、58件。', DISTRICT)).toEqual({ 'review.received': 63, 'review.concluded': 58 });
    expect(own('县政府新收和审结行政复议案件分别为27件和25件。')).toEqual({ 'review.received': 27, 'review.concluded': 25 });
    expect(own('全县调解组织受理、调解成功矛盾纠纷分别为2,310件、2,264件。')).toEqual({
      'mediation.cases': 2310,
      'mediation.succeeded': 2264,
    });
  });

  it('a verb before the first item and a noun after the last are every item’s', () => {
    expect(own('办理市人大代表建议和市政协委员提案分别为19件和33件。', CITY)).toEqual({
      'oversight.npc_proposals': 19,
      'oversight.cppcc_proposals': 33,
    });
    expect(own('全年共受理行政复议案件、行政诉讼案件分别为31件、12件。')).toEqual({ 'review.received': 31, 'litigation.cases': 12 });
  });
});

describe('a count closing a 、-list of several kinds with 等', () => {
  it('totals every kind listed, not the subject alone, when no noun of the subject’s follows 等', () => {
    expect(own('审议区政府常务会议议题、重大行政决策等27件。', DISTRICT)).toEqual({});
    expect(own('办理法律援助、公证、人民调解等案件1,830件。', CITY)).toEqual({});
    expect(own('审核镇政府文件、规范性文件等64件。', TOWN)).toEqual({});
  });

  it('a noun of the subject after 等 makes the items kinds of it', () => {
    expect(own('调解婚姻家庭、邻里、土地等纠纷412件。', TOWN)).toEqual({ 'mediation.cases': 412 });
    expect(own('评查行政处罚、行政检查等案卷186卷。')).toEqual({ 'enforcement.case_file_reviews': 186 });
  });
});

describe('a count’s change and the level it reached', () => {
  it('a count right after a change’s verb is the size of the change, not the count', () => {
    expect(own('与上年相比,受理行政复议案件增加9件。', DISTRICT)).toEqual({});
    expect(own('全年调解矛盾纠纷同比减少35件。', TOWN)).toEqual({});
  });

  it('the level a clause says was reached after the change is the count’s, its 较上年 a comparison', () => {
    expect(own('与去年同期相比,受理行政复议案件增加9件,达到71件。', DISTRICT)).toEqual({ 'review.received': 71 });
    expect(own('全年调解矛盾纠纷较上年减少35件,为1,208件。', TOWN)).toEqual({ 'mediation.cases': 1208 });
  });

  it('a level dated to another year or another place stays theirs', () => {
    expect(own('2021年受理行政复议案件增加12件,达到46件。', DISTRICT)).toEqual({});
    expect(own('全市受理行政复议案件同比增加120件,达到1,260件。', DISTRICT)).toEqual({});
  });
});

describe('a count of officers all of whom the next clause says hold a certificate', () => {
  it('is the certified officers', () => {
    expect(own('我局现有执法人员14名,均持有行政执法证。', DISTRICT)).toEqual({ 'enforcement.officers': 14 });
    expect(own('全县共有行政执法人员86人,全部持证上岗。')).toEqual({ 'enforcement.officers': 86 });
  });

  it('unless the clause says something else of them, or gives a figure of its own', () => {
    expect(own('全县共有行政执法人员86人,均参加年度培训。')).toEqual({});
    expect(own('全县共有行政执法人员86人,持证率98%。')).toEqual({});
  });
});

describe('catalogues of decisions counted', () => {
  it('are no count of decisions', () => {
    expect(own('全县共编制重大行政决策事项目录28个,涉及事项86项。')).toEqual({});
    expect(own('全市各区县公布年度重大行政决策事项目录13个。', CITY)).toEqual({});
  });

  it('the items a catalogue holds are', () => {
    expect(own('本级政府年度重大行政决策事项目录共有事项4项,已完成3项。')).toEqual({ 'decisions.major_decisions': 4 });
  });
});

describe('a sentence that counts its penalty cases apart', () => {
  it('makes its looser count of cases a total of more, with thousands written with a comma too', () => {
    expect(own('全县共立案查处各类违法案件1,260件,其中行政处罚案件1,180件。')).toEqual({ 'enforcement.penalty_cases': 1180 });
    expect(own('区综合执法大队全年共办理各类案件2,130起,其中行政处罚案件1,960起。', DISTRICT)).toEqual({
      'enforcement.penalty_cases': 1960,
    });
  });

  it('a penalty count alone keeps its cases filed', () => {
    expect(own('全年立案查处违法案件390件,移送公安机关3件,罚款45万元。')).toEqual({ 'enforcement.penalty_cases': 390 });
  });
});
