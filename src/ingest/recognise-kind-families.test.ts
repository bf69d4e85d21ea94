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

describe('an answer on a question-and-answer site is another report, whatever place’s figures it quotes', () => {
  it.each([
    [
      'an essay on a county’s mediation, the site’s link field closing it',
      '2025-03-11 10:21:05 12次\n' +
        '永和县人民调解委员会在2023年共调解矛盾纠纷1,126件,调解成功率98.6%。这一成绩的取得源于两方面:一是网格化排查,二是专业调解队伍建设。\n' +
        '问题链接:',
    ],
    [
      'a best answer on a town’s legal aid',
      '最佳答案:\n' +
        '2022年该镇法律援助工作站共受理法律援助申请86件,提供法律咨询420人次,对比全省平均水平明显较高,体现了基层公共法律服务的效能。',
    ],
  ])('%s', (_case, text) => {
    expect(recogniseReport(text)).toMatchObject({ recognised: false, kind: 'other_report' });
  });
});

describe('an office’s account since a past year, up to now, is an information item, not a year’s report', () => {
  it('a justice bureau’s legal-aid item opening 2019年以来, counted 截至目前', () => {
    const text =
      '2019年以来,杜集区司法局不断创新法律援助工作方式,推动法律援助向基层延伸。\n' +
      '建立法律援助联络员制度,在各村(居)设立联络点。截至目前,共受理法律援助案件230余件,提供法律咨询1,500余人次,挽回经济损失600余万元。';
    expect(recogniseReport(text)).toMatchObject({ recognised: false, kind: 'news' });
  });

  it('a bureau’s summary opening on its year with 以来 that counts its year (全年) is still a report', () => {
    const text =
      '2023年以来,县司法局在县委、县政府的坚强领导下,扎实推进人民调解工作。全年共调解矛盾纠纷1,320件,截至目前,调解协议履行率99%。';
    expect(recogniseReport(text)).toMatchObject({ recognised: true });
  });
});

describe('a feature over recent years on the subject, nothing presenting it, is news', () => {
  it('a province’s committee told of in the third person over 近年来', () => {
    const text =
      '近年来,辽宁省委省政府深入推进法治政府建设,以法治护航全面振兴。省委全面依法治省委员会印发《辽宁省法治政府建设重点任务清单》,部署80项任务。' +
      '在依法行政方面,各地全面推行行政执法三项制度,行政执法案卷评查覆盖所有市县。在法治营商环境方面,出台涉企行政检查规范,推行“综合查一次”。' +
      '全省法治政府建设示范创建持续深化,一批市县入选全国法治政府建设示范地区。各地法治建设考核不断完善,依法行政水平明显提升,法治政府建设成效持续显现。' +
      '下一阶段,省委依法治省办将继续强化统筹协调,推动法治政府建设各项任务落地见效,为全面振兴提供坚实法治保障。';
    expect(recogniseReport(text)).toMatchObject({ recognised: false, kind: 'news' });
  });
});

describe('an item on a place’s drive for a demonstration title is news, the subject named mostly as the drive’s name', () => {
  it('a street’s preparations for the county’s inspection', () => {
    const paragraph =
      '压实工作责任。街道党工委3次专题研究争创省级法治政府建设示范县工作,成立街道争创省级法治政府建设示范县工作专班,6月8日召开争创省级法治政府建设示范县迎检工作推进会。' +
      '加强宣传发动。在辖区设置宣传栏15处,发放宣传册3,000余份,组织干部学习争创省级法治政府建设示范县应知应会知识并开展测试。' +
      '提升依法行政能力。街道重大事项全部经合法性审查,组织网格员开展矛盾纠纷排查,化解纠纷27件,群众满意度不断提升,辖区社会和谐稳定,各项工作有序推进。\n';
    expect(recogniseReport(paragraph.repeat(2))).toMatchObject({ recognised: false, kind: 'news' });
  });
});

describe('a yearbook’s entry under its bare topic heading, without 【】, is a yearbook entry', () => {
  it.each([
    [
      '人民调解工作',
      '2021年,南平市各级人民调解组织共调解矛盾纠纷12,480件,调解成功率98.9%。全市建成行业性专业性调解组织56个,医疗纠纷调解委员会调处医疗纠纷210件。',
    ],
    [
      '司法行政',
      '2019年,赣州市章贡区司法局全面推进法治政府建设,全区律师办理各类案件3,210件,公证处办理公证事项4,100件,法律援助中心办理案件820件。',
    ],
  ])('%s', (heading, prose) => {
    expect(recogniseReport(`${heading}\n\n  ${prose}`)).toMatchObject({ recognised: false, kind: 'yearbook' });
  });

  it('a site column named for the subject over a report’s prose is no topic heading', () => {
    const text = '法治政府建设\n2022年,全县深入推进法治政府建设,全年审查规范性文件21件,办理行政复议案件36件,行政机关负责人出庭应诉率100%。';
    expect(recogniseReport(text)).toMatchObject({ recognised: true });
  });
});

