/**
 * Value classes found while scoring tests/fixtures/real-pages/set11-values and reading the value misses
 * left in the other real-page folders, each written here in wordings, places and numbers of our own.
 */
import { describe, expect, it } from 'vitest';

import { surestOwnValues } from '../../../tests/support/surest-own-values';
import { extractReport } from '../pipeline';
import type { MatchContext } from './match';

const TOWN: MatchContext = { reportYear: 2024, level: '镇', inPlans: false };
const COUNTY: MatchContext = { reportYear: 2024, level: '县', inPlans: false };
const DISTRICT: MatchContext = { reportYear: 2024, level: '区', inPlans: false };

const own = (sentence: string, context: MatchContext = COUNTY): Record<string, number> => surestOwnValues(sentence, context);

describe('a span of years that ends its clause', () => {
  it('「…运行三年来,」「经过近三年,」 date the clauses after it: a total over the years, not the year’s', () => {
    expect(own('“一站式”矛盾调解中心运行三年来,全镇共化解矛盾纠纷960件。', TOWN)).toEqual({});
    expect(own('经过近三年,全县行政复议机构共受理行政复议案件520件。')).toEqual({});
    expect(own('全县调解平台搭建五年间,各级调解组织调处纠纷4300余件。')).toEqual({});
  });

  it('so does a span from a year before the one reported on (「全县自2019年以来,」)', () => {
    expect(own('全县自2019年以来,共办理法律援助案件1500余件。')).toEqual({});
    expect(own('全县2024年以来,共办理法律援助案件150件。')).toEqual({ 'legal_aid.cases': 150 });
  });

  it('a part of the year that ends its clause (「…截至11月底,」) dates the clauses after it too', () => {
    expect(own('全县人民调解组织截至11月底,共调解纠纷1200件。')).toEqual({});
  });

  it('a span inside its clause speaks only for that clause', () => {
    expect(own('全镇调解工作两年来成效明显,全年化解矛盾纠纷96件。', TOWN)).toEqual({ 'mediation.cases': 96 });
  });
});

describe('a dispute over a disclosure', () => {
  it('what went to reconsideration or to court over a disclosure (不服…答复, 被诉) is no request', () => {
    expect(own('区政府因不服依申请公开答复被申请行政复议2件。', DISTRICT)['disclosure.requests']).toBeUndefined();
    expect(own('因不服政府信息公开答复被诉2件,均已审结。', DISTRICT)['disclosure.requests']).toBeUndefined();
    expect(own('因不服依申请公开答复起诉的4件。')['disclosure.requests']).toBeUndefined();
  });

  it('the requests themselves stay requests', () => {
    expect(own('全年受理依申请公开12件,均在法定期限内答复。', DISTRICT)).toEqual({ 'disclosure.requests': 12 });
  });
});

describe('lectures counted beside the staff’s own trainings', () => {
  it('are the cadres’ learning, not publicity events', () => {
    expect(own('全年举办法律讲座6场,培训机关干部3期。', DISTRICT)).toEqual({});
    expect(own('开展法治宣讲12场,组织执法人员培训2次。')).toEqual({});
  });

  it('lectures alone, or beside a training named without a count, stay publicity events', () => {
    expect(own('开展法治讲座20场,受教育群众5000余人次。')).toEqual({ 'publicity.events': 20 });
    expect(own('将法治教育纳入干部培训内容,开展法治宣讲30场。')).toEqual({ 'publicity.events': 30 });
  });
});

describe('clauses of description between a subject and its count', () => {
  it('leave the sentence on its subject when they name no figure and no other matter', () => {
    expect(own('镇法律援助工作站扎实开展工作,做到应援尽援,群众满意度高,全年办结12件。', TOWN)).toEqual({ 'legal_aid.cases': 12 });
    expect(own('区行政复议局规范办案流程,坚持公正为民,全年审结38件。', DISTRICT)).toEqual({ 'review.concluded': 38 });
  });
});

describe('events named by example before 等', () => {
  it('「A、B等主题活动15场」 are one noun: the events counted', () => {
    expect(own('开展宪法宣传周、国家安全教育日等主题活动15场。')).toEqual({ 'publicity.events': 15 });
    expect(own('组织民法典进社区、进校园等宣讲活动22场次。')).toEqual({ 'publicity.events': 22 });
  });

  it('a list totalled without such a head counts its items together, and stays split', () => {
    expect(own('审查规范性文件、行政合同等共计86件。')).toEqual({});
    expect(own('全年受理行政复议案件28件、办结25件。', DISTRICT)).toEqual({ 'review.received': 28, 'review.concluded': 25 });
  });
});

