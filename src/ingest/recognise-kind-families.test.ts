import { describe, expect, it } from 'vitest';

import { documentKindOfTitle } from '../extract/metadata/document-kind';
import { recogniseReport } from './recognise';

/**
 * What a text IS decides before whether it is on the subject: a reply to a suggestion, a speech to an audience or to
 * visitors present, a news item, a study, a congress's evaluation are what they are whether or not they name 法治政府建设
 * — and a department's enforcement statistics are read in any layout. Written for these tests in wordings, places,
 * bodies and years of their own (none is a fixture's text).
 */

describe('a reply to a deputy’s suggestion or a CPPCC proposal is another report, on the subject or off it', () => {
  it.each([
    [
      'a justice bureau answering deputies on legal aid, the office at work in the third person',
      '现将王建华等5名代表提出的“关于扩大法律援助覆盖面的建议”(第20230118号)有关司法行政工作的部分答复如下:\n' +
        '泰安市司法局高度重视法律援助工作,2022年全市共办理法律援助案件6,210件,同比增长8%。\n' +
        '一、扩大法律援助覆盖范围。将农民工、残疾人纳入法律援助重点对象,降低经济困难标准。',
    ],
    [
      'a county bureau answering a party’s CPPCC proposal, an addressee line first, a first section after',
      '九三学社盘州市委:\n' +
        '你们提出的《关于加强基层人民调解组织建设的提案》(第57号)收悉,经认真研究,现答复如下:\n' +
        '一、我市人民调解组织建设情况\n' +
        '全市共建立村(居)人民调解委员会412个,2021年共调解矛盾纠纷3,180件,调解成功率98%。',
    ],
    [
      'a reply on the subject itself, 法治政府建设 named',
      '县人大常委会:\n' +
        '李明代表提出的关于推进法治政府建设的建议收悉,现将办理情况答复如下:\n' +
        '2023年,我县深入推进法治政府建设,全年审查规范性文件21件,行政机关负责人出庭应诉率100%。',
    ],
  ])('%s', (_case, text) => {
    expect(recogniseReport(text)).toMatchObject({ recognised: false, kind: 'other_report' });
  });
});

describe('a speech is told by its audience, its greeting or the visitors it speaks to, whatever its subject', () => {
  it.each([
    [
      'a press conference’s speech: its title without the subject, the speaker, the date, the journalists addressed',
      '在全市公共法律服务网络平台上线\n' +
        '新闻发布会上的致辞\n' +
        '市司法局党组书记、局长 张建国\n' +
        '(2021年9月16日)\n' +
        '女士们、先生们,新闻界的朋友们:\n' +
        '大家下午好!今天我们在这里召开新闻发布会,介绍全市公共法律服务网络平台建设情况。平台上线以来,共解答法律咨询12,000余人次。',
    ],
    [
      'a greeting alone under a meeting’s title',
      '在全省基层治理工作交流会上的发言\n' +
        '大家好!\n' +
        '近年来,我县坚持和发展新时代“枫桥经验”,全县共建立人民调解委员会286个,2020年调解纠纷4,100余件,调解成功率99%。',
    ],
    [
      'a bureau’s briefing to inspecting leaders present, titled 汇报 and saying 汇报如下',
      '关于全县交通运输行政执法工作的汇报\n' +
        '今日,省交通运输厅督查组各位领导莅临我县检查指导行政执法工作,我们表示热烈欢迎。现将有关情况汇报如下:\n' +
        '一、基本情况\n' +
        '县交通运输综合行政执法大队现有执法人员46名,2019年共查处违法案件312起。',
    ],
    [
      'a town’s briefing to experts who took time from their work, with no title',
      '首先,对各位专家在百忙之中到我镇指导人民调解工作表示衷心的感谢!下面,我将我镇调解工作情况汇报如下:\n' +
        '一、工作开展情况\n' +
        '2024年,全镇各级调解组织共排查矛盾纠纷186件,成功调处180件。',
    ],
  ])('%s', (_case, text) => {
    expect(recogniseReport(text)).toMatchObject({ recognised: false, kind: 'speech' });
  });

  it('a government’s report to its congress’s standing committee, opening on the committee members, is still a report', () => {
    const text =
      '主任、各位副主任、秘书长、各位委员:\n' +
      '受县人民政府委托,现向县人大常委会报告我县2022年度法治政府建设情况,请予审议。\n' +
      '2022年,县政府深入推进依法行政,全年审查规范性文件18件。';
    expect(recogniseReport(text)).toMatchObject({ recognised: true });
  });
});