describe('a body speaking of itself keeps a lead or a heading from making it news or a yearbook entry', () => {
  it('a report without its title opening 近年来,我县', () => {
    const text =
      '近年来,我县深入推进法治政府建设,依法行政水平不断提升。2022年,全县审查规范性文件19件,行政复议案件纠错率12%。' +
      '全县持续深化法治政府建设示范创建,推进严格规范公正文明执法,法治政府建设各项任务有序推进,依法行政工作取得新成效。'.repeat(10);
    expect(recogniseReport(text)).toMatchObject({ recognised: true });
  });

  it('a report under a column heading ending 工作, its prose saying 我局', () => {
    const text = '重点工作\n2023年,我局深入推进法治政府建设,全年审查行政规范性文件8件,办理行政复议答复12件,行政执法案卷评查合格率100%。';
    expect(recogniseReport(text)).toMatchObject({ recognised: true });
  });
});

describe('what a text is decides before whether it names the subject', () => {
  it('a speech titled by the meeting it was given at, on another subject, is a speech', () => {
    const text =
      '在全县安全生产工作会议上的讲话\n' +
      '一、认清形势,切实增强做好安全生产工作的责任感\n' +
      '今年以来,全县安全生产形势总体平稳,共排查整治隐患1,260处,但重点行业领域风险依然突出,部分企业主体责任落实不到位。';
    expect(recogniseReport(text)).toMatchObject({ recognised: false, kind: 'speech' });
  });

  it('a feature whose lead has an office innovating, on another subject, is news', () => {
    const text =
      '城关区人社局创新“就业驿站+零工市场”服务模式,让求职者在家门口找到工作。驿站设在社区服务中心,提供岗位推送、技能培训和政策咨询。' +
      '截至10月底,驿站已累计发布岗位3,200余个,帮助860余名群众实现就业。';
    expect(recogniseReport(text)).toMatchObject({ recognised: false, kind: 'news' });
  });
});

describe('a headline telling of visitors who came to look at the place’s work is news, though it ends on 情况', () => {
  it.each([
    [
      'a leader surveying a district’s drive',
      '张志强来我区调研法治政府建设示范创建工作开展情况\n' +
        '6月3日上午,市委常委、政法委书记张志强一行来我区调研法治政府建设示范创建工作,实地察看了区公共法律服务中心,听取了工作情况汇报。',
    ],
    [
      'an inspection group at a county, a date line between',
      '省督查组莅临我县检查依法行政工作推进情况\n' +
        '发布时间:2021-09-14\n' +
        '9月13日,省政府依法行政督查组一行莅临我县,对我县依法行政工作推进情况进行检查,县长陪同并汇报了有关情况。',
    ],
  ])('%s', (_case, text) => {
    expect(recogniseReport(text)).toMatchObject({ recognised: false, kind: 'news' });
  });

  it('a report on the visit’s preparations, titled as a report, is not refused by it', () => {
    const text =
      '关于迎接省督查组来我县检查法治政府建设工作情况的报告\n' +
      '2022年,我县深入推进法治政府建设,全年审查规范性文件15件,行政复议案件办结率100%。现将有关情况报告如下。';
    expect(recogniseReport(text)).toMatchObject({ recognised: true });
  });
});

describe('an article about the subject is told by its introduction or by what it says it proposes', () => {
  it.each([
    [
      'an essay opening on 引言, a generated outline after',
      '引言\n' +
        '法治政府建设是全面依法治国的重点任务和主体工程。随着基层治理现代化的推进,县级政府依法行政面临新的要求。\n' +
        '一、当前县级法治政府建设的主要问题\n(一)行政决策程序不够规范\n' +
        '部分地方重大行政决策未履行合法性审查程序,法治政府建设考核流于形式,依法行政能力有待提升,执法人员培训不足。'.repeat(12),
    ],
    [
      'an essay saying what it proposes, no 引言',
      '乡镇综合行政执法改革后,基层执法力量不足、执法程序不规范等问题依然存在。针对这些问题,本文提出完善乡镇执法体制的若干建议,' +
        '以期为推进基层法治政府建设提供参考。\n一、乡镇综合行政执法的现状\n' +
        '各地陆续将部分县级执法权限下放乡镇,法治政府建设向基层延伸,但依法行政的制度保障仍不完善,执法协同机制有待健全。'.repeat(8),
    ],
  ])('%s', (_case, text) => {
    expect(recogniseReport(text)).toMatchObject({ recognised: false, kind: 'unpresented' });
  });
});

describe('the kinds read alike in converter traditional script', () => {
  it.each([
    [
      'a reply to a proposal',
      '你們提出的《關於加強人民調解工作的提案》(第57號)收悉,現答覆如下:\n一、基本情況\n全市共建立調解委員會412個。',
      'other_report',
    ],
    [
      'a briefing to visiting leaders',
      '關於全縣城管工作的匯報\n今天,市紀委各位領導在百忙之中來我局調研指導工作。現將有關情況匯報如下:\n一、基本情況\n局機關現有執法人員46名,2020年查處違法案件312起。',
      'speech',
    ],
    ['an answer site’s essay', '2022年該鎮法律援助工作站共受理法律援助申請86件,提供法律諮詢420人次。\n本題鏈接:', 'other_report'],
  ])('%s', (_case, text, kind) => {
    expect(recogniseReport(text)).toMatchObject({ recognised: false, kind });
  });

  it('a penalty table shared on a document site is read', () => {
    const text = '《2021年度行政處罰情況統計表.docx》由會員分享,可在線閱讀。\n1、單位名稱警告罰款合計縣林業局3270302';
    expect(recogniseReport(text)).toMatchObject({ recognised: true, kind: 'report' });
  });
});
