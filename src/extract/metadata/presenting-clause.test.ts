/**
 * An untitled report's kind from the clause that presents it (现将…报告如下), in wordings of our own:
 * the clause names the report's subject as a title would, over the subjects its opening sentence
 * names in passing.
 */
import { describe, expect, it } from 'vitest';

import { documentKindOfOpening } from './document-kind';

const praise = '坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想,全面贯彻党的十九大和十九届历次全会精神,';

describe('the presenting clause names the kind', () => {
  it.each([
    ['积极推动政府职能转变,深入推进服务型行政执法,持续优化营商环境,', '现将我县2021年度法治政府建设工作情况报告如下', 'rule_of_law_report'],
    ['扎实开展人民调解和法律援助工作,不断完善公共法律服务体系,', '现就我区2023年依法行政工作汇报如下', 'rule_of_law_report'],
    ['围绕法治政府建设大局,持续规范复议案件办理,', '现将本机关2022年度行政复议工作情况报告如下', 'reconsideration_report'],
    ['持续深化普法依法治理,助推法治政府建设,', '现把我中心2024年法律援助工作总结如下', 'legal_aid_report'],
  ])('…%s%s → %s', (passing, clause, kind) => {
    // The subject named in passing comes first; the clause stands past the opening sentence's reach.
    expect(documentKindOfOpening(`2022年,我县${passing}${praise}${praise}各项工作成效显著。${clause}:\n一、主要做法`)).toBe(kind);
  });

  it('a clause without a subject decides nothing: the opening sentence does', () => {
    expect(documentKindOfOpening(`2022年,市司法局${praise}现将有关情况报告如下:`)).toBe('justice_bureau_summary');
    expect(documentKindOfOpening(`2022年,全区深入推进行政执法规范化建设。现将有关情况报告如下:`)).toBe('enforcement_statistics');
  });
});

describe('the rule-of-law office named as an organ is not the subject', () => {
  it.each([
    ['2022年,全县按照县委依法治县办的部署,深入开展“八五”普法,推动法律进乡村、进社区。', 'publicity_report'],
    ['一年来,我街道认真落实市委依法治市委员会关于法治宣传教育的要求,推进法律进机关、进学校。', 'publicity_report'],
    ['2023年,我镇按照区依法治区办要求,扎实开展人民调解工作,化解矛盾纠纷。', 'mediation_report'],
  ])('%s → %s', (opening, kind) => {
    expect(documentKindOfOpening(opening)).toBe(kind);
  });

  it('the subject still decides when the opening names it beside the office', () => {
    const opening = '2022年,在县委依法治县办的指导下,我镇深入推进法治政府建设,开展“八五”普法。';
    expect(documentKindOfOpening(opening)).toBe('rule_of_law_report');
    expect(documentKindOfOpening('2022年,全县深入推进依法治县,开展“八五”普法。')).toBe('rule_of_law_report');
  });
});
