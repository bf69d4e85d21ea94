import { readdirSync, readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { fixtureTexts } from '../../tests/support/fixture-texts';
import { normalizeForMatching } from '../extract';
import { type Division, DIVISIONS } from '../extract/metadata/divisions';
import { looksLikeReportTitle, MODEL_TEXT, MODEL_TEXT_WORDS, recogniseReport } from './recognise';

const CORPUS = new URL('../../corpus/', import.meta.url);
const PAGES = new URL('../../tests/fixtures/corpus-pages/', import.meta.url);

/** A news item about the subject (headline, dateline, meeting prose), written for these tests. */
const NEWS_ARTICLE = readFileSync(new URL('../../tests/fixtures/ingest/news-article.txt', import.meta.url), 'utf8');

const txt = (folder: URL) => readdirSync(folder).filter((name) => name.endsWith('.txt'));

describe('recogniseReport', () => {
  it.each(txt(CORPUS))('recognises corpus/%s', (file) => {
    expect(recogniseReport(readFileSync(new URL(file, CORPUS), 'utf8'))).toMatchObject({ recognised: true, kind: 'report' });
  });

  it('recognises every real page opening, each only a first page', () => {
    const files = txt(PAGES);
    expect(files).toHaveLength(20);
    const refused = files.filter((file) => !recogniseReport(readFileSync(new URL(file, PAGES), 'utf8')).recognised);
    expect(refused).toEqual([]);
  });

  it('takes a title or an opening alone for a report, however short', () => {
    expect(recogniseReport('青浦区2023年度法治政府建设情况报告')).toMatchObject({ recognised: true, kind: 'report' });
    expect(recogniseReport('衢江区人民政府\n关于2022年度法治政府建设工作情况的报告\n2022年,我区坚持')).toMatchObject({ recognised: true });
    expect(recogniseReport('2021年,全县深入推进法治政府建设,现将有关情况报告如下:')).toMatchObject({ recognised: true });
    expect(recogniseReport('2024年,镇党委、镇政府高度重视法治政府建设,以“八五”普法为抓手').reason).toMatch(/^report opening/);
    expect(recogniseReport('雙流區2021年度法治政府建設情況報告\n2021年,全區').recognised).toBe(true);
  });

  it('refuses a news item about the subject, and says so', () => {
    const result = recogniseReport(NEWS_ARTICLE);
    expect(result).toMatchObject({ recognised: false, kind: 'news' });
    expect(result.reason).toMatch(/^a news item \(title: 芙蓉区召开2021年法治政府建设工作推进会\)/);
    const byline = `${'全县法治政府建设推进有力,依法行政水平不断提升。'.repeat(12)}\n(记者 张明 通讯员 李华)`;
    expect(recogniseReport(byline)).toMatchObject({ recognised: false, kind: 'news' });
  });

  it('refuses notices, plans, speeches and reports on other subjects, naming which', () => {
    const cases: ReadonlyArray<readonly [string, string]> = [
      ['关于报送2023年度法治政府建设情况报告的通知\n各乡镇人民政府,县直各部门:\n现将有关事项通知如下。', 'notice'],
      ['关于印发《安化县2024年法治政府建设工作要点》的通知\n各乡镇:', 'notice'],
      ['荔湾区2024年法治政府建设工作要点\n2024年,全区法治政府建设工作的总体要求是:', 'plan'],
      ['在全市法治政府建设工作会议上的讲话\n同志们:2023年,全市法治政府建设取得新成效。', 'speech'],
      ['雁塔区2023年政府信息公开工作年度报告\n2023年,全区依法行政,现将有关情况报告如下。', 'other_report'],
      ['关于2023年度国有资产管理情况的报告\n现将2023年度国有资产管理情况报告如下,依法行政方面……', 'other_report'],
    ];
    for (const [text, kind] of cases) expect(recogniseReport(text), text).toMatchObject({ recognised: false, kind });
    expect(recogniseReport(cases[2]![0]).reason).toMatch(/^a plan \(title: 荔湾区2024年法治政府建设工作要点\)/);
  });

  it('accepts a report that attaches its plan after 暨, and one quoted under a notice', () => {
    expect(recogniseReport('蓬华镇2024年法治政府建设报告暨2025年工作计划').recognised).toBe(true);
    expect(
      recogniseReport('关于印发《宁乡市2023年法治政府建设情况报告》的通知\n宁乡市2023年法治政府建设情况报告\n2023年,全市…').recognised,
    ).toBe(true);
  });

  it('refuses what never names the subject, or names it but is too little to tell', () => {
    expect(recogniseReport('天气晴朗。'.repeat(100))).toMatchObject({
      recognised: false,
      kind: 'off_subject',
      reason: 'it never mentions 法治政府建设 or 依法行政',
    });
    expect(recogniseReport('依法行政,很重要。')).toMatchObject({ recognised: false, kind: 'unpresented' });
    expect(recogniseReport('').recognised).toBe(false);
    // A long text on the subject that nothing presents as another kind of text is a report's body.
    const body = '一、主要举措\n(一)推进依法行政。全年审查规范性文件12件,法治政府建设考核优秀。\n'.repeat(10);
    expect(recogniseReport(body)).toMatchObject({ recognised: true, kind: 'report' });
  });
  it('counts the Chinese characters, the figure a "too little to tell" refusal names', () => {
    expect(recogniseReport('依法行政,很重要。')).toMatchObject({ recognised: false, kind: 'unpresented', han: 7 });
    expect(recogniseReport('天气晴朗。'.repeat(100)).han).toBe(400);
  });
});

describe('looksLikeReportTitle (links on listing pages)', () => {
  it('keeps titles of annual rule-of-law reports, in their many wordings and scripts', () => {
    for (const title of [
      '嘉祥县2023年度法治政府建设报告',
      '关于高陵区2024年法治政府建设情况的报告',
      '芙蓉区人民政府关于2020年度法治政府建设情况的报告',
      '市司法局2022年法治政府建设工作报告（全文）',
      '二〇二三年度法治政府建设年度报告',
      '高陵區2024年法治政府建設情況的報告',
      '《XX区2023年法治政府建设年度报告》',
      '淄博高新区群众工作部关于2022年度法治政府建设工作的报告',
    ]) {
      expect(looksLikeReportTitle(title), title).toBe(true);
    }
  });

  it('drops notices asking for reports, digests of them, news items and column names', () => {
    for (const title of [
      '关于报送2023年度法治政府建设情况报告的通知',
      '图解：2023年法治政府建设年度报告',
      '一图读懂《2023年法治政府建设年度报告》',
      '《2022年度法治政府建设报告》解读',
      '区政府常务会议审议《2023年法治政府建设报告》',
      '我区召开2021年法治政府建设工作推进会',
      '法治政府建设年度报告',
      '2023年度政府工作报告',
      '2023年法治政府建设工作要点',
    ]) {
      expect(looksLikeReportTitle(title), title).toBe(false);
    }
  });
});

describe('recogniseReport: the related reports and what is not a report at all (issue 19)', () => {
  const prose = '坚持以习近平法治思想为指导,全面推进依法行政,各项工作取得新成效。';

  it.each([
    ['安宁区司法局2022年工作总结\n2022年,区司法局' + prose],
    ['县司法局2021年工作情况及2022年工作计划\n2021年,县司法局' + prose],
    ['2022年全市行政复议工作总结\n一、案件办理情况\n全年共收到行政复议申请512件。'],
    ['新昌县2023年度行政执法总体情况\n第一部分 行政执法数据表'],
    ['2022年度黄岩区法律援助中心共受理法律援助案件1206件,其中刑事案件318件。'],
    ['XX镇人民政府关于201*年度矛盾纠纷大调解的工作总结\n为切实推进大调解工作,' + prose],
    ['一、2024年主要工作及成效\n(一)深入学习习近平法治思想,筑牢法治建设根基\n全年开展专题学习10次,' + prose],
    ['2019年是全面推进依法治县的关键一年,我局在县委、县政府领导下,' + prose],
    ['东湖区政府2016年推进依法行政工作情况及2017年工作打算\n2016年,东湖区' + prose],
  ])("reads a related report or a report's opening: %s", (text) => {
    expect(recogniseReport(text)).toMatchObject({ recognised: true, kind: 'report' });
  });

  it("refuses a yearbook entry, but not a column tag before a report's title", () => {
    expect(recogniseReport('【人民调解】2021年,县司法局指导全县调委会开展矛盾纠纷排查化解,' + prose)).toMatchObject({
      recognised: false,
      kind: 'yearbook',
    });
    expect(recogniseReport('【概况】 市司法局是负责全市司法行政工作的市政府工作部门。')).toMatchObject({ kind: 'yearbook' });
    expect(recogniseReport('【推进法律服务体系建设】\n来源: 某区\n年内,区司法局新建公共法律服务站12个,' + prose)).toMatchObject({
      kind: 'yearbook',
    });
    expect(recogniseReport('【复议、应诉】2022年度全省行政复议和行政应诉案件数据统计\n按照司法部要求,现将统计情况报告如下:')).toMatchObject(
      { recognised: true },
    );
    expect(recogniseReport('【打印】 【字体:大 中 小】\n某县2022年法治政府建设情况报告')).toMatchObject({ recognised: true });
  });

  it('refuses a news item by its lead, even when a later paragraph opens with a year', () => {
    expect(recogniseReport('4月12日,2023年全市行政复议工作白皮书发布。其中提到,全市共审结行政复议案件3120件。')).toMatchObject({
      recognised: false,
      kind: 'news',
    });
    expect(recogniseReport('记者昨日从市司法局获悉:2022年,全市共办理法律援助案件8200件。\n2022年,全市司法行政系统' + prose)).toMatchObject({
      kind: 'news',
    });
    expect(recogniseReport('“一心为民解难题”……近日,区法律援助中心收到锦旗一面。\n2023年,区法律援助中心' + prose)).toMatchObject({
      recognised: false,
    });
    expect(
      recogniseReport('关于《城关县人民政府关于2023年度法治政府建设工作的报告》的政策解读\n按照要求,我县总结2023年法治政府建设工作。'),
    ).toMatchObject({ recognised: false, kind: 'news' });
  });

  it('refuses a plan or rules issued by a purpose clause, and a notice found in a field table', () => {
    expect(
      recogniseReport(
        '为深入贯彻《法治政府建设实施纲要(2021—2025年)》,持续推进依法行政,结合本省实际,制定本方案。\n一、健全政府机构职能体系',
      ),
    ).toMatchObject({ recognised: false, kind: 'plan' });
    expect(recogniseReport('为规范全省法治政府建设年度报告工作,根据有关规定,制定本工作指引。\n一、报告主体')).toMatchObject({
      recognised: false,
      kind: 'notice',
    });
    expect(recogniseReport('名称: 某市人民政府办公室关于印发某市2021年依法行政工作要点的通知\n各县区人民政府:')).toMatchObject({
      recognised: false,
      kind: 'notice',
    });
  });

  it("reads a generic heading as no other subject's report title", () => {
    expect(recogniseReport('2018年工作情况\n2018年是我局全面推进依法治区的一年,' + prose + prose)).toMatchObject({ recognised: true });
  });
});

describe('a presenting phrase on another subject', () => {
  it.each([
    '根据《中华人民共和国政府信息公开条例》要求,现将本局2023年度政府信息公开工作情况报告如下:\n一、总体情况\n全年受理行政许可120件,行政处罚3件。',
    '现将我镇2021年度政务公开工作情况报告如下:\n一、总体情况\n依法依规做好行政执法公示工作。',
    '按照县政府要求,现将2024年《政府工作报告》目标任务完成情况汇报如下:\n一、推进法治政府建设,规范行政执法。',
  ])('refuses %s as a report on another subject', (text) => {
    expect(recogniseReport(text)).toMatchObject({ recognised: false, kind: 'other_report' });
  });

  it('still reads a rule-of-law report whose presenting phrase names its own subject beside disclosure', () => {
    const text = '现将我区2022年度法治政府建设和政府信息公开工作情况报告如下:\n一、总体情况\n全面推进依法行政。';
    expect(recogniseReport(text)).toMatchObject({ recognised: true, kind: 'report' });
  });
});

describe('a title a document site runs into the first paragraph', () => {
  const sections = '全年共受理案件312件,办结298件。 (二)加强队伍建设。组织业务培训4期。';

  it.each([
    ['1、县法律援助中心2022年度工作报告 (一)扩大援助覆盖面。', '县法律援助中心2022年度工作报告'],
    ['人民调解委员会2023年度工作总结 一、基本情况。', '人民调解委员会2023年度工作总结'],
    ['3、法律援助处事业单位法人年度报告书 ( 一 )业务开展情况。', '法律援助处事业单位法人年度报告书'],
  ])('reads 「%s…」 as its title', (opening, title) => {
    const result = recogniseReport(`${opening}${sections}`);
    expect(result).toMatchObject({ recognised: true, kind: 'report' });
    expect(result.reason).toContain(`report title (${title.slice(0, 30)}`);
  });

  it('refuses a notice run into its first section the same way, and a report of a kind the catalogue does not cover', () => {
    expect(recogniseReport(`关于印发法律援助便民服务实施方案的通知 (一)${sections}`)).toMatchObject({ recognised: false, kind: 'notice' });
    expect(recogniseReport(`1、公证处事业单位法人年度报告书 (一)${sections}`)).toMatchObject({ recognised: false, kind: 'other_report' });
  });

  it('takes no title from a later line, nor from prose before a section number', () => {
    expect(recogniseReport(`天气晴朗,群众满意。\n法律援助中心2022年度工作报告 (一)${sections}`).recognised).toBe(false);
    expect(recogniseReport(`全年共受理法律援助案件312件,办结298件 (一)${sections}`).recognised).toBe(false);
  });
});

describe('kinds seen on the real pages of set 5', () => {
  const prose = '坚持以习近平法治思想为指导,全面推进依法行政,法治政府建设取得新成效。';

  it('reads a title broken over two lines as one (关于印发… / …的通知, …关于…法治政府建设 / 情况的报告)', () => {
    const notice =
      '某政办〔2021〕8号\n某县人民政府办公室\n关于印发某县2021年度法治政府建设\n重点工作安排的通知\n各乡镇人民政府,县直各单位:';
    expect(recogniseReport(notice)).toMatchObject({ recognised: false, kind: 'notice' });
    const report = '桂东县人民政府关于2019年度法治政府建设\n工作情况的报告\n县委、县人大常委会:\n一年来,我县坚持' + prose;
    expect(recogniseReport(report)).toMatchObject({ recognised: true, kind: 'report' });
    expect(recogniseReport(report).reason).toMatch(/^report title/);
  });

  it('refuses a news item whose dateline follows the purpose clause (为…,3月21日,…召开)', () => {
    const meeting = '为推动领导干部带头尊法学法,12月5日,某区在区委会议室召开2023年度述法评议会。区委副书记主持会议并讲话。';
    expect(recogniseReport(meeting + prose)).toMatchObject({ recognised: false, kind: 'news' });
    const dated = '为做好法治宣传工作,2022年6月8日上午,县委依法治县办组织召开普法工作推进会,16个部门参加。';
    expect(recogniseReport(dated + prose + prose)).toMatchObject({ recognised: false, kind: 'news' });
    // A report whose purpose clause is followed by its year, not a date, is still a report.
    expect(recogniseReport('为深入推进依法行政,2022年,我县' + prose + '现将有关情况报告如下:')).toMatchObject({ recognised: true });
  });

  it('refuses a disclosure report by its statutory opening, with no title (本报告根据《…政府信息公开条例》…编制)', () => {
    const text =
      '本报告根据《中华人民共和国政府信息公开条例》和有关规定,由某区司法局编制。本年度报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。\n一、总体情况\n2024年,区司法局依法行政,办理政府信息公开申请12件。';
    expect(recogniseReport(text)).toMatchObject({ recognised: false, kind: 'other_report' });
  });

  it("refuses a court's or procuratorate's report on its trials presented to the congress", () => {
    const court =
      '主任、各位副主任、委员:\n现将全市法院2022年以来行政审判工作情况报告如下:\n一、基本情况\n全市法院促进依法行政,共审结一审行政案件1320件。';
    expect(recogniseReport(court)).toMatchObject({ recognised: false, kind: 'other_report' });
    const procuratorate = '现将县人民检察院开展行政检察工作情况报告如下,请予审议:\n一、主要工作\n推动法治政府建设,监督行政执法。';
    expect(recogniseReport(procuratorate)).toMatchObject({ recognised: false, kind: 'other_report' });
  });

  it("refuses a leader's statement on his or her own duty (述法) as a speech, titled or not", () => {
    const body = '一年来,我认真落实上级关于法治建设的决策部署,带头尊法学法守法用法,推进依法行政。';
    const statements = [
      `县长2024年述法报告\n${body}`,
      `某局局长述职述法报告\n${body}`,
      `南湖街道关于履行推进法治建设第一责任人职责情况的报告\n街道党工委书记 张某\n${body}`,
      `中共某县委书记履行推进法治建设第一责任人职责情况述职\n${body}`,
      `2023年,${body}现将本人2023年度述法情况报告如下:`,
      `2022年,${body}现将我履行推进法治建设第一责任人职责情况汇报如下:`,
    ];
    expect(statements).toHaveLength(6);
    for (const text of statements) expect(recogniseReport(text), text).toMatchObject({ recognised: false, kind: 'speech' });
  });

  it("accepts a place's report that also covers its leaders' duty, or presents 我镇's year", () => {
    const reports = [
      '某县2023年度法治政府建设暨党政主要负责人履行推进法治建设第一责任人职责情况的报告\n2023年,全县坚持依法行政。',
      '关于2024年依法行政和履行推进法治建设第一责任人职责情况的报告\n2024年,我区坚持依法行政。',
      '2021年,我镇坚持以习近平法治思想为指导,推进依法行政。现将我镇2021年度法治政府建设情况报告如下:',
    ];
    for (const text of reports) expect(recogniseReport(text), text).toMatchObject({ recognised: true, kind: 'report' });
  });
});

describe('recogniseReport: news, disclosure reports, model texts and gazetteers that read like reports', () => {
  /** A report's body, long enough and naming the subject often enough to be accepted when nothing else is known. */
  const BODY = '全县深入推进法治政府建设,依法行政水平不断提升,行政执法更加规范。'.repeat(20);
  const YEAR_LED = `2023年,${BODY}`;

  it('accepts the bodies these cases are built on, so that each refusal below is the mark’s doing', () => {
    expect(recogniseReport(YEAR_LED)).toMatchObject({ recognised: true, kind: 'report' });
    expect(recogniseReport(`今年以来,${BODY}`)).toMatchObject({ recognised: true, kind: 'report' });
  });

  it.each([
    ['a portal’s 原标题', `原标题:法治护航高质量发展\n${YEAR_LED}`],
    ['a place’s own dateline', `定西讯 今年以来,${BODY}`],
    ['a site’s dateline, traditional', `臨夏新聞網訊(王芳)${BODY}`],
    ['an agency dateline', `新华社兰州5月6日电 ${BODY}`],
    ['a reporter in brackets at the end, traditional', `${YEAR_LED}\n(記者 王明 通訊員 李強)`],
    ['a reporter reporting', `${YEAR_LED}\n本台记者张华报道。`],
    ['the writers’ names closing a paragraph', `${YEAR_LED}(张三 李四)`],
    ['a newspaper named as the source', `来源:河西晚报\n${YEAR_LED}`],
  ])('refuses as news what carries %s', (_mark, text) => {
    expect(recogniseReport(text)).toMatchObject({ recognised: false, kind: 'news' });
  });

  it('refuses as news, not as off the subject, a place or office told of in the third person or under a headline', () => {
    const thirdPerson = '城关区加强人民调解工作。该区在12个街道设立调解室,今年以来该区共调解纠纷300件,调解成功298件。';
    expect(recogniseReport(thirdPerson)).toMatchObject({ recognised: false, kind: 'news' });
    expect(recogniseReport('該鎮在各村設立法律服務站,全年共接待群眾諮詢500人次,化解糾紛80件。')).toMatchObject({ kind: 'news' });
    const headline = '雁塔区司法局多措并举推进公共法律服务\n一是建强阵地。全区建成公共法律服务站点120个。\n二是优化服务。';
    expect(recogniseReport(headline)).toMatchObject({ recognised: false, kind: 'news' });
    const traditional = '縣司法局持續深化人民調解工作\n今年以來,全縣共排查矛盾糾紛1200件,調解成功1180件。';
    expect(recogniseReport(traditional)).toMatchObject({ recognised: false, kind: 'news' });
    const quoted = '“多亏了你们,我的工钱终于要回来了!”近期,城区法律援助中心为18名农民工追回欠薪36万元。';
    expect(recogniseReport(quoted)).toMatchObject({ recognised: false, kind: 'news' });
  });

  it('refuses an information-disclosure annual report by its statutory opening or headings, title or no title', () => {
    const opening = '本年报由城关镇人民政府依据《中华人民共和国政府信息公开条例》编制,统计期限为2023年1月1日至12月31日。';
    expect(recogniseReport(opening)).toMatchObject({ recognised: false, kind: 'other_report' });
    const published = '根据《中华人民共和国政府信息公开条例》规定,现公布《西湖区2023年政府信息公开工作年度报告》。';
    expect(recogniseReport(published)).toMatchObject({ recognised: false, kind: 'other_report' });
    const headings = '二、主動公開政府信息情況\n第二十條第(一)項 |\n信息內容 | 本年制發件數 |\n三、收到和處理政府信息公開申請情況';
    expect(recogniseReport(headings)).toMatchObject({ recognised: false, kind: 'other_report' });
    const firstSection = `一、2023年政府信息公开工作总体情况\n${BODY}`;
    expect(recogniseReport(firstSection)).toMatchObject({ recognised: false, kind: 'other_report' });
  });

  it('still accepts a rule-of-law report that counts its disclosures in a sentence', () => {
    const report = `${YEAR_LED}全年主动公开政府信息1200条,办理依申请公开56件,政府信息公开行政复议案件2件。`;
    expect(recogniseReport(report)).toMatchObject({ recognised: true, kind: 'report' });
  });

  it('refuses a model text or an exam question, and accepts one place’s report that a document site offers', () => {
    const collection = `以下精选3篇不同风格的法治政府建设工作总结范文,供你参考。\n篇一:XX县2023年法治政府建设工作总结\n${YEAR_LED}`;
    expect(recogniseReport(collection)).toMatchObject({ recognised: false });
    const traditional = `本站為你精心整理了依法行政工作總結範文,希望能為你的創作提供參考價值。\n${YEAR_LED}`;
    expect(recogniseReport(traditional)).toMatchObject({ recognised: false });
    const exam = `${BODY}\n结合材料,说明该省推进法治政府建设的做法对我们的启示。`;
    expect(recogniseReport(exam)).toMatchObject({ recognised: false });
    const offered = `下面是小编为大家整理的XX县2022年法治政府建设情况报告,供大家参考。\nXX县2022年法治政府建设情况报告\n${YEAR_LED}`;
    expect(recogniseReport(offered)).toMatchObject({ recognised: true, kind: 'report' });
    expect(recogniseReport(`来源:县司法局 发布时间:2024-03-01\n${YEAR_LED}`)).toMatchObject({ recognised: true, kind: 'report' });
  });

  it('refuses a gazetteer chapter by its volume line', () => {
    expect(recogniseReport(`卷十八 政法\n${YEAR_LED}`)).toMatchObject({ recognised: false, kind: 'yearbook' });
    expect(recogniseReport(`卷二十 第三章 司法行政\n2015年,全縣推進依法治縣,調解糾紛300件。`)).toMatchObject({ kind: 'yearbook' });
  });

  it('refuses a gazetteer named in the header, where its name ends at 志', () => {
    for (const header of ['《平谷区志》', '宜兴县志卷二十二 政法', '苏州市志(1986-2005)', '上海市志·政法分志']) {
      expect(recogniseReport(`${header}\n${YEAR_LED}`), header).toMatchObject({ recognised: false, kind: 'yearbook' });
    }
  });

  it('reads a 志 that opens a word of its own after 县/市/区 as no gazetteer: 志愿, a place', () => {
    expect(recogniseReport(`(一)深化全县志愿服务\n${YEAR_LED}`)).toMatchObject({ recognised: true, kind: 'report' });
    expect(recogniseReport(`延安市志丹县司法局2022年法治政府建设工作报告\n${YEAR_LED}`)).toMatchObject({ recognised: true });
  });

  it('recognises the report of every place whose chain of names puts 志 after 县, 市 or 区', () => {
    const parentsOf = (d: Division): string =>
      [d.provinceCode, d.cityCode, d.kind === 'township' ? d.countyCode : null]
        .map((code) => (code === null || code === d.code ? '' : (DIVISIONS.byCode.get(code)?.name ?? '')))
        .join('');
    const places = [...DIVISIONS.byCode.values()].filter((d) => /[县市区]志/.test(parentsOf(d) + d.name));
    // 志丹县 and its townships (志丹县杏河镇), 五常市志广乡, 贵溪市志光镇, 乐东黎族自治县志仲镇…
    expect(places.length).toBeGreaterThanOrEqual(10);
    const refused = places.flatMap((d) => {
      const chain = parentsOf(d);
      const county = d.kind === 'township' && d.countyCode ? (DIVISIONS.byCode.get(d.countyCode)?.name ?? '') : '';
      const organ = d.level === '街道' ? '办事处' : '人民政府';
      return [
        `中共${chain}${d.name}委员会\n${chain}${d.name}${organ}\n关于2021年法治政府建设情况的报告\n${YEAR_LED}`,
        `${county}${d.name}${organ}关于2022年度法治政府建设情况的报告\n${YEAR_LED}`,
        `发布机构:${county}${d.name}${organ}\n${d.name}2023年度法治政府建设年度报告\n${YEAR_LED}`,
      ].filter((text) => !recogniseReport(text).recognised);
    });
    expect(refused).toEqual([]);
  });
});

describe('the words a model text is searched for only with', () => {
  it('are in every match of its pattern over every fixture text', () => {
    const texts = fixtureTexts().map(normalizeForMatching);
    const matches = texts.flatMap((text) => [...text.matchAll(new RegExp(MODEL_TEXT.source, 'gm'))].map((match) => match[0]));
    expect(matches.length).toBeGreaterThan(0);
    expect(matches.filter((found) => !MODEL_TEXT_WORDS.some((word) => found.includes(word)))).toEqual([]);
  });
});

describe('news, studies and essay collections whose titles read like reports', () => {
  /** A report's opening, accepted by itself, so that each refusal below is its mark's doing. */
  const OPENING = '2023年,全省深入推进法治政府建设,依法行政水平不断提升,行政执法更加规范。'.repeat(6);

  it('accepts the opening these cases are built on, and a report whose title names its statistics', () => {
    expect(recogniseReport(OPENING)).toMatchObject({ recognised: true, kind: 'report' });
    const statistics = `2023年度全市行政执法数据统计情况\n${OPENING}`;
    expect(recogniseReport(statistics)).toMatchObject({ recognised: true, kind: 'report' });
  });

  it.each([
    ['statistics show', '2023年全省行政执法数据显示 罚款案件占比下降'],
    ['a report shows, traditional', '2021年度法治政府建設評估報告顯示 我市連續三年位居前列'],
    ['figures reveal', '全国行政复议统计表明:九成案件在基层化解'],
  ])('refuses as news a headline in which %s', (_what, headline) => {
    expect(recogniseReport(`${headline}\n${OPENING}`)).toMatchObject({ recognised: false, kind: 'news' });
  });

  it.each([
    ['a bluebook', '中国法治政府发展蓝皮书(2022)'],
    ['an evaluation', '浙江省法治政府建设第三方评估报告'],
    ['a survey', '关于某县法治政府建设情况的调研报告'],
    ['a study, traditional', '地方依法行政研究報告(2019)'],
  ])('refuses %s of the subject by others as another subject’s report', (_what, title) => {
    expect(recogniseReport(`${title}\n${OPENING}`)).toMatchObject({ recognised: false, kind: 'other_report' });
  });

  it('refuses a digest of a report as news', () => {
    expect(recogniseReport(`导读|某市2022年法治政府建设年度报告\n${OPENING}`)).toMatchObject({ recognised: false, kind: 'news' });
  });

  it('refuses an essay site’s numbered essays, whatever their titles', () => {
    const essays = `依法行政工作总结\n第1篇:依法行政工作总结\n${OPENING}\n第2篇:依法行政工作总结\n${OPENING}`;
    expect(recogniseReport(essays)).toMatchObject({ recognised: false });
    expect(recogniseReport(`第三篇:某镇法治建设工作汇报\n${OPENING}`)).toMatchObject({ recognised: false });
  });

  it.each([
    ['a paper’s dateline with its city', `本报杭州3月5日讯 ${OPENING}`],
    ['a portal’s dateline, traditional', `中新網廣州1月9日電 ${OPENING}`],
    ['a broadcaster’s dateline', `央视网北京12月2日电 ${OPENING}`],
  ])('refuses as news what opens on %s', (_what, text) => {
    expect(recogniseReport(text)).toMatchObject({ recognised: false, kind: 'news' });
  });

  it('refuses as news, not as off the subject, an agency’s item that never names it', () => {
    const item = '人民网成都6月3日电 6月3日,在四川省司法行政系统新闻发布会上,省司法厅介绍,今年以来全省调解矛盾纠纷20万件。';
    expect(recogniseReport(item)).toMatchObject({ recognised: false, kind: 'news' });
  });
});

describe("a document site's page title glued before the text", () => {
  it.each([
    '某镇人民调解工作总结_某某文库 今年以来,在县司法局的指导下,我镇各调委会共排查矛盾纠纷120件,调解成功118件。',
    '关于 2022 年行政复议工作情况的报告_关于 2022 年行政复议工作情况的报告 今年以来,本机关共收到行政复议申请86件,依法受理79件。',
  ])('accepts the report it names: %s', (text) => {
    expect(recogniseReport(text)).toMatchObject({ recognised: true, kind: 'report' });
  });

  it('refuses what the page title makes something else (as it did without reading it)', () => {
    const news = '县司法局召开2023年普法工作推进会_新闻中心 3月5日,县司法局召开普法工作推进会,部署全年普法依法治理工作。';
    expect(recogniseReport(news)).toMatchObject({ recognised: false, kind: 'news' });
  });
});

describe('articles, disclosure reports in other wordings and short work items (set 11)', () => {
  const PARAGRAPH = '全市深入推进法治政府建设,依法行政水平不断提升,行政执法更加规范。';

  it('refuses an article by its 本文 or its authors’ affiliations with postcodes', () => {
    const essay = `一、引言\n本文从基层实践出发,对县级法治政府建设的路径进行探讨。${PARAGRAPH.repeat(18)}`;
    expect(recogniseReport(essay)).toMatchObject({ recognised: false, kind: 'unpresented' });
    const paper = `论街道法治政府建设的制度保障\n张明,李华\n(华东政法大学 法律学院,上海 200042)\n${PARAGRAPH.repeat(18)}`;
    expect(recogniseReport(paper)).toMatchObject({ recognised: false, kind: 'unpresented' });
    // A report titled as one is a report, whatever its prose says of itself.
    expect(recogniseReport(`某县2023年度法治政府建设情况报告\n本文件所称…\n${PARAGRAPH}`)).toMatchObject({ recognised: true });
  });

  it('refuses a disclosure report whose headings say 依申请公开政府信息情况 and 复议、诉讼', () => {
    const text = `一、总体情况\n2024年,县卫健局${PARAGRAPH}\n(一)主动公开政府信息情况。全年公开信息320条。\n(二)依申请公开政府信息情况。收到申请4件。\n(三)政府信息公开复议、诉讼情况。无。`;
    expect(recogniseReport(text)).toMatchObject({ recognised: false, kind: 'other_report' });
  });

  it('refuses a short work item that nothing presents as a report, and accepts a report’s page of the same prose', () => {
    const item = `为营造良好氛围,区城管局在全系统开展法治政府建设示范区创建宣传工作。\n一是${PARAGRAPH.repeat(5)}\n二是${PARAGRAPH.repeat(5)}`;
    expect(recogniseReport(item)).toMatchObject({ recognised: false, kind: 'unpresented' });
    const page = `为营造良好氛围,区城管局在全系统开展法治政府建设示范区创建宣传工作。\n一是${PARAGRAPH.repeat(9)}\n二是${PARAGRAPH.repeat(9)}`;
    // Told of an office at work, opening its sentence: its work news.
    const news = `为形成良好局面。县市场监管局结合工作实际,在全县系统开展法治政府建设示范县创建宣传工作。\n一是${PARAGRAPH.repeat(4)}`;
    expect(recogniseReport(news)).toMatchObject({ recognised: false, kind: 'news' });
    expect(recogniseReport(page)).toMatchObject({ recognised: true, kind: 'report' });
  });
});

describe('a report made public, and a government work report (set 12, holdout3)', () => {
  const PROSE = '全县深入推进法治政府建设,依法行政水平不断提升,行政执法更加规范,各项工作取得新成效。';

  it('reads a notice that makes a report public (…报告的公示, 关于公布…报告的公告) as the report', () => {
    const titled = [
      '关于2023年度法治政府建设情况报告的公示',
      '關於2022年度法治政府建設工作報告的公告',
      '关于公布平江县2024年法治政府建设年度报告的公告',
      '关于某镇2021年法治政府建设工作总结的公示',
      '关于2020年度依法行政工作情况报告公开',
    ];
    for (const title of titled) {
      expect(recogniseReport(`${title}\n来源:某县人民政府\n县依法治县委员会办公室:\n${PROSE.repeat(4)}`), title).toMatchObject({
        recognised: true,
        kind: 'report',
      });
    }
  });

  it('still refuses a notice that asks for reports, answers one or issues a plan', () => {
    const notices = [
      '关于报送2023年度法治政府建设情况报告的通知',
      '关于对某县2022年度法治政府建设情况报告的批复',
      '关于征求2024年法治政府建设工作要点意见的公告',
      '关于法治政府建设示范项目评选结果的公示',
    ];
    for (const title of notices) {
      expect(recogniseReport(`${title}\n各乡镇人民政府:\n${PROSE.repeat(4)}`), title).toMatchObject({ recognised: false, kind: 'notice' });
    }
  });

  it('refuses a government work report as another subject’s report, by its title or its presenting words', () => {
    const economy = '全年地区生产总值增长6.5%,固定资产投资增长8.1%,城乡居民收入稳步提高。';
    const texts = [
      `政 府 工 作 报 告\n——在某县第十八届人民代表大会第三次会议上\n各位代表:\n${economy.repeat(4)}`,
      `政府工作报告\n县长 王某\n${economy.repeat(4)}`,
      `2024年阜平县政府工作报告\n${economy.repeat(4)}`,
      `各位代表:\n现在,我代表区人民政府向大会报告工作,请予审议。\n一、2023年工作回顾\n${economy.repeat(4)}`,
      `各位代表:我代表市人民政府,向大会作政府工作报告,请予审议。${economy.repeat(4)}`,
      `同志们:根据会议安排,我代表新区管委会向大会报告工作。\n${economy.repeat(4)}`,
      // It mentions the subject in passing, as work reports do.
      `各位代表:\n现在,我代表县人民政府向大会报告工作。\n${economy.repeat(3)}深入推进法治政府建设,依法行政水平持续提升。`,
    ];
    for (const text of texts) expect(recogniseReport(text), text.slice(0, 30)).toMatchObject({ recognised: false, kind: 'other_report' });
  });

  it('still reads a report to the congress on the rule of law, and one naming the work report it carried out', () => {
    const toCongress = `主任、各位副主任、各位委员:\n我受市人民政府委托,向市人大常委会报告我市2012年依法行政工作情况,请予审议。\n${PROSE.repeat(4)}`;
    expect(recogniseReport(toCongress)).toMatchObject({ recognised: true });
    const atCongress = `2012年12月25日在某市人大常委会第七次会议上\n主任、各位委员:\n现向市人大常委会报告我市依法行政情况,请予审议。\n${PROSE.repeat(4)}`;
    expect(recogniseReport(atCongress)).toMatchObject({ recognised: true });
    // A rule that governments report so is no one presenting a report.
    const rule = `为规范年度报告工作,根据有关规定,县级以上政府每年第一季度应当向同级党委、人大常委会报告上一年度法治政府建设情况。\n${PROSE.repeat(4)}`;
    expect(recogniseReport(rule).recognised).toBe(false);
    const titled = `贯彻落实政府工作报告法治政府建设任务情况的报告\n${PROSE.repeat(4)}`;
    expect(recogniseReport(titled)).toMatchObject({ recognised: true });
    const carried = `2023年,我县认真落实《政府工作报告》确定的法治政府建设任务,现将有关情况报告如下:\n${PROSE.repeat(4)}`;
    expect(recogniseReport(carried)).toMatchObject({ recognised: true });
  });
});

describe('an office’s headline over a text that never names the subject (set 11’s 县司法局突出五项重点…)', () => {
  const body = '一是以干部学法用法为重点,全县举办领导干部讲座80余场次。二是以校园教育为重点,开展授课活动70余场,受教育人数达5万人次。';

  it.each([
    '县司法局突出五项重点开创“党建+普法”新格局',
    '区司法局聚焦群众需求做实公共法律服务',
    '市公证处着力打造便民服务品牌',
    '镇司法所强化矛盾纠纷排查化解',
  ])('is news: %s', (headline) => {
    expect(recogniseReport(`${headline}\n${body}`)).toMatchObject({ recognised: false, kind: 'news' });
  });

  it('is off the subject with no such headline', () => {
    expect(recogniseReport(`五项重点工作\n${body}`)).toMatchObject({ recognised: false, kind: 'off_subject' });
  });
});
