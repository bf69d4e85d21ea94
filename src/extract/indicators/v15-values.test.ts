/**
 * Value classes found on tests/fixtures/real-pages/holdout6 (read as practice from the twelfth session on), each written
 * here in wordings, places and numbers of our own: never the holdout's sentences.
 */
import { describe, expect, it } from 'vitest';

import { surestOwnValues } from '../../../tests/support/surest-own-values';
import { extractReport } from '../pipeline';
import type { MatchContext } from './match';

const TOWN: MatchContext = { reportYear: 2024, level: '镇', inPlans: false };
const DISTRICT: MatchContext = { reportYear: 2022, level: '区', inPlans: false };
const COUNTY: MatchContext = { reportYear: 2023, level: '县', inPlans: false };
const CITY: MatchContext = { reportYear: 2021, level: '市', inPlans: false };

const own = (paragraph: string, context: MatchContext = COUNTY): Record<string, number> => surestOwnValues(paragraph, context);

describe('a breakdown’s part is never the total of penalty cases', () => {
  it('one kind named with 类 is a part, with its total beside it or not', () => {
    expect(own('全年办理食品安全类行政处罚案件17件。')).toEqual({});
    expect(own('查处虚假宣传类案件12起,罚款8万元。', DISTRICT)).toEqual({});
    expect(own('本年度查处无证经营类行政处罚案件23件,没收违法所得2万元。', CITY)).toEqual({});
    expect(own('全年查处渔业行政案件64起,其中电鱼类案件21起,罚款9万元。', CITY)).toEqual({ 'enforcement.penalty_cases': 64 });
  });

  it('the total wins whether the kinds are counted before it or after it, and 各类 names every kind', () => {
    expect(
      own('从案件类型看,办理违规使用医保基金类行政处罚案件13件,罚款20万元。全年依法查处各类行政处罚案件41件,罚款36万元。', CITY),
    ).toEqual({ 'enforcement.penalty_cases': 41 });
    expect(own('全年共办理行政处罚案件126件。其中,价格违法类案件15件。', DISTRICT)).toEqual({ 'enforcement.penalty_cases': 126 });
    expect(own('全年办理各类行政处罚案件58件。', TOWN)).toEqual({ 'enforcement.penalty_cases': 58 });
  });

  it('a body’s remit (职权) is no 处罚权: the count it states stands', () => {
    expect(own('在市场监管职权范围内共查处行政处罚案件36件,罚没款12万元。', DISTRICT)).toEqual({ 'enforcement.penalty_cases': 36 });
    expect(own('全年依职权办理行政处罚案件48件。')).toEqual({ 'enforcement.penalty_cases': 48 });
  });
});

describe('a sector’s administrative cases with penalties in the sentence', () => {
  it('are its penalty cases', () => {
    expect(own('全年查处渔业行政案件41起,罚款12.5万元。', CITY)).toEqual({ 'enforcement.penalty_cases': 41 });
    expect(own('2022年共办结交通运输行政案件352件,处罚当事人360人次。', DISTRICT)).toEqual({ 'enforcement.penalty_cases': 352 });
    expect(own('全县全年立案查处自然资源行政违法案件27件,罚没款146万元。')).toEqual({ 'enforcement.penalty_cases': 27 });
    expect(own('办理林业行政案件86件,处罚违法行为人88人次。', TOWN)).toEqual({ 'enforcement.penalty_cases': 86 });
  });

  it('are never lawsuits against the place', () => {
    expect(own('全年办理林业行政案件86件,罚款52万元。')['litigation.cases']).toBeUndefined();
    expect(own('全年办理水利行政案件19件。', CITY)).toEqual({});
  });

  it('the sector’s criminal cases, lawsuits and reconsideration cases, and a part beside counted penalty cases, are not', () => {
    expect(own('全年共办理林业刑事案件12件,罚款3万元。')).toEqual({});
    expect(own('全年涉及交通运输行政案件的行政诉讼9件,罚款判决维持7件。', CITY)).toEqual({});
    expect(own('全年办理行政处罚案件210件,其中林业行政案件41件,罚款80万元。')).toEqual({ 'enforcement.penalty_cases': 210 });
  });
});

describe('certified officers named with qualifiers between the words', () => {
  it('在岗, 在编, 持证 between 执法 and 人员 still name them', () => {
    expect(own('本局现有执法科室6个,在岗行政执法持证人员148人。', DISTRICT)).toEqual({ 'enforcement.officers': 148 });
    expect(own('我委现有行政执法持证在岗人员57名。', CITY)).toEqual({ 'enforcement.officers': 57 });
    expect(own('全县在编行政执法在岗人员共有持证者310名。')).toEqual({ 'enforcement.officers': 310 });
    expect(own('全局持有执法证件的在岗人员86人。', CITY)).toEqual({ 'enforcement.officers': 86 });
  });
});

describe('a staff quota or minimum is no count of certified officers', () => {
  it('每, 均 and 至少 before the number make a requirement met by each unit', () => {
    expect(own('各执法中队至少配备3名持证执法人员。', DISTRICT)).toEqual({});
    expect(own('所有站所均配备4名以上具有执法资格的工作人员。', TOWN)).toEqual({});
    expect(own('每个村(社区)均有1名以上取得执法证的网格员。', TOWN)).toEqual({});
    expect(own('各股室均确保3名以上干部取得行政执法证件。')).toEqual({});
    // The place's own stock, even rounded with 以上, stays the count.
    expect(own('全县持证执法人员达1200人以上。')).toEqual({ 'enforcement.officers': 1200 });
  });
});

