import { describe, expect, it } from 'vitest';

import { recogniseReport } from './recognise';

/**
 * A later page of a report, split by its site into pages, names 法治政府 only on its first: it opens on a
 * numbered section of the report's areas and counts its year's work. Written for these tests in
 * wordings, places and years of their own (none is a fixture's text).
 */

describe('a later page of a rule-of-law report is read', () => {
  it.each([
    [
      'decisions and enforcement, (三) and (四)',
      '(三)坚持科学民主依法决策,提升行政决策公信力。一是严格落实重大行政决策程序。2023年,全市作出重大行政决策8项,均履行公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序。二是发挥法律顾问作用,审查合同协议132份。\n' +
        '(四)深化行政执法体制改革,严格规范公正文明执法。一是推进综合行政执法改革,整合执法队伍12支。二是开展执法案卷评查,评查案卷260卷。',
    ],
    [
      'disclosure and disputes in 五、 and 六、, traditional script',
      '五、推進政務公開,強化行政權力運行監督。一是主動公開政府信息。2019年,全區主動公開政府信息5612條,辦理依申請公開21件。二是自覺接受人大監督,辦理人大代表建議48件、政協提案63件。\n' +
        '六、依法有效化解社會矛盾糾紛。一是加強人民調解,全區調解糾紛1530件。二是暢通行政復議渠道,受理行政復議案件37件。',
    ],
    [
      'government functions and emergencies, a county',
      '(一)依法全面履行政府职能,持续优化营商环境。一是深化“放管服”改革。2024年,全县取消和调整行政许可事项15项,办理政务服务事项8.6万件。二是动态调整权责清单,公布清单事项3200个。\n' +
        '(二)健全突发事件应对体系,提升依法预防处置能力。一是修订应急预案21个。二是开展应急演练46场。',
    ],
  ])('%s', (_case, text) => {
    expect(recogniseReport(text)).toMatchObject({ recognised: true, kind: 'report' });
  });
});

describe('what opens on such sections but is no report’s page stays refused', () => {
  it('a plan’s later page, which sets targets and counts no work done', () => {
    const text =
      '(三)推进行政决策科学化民主化法治化。到2025年,重大行政决策程序制度全面落实,合法性审查全覆盖。\n' +
      '(四)深化行政执法体制改革。到2025年,基本建成权责统一、权威高效的行政执法体系。';
    expect(recogniseReport(text).recognised).toBe(false);
  });

  it('a page of a report on another subject, its sections naming none of the areas', () => {
    const text =
      '(三)持续改善民生福祉。2022年,全市新增城镇就业2.1万人,新建幼儿园12所,改造老旧小区36个。\n' +
      '(四)扎实推进乡村振兴。建成高标准农田8万亩,实施村庄整治项目120个。';
    expect(recogniseReport(text)).toMatchObject({ recognised: false, kind: 'off_subject' });
  });

  it('a page that names only one of the areas', () => {
    const text =
      '(三)深化行政执法体制改革。2022年,开展执法检查45次,查处案件17件。\n(四)扎实推进乡村振兴。建成高标准农田8万亩,实施村庄整治项目120个。';
    expect(recogniseReport(text).recognised).toBe(false);
  });
});