describe('the issues of a board or a column', () => {
  it('counted in 期 are no publicity events, even after an event word', () => {
    expect(own('开展普法进社区活动,创办普法宣传栏24期。', TOWN)).toEqual({});
    expect(own('组织法治宣传专栏出刊12期。')).toEqual({});
  });
});

describe('deputies’ suggestions and proposals with their topics in between', () => {
  it('「代表…等方面建议N件」「政协…等方面提案N件」 are the suggestions and proposals handled', () => {
    expect(own('全年办理县人大代表关于教育医疗、交通出行等方面的建议38件,办理县政协委员涉及乡村振兴、生态保护等方面提案41件。')).toEqual({
      'oversight.npc_proposals': 38,
      'oversight.cppcc_proposals': 41,
    });
  });
});

describe('a count after a 、-list of kinds with no figure of their own', () => {
  it('totals them all: study, trainings or 学法 among them make it no count of publicity events', () => {
    expect(own('全县共组织各类学习、轮训、宣讲560余场。')).toEqual({});
    expect(own('组织机关干部开展集中学法、法治讲座5场次。', DISTRICT)).toEqual({});
  });

  it('a list of publicity kinds stays a count of publicity events', () => {
    expect(own('开展宪法宣传、普法讲座等活动96次。')).toEqual({ 'publicity.events': 96 });
  });
});

describe('a sentence that opens as a plan inside a results paragraph', () => {
  it('「下一步,…将…」「今后,…」「明年,…」 give no value of the year', () => {
    expect(own('下一步,我县将组织开展普法宣传活动120场次。')).toEqual({});
    expect(own('今后,全县将每年办理法律援助案件500件以上。')).toEqual({});
    expect(own('明年,全区将新收行政复议案件纳入统一平台,力争办结率100%。', DISTRICT)).toEqual({});
  });

  it('a result followed by a word of the future stays a result', () => {
    expect(own('全年开展普法宣传活动86场次,今后将继续深化。')).toEqual({ 'publicity.events': 86 });
  });
});

describe('consultations on a legal-aid or 12348 line', () => {
  it('answered calls (接听, 接答), counted in 人次 or 个, are legal-aid consultations', () => {
    expect(own('全年接听12348热线咨询电话2300余个。')).toEqual({ 'legal_aid.consultations': 2300 });
    expect(own('法律援助专线全年接答法律咨询8600人次。', DISTRICT)).toEqual({ 'legal_aid.consultations': 8600 });
  });

  it('calls on another line are not', () => {
    expect(own('12345热线接听群众咨询电话5000余个。', DISTRICT)).toEqual({});
  });
});

describe('a flattened table whose cells are set off by bars', () => {
  it('is read like one set off by spaces: by its row label, in the column of the year reported on', () => {
    const report = extractReport(
      [
        '某区2024年法治政府建设情况报告',
        '一、主要成效',
        '2024年主要数据如下:',
        '指标 | 2023年 | 2024年 |',
        '行政复议受理(件) | 58 | 73 |',
        '法律援助案件(件) | 306 | 341 |',
      ].join('\n'),
    );
    expect(report.values['review.received']).toMatchObject({ value: 73 });
    expect(report.values['legal_aid.cases']).toMatchObject({ value: 341 });
    const misaligned = extractReport(
      ['某区2024年法治政府建设情况报告', '指标 | 2023年 | 2024年 |', '行政复议受理(件) | 58 | 73 | 12 |'].join('\n'),
    );
    expect(misaligned.values).toEqual({});
  });
});

describe('more wordings of the year’s results', () => {
  it('penalty decisions counted as the documents issued (作出行政处罚决定书N份) are penalty cases', () => {
    expect(own('全年共作出行政处罚决定书1860份。')).toEqual({ 'enforcement.penalty_cases': 1860 });
    expect(own('评查行政处罚决定书案卷60份。')).toEqual({ 'enforcement.case_file_reviews': 60 });
  });

  it('「法律进乡村」「法律进校园」 events counted in 场次 are publicity events', () => {
    expect(own('全年开展“法律进校园”活动45场次。')).toEqual({ 'publicity.events': 45 });
  });

  it('a rate kept for several years running (连续三年保持100%) is the year’s result, not a target', () => {
    expect(own('行政机关负责人出庭应诉率连续两年保持100%。', DISTRICT)).toEqual({ 'litigation.head_appearance_rate': 100 });
    expect(own('力争出庭应诉率保持100%。', DISTRICT)).toEqual({});
  });
});
