import { describe, expect, it } from 'vitest';

import type { NotAReportReason } from '../extract/vocabulary';
import { recogniseReport } from './recognise';

/**
 * The look-alike table: for each kind of text the recogniser refuses, openings in many wordings —
 * bodies and offices of other places and years, simplified and traditional script, with and without
 * a site's chrome, titled and with the title lost — each written for this table after the wordings
 * real sites use (none is a fixture's text). Beside each kind stand the real-report openings nearest
 * to it, which must still be read: a refusal must be the look-alike's own mark, never a word a real
 * report shares with it.
 *
 * Every opening is put before the same BODY: a report's body on the subject, long enough to be read
 * as a report when nothing else is known, so that a row passes only by what its opening says.
 */
const BODY = [
  '一、坚持党的领导,统筹推进法治政府建设',
  '全面落实党政主要负责人履行推进法治建设第一责任人职责,把法治政府建设纳入经济社会发展总体规划和年度工作计划,定期听取法治政府建设工作汇报,研究解决重大问题。',
  '二、深化行政执法体制改革,严格规范公正文明执法',
  '全面推行行政执法公示、执法全过程记录、重大执法决定法制审核制度,持续开展行政执法案卷评查,组织执法人员培训和考试,执法人员持证上岗率保持全覆盖,依法行政水平持续提升。',
  '三、健全依法决策机制,提高决策质量',
  '严格落实公众参与、专家论证、风险评估、合法性审查、集体讨论决定等法定程序,政府法律顾问参与重大事项合法性审查,行政规范性文件全部经过合法性审核并按时报备。',
  '四、强化行政权力制约监督,推进政务公开',
  '自觉接受人大监督和政协民主监督,认真落实行政机关负责人出庭应诉制度,持续深化政务公开,畅通行政复议渠道,推动行政争议实质性化解,法治政府建设考核结果纳入领导班子实绩考核。',
  '五、深入开展法治宣传教育,营造良好法治环境',
  '落实谁执法谁普法责任制,组织开展宪法宣传周、民法典宣传月等主题活动,推动领导干部带头尊法学法守法用法,全社会法治观念明显增强,为法治政府建设营造良好氛围。',
  '六、加强法治工作队伍建设,夯实工作基础',
  '配齐配强法制审核人员,建立政府法律顾问和公职律师队伍,定期组织行政执法人员和法制审核人员开展业务培训,不断提高运用法治思维和法治方式深化改革、推动发展、化解矛盾、维护稳定的能力。',
].join('\n');

interface KindRows {
  /** What the look-alikes must be refused as; null where the refusal's kind is not scored (essays, templates). */
  readonly kind: NotAReportReason | null;
  readonly lookalikes: ReadonlyArray<readonly [string, string]>;
  /** The real-report openings nearest to the look-alikes, which must still be read. */
  readonly nearest: ReadonlyArray<readonly [string, string]>;
}

