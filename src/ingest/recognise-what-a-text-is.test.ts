import { describe, expect, it } from 'vitest';

import { recogniseReport } from './recognise';

/**
 * What a text IS decides before its subject: a table's row or a link is no title, a template's headings make a
 * department's statistics, and disclosure reports, consultative bodies' studies, place-headlined features and signed
 * yearbook entries are what they are whatever they name. Written for these tests in wordings, places, bodies and
 * years of their own (none is a fixture's text).
 */

const PENALTY_TABLE =
  '(一)2024年行政处罚实施情况统计表\n' +
  '行政处罚实施数量(宗) | |||||||\n' +
  '单位名称 | 警告 | 通报批评 | 罚款 | 没收违法所得 | 暂扣许可证件 | 吊销许可证件 |\n' +
  '宁陵县市场监督管理局 | 3 | 0 | 21 | 2 | 0 | 1 |\n' +
  '限制开展生产经营活动 | 责令停产停业 | 责令关闭 | 限制从业 | 行政拘留 | 其他行政处罚 | 合计 (宗) | 罚没金额(万元) |\n' +
  '0 | 2 | 0 | 0 | 0 | 0 | 29 | 14.6 |\n';

describe('a department’s enforcement statistics, its penalty table flattened with bars, are read', () => {
  it('the template’s headings over a table whose heading row says 开展 (no news headline)', () => {
    const text =
      '一、行政执法主体概况\n' +
      '本级行政机关:宁陵县市场监督管理局\n' +
      '二级单位:宁陵县市场监管综合行政执法大队\n' +
      '二、2024年度行政执法案件情况\n' +
      PENALTY_TABLE +
      '说明:行政处罚实施数量的统计范围为统计年度1月1日至12月31日期间作出行政处罚决定的数量。';
    expect(recogniseReport(text)).toMatchObject({ recognised: true, kind: 'report' });
  });

  it('the template’s case and enforcement-measure headings, the counts in bar rows', () => {
    const text =
      '一、行政执法主体概况\n' +
      '本级行政机关:永登县交通运输局。二级单位:永登县交通运输综合执法大队,在岗执法人员14名。\n' +
      '二、2022年度行政执法案件情况\n' +
      '(一)行政强制实施情况\n' +
      '单位名称 | 查封场所、设施或者财物 | 扣押财物 | 冻结存款、汇款 | 其他行政强制措施 | 合计 |\n' +
      '永登县交通运输局 | 0 | 17 | 0 | 0 | 17 |\n' +
      '(二)行政处罚实施情况\n' +
      '限制开展生产经营活动 | 责令停产停业 | 责令关闭 | 限制从业 | 行政拘留 | 其他行政处罚 | 合计 (宗) |\n' +
      '0 | 0 | 0 | 0 | 0 | 0 | 41 |';
    expect(recogniseReport(text)).toMatchObject({ recognised: true, kind: 'report' });
  });
});

describe('a line that links to another item is no title of this one', () => {
  it.each([
    [
      'chevrons before a summary’s title, a dateline of 昨天下午',
      '昨天下午,开封市公共法律服务专场新闻发布会召开。发布会上获悉,2021年,全市法律援助机构共办理法律援助案件6120件,为群众挽回经济损失2100余万元。\n' +
        '市司法局负责人介绍,全市已建成公共法律服务中心11个。\n' +
        '>>>>专题回顾 2021年开封市司法局工作总结',
    ],
    [
      'a related-reading label before a report’s title',
      '今日上午,市司法局召开新闻通气会,通报全市人民调解工作开展情况。今年以来,全市各级人民调解组织共调解纠纷3400余件。\n' +
        '▶延伸阅读:关于2022年度人民调解工作情况的报告',
    ],
  ])('%s', (_case, text) => {
    expect(recogniseReport(text)).toMatchObject({ recognised: false, kind: 'news' });
  });
});

