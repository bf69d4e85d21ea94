/**
 * Value wordings and traps seen on the figure-rich real pages of tests/fixtures/real-pages/set4-figures,
 * each a class written here in wordings, places and numbers of our own.
 */
import { describe, expect, it } from 'vitest';

import { surestOwnValues } from '../../../tests/support/surest-own-values';
import type { MatchContext } from './match';

const STREET: MatchContext = { reportYear: 2024, level: '街道', inPlans: false };
const DISTRICT: MatchContext = { reportYear: 2023, level: '区', inPlans: false };

const own = (sentence: string, context: MatchContext = DISTRICT): Record<string, number> => surestOwnValues(sentence, context);

describe('enforcement figures', () => {
  it('立案查处 in a sentence on penalties is the penalty cases; criminal, police and discipline cases are not', () => {
    expect(own('全年立案查处违法案件562件,罚没款186万元。', STREET)).toEqual({ 'enforcement.penalty_cases': 562 });
    expect(own('综合行政执法队立案查处127件(其中简易程序40件),处罚款共计23.5万元。', STREET)).toEqual({
      'enforcement.penalty_cases': 127,
    });
    expect(own('区公安分局立案查处刑事案件35起,治安处罚120人。')).toEqual({});
    expect(own('区纪委监委立案查处违纪违法案件12件,给予党纪政务处分15人。')).toEqual({});
    // No penalty named: 立案查处 alone says too little.
    expect(own('全年立案查处各类案件48件。')).toEqual({});
  });

  it('the decisions of one kind of act that went to reconsideration are not the reconsideration cases', () => {
    expect(own('全年作出行政处罚1204宗,行政处罚被申请行政复议6宗。')).toEqual({ 'enforcement.penalty_cases': 1204 });
    expect(own('行政强制被申请复议3件,行政征收决定被申请行政复议2件。')).toEqual({});
    // The place's own reconsideration cases stay what they are.
    expect(own('区政府全年共收到行政复议申请58件。')).toEqual({ 'review.received': 58 });
  });
});

describe('information disclosure', () => {
  it('the disclosure handled for the public in 件 is the requests; what a place publishes itself is not', () => {
    expect(own('全年办理群众政府信息公开15件、履职申请4件。', STREET)).toEqual({ 'disclosure.requests': 15 });
    expect(own('依法受理政府信息公开23件,均在法定期限内答复。')).toEqual({ 'disclosure.requests': 23 });
    expect(own('主动公开政府信息856条,在政府信息公开专栏发布信息45件。')).toEqual({});
    expect(own('因政府信息公开引发的行政复议2件。')).toEqual({});
  });
});

describe('legal publicity', () => {
  it('a 学习宣讲 on the law counted in 场 is a publicity event; a study session is not', () => {
    expect(own('深入开展民法典“进万家”活动,全年开展主题学习宣讲活动28场,受众3000余人次。', STREET)).toEqual({
      'publicity.events': 28,
    });
    expect(own('围绕宪法开展法治学习宣讲进社区活动25场次。')).toEqual({ 'publicity.events': 25 });
    expect(own('组织机关干部开展习近平法治思想集中学习12场。')).toEqual({});
  });
});