const TABLE: Readonly<Record<string, KindRows>> = {
  news: {
    kind: 'news',
    lookalikes: [
      [
        'a portal’s breadcrumb to its news column, traditional',
        '中國法治網 > 地方頻道 > 要聞\n依法治縣邁上新臺階\n發布時間:2023-06-12 09:30:00來源: 中國法治網',
      ],
      [
        'a county site’s news column and its media centre',
        '首页 > 新闻中心 > 本地要闻\n我县法治建设再上新台阶\n发布时间:2022-03-01 来源:县融媒体中心',
      ],
      ['a media outlet named as the source', '法治护航 发展提速\n2024-05-08 10:12 来源:人民网'],
      ['a portal as the source, traditional', '法治之光照亮天山南北\n發布時間:2023-11-20 16:02:11 來源:天山網'],
      ['an agency’s dateline', '中新网兰州3月5日电 (记者 李明)'],
      ['a paper’s dateline, traditional', '本報訊(記者 王芳 通訊員 張強)'],
      ['a meeting that heard the report, as its headline', '县人大常委会听取县政府2023年度法治政府建设情况报告'],
      ['a government meeting that passed the report', '区政府常务会议审议通过2022年度法治政府建设情况报告'],
      ['a feature’s overview', '春风化雨润民心——武隆区法治政府建设五年综述'],
      ['an interview', '专访岳池县司法局局长:以法治政府建设护航高质量发展'],
      ['a profile of an office (——记…)', '依法行政 为民服务\n——记彭水县司法局法治政府建设工作'],
      ['an editor’s line at the foot', '法治建设亮点纷呈\n责任编辑:赵云'],
      ['a broadcaster’s 消息 dateline', '央广网成都3月5日消息 记者从四川省司法厅获悉,全省法治政府建设取得新进展。'],
      ['a lead citing another outlet, traditional', '據《法治日報》報道,某縣近年來持續深化法治政府建設。'],
      ['近日 after a purpose clause and the site’s name', '黔东南新闻网 为进一步提升群众法治意识,近日,县司法局组织开展送法下乡活动。'],
      ['日前 after a purpose clause, traditional', '為深化法治宣傳教育,日前,區司法局聯合區普法辦在城區廣場開展主題宣傳活動。'],
      ['a writer’s credit in brackets', '区人大常委会听取审议专项工作报告\n会议听取了区政府有关部门的专项工作报告。(文/图:李娜)'],
      [
        'a paragraph retelling a report',
        '最高人民检察院检察长在全国人大常委会会议上作关于公益诉讼检察工作情况的报告。\n报告指出,检察机关持续加大公益保护力度。',
      ],
      ['a newspaper’s page line', '2021年07月01日 星期四 第05版:要闻\n法治政府建设稳步向前'],
      ['a newspaper and its date, in 《》', '《甘肃日报》(2023年03月15日)\n依法行政迈上新台阶'],
      ['a newspaper’s edition field', '版次:A03 版名:综合新闻\n法治建设迈上新台阶'],
      ['a newspaper and its date, traditional', '《新疆日報》2022年06月10日\n法治之光照亮天山南北'],
      [
        'a party paper’s lead that tells the present and what comes next',
        '全省法治政府建设正加速推进,下一步,省政府将聚焦行政执法规范化,推动依法行政再上新台阶。',
      ],
      ['the same, traditional', '我市依法行政工作正在向縱深推進,下一步將重點抓好行政執法“三項制度”落實,不斷提升法治政府建設水平。'],
      [
        'a place’s innovation as the lead',
        '某市构建“述法+评议”机制,以述法全覆盖推动法治建设第一责任人职责落地见效,形成以述促干的浓厚氛围。',
      ],
      [
        'an office’s brand as the lead, traditional',
        '某區司法局打造“法治護航”品牌,以法治政府建設示范創建助力營商環境持續優化,取得明顯成效。',
      ],
    ],
    nearest: [
      ['a report reposted by a media site, titled', '上饶市2023年法治政府建设情况报告\n来源:江西法治网'],
      [
        'a report in a government site’s column, its office as source',
        '首页 > 政务公开 > 法治政府建设年度报告\n来源:县司法局 发布时间:2024-03-01\n2023年,我县深入推进法治政府建设,现将有关情况报告如下:',
      ],
      [
        'a report a document site reposts, its title lost',
        '来源:华文资源网 发布时间:2024-03-01\n2023年,全县深入推进法治政府建设,依法行政水平持续提升。',
      ],
      ['a report a newspaper reposts, titled', '《某某日报》(2024年03月05日 第03版)\n某市2023年法治政府建设情况报告'],
      [
        'a report that cites a paper in its year',
        '2023年,我县在《法治日报》刊发宣传稿件12篇,法治政府建设取得新成效,依法行政水平稳步提升。',
      ],
      [
        'a report whose lead tells its year and what comes next',
        '法治是治国理政的基本方式。2023年,全县法治政府建设取得新成效,下一步将持续深化行政执法体制改革,推动依法行政再上新台阶。',
      ],
      ['a report whose lead is its own innovation', '我县创新行政执法监督机制,推动法治政府建设各项任务落地见效,依法行政水平持续提升。'],
      [
        'a report in traditional script under its site’s chrome',
        '首頁 > 信息公開 > 法定主動公開內容\n發布時間:2024-02-20 來源:區司法局\n2023年度法治政府建設情況報告',
      ],
    ],
  },
  notice: {
    kind: 'notice',
    lookalikes: [
      ['asking for reports', '关于报送2024年度法治政府建设情况报告的通知'],
      ['issuing a plan', '关于印发《凤冈县法治政府建设实施方案(2021—2025年)》的通知'],
      ['launching an assessment', '关于开展2023年度法治政府建设考核工作的通知'],
      ['on publishing the reports', '关于做好法治政府建设年度报告公开工作的通知'],
      ['asking for reports, traditional', '關於報送2022年度法治政府建設工作情況的通知'],
      ['an assessment’s result', '关于2022年度全市法治政府建设考核结果的通报'],
      ['a list of model projects', '关于公布第二批全省法治政府建设示范项目名单的公告'],
      ['a reply approving a report', '关于同意印发大通县2023年法治政府建设情况报告的批复'],
      [
        'a notice whose title is lost, by its purpose',
        '各乡镇人民政府,县直各单位:\n为做好2023年度法治政府建设年度报告工作,现就有关事项通知如下:',
      ],
      [
        'a notice whose title is lost, by the phrase that issues a plan',
        '各县(市)人民政府,州级各部门:\n现将《红河州2024年法治政府建设工作要点》印发给你们,请结合实际认真贯彻落实。\n红河州2024年法治政府建设工作要点',
      ],
      ['the same, traditional', '現將《某縣法治政府建設示範創建實施方案》印發給你們,請認真抓好落實。'],
      [
        'issued by 现印发给你们 after its approval',
        '《某县行政执法公示办法》已经县政府第12次常务会议审议通过,现印发给你们,请认真遵照执行。',
      ],
      ['a field table’s title cut inside the 《》 it issues', '名称: 某省人民政府办公厅关于印发《某省法治政府建设考核评价办法'],
      ['issuing a report’s format', '关于印发《某市法治政府建设年度报告格式》的通知'],
      ['issuing a report’s outline, traditional', '關於印發《縣級政府法治政府建設情況報告參考提綱》的通知'],
    ],
    nearest: [
      ['a notice that makes the report public', '关于2023年度法治政府建设情况报告的公示'],
      [
        'a report issued under a notice’s phrase, its title after',
        '现将《桐梓县2023年度法治政府建设情况报告》印发给你们,请认真学习。\n桐梓县2023年度法治政府建设情况报告',
      ],
      ['a report under the notice that issues it', '关于印发《宁乡市2023年法治政府建设情况报告》的通知\n宁乡市2023年法治政府建设情况报告'],
    ],
  },
  plan: {
    kind: 'plan',
    lookalikes: [
      ['working points', '黄埔区2024年法治政府建设工作要点'],
      ['an implementing scheme', '雷山县法治政府建设实施方案(2021—2025年)'],
      ['a year’s plan', '2023年度全面依法治县工作计划'],
      ['a town’s arrangements', '桃源镇2024年依法行政工作安排'],
      ['working points, traditional', '寧遠縣2022年法治政府建設工作要點'],
      [
        'a plan issued by its purpose clause',
        '为深入贯彻落实《法治政府建设实施纲要(2021—2025年)》,加快建设法治政府,结合我县实际,制定本方案。',
      ],
      ['a department’s thinking for the year', '市自然资源局2024年法治政府建设工作思路'],
      ['a five-year plan', '乐至县法治政府建设规划(2021-2025年)'],
      ['a list of the year’s tasks', '2023年法治政府建设重点任务清单'],
      ['a draft for comment', '临沧市法治政府建设实施方案(征求意见稿)'],
      [
        'a plan under its cover’s bare issuing phrase',
        '各市局:\n《某省法治市场监管建设规划(2021—2025年)》已经省局局务会议研究通过,现印发给你们,请认真贯彻执行。\n某省法治市场监管建设规划\n(2021—2025年)',
      ],
      [
        'a plan’s full text under the news line that introduces it',
        '近日,省委、省政府印发《某省法治政府建设实施方案(2021—2025年)》。全文如下:\n为深入推进依法行政,加快建设法治政府,结合我省实际,制定本方案。',
      ],
      [
        'a plan under a dated news line, traditional',
        '3月8日,縣政府辦公室印發《縣2024年法治政府建設工作計劃》。\n為全面推進依法行政,結合我縣實際,特制定本計劃。',
      ],
    ],
    nearest: [
      ['a report with next year’s plan after 暨', '汇川区2023年法治政府建设工作总结暨2024年工作计划'],
      ['a report and its plan after 及', '关于2022年度法治政府建设工作情况及2023年工作打算的报告'],
      ['a report’s digest, bracketed', '关于2023年度法治政府建设情况的报告(摘要)'],
      [
        'a report that tells of the plan it made',
        '2023年,我县认真落实《法治政府建设实施纲要》,为推进依法行政,制定了年度工作要点。现将有关情况报告如下:',
      ],
    ],
  },
  speech: {
    kind: 'speech',
    lookalikes: [
      ['at a work meeting', '在全县法治政府建设工作会议上的讲话'],
      ['a head of county’s 述法', '县长2023年度述法报告'],
      ['a bureau chief’s 述职述法', '市交通运输局局长述职述法报告'],
      ['a speech’s script', '区委书记在区委全面依法治区委员会第三次会议上的讲话稿'],
      ['at a promotion meeting, traditional', '在全區法治政府建設推進會上的講話'],
      ['a first-responsible’s duty', '东坡区关于履行推进法治建设第一责任人职责情况的报告'],
      ['a 述法 presented in its own words', '现将本人2023年度述法情况报告如下:'],
      ['a speech whose title is lost, by its salutation', '同志们:\n今天,我们召开全县法治政府建设工作会议,主要任务是总结工作、部署任务。'],
      ['a statement at a meeting', '在全市依法行政工作推进会上的发言'],
      ['a speech’s digest', '在全县法治政府建设推进会上的讲话(摘要)'],
      [
        'a speech whose title is lost, by its speaker introducing the work',
        '吉林省的人民调解工作起步较早,近年来发展较快。下面我就全省人民调解工作的基本情况作个简要介绍。',
      ],
      ['a speaker’s points, traditional', '今天召開這個會議,很有必要。下面,我講三點意見。'],
      ['a guest introducing the work to the audience', '各位来宾:\n大家好!受邀向各位介绍我市推进法治政府建设的做法和体会。'],
    ],
    nearest: [
      [
        'a place’s report that covers its leaders’ duty',
        '某县2023年度法治政府建设暨党政主要负责人履行推进法治建设第一责任人职责情况的报告',
      ],
      ['a report presented orally, by 汇报', '下面,我就我县2023年法治政府建设情况作简要汇报。'],
      ['a report presenting 我镇’s year', '2021年,我镇坚持以习近平法治思想为指导,推进依法行政。现将我镇2021年度法治政府建设情况报告如下:'],
    ],
  },
  yearbook: {
    kind: 'yearbook',
    lookalikes: [
      ['a bracketed entry', '【司法行政】2022年,区司法局围绕中心工作,推进法治政府建设。'],
      ['a bracketed entry, traditional', '【人民調解】2021年,全縣調解組織排查化解矛盾糾紛。'],
      ['a yearbook in the header', '武侯年鉴2021'],
      ['a gazetteer in the header', '《平谷区志》'],
      ['a gazetteer’s volume', '卷二十二 政法'],
      ['a yearbook’s volume line', '2019卷'],
      ['an entry name on its own line', '依法行政\n年内,区政府法制办审查规范性文件12件,办理行政复议案件30件。'],
      ['a provincial yearbook in the header', '四川年鉴(2020)'],
      ['a chronicle of the year', '铜仁市2022年法治建设大事记'],
      ['an entry after the book’s section path on its line', '政治 法治 司法行政 【法律援助】 2019年,全市法律援助机构共办理法律援助案件。'],
    ],
    nearest: [
      ['a column tag before a report’s title', '【专题专栏】关于2023年度法治政府建设情况的报告'],
      ['a report whose body mentions 志愿 after 县', '(一)深化全县志愿服务\n2023年,全县深入推进法治政府建设。'],
    ],
  },
  'court or procuratorate': {
    kind: 'other_report',
    lookalikes: [
      [
        'the supreme court’s president presenting, traditional',
        '全國人民代表大會常務委員會:\n根據本次會議安排,我代表最高人民法院報告2018年以來行政審判工作情況,請審議。',
      ],
      [
        'the supreme procuratorate presenting',
        '全国人民代表大会常务委员会:\n我代表最高人民检察院,向全国人大常委会报告人民检察院行政检察工作情况,请审议。',
      ],
      [
        'a procurator-general’s work report to the congress',
        '——2024年1月10日在永州市第六届人民代表大会第四次会议上\n市人民检察院检察长 王某\n各位代表:\n现在,我代表市人民检察院向大会报告工作,请予审议。',
      ],
      ['an intermediate court on its trials', '市中级人民法院关于全市法院行政审判工作情况的报告'],
      ['a court’s work report', '兴仁市人民法院工作报告'],
      ['a court’s white paper', '2023年度宜宾市行政审判白皮书'],
      ['a court’s review report', '德清县人民法院2022年度行政诉讼案件司法审查报告'],
      ['the procuratorates’ supervision', '关于全市检察机关开展行政检察监督工作情况的报告'],
      ['a court presenting its trials by 现将', '主任、副主任、秘书长、各位委员:\n现将全市法院2021年以来的行政审判工作情况报告如下:'],
      [
        'the courts’ analysis whose title is lost, by its first section',
        '一、全市两级法院行政审判基本情况\n2022年,全市两级法院共新收一审行政案件3120件,审结3088件。',
      ],
      ['the courts as the opening’s subject, traditional', '2021年,全省各級法院共受理行政訴訟案件15230件,審結14876件,同比增長8.2%。'],
      ['an intermediate court as the opening’s subject', '2023年,市中级人民法院共审结一审行政案件845件,行政机关败诉率12.3%。'],
    ],
    nearest: [
      ['a government’s report on its duty toward the courts', '关于2023年度法治政府建设暨支持法院受理行政案件情况的报告'],
      [
        'a report that quotes the courts’ figures',
        '2023年,全市各级行政机关负责人出庭应诉率100%,全市法院审结一审行政案件1200件。现将我市2023年法治政府建设情况报告如下:',
      ],
      [
        'a report whose first section is its duty toward the courts',
        '一、支持法院依法受理和审理行政案件情况\n2023年,全市行政机关负责人出庭应诉率100%。',
      ],
      [
        'a government presenting to its congress’s standing committee',
        '主任、各位副主任、各位委员:\n受市人民政府委托,现向市人大常委会报告我市2023年法治政府建设情况,请予审议。',
      ],
    ],
  },
  'people’s congress or CPPCC': {
    kind: 'other_report',
    lookalikes: [
      ['an inspection group on a regulation', '市人大常委会执法检查组关于检查《四川省法治宣传教育条例》实施情况的报告'],
      ['an inspection of a law', '关于检查《中华人民共和国行政处罚法》实施情况的报告'],
      ['an inspection of a law, traditional', '關於檢查《中華人民共和國行政復議法》實施情況的報告'],
      [
        'an inspection presented by its group, title lost',
        '根据县人大常委会2023年度监督工作计划,常委会执法检查组于5月至7月对全县贯彻实施《行政许可法》情况进行了检查。现将检查情况报告如下:',
      ],
      ['a standing committee’s work report', '绵竹市人民代表大会常务委员会工作报告'],
      ['a standing committee’s work report, by its presenter', '各位代表:\n现在,我代表县人民代表大会常务委员会向大会报告工作,请予审议。'],
      ['a CPPCC standing committee’s work report', '各位委员:\n现在,我代表政协第十届桐梓县委员会常务委员会,向大会报告工作,请予审议。'],
      ['deliberation opinions on the government’s report', '市人大常委会关于市人民政府2023年度法治政府建设情况报告的审议意见'],
      [
        'a special inquiry presented by the committee',
        '根据市人大常委会2024年监督工作计划,常委会第十五次会议结合审议市政府法治政府建设情况的报告开展了专题询问。现将专题询问有关情况报告如下:',
      ],
      [
        'a supervisory commission presenting',
        '主任、各位副主任、各位委员:\n我代表市监察委员会报告开展行政执法领域腐败问题专项整治工作情况,请予审议。',
      ],
      [
        'an investigation presented by the committee’s group',
        '根据县人大常委会2023年工作要点,常委会调查组对县人民法院执行工作进行了调查。现将调查情况报告如下:',
      ],
    ],
    nearest: [
      ['a government’s report to the standing committee', '受县人民政府委托,现向县人大常委会报告我县2022年度法治政府建设情况,请予审议。'],
      [
        'a report that tells of the congress’s inspection',
        '2023年,我区主动接受人大监督,积极配合区人大常委会执法检查组开展《行政处罚法》执法检查。现将我区2023年法治政府建设情况报告如下:',
      ],
      [
        'a title-less report’s subheading on the inspection',
        '积极配合人大常委会执法检查\n2023年,我区主动接受人大监督,法治政府建设取得新成效。',
      ],
    ],
  },
  'deputies’ suggestions and CPPCC proposals': {
    kind: 'other_report',
    lookalikes: [
      ['a bureau’s summary of its handling', '西乡县司法局2022年建议提案办理工作总结'],
      ['a bureau’s report on its handling', '天全县交通运输局关于2022年人大代表建议和政协委员提案办理工作情况的报告'],
      ['a reply to a proposal', '关于市政协十三届二次会议第0152号提案的答复'],
      ['a reply to a suggestion', '对县十八届人大三次会议第45号建议的答复'],
      [
        'a summary whose title is lost, presented in general words',
        '今年以来,县自然资源局高度重视人大代表建议和政协委员提案办理工作,将建议、提案办理纳入重要议事日程,确保件件有着落、事事有回音。现将2023年工作总结如下:',
      ],
      ['a disclosure of the handling', '现将我局2022年度建议提案办理情况公开如下:'],
      ['an account of the handling, traditional', '2021年人大建議、政協提案辦理工作完成情況說明'],
      ['a handling reported by 汇报', '2022年,县司法局认真办理人大代表建议和政协提案,现将办理建议提案工作情况汇报如下:'],
      ['a title broken before its tail', '2022年人大代表建议、政协委员提案办理工作\n情况报告'],
      ['a reply broken before its tail', '县自然资源局关于县政协十届三次会议第28号提案\n的答复'],
    ],
    nearest: [
      [
        'a report that counts the suggestions it handled',
        '2023年,我局认真办理人大代表建议和政协提案12件,办结率100%。现将2023年法治政府建设情况报告如下:',
      ],
      ['a justice bureau’s summary of its year', '咸安区司法局2021年工作总结'],
      [
        'a title-less report’s subheading on the handling',
        '认真办理人大代表建议和政协委员提案\n2023年,我局主动接受人大监督和政协民主监督,依法行政水平持续提升。',
      ],
    ],
  },
  'disclosure report': {
    kind: 'other_report',
    lookalikes: [
      ['a district’s annual disclosure report', '渝北区2023年政府信息公开工作年度报告'],
      ['a bureau’s, traditional', '龍崗區司法局2022年政府信息公開工作年度報告'],
      ['its statutory opening', '本报告根据《中华人民共和国政府信息公开条例》和有关规定,由县司法局编制。'],
      ['a police bureau’s annual report', '绵阳市公安局2022年政府信息公开年报'],
      ['a work summary of disclosure', '2021年政务公开工作总结'],
      ['presented by its phrase', '现将我局2023年度政府信息公开工作情况报告如下:'],
      [
        'its statutory headings',
        '一、总体情况\n(一)主动公开\n(二)依申请公开\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况',
      ],
      ['its first section', '一、2023年政府信息公开工作总体情况'],
    ],
    nearest: [
      ['a title-less report’s subheading on disclosure', '政务公开工作情况\n2023年,全县深入推进法治政府建设,依法行政水平稳步提升。'],
      [
        'a title-less report’s subheading on proposals',
        '人大代表建议和政协提案办理情况\n2023年,全县深入推进法治政府建设,依法行政水平稳步提升。',
      ],
      ['a report that counts its disclosures in a sentence', '2023年,全县主动公开政府信息1200条,办理依申请公开56件,依法行政水平稳步提升。'],
    ],
  },
  'budget or accounts': {
    kind: 'other_report',
    lookalikes: [
      ['a final accounts’ explanation', '汨罗市司法局2023年度部门决算公开说明'],
      ['a budget made public', '下陆区司法局2022年部门预算公开'],
      ['a performance self-evaluation', '射洪市司法局2022年度部门整体支出绩效自评报告'],
      ['an accounts’ compilation note', '大英县司法局2017年部门决算编制说明'],
      ['a budget, traditional', '新會區司法局2024年部門預算'],
      [
        'its contents, title lost',
        '目录\n第一部分 部门概况\n一、部门职责\n二、机构设置\n第二部分 2023年度部门决算情况说明\n一、收入支出决算总体情况说明',
      ],
      ['a performance evaluation by others', '某县司法局2023年法治政府建设专项资金绩效评价报告'],
      ['the three public expenses', '县司法局2023年“三公”经费支出情况说明'],
    ],
    nearest: [
      ['a title-less report’s line on its budget', '严格执行预算\n2023年,我局深入推进法治政府建设,依法行政水平持续提升。'],
      ['a title-less report’s table with a budget column', '项目 | 预算\n2023年,我局深入推进法治政府建设,依法行政水平持续提升。'],
      ['a report that names its funding', '2023年,我县将法治政府建设经费纳入财政预算,保障依法行政各项工作开展。现将有关情况报告如下:'],
    ],
  },
  'government work report': {
    kind: 'other_report',
    lookalikes: [
      ['its title', '2024年兴义市政府工作报告'],
      ['its title spaced as a cover prints it', '政 府 工 作 报 告'],
      ['its presenter', '各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议,并请县政协委员和其他列席人员提出意见。'],
      ['its presenter, traditional', '各位代表:\n現在,我代表市人民政府,向大會作政府工作報告,請予審議。'],
      ['a management committee’s', '现在,我代表开发区管委会向全会报告工作,请予审议。'],
      ['an economy plan’s report', '关于2023年国民经济和社会发展计划执行情况与2024年计划草案的报告'],
      ['a budget’s report to the congress', '关于2023年预算执行情况和2024年预算草案的报告'],
      ['a state-assets report', '关于2023年度国有资产管理情况的报告'],
      [
        'a government’s report to the standing committee on another subject',
        '主任、各位副主任:\n我受县人民政府委托,向县人大常委会报告我县食品安全工作情况,请予审议。',
      ],
      ['the same to the council of chairmen', '我受区人民政府委托,向区人大常委会主任会议报告我区养老服务体系建设情况。'],
      ['a report on digital government', '关于2023年度数字政府建设情况的报告'],
    ],
    nearest: [
      [
        'a report to the congress on the rule of law',
        '关于2023年度法治政府建设情况的报告\n受县人民政府委托,现向县人大常委会报告我县法治政府建设情况。',
      ],
      [
        'a report whose title lost its 法治 to a copying site',
        '某市人民政府关于2021年度政府建设情况的报告\n2021年,市政府扎实推进依法行政。现将有关情况报告如下:',
      ],
      ['the same, its year’s report, traditional', '某縣2020年政府建設年度報告'],
      ['the same, a work report’s title', '关于2022年度政府建设工作情况的报告'],
    ],
  },
  'white paper on another subject': {
    kind: 'other_report',
    lookalikes: [
      ['a business environment’s', '2023年度渝北区优化营商环境白皮书'],
      ['intellectual property’s', '2022年宁波市知识产权保护白皮书'],
      ['consumers’ rights’', '杭州市2023年消费者权益保护白皮书'],
      ['legal advisers’ work', '上海市2022年度政府法律顾问工作白皮书'],
      ['food safety’s, traditional', '2021年度廣州市食品安全白皮書'],
      ['labour arbitration’s', '2022年度苏州市劳动人事争议仲裁白皮书'],
      ['the environment’s', '丽水市2023年生态环境保护白皮书'],
      ['a procuratorate’s public-interest litigation', '衢州市检察机关2023年公益诉讼白皮书'],
    ],
    nearest: [
      ['a reconsideration white paper', '深圳市行政复议白皮书(2022)'],
      ['an enforcement white paper', '2023年度全市行政执法白皮书'],
      ['a rule-of-law white paper', '2021年度北京市法治政府建设白皮书'],
    ],
  },
  'study, evaluation or blue book': {
    kind: 'other_report',
    lookalikes: [
      ['a blue book', '法治蓝皮书:中国地方法治发展报告No.8(2022)'],
      [
        'a province’s development report, released, with its abstract',
        '2022贵州法治发展报告正式发布\n【摘要】:省政府高度重视法治政府建设,推进依法行政。',
      ],
      ['a third-party evaluation', '2022年度江门市法治政府建设第三方评估报告'],
      ['a survey', '关于全县法治政府建设情况的调研报告'],
      ['an index', '广州市法治政府建设指数报告(2021)'],
      ['a satisfaction survey, traditional', '法治政府建設滿意度調查報告'],
      ['a study with its abstract and keywords', '摘要:近年来,遵义市推进法治政府建设。\n关键词:法治政府;评估'],
      ['a blue book’s chapter by its research group', '宜宾市法治政府建设的实践与展望\n宜宾市法学会课题组'],
      ['a book’s description', '内容简介\n本书系统梳理了浙江省2022年法治政府建设的进展与不足。'],
      ['a book’s description without its label', '本书收录了全国三十个城市法治政府建设的评估结果与典型案例。'],
    ],
    nearest: [
      ['a report with a digest’s 摘要', '摘要:2023年,全市法治政府建设取得新进展。\n现将全市2023年法治政府建设情况报告如下:'],
      ['a report’s year in its title', '南岸区2023年法治政府建设年度报告'],
      ['a report with a digest’s 内容提要', '内容提要:2023年,全县法治政府建设取得新进展。\n现将全县2023年法治政府建设情况报告如下:'],
      ['a report whose title breaks before its tail', '綦江区2023年度法治政府建设\n情况报告'],
    ],
  },
  'essay or template': {
    kind: null,
    lookalikes: [
      ['a collection of model texts', '法治政府建设工作总结范文(精选5篇)\n以下是小编整理的多篇法治政府建设工作总结范文,供你参考。'],
      ['numbered essays', '篇一:法治政府建设工作总结'],
      ['an essay site’s promise, traditional', '本站為你整理了法治政府建設報告範文,希望能為你的創作提供參考價值。'],
      ['a scholar’s title', '县级政府法治政府建设年度报告的规范化路径探析'],
      ['an essay’s opening word', '浅谈基层法治政府建设的难点与对策'],
      ['an article by its 本文', '本文从法治政府建设年度报告的公开入手,分析其中存在的问题。'],
      ['authors’ affiliations', '地方政府法治建设评估的实践\n(西南政法大学 行政法学院,重庆 401120)'],
      ['an exam question', '结合材料,谈谈该县推进法治政府建设的做法对我们的启示。'],
    ],
    nearest: [
      [
        'a report a document site offers',
        '下面是小编为大家整理的平塘县2022年法治政府建设情况报告,供大家参考。\n平塘县2022年法治政府建设情况报告',
      ],
    ],
  },
};