describe('lectures and talks to the body’s own staff', () => {
  it('are the staff’s learning, not publicity events', () => {
    expect(own('局主要负责人为全体干部职工作普法讲座3场次。', CITY)).toEqual({});
    expect(own('面向机关干部职工举办法治讲座4场次。')).toEqual({});
    expect(own('邀请法律顾问为本局执法人员开展法治宣讲2场。', DISTRICT)).toEqual({});
    expect(own('党组理论学习中心组开展法治专题讲座5场次。', CITY)).toEqual({});
    // Cadres sent out to the public, or a public that includes them, still give publicity events.
    expect(own('组织党员干部深入社区开展普法宣传活动20场次。')).toEqual({ 'publicity.events': 20 });
    expect(own('向群众和党员干部开展普法宣传活动26场次。', TOWN)).toEqual({ 'publicity.events': 26 });
  });
});

describe('a penalty statistics table flattened one cell a line, its empty cells dropped', () => {
  const HEADER = ['警告', '罚款', '没收违法', '所得', '暂扣许可证', '行政', '拘留', '合计(件)', '罚没金额(万元)'];
  const table = (caption: string, cells: readonly string[], header: readonly string[] = HEADER) =>
    extractReport(['某县市场监督管理局2024年度行政执法统计年报', '一、行政执法数据', caption, ...header, ...cells, '说明:'].join('\n\n'));

  it('its total is the cell before the columns after 合计, only when it is the sum of the kinds before it', () => {
    expect(table('2024年度行政处罚实施情况统计表', ['17', '206', '9', '232', '88.5']).values['enforcement.penalty_cases']).toMatchObject({
      value: 232,
    });
    expect(
      table('表一 行政处罚实施数量(宗)', ['3', '41', '44', '2.1'], ['警告', '罚款', '合计(宗)', '罚没金额(万元)']).values,
    ).toMatchObject({ 'enforcement.penalty_cases': { value: 44 } });
    // A cell that is not the sum, another year's table, or another act's table gives nothing.
    expect(table('2024年度行政处罚实施情况统计表', ['17', '206', '9', '230', '88.5']).values).toEqual({});
    expect(table('2023年度行政处罚实施情况统计表', ['17', '206', '9', '232', '88.5']).values).toEqual({});
    expect(table('2024年度行政许可实施情况统计表', ['260', '258', '518'], ['申请数量', '受理数量', '合计']).values).toEqual({});
  });
});

describe('corrections the reconsideration organ did not decide', () => {
  it('间接纠错, 自行纠错 and 综合纠错 are no count corrected; the direct count beside them is', () => {
    expect(own('全年审结行政复议案件186件,其中经协调后行政机关自行纠错、申请人撤回申请等方式间接纠错的21件。', DISTRICT)).toEqual({
      'review.concluded': 186,
    });
    expect(own('全市行政复议机关以间接纠错方式办结96件,直接纠错17件,两者合计综合纠错113件。', CITY)).toEqual({
      'review.corrected': 17,
    });
  });
});

describe('legal-aid cases a fund paid for', () => {
  it('are a share of the cases, not their number', () => {
    expect(own('县法律援助基金会全年资助办理法律援助案件63件。')).toEqual({});
    expect(own('全年办理法律援助案件742件,其中省法援基金会资助案件58件。', CITY)).toEqual({ 'legal_aid.cases': 742 });
  });
});

describe('a count of officers with a whole certified rate after it', () => {
  it('持证率100% says every one counted holds a certificate; a lower rate says nothing of the count', () => {
    expect(own('全区共有行政执法人员1,356名,持证率100%。', DISTRICT)).toEqual({ 'enforcement.officers': 1356 });
    expect(own('全县现有行政执法人员418人,行政执法持证率达100%,培训率100%。')).toEqual({ 'enforcement.officers': 418 });
    expect(own('全市共有行政执法人员6,120名,持证率为96.5%。', CITY)).toEqual({});
  });
});

describe('one kind of a matter named before its count, beyond penalty cases', () => {
  it('a kind of dispute is a part of the disputes mediated; a list of kinds is their total', () => {
    expect(own('全年共调解邻里类纠纷84件。', TOWN)).toEqual({});
    expect(own('县医疗纠纷人民调解委员会全年调解纠纷62件。')).toEqual({});
    expect(own('全区调处物业类矛盾纠纷143起,调处成功率96%。', DISTRICT)).toEqual({ 'mediation.success_rate': 96 });
    expect(own('化解婚姻家庭、邻里、山林等纠纷412件。')).toEqual({ 'mediation.cases': 412 });
  });

  it('a kind of reconsideration case is a part of those received or concluded', () => {
    expect(own('全年受理涉及征地拆迁的行政复议案件15件。', CITY)).toEqual({});
    expect(own('全年审结涉企行政复议案件27件。', DISTRICT)).toEqual({});
    expect(own('全年受理行政复议案件96件,其中涉及征地拆迁的行政复议案件15件。', CITY)).toEqual({ 'review.received': 96 });
  });

  it('legal aid given to one group of clients is a part; to the poor in general, the total', () => {
    expect(own('全年为农民工办理法律援助案件86件。')).toEqual({});
    expect(own('为老年人提供法律援助案件41件。', DISTRICT)).toEqual({});
    expect(own('全年为困难群众办理法律援助案件312件。')).toEqual({ 'legal_aid.cases': 312 });
  });
});

describe('lectures the body’s own staff attend', () => {
  it('are their learning, not publicity events', () => {
    expect(own('组织党员干部参加普法宣讲6场次。', TOWN)).toEqual({});
    expect(own('局机关干部职工聆听法治专题讲座5场次。', CITY)).toEqual({});
    // Publicity taken to an organ's staff as a public (普法进机关) is still publicity.
    expect(own('开展普法宣传进机关活动8场次。')).toEqual({ 'publicity.events': 8 });
  });
});