describe('a news item dated by its day alone, after the organ that acts on it, is news whatever its subject', () => {
  it.each([
    [
      'a ministry publishing a year’s enforcement figures',
      '生态环境部15日发布2020年全国生态环境行政处罚情况,全年共下达处罚决定书12.61万份,罚没款金额82.36亿元。\n' +
        '生态环境部执法局负责人表示,执法力度持续加大,重点区域案件数量明显上升。',
    ],
    [
      'a provincial department holding a press conference, in traditional script',
      '省司法廳23日舉行新聞發布會,通報2019年全省行政復議工作情況。全年共收到行政復議申請3,412件,糾錯率12.6%。\n' +
        '廳長在發布會上表示,將進一步暢通復議渠道。',
    ],
  ])('%s', (_case, text) => {
    expect(recogniseReport(text)).toMatchObject({ recognised: false, kind: 'news' });
  });

  it('a report’s own dates carry their month: 「4月12日召开」 in its opening is no dateline', () => {
    const text =
      '2021年,区政府坚持依法行政,法治政府建设取得新进展。区政府常务会议4月12日召开专题会议,审议通过《法治政府建设实施方案》。\n' +
      '全年审查规范性文件16件,办理行政复议案件42件。';
    expect(recogniseReport(text)).toMatchObject({ recognised: true });
  });
});

describe('a study indexed with an English abstract or keywords is another report', () => {
  it.each([
    [
      'a journal article’s abstract, then its English keywords',
      '2020年,地方法治政府建设在疫情防控中经受考验,各地依法行政能力明显提升,行政执法规范化水平不断提高。\n' +
        'Key words: law-based government; administrative enforcement; local government',
    ],
    [
      'a blue book chapter’s English abstract under its Chinese one',
      '2016年,全国法治政府建设全面推进,依法行政制度体系日益完善,重大行政决策程序不断规范。\n' +
        'Abstract: In 2016, the construction of a law-based government was comprehensively promoted across the country.',
    ],
  ])('%s', (_case, text) => {
    expect(recogniseReport(text)).toMatchObject({ recognised: false, kind: 'other_report' });
  });
});

describe('a congress’s evaluation, inquiry or survey presented by its clause is another report', () => {
  it.each([
    [
      'a standing committee’s evaluation of a government’s enforcement, presented as 评议有关情况',
      '县人大常委会今年对县政府行政执法工作开展了专项评议,评议组先后赴8个乡镇和12个部门,召开座谈会6次。评议相关情况如下:\n' +
        '一、依法行政取得的成效\n县政府重视法治政府建设,全年审查规范性文件12件。',
    ],
    [
      'a congress group’s survey of legal aid, presented as 调研的情况',
      '根据市人大常委会年度工作安排,调研组于5月至7月对全市法律援助工作进行了调研,走访法律援助中心9家。现将调研的情况报告如下:\n' +
        '一、基本情况\n2018年,全市共办理法律援助案件5,630件。',
    ],
  ])('%s', (_case, text) => {
    expect(recogniseReport(text)).toMatchObject({ recognised: false, kind: 'other_report' });
  });
});

describe('a department’s enforcement statistics are read in any layout, a statistical analysis of its own cases among them', () => {
  it.each([
    [
      'a case table on a document site, its file name in 《》 the only title, its cells run together',
      '《2020年行政执法案件情况统计表.doc》由会员分享,可在线阅读。\n1、单位名称立案数量结案数量罚没金额县交通运输局9693120.5填表人:',
    ],
    [
      'an inspection table named in its first lines, the cells run together',
      '《2023年度行政检查情况统计表.docx》由会员分享,可在线阅读,更多相关《2023年度行政检查情况统计表.docx(2页)》请在某某文库上搜索。\n' +
        '1、2023年度行政检查情况统计表单位名称检查次数发现问题数量责令整改数量县文化和旅游局8684840填表人:',
    ],
    [
      'a market regulator’s statistical analysis of its own cases',
      '县市场监督管理局关于2021年度行政案件统计分析报告\n' +
        '根据上级要求,我局对2021年全年查办的行政案件进行了汇总分析,现将有关情况报告如下:\n' +
        '一、案件基本情况\n全年共立案查处各类行政案件138件,结案131件。',
    ],
    [
      'a forestry bureau’s analysis of its cases, titled 分析 alone',
      '林业局2020年林业行政案件分析报告\n' + '2020年,全县共发生林业行政案件42起,查处42起,查处率100%,其中滥伐林木17起,非法占用林地12起。',
    ],
  ])('%s', (_case, text) => {
    expect(recogniseReport(text)).toMatchObject({ recognised: true, kind: 'report' });
  });

  it('the statistical analysis is an enforcement-statistics report by its title', () => {
    expect(documentKindOfTitle('市自然资源和规划局关于2023年度行政案件统计分析报告')).toBe('enforcement_statistics');
  });
});