describe('look-alikes of a report are refused as what they are', () => {
  it('a department’s disclosure annual report that compiles itself under the statutory format', () => {
    const text =
      '依据《中华人民共和国政府信息公开条例》和《政府信息公开工作年度报告格式》要求,特编制本机关2022年度政府信息公开工作年度报告。\n' +
      '一、总体情况\n' +
      '2022年,宜君县市场监督管理局坚持依法行政,全面推进政务公开,主动公开各类信息312条,收到依申请公开申请2件。';
    expect(recogniseReport(text)).toMatchObject({ recognised: false, kind: 'other_report' });
  });

  it.each([
    [
      'a CPPCC inspection group’s report',
      '县政协视察组关于全县法治政府建设情况的视察报告\n' +
        '为推动法治政府建设,县政协组成视察组,于5月至6月对全县法治政府建设开展专题视察。现将视察情况报告如下:\n' +
        '一、基本情况\n2023年,全县共办理行政复议案件123件。',
    ],
    [
      'a county CPPCC committee’s proposal report, signed by its group',
      '关于“深化法治乡村建设 提升基层依法治理水平”的建言报告 宁县政协法制委员会专题调研组\n' +
        '法治乡村建设是全面依法治县的基础工程。县政协法制委员会组织委员深入乡镇开展调研,形成如下建议。',
    ],
    [
      'a CPPCC member’s proposal, by its fields',
      '关于进一步规范乡镇综合行政执法的提案\n提案人:刘某某 陈某某\n案由:乡镇综合行政执法改革以来,法治政府建设向基层延伸,但执法力量不足。\n建议:一是充实执法力量;二是加强法制审核。',
    ],
    [
      'a session’s proposal, by its title',
      '政协第九届某区委员会第二次会议提案\n关于推进法治政府建设示范创建的建议\n法治政府建设是全面依法治区的重点任务。建议区政府进一步完善考核机制,推动示范创建。',
    ],
    [
      'a disclosure report compiled 依照 the regulations, its title lost',
      '本报告依照《中华人民共和国政府信息公开条例》规定编制,全文包括总体情况、主动公开政府信息情况等内容。\n一、总体情况\n2023年,某县司法局坚持依法行政,推进法治政府建设,主动公开信息280条。',
    ],
  ])('%s', (_case, text) => {
    expect(recogniseReport(text)).toMatchObject({ recognised: false, kind: 'other_report' });
  });

  it.each([
    [
      'a province and a county before the colon, the report’s year opening its prose',
      '浙江安吉:以“枫桥经验”助推基层依法治理\n' +
        '2022年,浙江省安吉县司法局深入贯彻法治政府建设实施纲要,坚持依法行政,扎实推进人民调解、公共法律服务和法治宣传各项工作,全县化解矛盾纠纷4200余件。',
    ],
    [
      'a city’s short name before the colon',
      '洛阳:擦亮公共法律服务品牌 推进法治政府建设\n' +
        '2019年,洛阳市司法局坚持以法治政府建设为统领,全面推进依法行政,在全市建成公共法律服务工作站2800余个,办理法律援助案件8000余件。',
    ],
  ])('a feature under a place-headline: %s', (_case, text) => {
    expect(recogniseReport(text)).toMatchObject({ recognised: false, kind: 'news' });
  });

  it('a feature off the subject under a slogan headline', () => {
    const text =
      '黑龙江省佳木斯市\n' +
      '打造全域覆盖的人民调解新格局\n' +
      '人民调解是维护社会和谐稳定的第一道防线。近年来,佳木斯市司法局紧紧围绕基层社会治理的部署,以“家门口的调解室”为抓手,逐步探索形成了覆盖城乡的调解网络,群众满意度持续提升。';
    expect(recogniseReport(text)).toMatchObject({ recognised: false, kind: 'news' });
  });

  it('a gazetteer’s entry off the subject, signed by its writer', () => {
    const text =
      '您的当前位置:\n' +
      '行政复议案件办理\n' +
      '受理公民、法人和其他组织提出的行政复议申请86件,审结79件,其中维持52件、撤销9件、确认违法3件,其余终止。组织复议人员培训2期,编印案例汇编1册,复议工作有序进行。 (刘海涛)';
    expect(recogniseReport(text)).toMatchObject({ recognised: false, kind: 'yearbook' });
  });
});

describe('what these rules leave a report', () => {
  it('a report whose title and site stand apart by one bar is still a report', () => {
    const text =
      '宁陵县2023年法治政府建设年度报告 | 宁陵县人民政府\n' +
      '2023年,宁陵县坚持以习近平法治思想为指导,深入推进法治政府建设,现将有关情况报告如下:';
    expect(recogniseReport(text)).toMatchObject({ recognised: true, kind: 'report' });
  });

  it('a province’s report listing its cities’ work under place-colon lines is still a report', () => {
    const text =
      '2023年,全省深入推进法治政府建设,各地创新举措不断涌现,依法行政水平持续提升,现将有关情况报告如下:\n' +
      '一、主要举措和成效\n' +
      '杭州市:推出涉企行政合规指导清单\n' +
      '宁波市:建成行政复议服务站全覆盖\n' +
      '各市扎实推进法治政府建设示范创建,全省办理行政复议案件1.2万件,行政机关负责人出庭应诉率达到100%。';
    expect(recogniseReport(text)).toMatchObject({ recognised: true, kind: 'report' });
  });

  it('a report that tells of a congress inspection group it received is still a report', () => {
    const text =
      '2022年,全县深入推进法治政府建设,依法行政水平持续提升,现将有关情况报告如下:\n' +
      '一、自觉接受人大监督\n' +
      '认真配合县人大常委会视察组\n' +
      '全年办理人大代表建议46件,行政机关负责人出庭应诉率达到100%,法治政府建设取得新成效。';
    expect(recogniseReport(text)).toMatchObject({ recognised: true, kind: 'report' });
  });

  it('a report’s title in a cell of a page’s field table is still its title', () => {
    const text =
      '名称 | 宜章县2024年法治政府建设年度报告 | 索引号 | 431022/2025-00031 |\n发布机构 | 宜章县人民政府 | 发布日期 | 2025-02-11 |\n县政府高度重视法治政府建设。';
    expect(recogniseReport(text)).toMatchObject({ recognised: true, kind: 'report' });
  });

  it('a report’s title between the bars of a cell is still its title', () => {
    const text = '| 关于2024年度行政执法情况的工作报告 |\n现将我队2024年度行政执法情况报告如下:\n一、基本情况';
    expect(recogniseReport(text)).toMatchObject({ recognised: true, kind: 'report' });
  });
});