const LOOKALIKES = Object.entries(TABLE).flatMap(([group, rows]) =>
  rows.lookalikes.map(([name, opening]) => ({ group, name, kind: rows.kind, text: `${opening}\n${BODY}` })),
);
const NEAREST = Object.entries(TABLE).flatMap(([group, rows]) =>
  rows.nearest.map(([name, opening]) => ({ group, name, text: `${opening}\n${BODY}` })),
);

describe('the look-alike table', () => {
  it('holds 8 or more look-alikes of every kind, and a real report beside each', () => {
    for (const [group, rows] of Object.entries(TABLE)) {
      expect(rows.lookalikes.length, group).toBeGreaterThanOrEqual(8);
      expect(rows.nearest.length, group).toBeGreaterThanOrEqual(1);
    }
    expect(Object.keys(TABLE)).toHaveLength(14);
  });

  it('reads the body alone as a report, so that every refusal below is its opening’s doing', () => {
    expect(recogniseReport(BODY)).toMatchObject({ recognised: true, kind: 'report' });
  });

  it.each(LOOKALIKES)('refuses $group: $name', ({ kind, text }) => {
    const expected = kind === null ? { recognised: false } : { recognised: false, kind };
    expect(recogniseReport(text)).toMatchObject(expected);
  });

  it.each(NEAREST)('still reads beside $group: $name', ({ text }) => {
    expect(recogniseReport(text)).toMatchObject({ recognised: true, kind: 'report' });
  });
});

/**
 * Texts that never name 法治政府建设 or 依法行政: what each IS still decides — an account of deputies' suggestions
 * handled is another report, an enforcement annual report (its template's parts: 行政执法总体情况, 数据统计) is read
 * whatever its first lines — before "off the subject". Each row is a whole text, in wordings, places and scripts of its
 * own; beside the reports stand the look-alikes nearest to them, which must still be refused.
 */
const OFF_SUBJECT_TABLE: ReadonlyArray<{
  readonly name: string;
  /** `refused`: any refusal, where the kind is not settled by the text (a span of years' figures, news or a feature). */
  readonly kind: 'report' | 'refused' | NotAReportReason;
  readonly text: string;
}> = [
  {
    name: 'a county government’s handling of deputies’ suggestions, by its opening',
    kind: 'other_report',
    text: '2023年,某县人民政府共办理县人大代表建议86件、议案3件,主要涉及交通、教育、医疗等方面,办复率100%。\n各承办单位认真落实,代表满意率持续提升。',
  },
  {
    name: 'the same up to a date, traditional',
    kind: 'other_report',
    text: '截至11月底,市政府各承辦單位辦復人大代表建議124件、政協提案98件,滿意率98%。\n各單位堅持面商溝通,確保件件有著落。',
  },
  {
    name: 'an enforcement annual report opening on its contents, a part a line',
    kind: 'report',
    text: '目 录\n第一部分 行政执法总体情况\n第二部分 行政执法数据统计情况\n第一部分 行政执法总体情况\n区市场监管局现有执法人员86人,全年实施行政处罚312件。',
  },
  {
    name: 'an enforcement annual report opening on its contents, flattened into one line',
    kind: 'report',
    text: '目录 第一部分 行政执法总体情况 第二部分 行政执法数据统计情况 一、行政许可实施情况统计表 二、行政处罚实施情况统计表 第一部分 行政执法总体情况 县水利局共有执法人员24人。',
  },
  {
    name: 'an enforcement annual report flattened into one line, traditional',
    kind: 'report',
    text: '第一部分 行政執法總體情況 一、行政執法主體情況 縣交通運輸局共有執法人員42人,全年辦理行政處罰案件57件。 第二部分 行政執法數據統計情況',
  },
  {
    name: 'an enforcement annual report’s later part, flattened',
    kind: 'report',
    text: '二、行政执法情况综述 (一)开展专项整治工作情况。一是城镇燃气安全专项整治,全年检查燃气经营企业36家次,立案查处违法行为9起。',
  },
  {
    name: 'a legal-aid centre’s year in figures after a lead on recent years',
    kind: 'report',
    text: '近年来,全县法律援助机构不断创新服务方式,推行“窗口+网络”服务模式。2022年,全县法律援助中心共受理法律援助案件1,236件,提供法律咨询8,450人次。',
  },
  {
    name: 'a province’s mediation statistics under their heading, by 全年',
    kind: 'report',
    text: '(二)人民调解:全区共有人民调解组织312个,人民调解员2140人,全年共化解矛盾纠纷5321件,调解成功5290件。',
  },
  {
    name: 'a reconsideration office’s year in figures after its lead, traditional',
    kind: 'report',
    text: '市政府高度重視行政復議工作,不斷暢通復議渠道。2021年,市政府共收到行政復議申請412件,依法受理389件,審結356件。',
  },
  {
    name: 'a paper’s news of a legal-aid centre’s year',
    kind: 'news',
    text: '本报讯(记者 李明)2023年,全县法律援助中心共办理法律援助案件860件,惠及困难群众1100余人。',
  },
  {
    name: 'a government’s reconsideration cases handled (办理…复议案件: no motion)',
    kind: 'report',
    text: '市政府高度重视行政复议工作。2022年,市政府共办理行政复议案件386件,纠错率14.5%,案件办理质量稳步提升。',
  },
  {
    name: 'a page’s heading on enforcement over a count of inspections',
    kind: 'refused',
    text: '(三)深化行政执法体制改革。2023年,开展执法检查52次,查处案件21件。\n(四)扎实推进乡村振兴。建成高标准农田6万亩。',
  },
  {
    name: 'mediation figures over a span of years',
    kind: 'news',
    text: '全市人民调解工作成效明显。“十四五”期间,全市各级人民调解组织共排查各类矛盾纠纷5.2万件,调解成功率达98%。',
  },
  {
    name: 'legal aid over the last five years, traditional',
    kind: 'news',
    text: '近年來,全縣法律援助工作不斷創新。近五年來,全縣法律援助機構共辦理法律援助案件4,280件,挽回經濟損失1.2億元。',
  },
  {
    name: 'reconsideration since a party congress',
    kind: 'news',
    text: '党的十八大以来,全市行政复议机关共办理行政复议案件6215件,纠错率保持在12%左右,群众满意度不断提升。',
  },
  {
    name: 'mediation over recent years by its lead, its figures dated by no year',
    kind: 'news',
    text: '近年来,全区不断健全人民调解组织网络,至目前共设立各类人民调解组织1260个,调解员队伍不断壮大,成为基层治理的一道风景线。',
  },
  {
    name: 'legal aid over recent years by its lead, traditional',
    kind: 'news',
    text: '近幾年來,縣法律援助中心持續擴大援助範圍,累計為困難群眾提供法律援助數千件,群眾滿意度不斷提升。',
  },
  {
    name: 'a gazetteer’s figures printed with a book’s thin spaces',
    kind: 'yearbook',
    text: '全县现有人民调解委员会1 126个,调解员8 240名,全年调处民间纠纷3 615件,防止民转刑案件86起。',
  },
  {
    name: 'the same, traditional, across years',
    kind: 'yearbook',
    text: '至1995年底,全市共建立司法所126個,法律服務所214個,年均調處糾紛12 480件。',
  },
  {
    name: 'a gazetteer’s entry that names 法制建设 once',
    kind: 'yearbook',
    text: '基层法律服务\n全区现有法律服务所46个,为1 200多家企业担任法律顾问,促进了民主法制建设。',
  },
  {
    name: 'news of a training on enforcement statistics',
    kind: 'news',
    text: '本报讯(记者 张华)日前,区司法局召开行政执法数据统计工作培训会,各执法部门业务骨干参加培训。',
  },
  {
    name: 'news of an enforcement review meeting, its dateline first',
    kind: 'news',
    text: '5月12日,县司法局组织召开行政执法案卷评查会,对全县行政执法总体情况进行通报。',
  },
];

describe('the off-subject table', () => {
  it('holds reports and look-alikes of each', () => {
    expect(OFF_SUBJECT_TABLE.filter((row) => row.kind === 'report').length).toBeGreaterThanOrEqual(3);
    expect(OFF_SUBJECT_TABLE.filter((row) => row.kind !== 'report').length).toBeGreaterThanOrEqual(4);
  });

  it.each(OFF_SUBJECT_TABLE)('$name: $kind', ({ kind, text }) => {
    const expected =
      kind === 'report' ? { recognised: true, kind } : kind === 'refused' ? { recognised: false } : { recognised: false, kind };
    expect(recogniseReport(text)).toMatchObject(expected);
  });
});
